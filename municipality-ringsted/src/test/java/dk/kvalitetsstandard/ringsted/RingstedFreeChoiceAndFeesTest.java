package dk.kvalitetsstandard.ringsted;

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
import dk.kvalitetsstandard.standard.OfferKind;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** RIN-F1, RIN-E1, RIN-E2: free choice, what the citizen pays, and the absence of gift cards. */
class RingstedFreeChoiceAndFeesTest {

  private final QualityStandard standard = new RingstedStandardProvider().standard();

  private FreeChoiceRule freeChoice() {
    assertEquals(1, standard.freeChoice().size());
    return standard.freeChoice().get(0);
  }

  private FeeRule fee(FeeItem item) {
    List<FeeRule> rules = standard.fees().stream().filter(f -> f.item() == item).toList();
    assertEquals(1, rules.size(), "one rule for " + item);
    return rules.get(0);
  }

  @Test
  @DisplayName("RIN-F1 free choice of another offer of the same character as the one offered, after visitation")
  void sameCharacter() {
    FreeChoiceRule rule = freeChoice();
    assertTrue(rule.equivalentCharacterRequired());
    assertTrue(rule.visitationRequired());
    assertEquals(Set.of(Track.SOCIAL_DRUG), rule.tracks());
    assertTrue(rule.preconditions().isEmpty(), "Ringsted sets no discretionary precondition");
  }

  @Test
  @DisplayName("RIN-F1 a caseworker may weigh whether the plan's guidelines and goals can be followed, and special psychiatric conditions")
  void openQuestions() {
    List<Criterion> open = freeChoice().openQuestions();
    assertEquals(2, open.size());
    assertTrue(open.stream().allMatch(Criterion::isDiscretionary));
    assertTrue(open.get(0).source().quote().contains("faglige retningslinjer og mål"));
    assertTrue(open.get(1).source().quote().contains("særlige psykiske forhold"));
  }

  @Test
  @DisplayName("RIN-E1 treatment for drug use is free for the citizen, on every track and in every offer")
  void treatmentFree() {
    FeeRule treatment = fee(FeeItem.TREATMENT);
    assertEquals(Charge.FREE, treatment.charge());
    for (OfferKind kind : OfferKind.values()) {
      assertTrue(treatment.appliesTo(kind, Track.SOCIAL_DRUG));
      assertTrue(treatment.appliesTo(kind, Track.ANONYMOUS_DRUG));
    }
  }

  @Test
  @DisplayName("RIN-E2 residential: the citizen pays for board, set by income, obligations and means")
  void board() {
    FeeRule board = fee(FeeItem.BOARD);
    assertEquals(Charge.CHARGED, board.charge());
    assertEquals(Set.of(OfferKind.RESIDENTIAL), board.offerKinds());
    assertEquals(List.of(AmountFactor.INCOME, AmountFactor.OBLIGATIONS, AmountFactor.MEANS), board.dependsOn());
    assertFalse(board.appliesTo(OfferKind.OUTPATIENT, Track.SOCIAL_DRUG));
    assertFalse(board.appliesTo(OfferKind.DAY, Track.SOCIAL_DRUG));
  }

  @Test
  @DisplayName("RIN-E2 reading decision: residential medicine is charged only where it is not part of the abuse treatment")
  void medicineOutsideTreatment() {
    FeeRule medicine = fee(FeeItem.MEDICINE_OUTSIDE_TREATMENT);
    assertEquals(Charge.CHARGED, medicine.charge());
    assertEquals(Set.of(OfferKind.RESIDENTIAL), medicine.offerKinds());
    assertEquals(List.of(AmountFactor.INCOME, AmountFactor.OBLIGATIONS, AmountFactor.MEANS), medicine.dependsOn());
    assertTrue(medicine.source().quote().contains("der ikke er en del af misbrugsbehandlingen"));
    assertFalse(medicine.source().quote().contains("ikke-behandlingskrævende"));
  }

  @Test
  @DisplayName("RIN-E2 residential: lodging is paid only if the citizen does not already pay for a home")
  void lodging() {
    FeeRule lodging = fee(FeeItem.LODGING);
    assertEquals(Charge.CHARGED_UNLESS_HOME_ALREADY_PAID, lodging.charge());
    assertEquals(Set.of(OfferKind.RESIDENTIAL), lodging.offerKinds());
    assertEquals(List.of(AmountFactor.INCOME, AmountFactor.OBLIGATIONS, AmountFactor.MEANS), lodging.dependsOn());
  }

  @Test
  @DisplayName("RIN-E2 no rate is stated and transport is not mentioned; the aim is that money never stops treatment")
  void noInventedCharges() {
    assertTrue(standard.fees().stream().noneMatch(f -> f.item() == FeeItem.TRANSPORT));
    assertEquals(4, standard.fees().size());
    assertTrue(standard.statements().stream().anyMatch(s -> s.source().rule().equals("RIN-E2")
        && s.source().quote().contains("ikke hindrer behandling")));
  }

  @Test
  @DisplayName("RIN-E1 the seed states no gift-card scheme")
  void noGiftCards() {
    assertTrue(standard.giftCards().isEmpty());
  }
}
