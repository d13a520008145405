package dk.kvalitetsstandard.randers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.standard.GiftCardScheme;
import dk.kvalitetsstandard.standard.OfferKind;
import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.standard.Statement;
import dk.kvalitetsstandard.standard.Topic;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class RandersGiftCardsTest {

  private static final QualityStandard STANDARD = new RandersStandardProvider().standard();

  private static GiftCardScheme scheme() {
    assertEquals(1, STANDARD.giftCards().size(), "one gift-card scheme");
    return STANDARD.giftCards().get(0);
  }

  @Test
  @Tag("RAN-K1")
  @DisplayName("RAN-K1 gift cards are used only in MOVE courses")
  void moveOnly() {
    assertEquals("move-gift-cards", scheme().id());
    assertEquals(Set.of(OfferKind.MOVE), scheme().offerKinds());
    assertEquals("RAN-K1", scheme().offersRule().rule());
    assertTrue(scheme().offersRule().quote().contains("udelukkende gavekort i MOVE-forløb"));
  }

  @Test
  @Tag("RAN-K2")
  @DisplayName("RAN-K2 one physical card of DKK 200 per second attendance, at most 7 cards (DKK 1,400)")
  void cardsPerAttendance() {
    GiftCardScheme scheme = scheme();
    assertEquals("RAN-K2", scheme.source().rule());
    assertEquals(Optional.of(2), scheme.attendancesPerCard());
    assertEquals(Optional.of(200), scheme.cardValueDkk());
    assertEquals(Optional.of(7), scheme.maxCards());
    assertEquals(1400, scheme.maxCards().orElseThrow() * scheme.cardValueDkk().orElseThrow());
    assertTrue(scheme.isComputable());
    assertEquals(Optional.empty(), scheme.minAge(), "the seed sets no age for the scheme");
    assertEquals(Optional.empty(), scheme.maxAge(), "the seed sets no age for the scheme");
  }

  @Test
  @Tag("RAN-K2")
  @DisplayName("RAN-K2 reading: 'de første 12-14 sessioner' counts the first 14, exactly what 7 cards need")
  void countedSessionsReading() {
    GiftCardScheme scheme = scheme();
    assertEquals(Optional.of(14), scheme.countedSessions());
    assertEquals(scheme.maxCards().orElseThrow() * scheme.attendancesPerCard().orElseThrow(),
        scheme.countedSessions().orElseThrow());
    assertTrue(scheme.source().note().orElseThrow().contains("first 14"));
  }

  @Test
  @Tag("RAN-K3")
  @DisplayName("RAN-K3 a no-show without notice forfeits the session and the chance of its card")
  void noShowForfeits() {
    assertEquals(Optional.of(true), scheme().noShowForfeits());
    assertEquals(Topic.CITIZEN_RESPONSIBILITIES, statement("RAN-K3").topic());
  }

  @Test
  @Tag("RAN-K4")
  @DisplayName("RAN-K4 the six-month follow-up treatment earns no gift cards")
  void followUpEarnsNone() {
    assertFalse(scheme().followUpEarns());
    assertTrue(statement("RAN-K4").source().quote().contains("6 måneders opfølgingsbehandling"));
  }

  private static Statement statement(String rule) {
    return STANDARD.statements().stream().filter(s -> s.source().rule().equals(rule)).findFirst()
        .orElseThrow(() -> new AssertionError("no statement carries " + rule));
  }
}
