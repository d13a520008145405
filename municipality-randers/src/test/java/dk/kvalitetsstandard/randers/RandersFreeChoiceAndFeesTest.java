package dk.kvalitetsstandard.randers;

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
import dk.kvalitetsstandard.standard.Topic;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class RandersFreeChoiceAndFeesTest {

  private static final QualityStandard STANDARD = new RandersStandardProvider().standard();

  @Test
  @Tag("RAN-F1")
  @DisplayName("RAN-F1 after visitation, an equivalent offer approved by Socialtilsynet and on Tilbudsportalen")
  void freeChoice() {
    assertEquals(1, STANDARD.freeChoice().size());
    FreeChoiceRule rule = STANDARD.freeChoice().get(0);
    assertEquals("RAN-F1", rule.source().rule());
    assertEquals(Set.of(Track.SOCIAL_DRUG), rule.tracks());
    assertTrue(rule.visitationRequired());
    assertTrue(rule.equivalentCharacterRequired());
    assertTrue(rule.listingRequired());
    assertTrue(rule.preconditions().isEmpty(), "Randers sets no discretionary precondition (only Gentofte does)");
  }

  @Test
  @Tag("RAN-F1")
  @Tag("RAN-F2")
  @DisplayName("RAN-F1, RAN-F2 open questions: relevance to the planned course, and limiting the choice (NAT-F3)")
  void openQuestions() {
    // RAN-F2's limit for the citizen's sake is NAT-F3, which every answer raises; it is not repeated.
    List<Criterion> open = STANDARD.freeChoice().get(0).openQuestions();
    assertEquals(List.of("RAN-F1"), open.stream().map(c -> c.source().rule()).toList());
    assertTrue(open.stream().allMatch(Criterion::isDiscretionary));
    assertTrue(open.get(0).source().quote().contains("relevante for det planlagte behandlingsforløb"));
  }

  @Test
  @Tag("RAN-F2")
  @DisplayName("RAN-F2 free choice does not cover the municipality's assessment (NAT-F2)")
  void assessmentNotCovered() {
    Statement assessment = STANDARD.statements().stream().filter(s -> s.source().rule().equals("RAN-F2"))
        .findFirst().orElseThrow();
    assertEquals(Topic.ASSESSMENT, assessment.topic());
    assertTrue(assessment.source().quote().contains("§ 101, stk. 2"));
  }

  @Test
  @Tag("RAN-E1")
  @DisplayName("RAN-E1 treatment is free: read as free in every offer (NAT-E1)")
  void treatmentFree() {
    FeeRule treatment = fee(FeeItem.TREATMENT);
    assertEquals("RAN-E1", treatment.source().rule());
    assertEquals(Charge.FREE, treatment.charge());
    assertTrue(treatment.offerKinds().isEmpty(), "every offer kind");
    assertTrue(treatment.tracks().isEmpty(), "every track");
    for (OfferKind kind : OfferKind.values()) {
      assertTrue(treatment.appliesTo(kind, Track.SOCIAL_DRUG), kind.name());
    }
    assertTrue(treatment.dependsOn().isEmpty());
  }

  @Test
  @Tag("RAN-E2")
  @DisplayName("RAN-E2 residential: board and lodging charged from income, fixed expenses and the facility's rent")
  void boardAndLodging() {
    for (FeeItem item : List.of(FeeItem.BOARD, FeeItem.LODGING)) {
      FeeRule rule = fee(item);
      assertEquals("RAN-E2", rule.source().rule(), item.name());
      assertEquals(Charge.CHARGED, rule.charge(), item.name());
      assertEquals(Set.of(OfferKind.RESIDENTIAL), rule.offerKinds(), item.name());
      assertEquals(List.of(AmountFactor.INCOME, AmountFactor.NECESSARY_FIXED_EXPENSES,
          AmountFactor.FACILITY_RENT_AND_UTILITIES), rule.dependsOn(), item.name());
      assertTrue(rule.appliesTo(OfferKind.RESIDENTIAL, Track.SOCIAL_DRUG));
      assertFalse(rule.appliesTo(OfferKind.OUTPATIENT, Track.SOCIAL_DRUG));
    }
  }

  @Test
  @Tag("RAN-E1")
  @Tag("RAN-E2")
  @DisplayName("RAN-E1, RAN-E2 no rule for medicine or transport: the seed says nothing of them")
  void onlyStatedItems() {
    assertEquals(List.of(FeeItem.TREATMENT, FeeItem.BOARD, FeeItem.LODGING),
        STANDARD.fees().stream().map(FeeRule::item).toList());
  }

  private static FeeRule fee(FeeItem item) {
    List<FeeRule> rules = STANDARD.fees().stream().filter(f -> f.item() == item).toList();
    assertEquals(1, rules.size(), "one rule for " + item);
    return rules.get(0);
  }
}
