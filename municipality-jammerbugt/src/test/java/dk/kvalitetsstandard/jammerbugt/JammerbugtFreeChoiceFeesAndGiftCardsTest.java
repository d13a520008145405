package dk.kvalitetsstandard.jammerbugt;

import static dk.kvalitetsstandard.jammerbugt.Jammerbugt.STANDARD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.standard.AmountFactor;
import dk.kvalitetsstandard.standard.Charge;
import dk.kvalitetsstandard.standard.Criterion;
import dk.kvalitetsstandard.standard.FeeItem;
import dk.kvalitetsstandard.standard.FeeRule;
import dk.kvalitetsstandard.standard.FreeChoiceRule;
import dk.kvalitetsstandard.standard.GiftCardScheme;
import dk.kvalitetsstandard.standard.OfferKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JammerbugtFreeChoiceFeesAndGiftCardsTest {

  @Test
  @DisplayName("JAM-F1 free choice of an offer of the same character, after visitation; no preconditions")
  void freeChoice() {
    FreeChoiceRule rule = freeChoiceOn(Track.SOCIAL_DRUG);
    assertEquals(EnumSet.of(Track.SOCIAL_DRUG, Track.ALCOHOL), rule.tracks());
    assertTrue(rule.visitationRequired());
    assertTrue(rule.equivalentCharacterRequired(), "offered outpatient, the citizen cannot choose residential");
    assertTrue(rule.listingRequired());
    assertTrue(rule.preconditions().isEmpty());
    assertEquals("JAM-F1", rule.source().rule());
  }

  @Test
  @DisplayName("JAM-F1 a caseworker may weigh whether the plan can be followed and limit the choice for the citizen's sake")
  void freeChoiceOpenQuestions() {
    List<Criterion> questions = freeChoiceOn(Track.ALCOHOL).openQuestions();
    assertEquals(2, questions.size());
    assertTrue(questions.stream().allMatch(Criterion::isDiscretionary));
    assertTrue(questions.get(0).source().quote().contains("behandlingsplanen"));
    assertTrue(questions.get(1).source().quote().contains("tilsidesættes eller begrænses"));
  }

  @Test
  @DisplayName("JAM-F2 medical treatment: free choice of institution except heroin; institutions may refuse, public ones for capacity only")
  void medicalFreeChoice() {
    FreeChoiceRule rule = freeChoiceOn(Track.MEDICAL_DRUG);
    assertEquals(Set.of(Track.MEDICAL_DRUG), rule.tracks());
    assertEquals("JAM-F2", rule.source().rule());
    assertTrue(rule.source().quote().contains("diacetylmorfin (heroin)"));
    assertEquals(2, rule.openQuestions().size());
    assertTrue(rule.openQuestions().get(1).source().quote().contains("kapacitetsmæssige hensyn"));
  }

  @Test
  @DisplayName("JAM-E1 treatment for alcohol and drug use is free, in every offer")
  void treatmentFree() {
    FeeRule treatment = fee(FeeItem.TREATMENT);
    assertEquals(Charge.FREE, treatment.charge());
    for (OfferKind kind : OfferKind.values()) {
      for (Track track : Track.values()) {
        assertTrue(treatment.appliesTo(kind, track), kind + " on " + track);
      }
    }
  }

  @Test
  @DisplayName("JAM-E1 residential drug treatment may charge for board and lodging, from income and the rent of one's own home")
  void boardAndLodging() {
    for (FeeItem item : List.of(FeeItem.BOARD, FeeItem.LODGING)) {
      FeeRule rule = fee(item);
      assertEquals(Charge.CHARGED, rule.charge(), item.toString());
      assertEquals(List.of(AmountFactor.INCOME, AmountFactor.OWN_HOME_RENT), rule.dependsOn());
      assertTrue(rule.appliesTo(OfferKind.RESIDENTIAL, Track.SOCIAL_DRUG));
      assertFalse(rule.appliesTo(OfferKind.OUTPATIENT, Track.SOCIAL_DRUG), "outpatient treatment costs nothing");
      assertFalse(rule.appliesTo(OfferKind.RESIDENTIAL, Track.ALCOHOL), "the seed charges only 'for stofmisbrug'");
    }
    assertEquals(3, STANDARD.fees().size(), "no medicine or transport rule: the seed states none");
  }

  @Test
  @DisplayName("JAM-O5 MOVE gift cards: ages 15-25, DKK 200 for every second of the 12 weekly conversations, no cap stated")
  void giftCards() {
    assertEquals(1, STANDARD.giftCards().size());
    GiftCardScheme scheme = STANDARD.giftCards().get(0);
    assertEquals(Set.of(OfferKind.MOVE), scheme.offerKinds());
    assertEquals(Optional.of(15), scheme.minAge());
    assertEquals(Optional.of(25), scheme.maxAge());
    assertEquals(Optional.of(12), scheme.countedSessions());
    assertEquals(Optional.of(2), scheme.attendancesPerCard());
    assertEquals(Optional.of(200), scheme.cardValueDkk());
    assertTrue(scheme.maxCards().isEmpty(), "the seed states no maximum");
    assertTrue(scheme.noShowForfeits().isEmpty(), "the seed says nothing of no-shows");
    assertFalse(scheme.followUpEarns(), "the six-month follow-up earns no cards");
    assertTrue(scheme.isComputable());
    assertFalse(scheme.admitsAge(14) || scheme.admitsAge(26));
  }

  private static FreeChoiceRule freeChoiceOn(Track track) {
    List<FreeChoiceRule> rules = STANDARD.freeChoice().stream().filter(f -> f.tracks().contains(track)).toList();
    assertEquals(1, rules.size(), track.toString());
    return rules.get(0);
  }

  private static FeeRule fee(FeeItem item) {
    List<FeeRule> rules = STANDARD.fees().stream().filter(f -> f.item() == item).toList();
    assertEquals(1, rules.size(), item.toString());
    return rules.get(0);
  }
}
