package dk.kvalitetsstandard.odsherred;

import static dk.kvalitetsstandard.odsherred.OdsherredRules.STANDARD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.standard.GiftCardScheme;
import dk.kvalitetsstandard.standard.Offer;
import dk.kvalitetsstandard.standard.OfferKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Odsherred gift cards: a scheme in the MOVE course with no figure stated")
class OdsherredGiftCardsTest {

  private static GiftCardScheme scheme() {
    assertEquals(1, STANDARD.giftCards().size(), "one scheme");
    return STANDARD.giftCards().get(0);
  }

  @Test
  @DisplayName("ODS-O4 gift cards may be used in the intensive course by the MOVE method to strengthen attendance")
  void schemeForMove() {
    assertEquals(Set.of(OfferKind.MOVE), scheme().offerKinds());
    List<Offer> earning = STANDARD.offers().stream().filter(o -> scheme().offerKinds().contains(o.kind())).toList();
    assertEquals(List.of("move"), earning.stream().map(Offer::id).toList(), "only the MOVE course earns cards");
    assertTrue(scheme().source().quote().contains("gavekort for at styrke fremmødet"));
  }

  @Test
  @DisplayName("ODS-O4 the seed states no earning rule, card value, cap or age: every figure is empty and nothing can be computed")
  void noFigures() {
    GiftCardScheme scheme = scheme();
    assertEquals(Optional.empty(), scheme.attendancesPerCard());
    assertEquals(Optional.empty(), scheme.cardValueDkk());
    assertEquals(Optional.empty(), scheme.maxCards());
    assertEquals(Optional.empty(), scheme.countedSessions());
    assertEquals(Optional.empty(), scheme.noShowForfeits());
    assertEquals(Optional.empty(), scheme.minAge());
    assertEquals(Optional.empty(), scheme.maxAge());
    assertFalse(scheme.followUpEarns());
    assertFalse(scheme.isComputable());
  }
}
