package dk.kvalitetsstandard.ringsted;

import static dk.kvalitetsstandard.conformance.StandardAssert.assertFor;
import static dk.kvalitetsstandard.conformance.StandardAssert.date;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.kvalitetsstandard.conformance.StandardAssert;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.questions.ChoiceOutcome;
import dk.kvalitetsstandard.questions.FeesQuestion;
import dk.kvalitetsstandard.questions.FreeChoiceQuestion;
import dk.kvalitetsstandard.questions.FreeChoiceQuestion.Chosen;
import dk.kvalitetsstandard.questions.FreeChoiceQuestion.Visited;
import dk.kvalitetsstandard.questions.Profile;
import dk.kvalitetsstandard.standard.FeeItem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Ringsted's free choice (the same character as the visited offer) and fees (treatment free; "
    + "in residential treatment board, medicine outside the treatment, and lodging unless a home is already paid for)")
class RingstedFreeChoiceAndFeesTest {

  private static final StandardAssert RINGSTED = assertFor("ringsted");

  private static FreeChoiceQuestion choice(String visited, Chosen chosen) {
    return FreeChoiceQuestion.builder().municipality("ringsted").asOf(date(2026, 3, 1)).track(Track.SOCIAL_DRUG)
        .visited(Visited.of(visited, date(2026, 2, 10))).chosen(chosen).build();
  }

  private static FeesQuestion fees(Track track, String offer, Profile citizen, Map<FeeItem, BigDecimal> figures) {
    return FeesQuestion.builder().municipality("ringsted").asOf(date(2026, 3, 1)).track(track).offer(offer).citizen(citizen)
        .putAllFigures(figures).build();
  }

  private static Map<FeeItem, BigDecimal> board1500Lodging2500Medicine200() {
    return Map.of(FeeItem.BOARD, new BigDecimal("1500"), FeeItem.LODGING, new BigDecimal("2500"),
        FeeItem.MEDICINE_OUTSIDE_TREATMENT, new BigDecimal("200"));
  }

  @Test
  @Tag("RIN-F1")
  @DisplayName("Visited to outpatient treatment, the citizen chooses another public outpatient offer: allowed, the 14 days are "
      + "set aside, and the caseworker weighs the plan's guidelines and goals and the citizen's special circumstances")
  void sameCharacterIsAllowed() {
    RINGSTED.freeChoice(choice("outpatient", Chosen.of("OUTPATIENT", null, true)))
        .is(ChoiceOutcome.ALLOWED).decidedBy("RIN-F1").checked("NAT-F1", true).waivesGuarantee(true)
        .asksExactly("NAT-F3", "RIN-F1", "RIN-F1");
  }

  @Test
  @Tag("RIN-F1")
  @Tag("RIN-O2")
  @DisplayName("Visited to the youth offer Ungeliv, the citizen chooses outpatient treatment: the same character, allowed")
  void youthOfferIsOutpatient() {
    RINGSTED.freeChoice(choice("youth", Chosen.of("outpatient", null, true))).is(ChoiceOutcome.ALLOWED).checked("NAT-F1", true);
  }

  @Test
  @Tag("RIN-F1")
  @DisplayName("Outpatient to residential or residential to outpatient is not of the same character: refused, the 14 days stand")
  void otherCharacterIsRefused() {
    RINGSTED.freeChoice(choice("outpatient", Chosen.of("RESIDENTIAL", null, true)))
        .is(ChoiceOutcome.REFUSED).decidedBy("NAT-F1").waivesGuarantee(false);
    RINGSTED.freeChoice(choice("residential", Chosen.of("OUTPATIENT", null, true)))
        .is(ChoiceOutcome.REFUSED).decidedBy("NAT-F1").waivesGuarantee(false);
  }

  @Test
  @Tag("RIN-F1")
  @Tag("NAT-F6")
  @DisplayName("The standard does not mention Tilbudsportalen, yet a private provider must be listed there: listed is allowed, "
      + "not listed is refused")
  void privateProviderMustBeListed() {
    RINGSTED.freeChoice(choice("residential", Chosen.of("RESIDENTIAL", true, false))).is(ChoiceOutcome.ALLOWED);
    RINGSTED.freeChoice(choice("residential", Chosen.of("RESIDENTIAL", false, false)))
        .is(ChoiceOutcome.REFUSED).decidedBy("NAT-F6").waivesGuarantee(false);
  }

  @ParameterizedTest(name = "{1} on {0}")
  @CsvSource({"SOCIAL_DRUG, outpatient", "SOCIAL_DRUG, day", "SOCIAL_DRUG, youth", "ANONYMOUS_DRUG, anonymous-outpatient"})
  @Tag("RIN-E1")
  @DisplayName("Treatment is free: outpatient, day, youth and anonymous treatment cost the citizen nothing")
  void treatmentIsFree(Track track, String offer) {
    RINGSTED.fees(fees(track, offer, Profile.builder().hasOwnHome(false).build(), board1500Lodging2500Medicine200()))
        .isFree().amount("0").decidedBy("RIN-E1");
  }

  @Test
  @Tag("RIN-E2")
  @DisplayName("Residential treatment for a citizen who already pays for a home: board 1,500 and medicine outside the treatment "
      + "200 kr. are charged, lodging is not: 1,700 kr.")
  void residentialWithAHome() {
    RINGSTED.fees(fees(Track.SOCIAL_DRUG, "residential", Profile.builder().hasOwnHome(true).build(), board1500Lodging2500Medicine200()))
        .isCharged().decidedBy("RIN-E2").amount("1700");
  }

  @Test
  @Tag("RIN-E2")
  @DisplayName("Residential treatment for a citizen without a home: lodging is charged too: 1,500 + 2,500 + 200 = 4,200 kr.")
  void residentialWithoutAHome() {
    RINGSTED.fees(fees(Track.SOCIAL_DRUG, "residential", Profile.builder().hasOwnHome(false).build(), board1500Lodging2500Medicine200()))
        .isCharged().amount("4200");
  }

  @Test
  @Tag("RIN-E2")
  @DisplayName("Whether the citizen already pays for a home is not known: no amount; it depends on income, obligations and means "
      + "and on the home")
  void homeNotKnown() {
    StandardAssert.FeesCheck check = RINGSTED.fees(fees(Track.SOCIAL_DRUG, "residential", Profile.unknown(),
        board1500Lodging2500Medicine200())).isCharged().noAmount();
    assertEquals(List.of("INCOME", "OBLIGATIONS", "MEANS", "citizen.hasOwnHome"), check.answer().amountDependsOn());
  }
}
