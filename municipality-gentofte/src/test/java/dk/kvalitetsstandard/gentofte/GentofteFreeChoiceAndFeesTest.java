package dk.kvalitetsstandard.gentofte;

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
import dk.kvalitetsstandard.standard.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** GEN-F1: free choice; GEN-E1, GEN-E2: fees; no gift cards. */
class GentofteFreeChoiceAndFeesTest {

  private final QualityStandard standard = new GentofteStandardProvider().standard();

  private FreeChoiceRule freeChoice() {
    assertEquals(1, standard.freeChoice().size());
    return standard.freeChoice().get(0);
  }

  private List<FeeRule> feesFor(FeeItem item) {
    return standard.fees().stream().filter(f -> f.item() == item).toList();
  }

  @Test
  @DisplayName("GEN-F1 Free choice needs visitation, an equivalent offer and approval on Tilbudsportalen")
  void freeChoiceConditions() {
    FreeChoiceRule rule = freeChoice();
    assertEquals(Set.of(Track.SOCIAL_DRUG), rule.tracks());
    assertTrue(rule.visitationRequired());
    assertTrue(rule.equivalentCharacterRequired());
    assertTrue(rule.listingRequired());
    assertTrue(rule.source().quote().endsWith("er godkendt på Tilbudsportalen"));
  }

  @Test
  @DisplayName("GEN-F1 Comparable price and quality, decided by Gentofte: a discretionary precondition")
  void priceAndQualityPrecondition() {
    FreeChoiceRule rule = freeChoice();
    assertEquals(1, rule.preconditions().size());
    Criterion precondition = rule.preconditions().get(0);
    assertTrue(precondition.isDiscretionary());
    assertEquals("GEN-F1", precondition.source().rule());
    assertTrue(precondition.source().quote().contains("sammenligneligt i pris og kvalitet"));
    assertTrue(rule.openQuestions().isEmpty(), "the seed adds no further point to weigh");
  }

  @Test
  @DisplayName("GEN-E2 Treatment is paid by Gentofte: free for the citizen in every offer")
  void treatmentFree() {
    List<FeeRule> treatment = feesFor(FeeItem.TREATMENT);
    assertEquals(1, treatment.size());
    assertEquals(Charge.FREE, treatment.get(0).charge());
    assertTrue(treatment.get(0).offerKinds().isEmpty(), "every kind of offer");
    assertTrue(treatment.get(0).dependsOn().isEmpty());
    assertEquals("GEN-E2", treatment.get(0).source().rule());
  }

  @Test
  @DisplayName("GEN-E2 Control measures imposed by Styrelsen for Patientsikkerhed are not part of the treatment")
  void controlMeasures() {
    Statement statement = standard.statements().stream().filter(s -> s.source().rule().equals("GEN-E2"))
        .findFirst().orElseThrow();
    assertTrue(statement.source().quote().contains("kontrolforanstaltninger"));
  }

  @Test
  @DisplayName("GEN-E1 Residential: board and lodging charged in full or in part, from the actual cost")
  void boardAndLodging() {
    for (FeeItem item : List.of(FeeItem.BOARD, FeeItem.LODGING)) {
      List<FeeRule> rules = feesFor(item);
      assertEquals(1, rules.size(), item.toString());
      FeeRule rule = rules.get(0);
      assertEquals(Set.of(OfferKind.RESIDENTIAL), rule.offerKinds());
      assertEquals(Charge.CHARGED, rule.charge());
      assertEquals(List.of(AmountFactor.ACTUAL_COST), rule.dependsOn());
      assertTrue(rule.appliesTo(OfferKind.RESIDENTIAL, Track.SOCIAL_DRUG));
      assertFalse(rule.appliesTo(OfferKind.DAY, Track.SOCIAL_DRUG), "day treatment carries no board and lodging");
      assertEquals("GEN-E1", rule.source().rule());
    }
  }

  @Test
  @DisplayName("GEN-E1 The seed names no other fee: no medicine or transport item, no rate")
  void noOtherFees() {
    assertTrue(feesFor(FeeItem.MEDICINE_OUTSIDE_TREATMENT).isEmpty());
    assertTrue(feesFor(FeeItem.TRANSPORT).isEmpty());
    assertEquals(3, standard.fees().size());
  }

  @Test
  @DisplayName("GEN-B1 The citizen pays any board and lodging of a residential stay; no gift cards are given")
  void citizenPaysBoardNoGiftCards() {
    assertTrue(standard.statements().stream().filter(s -> s.source().rule().equals("GEN-B1"))
        .anyMatch(s -> s.text().contains("board and lodging")));
    assertTrue(standard.giftCards().isEmpty());
  }
}
