package dk.kvalitetsstandard.ringsted;

import static dk.kvalitetsstandard.conformance.StandardAssert.assertFor;
import static dk.kvalitetsstandard.conformance.StandardAssert.date;
import static dk.kvalitetsstandard.conformance.StandardAssert.phone;
import static dk.kvalitetsstandard.questions.Eligibility.ELIGIBLE;
import static dk.kvalitetsstandard.questions.Eligibility.NEEDS_ASSESSMENT;
import static dk.kvalitetsstandard.questions.Eligibility.NOT_ELIGIBLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.cases.InvalidCaseException;
import dk.kvalitetsstandard.conformance.StandardAssert;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.problem.Problem;
import dk.kvalitetsstandard.questions.Eligibility;
import dk.kvalitetsstandard.questions.Profile;
import dk.kvalitetsstandard.questions.ScreeningQuestion;
import dk.kvalitetsstandard.standard.OfferKind;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Ringsted's offers and where to apply: Ungeliv under 25, Rådgivningscentret from 25, a line of its own for anonymous treatment")
class RingstedOffersAndRoutingTest {

  private static final StandardAssert RINGSTED = assertFor("ringsted");

  private static StandardAssert.ScreeningCheck screen(Track track, Profile citizen) {
    return RINGSTED.screening(ScreeningQuestion.builder().municipality("ringsted").asOf(date(2026, 3, 1)).track(track)
        .citizen(citizen).build());
  }

  @Test
  @Tag("RIN-O1")
  @Tag("RIN-O2")
  @Tag("RIN-O3")
  @Tag("RIN-V1")
  @Tag("RIN-V3")
  @DisplayName("A citizen of 30: counselling, outpatient treatment, aftercare and relapse treatment fit; day and residential "
      + "treatment are assessed by the visitation committee; the youth offer does not fit; every offer is applied for at Rådgivningscentret")
  void adultOfThirty() {
    screen(Track.SOCIAL_DRUG, Profile.builder().age(30).build())
        .offers("outreach", "company-counselling", "relatives", "outpatient", "youth", "day", "residential", "aftercare",
            "relapse-treatment")
        .offer("outreach", ELIGIBLE).offer("company-counselling", ELIGIBLE).offer("relatives", ELIGIBLE)
        .offer("outpatient", ELIGIBLE).offer("youth", NOT_ELIGIBLE).offer("aftercare", ELIGIBLE)
        .offer("relapse-treatment", ELIGIBLE)
        .allApplyTo("Rådgivningscentret", "57 62 79 30", "RIN-V1")
        .offer("day").is(NEEDS_ASSESSMENT).discretionary(true)
        .offer("residential").is(NEEDS_ASSESSMENT).discretionary(true);
  }

  @ParameterizedTest(name = "aged {0}: {1} {2} ({3}), youth offer {4}")
  @CsvSource(delimiter = '|', value = {
      "16 | Ungeliv            | 57 62 88 40 | RIN-V1 | ELIGIBLE",
      "24 | Ungeliv            | 57 62 88 40 | RIN-V1 | ELIGIBLE",
      "25 | Rådgivningscentret | 57 62 79 30 | RIN-V1 | NOT_ELIGIBLE",
      "26 | Rådgivningscentret | 57 62 79 30 | RIN-V1 | NOT_ELIGIBLE"})
  @Tag("RIN-V1")
  @Tag("RIN-O2")
  @DisplayName("'Under 25 år' is 24 or younger and 'over 25 år' 25 or older: a citizen of exactly 25 applies at Rådgivningscentret")
  void routingByAge(int age, String applyAt, String phone, String rule, Eligibility youth) {
    screen(Track.SOCIAL_DRUG, Profile.builder().age(age).build())
        .applyTo(applyAt, phone, rule)
        .offer("youth", youth)
        .offer("outpatient", ELIGIBLE); // outpatient treatment has no age limit of its own
  }

  @Test
  @Tag("RIN-O4")
  @DisplayName("Anonymous treatment, asked for on its own line: for a citizen with no other social problems and no need for "
      + "medicine; the medicine condition is narrower than SEL § 101 a and is flagged for a caseworker")
  void anonymousTreatment() {
    screen(Track.ANONYMOUS_DRUG, Profile.builder().otherSocialProblems(false).needsMedicine(false).build())
        .offers("anonymous-outpatient").offer("anonymous-outpatient", ELIGIBLE)
        .basedOn("SEL § 101 a")
        .applyTo("Tilbud om anonym, ambulant stofmisbrugsbehandling", "20 86 52 96", "RIN-O4");

    screen(Track.ANONYMOUS_DRUG, Profile.builder().otherSocialProblems(false).needsMedicine(true).build())
        .offers("anonymous-outpatient")
        .offer("anonymous-outpatient").is(NOT_ELIGIBLE).criteria("RIN-O4", "RIN-O4").met(true, false)
        .narrowerThanLaw(false, true);

    screen(Track.ANONYMOUS_DRUG, Profile.builder().otherSocialProblems(true).needsMedicine(false).build())
        .offers("anonymous-outpatient").offer("anonymous-outpatient", NOT_ELIGIBLE);
  }

  @Test
  @Tag("RIN-O5")
  @Tag("RIN-M1")
  @DisplayName("Medical treatment under SUL § 142 and alcohol treatment are outside the standard: a case or a question on "
      + "those tracks is refused, and no substitution treatment is offered on the social track")
  void medicalAndAlcoholTracksAreOutside() {
    for (Track outside : List.of(Track.MEDICAL_DRUG, Track.ALCOHOL)) {
      InvalidCaseException question = assertThrows(InvalidCaseException.class,
          () -> screen(outside, Profile.builder().age(30).build()));
      assertEquals(List.of("track"), question.problems().stream().map(Problem::path).toList());
      assertThrows(InvalidCaseException.class,
          () -> assertFor("ringsted").on(outside).age(30).given(phone(date(2026, 1, 5))).report());
    }
    assertTrue(screen(Track.SOCIAL_DRUG, Profile.builder().age(30).build()).answer().offers().stream()
        .noneMatch(o -> o.kind() == OfferKind.SUBSTITUTION));
  }
}
