package dk.kvalitetsstandard.ringsted;

import static dk.kvalitetsstandard.conformance.StandardAssert.assertFor;
import static dk.kvalitetsstandard.conformance.StandardAssert.date;
import static dk.kvalitetsstandard.conformance.StandardAssert.phone;
import static dk.kvalitetsstandard.questions.Eligibility.ELIGIBLE;
import static dk.kvalitetsstandard.questions.Eligibility.NEEDS_ASSESSMENT;
import static dk.kvalitetsstandard.questions.Eligibility.NOT_ELIGIBLE;
import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.cases.InvalidCaseException;
import dk.kvalitetsstandard.cases.Problem;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.questions.Assessor;
import dk.kvalitetsstandard.questions.Eligibility;
import dk.kvalitetsstandard.questions.Profile;
import dk.kvalitetsstandard.questions.Route;
import dk.kvalitetsstandard.questions.ScreenedCriterion;
import dk.kvalitetsstandard.questions.ScreenedOffer;
import dk.kvalitetsstandard.questions.ScreeningAnswer;
import dk.kvalitetsstandard.questions.ScreeningQuestion;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.OfferKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Ringsted's offers and where to apply: Ungeliv under 25, Rådgivningscentret from 25, a line of its own for anonymous treatment")
class RingstedOffersAndRoutingTest {

  private static final Assessor ASSESSOR = Assessor.of(StandardRegistry.defaultRegistry());
  private static final String CENTRE = "Rådgivningscentret 57 62 79 30 (RIN-V1)";
  private static final String ANONYMOUS_LINE = "Tilbud om anonym, ambulant stofmisbrugsbehandling 20 86 52 96 (RIN-O4)";

  private static ScreeningAnswer screen(Track track, Profile citizen) {
    return ASSESSOR.screening(ScreeningQuestion.builder().municipality("ringsted").asOf(date(2026, 3, 1)).track(track)
        .citizen(citizen).build(), Locale.ENGLISH);
  }

  private static String place(Optional<Route> route) {
    return route.map(r -> r.name() + " " + r.phone().orElse("-") + " (" + r.rule() + ")").orElse("none");
  }

  private static Map<String, Eligibility> eligibility(ScreeningAnswer a) {
    return a.offers().stream().collect(Collectors.toMap(ScreenedOffer::offer, ScreenedOffer::eligibility));
  }

  private static ScreenedOffer offer(ScreeningAnswer a, String id) {
    return a.offers().stream().filter(o -> o.offer().equals(id)).findFirst().orElseThrow();
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
    ScreeningAnswer a = screen(Track.SOCIAL_DRUG, Profile.builder().age(30).build());

    assertEquals(Map.ofEntries(entry("outreach", ELIGIBLE), entry("company-counselling", ELIGIBLE), entry("relatives", ELIGIBLE),
        entry("outpatient", ELIGIBLE), entry("youth", NOT_ELIGIBLE), entry("day", NEEDS_ASSESSMENT),
        entry("residential", NEEDS_ASSESSMENT), entry("aftercare", ELIGIBLE), entry("relapse-treatment", ELIGIBLE)), eligibility(a));
    assertTrue(offer(a, "day").criteria().get(0).discretionary());
    assertTrue(offer(a, "residential").criteria().get(0).discretionary());
    assertEquals(CENTRE, place(a.applyTo()));
    a.offers().forEach(o -> assertEquals(CENTRE, place(o.applyTo()), o.offer()));
  }

  @ParameterizedTest(name = "aged {0}: {1}, youth offer {2}")
  @CsvSource(delimiter = '|', value = {
      "16 | Ungeliv 57 62 88 40 (RIN-V1)            | ELIGIBLE",
      "24 | Ungeliv 57 62 88 40 (RIN-V1)            | ELIGIBLE",
      "25 | Rådgivningscentret 57 62 79 30 (RIN-V1) | NOT_ELIGIBLE",
      "26 | Rådgivningscentret 57 62 79 30 (RIN-V1) | NOT_ELIGIBLE"})
  @Tag("RIN-V1")
  @Tag("RIN-O2")
  @DisplayName("'Under 25 år' is 24 or younger and 'over 25 år' 25 or older: a citizen of exactly 25 applies at Rådgivningscentret")
  void routingByAge(int age, String applyAt, Eligibility youth) {
    ScreeningAnswer a = screen(Track.SOCIAL_DRUG, Profile.builder().age(age).build());

    assertEquals(applyAt, place(a.applyTo()));
    assertEquals(youth, offer(a, "youth").eligibility());
    assertEquals(ELIGIBLE, offer(a, "outpatient").eligibility(), "outpatient treatment has no age limit of its own");
  }

  @Test
  @Tag("RIN-O4")
  @DisplayName("Anonymous treatment, asked for on its own line: for a citizen with no other social problems and no need for "
      + "medicine; the medicine condition is narrower than SEL § 101 a and is flagged for a caseworker")
  void anonymousTreatment() {
    ScreeningAnswer fits = screen(Track.ANONYMOUS_DRUG, Profile.builder().otherSocialProblems(false).needsMedicine(false).build());
    assertEquals(Map.of("anonymous-outpatient", ELIGIBLE), eligibility(fits));
    assertEquals("SEL § 101 a", fits.legalBasis());
    assertEquals(ANONYMOUS_LINE, place(fits.applyTo()));

    ScreeningAnswer medicine = screen(Track.ANONYMOUS_DRUG, Profile.builder().otherSocialProblems(false).needsMedicine(true).build());
    assertEquals(Map.of("anonymous-outpatient", NOT_ELIGIBLE), eligibility(medicine));
    ScreenedCriterion failed = medicine.offers().get(0).criteria().stream()
        .filter(c -> c.met().equals(Optional.of(false))).findFirst().orElseThrow();
    assertEquals("RIN-O4", failed.rule());
    assertTrue(failed.narrowerThanLaw());

    ScreeningAnswer social = screen(Track.ANONYMOUS_DRUG, Profile.builder().otherSocialProblems(true).needsMedicine(false).build());
    assertEquals(Map.of("anonymous-outpatient", NOT_ELIGIBLE), eligibility(social));
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
    assertTrue(screen(Track.SOCIAL_DRUG, Profile.builder().age(30).build()).offers().stream()
        .noneMatch(o -> o.kind() == OfferKind.SUBSTITUTION));
  }
}
