package dk.kvalitetsstandard.odsherred;

import static dk.kvalitetsstandard.odsherred.OdsherredRules.STANDARD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.standard.Charge;
import dk.kvalitetsstandard.standard.Criterion;
import dk.kvalitetsstandard.standard.FeeItem;
import dk.kvalitetsstandard.standard.FeeRule;
import dk.kvalitetsstandard.standard.FreeChoiceRule;
import dk.kvalitetsstandard.standard.OfferKind;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Odsherred free choice and fees: visitation for drugs, none for alcohol; free treatment, lodging if affordable")
class OdsherredFreeChoiceAndFeesTest {

  private static FreeChoiceRule freeChoiceFor(Track track) {
    List<FreeChoiceRule> rules = STANDARD.freeChoice().stream().filter(f -> f.tracks().contains(track)).toList();
    assertEquals(1, rules.size(), "one free-choice rule for " + track);
    return rules.get(0);
  }

  private static List<FeeRule> fees(FeeItem item) {
    return STANDARD.fees().stream().filter(f -> f.item() == item).toList();
  }

  private static Charge charge(FeeItem item, OfferKind kind, Track track) {
    List<Charge> charges = STANDARD.fees().stream().filter(f -> f.item() == item && f.appliesTo(kind, track))
        .map(FeeRule::charge).toList();
    return charges.isEmpty() ? null : charges.get(0);
  }

  @Test
  @DisplayName("ODS-F1 drug treatment: free choice after prior visitation, for social and medical drug treatment")
  void drugsNeedVisitation() {
    FreeChoiceRule drugs = freeChoiceFor(Track.SOCIAL_DRUG);
    assertEquals(Set.of(Track.SOCIAL_DRUG, Track.MEDICAL_DRUG), drugs.tracks());
    assertTrue(drugs.visitationRequired());
    assertEquals("ODS-F1", drugs.source().rule());
  }

  @Test
  @DisplayName("ODS-F2 alcohol: another outpatient offer may be chosen freely without prior visitation")
  void alcoholWithoutVisitation() {
    FreeChoiceRule alcohol = freeChoiceFor(Track.ALCOHOL);
    assertEquals(Set.of(Track.ALCOHOL), alcohol.tracks());
    assertFalse(alcohol.visitationRequired());
    assertEquals("ODS-F2", alcohol.source().rule());
    assertTrue(alcohol.source().quote().contains("ambulante behandlingstilbud"));
  }

  @Test
  @DisplayName("ODS-F3 equivalent character and only offers on Tilbudsportalen, for drugs and alcohol alike")
  void equivalentAndListed() {
    for (FreeChoiceRule rule : STANDARD.freeChoice()) {
      assertTrue(rule.equivalentCharacterRequired(), rule.tracks().toString());
      assertTrue(rule.listingRequired(), rule.tracks().toString());
    }
    assertTrue(STANDARD.freeChoice().stream().noneMatch(f -> f.tracks().contains(Track.ANONYMOUS_DRUG)),
        "no free choice is stated for anonymous treatment");
  }

  @Test
  @DisplayName("ODS-F3 open question for a caseworker: can the plan's professional guidelines and goals be followed there?")
  void openQuestions() {
    for (FreeChoiceRule rule : STANDARD.freeChoice()) {
      assertTrue(rule.preconditions().isEmpty());
      assertEquals(2, rule.openQuestions().size());
      assertTrue(rule.openQuestions().stream().allMatch(Criterion::isDiscretionary));
      assertTrue(rule.openQuestions().stream().allMatch(q -> q.source().rule().equals("ODS-F3")));
      assertTrue(rule.openQuestions().get(0).source().quote().contains("faglige retningslinjer og mål"));
    }
  }

  @Test
  @DisplayName("ODS-E1 treatment for alcohol and drugs is free, the social and the medical part alike")
  void treatmentFree() {
    List<FeeRule> treatment = fees(FeeItem.TREATMENT);
    assertEquals(1, treatment.size());
    assertEquals(Charge.FREE, treatment.get(0).charge());
    for (Track track : Track.values()) {
      for (OfferKind kind : OfferKind.values()) {
        assertEquals(Charge.FREE, charge(FeeItem.TREATMENT, kind, track), kind + " on " + track);
      }
    }
  }

  @Test
  @DisplayName("ODS-E2 board and lodging may be charged in residential drug treatment if the citizen can afford it; no basis for the amount")
  void boardAndLodgingIfAffordable() {
    for (FeeItem item : List.of(FeeItem.BOARD, FeeItem.LODGING)) {
      List<FeeRule> rules = fees(item);
      assertEquals(1, rules.size(), item.toString());
      FeeRule rule = rules.get(0);
      assertEquals(Charge.CHARGED_IF_AFFORDABLE, rule.charge());
      assertEquals(Set.of(OfferKind.RESIDENTIAL), rule.offerKinds());
      assertTrue(rule.dependsOn().isEmpty(), "the seed names no basis for the amount");
      assertEquals(Charge.CHARGED_IF_AFFORDABLE, charge(item, OfferKind.RESIDENTIAL, Track.SOCIAL_DRUG));
      assertEquals(null, charge(item, OfferKind.RESIDENTIAL, Track.ALCOHOL), "stated for drug treatment only");
      assertEquals(null, charge(item, OfferKind.DAY, Track.SOCIAL_DRUG), "not in day treatment");
    }
  }

  @Test
  @DisplayName("ODS-E3 transport to and from day or residential treatment is paid by the municipality")
  void transportPaid() {
    List<FeeRule> transport = fees(FeeItem.TRANSPORT);
    assertEquals(1, transport.size());
    assertEquals(Charge.PAID_BY_MUNICIPALITY, transport.get(0).charge());
    assertEquals(Set.of(OfferKind.DAY, OfferKind.RESIDENTIAL), transport.get(0).offerKinds());
    assertEquals(Charge.PAID_BY_MUNICIPALITY, charge(FeeItem.TRANSPORT, OfferKind.DAY, Track.ALCOHOL));
    assertEquals(Charge.PAID_BY_MUNICIPALITY, charge(FeeItem.TRANSPORT, OfferKind.RESIDENTIAL, Track.SOCIAL_DRUG));
    assertEquals(null, charge(FeeItem.TRANSPORT, OfferKind.OUTPATIENT, Track.SOCIAL_DRUG));
  }
}
