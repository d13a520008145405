package dk.kvalitetsstandard.randers;

import static dk.kvalitetsstandard.questions.Eligibility.ELIGIBLE;
import static dk.kvalitetsstandard.questions.Eligibility.NEEDS_ASSESSMENT;
import static dk.kvalitetsstandard.questions.Eligibility.NOT_ELIGIBLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Randers' offers and where to apply: screening a citizen against the standard")
class RandersScreeningTest {

  private static final Assessor ASSESSOR = Assessor.of(StandardRegistry.defaultRegistry());
  private static final Optional<Boolean> YES = Optional.of(true);
  private static final Optional<Boolean> NO = Optional.of(false);
  private static final Optional<Boolean> UNKNOWN = Optional.empty();

  private static ScreeningAnswer screen(Track track, Profile citizen) {
    return ASSESSOR.screening(ScreeningQuestion.builder().municipality("randers").asOf(LocalDate.of(2026, 3, 1))
        .track(track).citizen(citizen).build(), Locale.ENGLISH);
  }

  private static ScreenedOffer offer(ScreeningAnswer answer, String id) {
    return answer.offers().stream().filter(o -> o.offer().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no offer " + id + " in " + answer.offers()));
  }

  private static Eligibility eligibility(ScreeningAnswer answer, String id) {
    return offer(answer, id).eligibility();
  }

  /** Where to apply, as "name (rule)", or empty. */
  private static Optional<String> route(Optional<Route> route) {
    return route.map(r -> r.name() + " (" + r.rule() + ")");
  }

  private static Optional<String> routeOf(ScreeningAnswer answer, String id) {
    return route(offer(answer, id).applyTo());
  }

  private static List<Optional<Boolean>> met(ScreenedOffer offer) {
    return offer.criteria().stream().map(ScreenedCriterion::met).toList();
  }

  private static Profile adult(int age) {
    return Profile.builder().age(age).childrenUnder18(false).otherSocialProblems(false).psychologicalProblems(false).build();
  }

  @Test
  @Tag("RAN-O1")
  @Tag("RAN-O2")
  @Tag("RAN-O3")
  @Tag("RAN-O5")
  @DisplayName("Social treatment offers counselling, outpatient treatment with three add-ons, MOVE and residential "
      + "treatment; counselling, outpatient treatment and the doctor's consultation ask nothing, the others need an "
      + "assessment")
  void socialOffers() {
    ScreeningAnswer answer = screen(Track.SOCIAL_DRUG, adult(30));
    assertEquals("SEL § 101", answer.legalBasis());
    assertEquals(List.of("counselling", "outpatient", "family-oriented", "mobile", "doctor-consultation", "move", "residential"),
        answer.offers().stream().map(ScreenedOffer::offer).toList());
    assertEquals(List.of(OfferKind.COUNSELLING, OfferKind.OUTPATIENT, OfferKind.OUTPATIENT, OfferKind.OUTPATIENT,
        OfferKind.OUTPATIENT, OfferKind.MOVE, OfferKind.RESIDENTIAL), answer.offers().stream().map(ScreenedOffer::kind).toList());
    assertEquals(List.of(ELIGIBLE, ELIGIBLE, NOT_ELIGIBLE, NEEDS_ASSESSMENT, ELIGIBLE, NEEDS_ASSESSMENT, NEEDS_ASSESSMENT),
        answer.offers().stream().map(ScreenedOffer::eligibility).toList());
    assertEquals(List.of("RAN-O3", "RAN-O3"), offer(answer, "move").criteria().stream().map(ScreenedCriterion::rule).toList());
    assertEquals(List.of(true, true), offer(answer, "move").criteria().stream().map(ScreenedCriterion::discretionary).toList());
  }

  @Test
  @Tag("RAN-O2")
  @Tag("RAN-S1")
  @DisplayName("A parent of children under 18 is enrolled in family-oriented treatment; without children not; "
      + "not asked yet, it needs an assessment")
  void familyOrientedForParents() {
    assertEquals(ELIGIBLE, eligibility(screen(Track.SOCIAL_DRUG, Profile.builder().age(35).childrenUnder18(true).build()),
        "family-oriented"));
    assertEquals(NOT_ELIGIBLE, eligibility(screen(Track.SOCIAL_DRUG, Profile.builder().age(35).childrenUnder18(false).build()),
        "family-oriented"));
    assertEquals(NEEDS_ASSESSMENT, eligibility(screen(Track.SOCIAL_DRUG, Profile.builder().age(35).build()), "family-oriented"));
  }

  @Test
  @Tag("RAN-V1")
  @Tag("RAN-V2")
  @DisplayName("An 18-year-old applies for outpatient treatment and MOVE in Åben Rådgivning, for residential treatment "
      + "to the visitation committee; counselling needs no application")
  void adultRoutes() {
    ScreeningAnswer answer = screen(Track.SOCIAL_DRUG, adult(18));
    assertEquals(Optional.of("Åben Rådgivning (RAN-V1)"), route(answer.applyTo()));
    assertEquals(Optional.of("Åben Rådgivning (RAN-V1)"), routeOf(answer, "outpatient"));
    assertEquals(Optional.of("Åben Rådgivning (RAN-V1)"), routeOf(answer, "move"));
    assertEquals(Optional.of("Visitationsudvalg (RAN-V2)"), routeOf(answer, "residential"));
    assertEquals(Optional.empty(), routeOf(answer, "counselling"));
  }

  @Test
  @Tag("RAN-V3")
  @DisplayName("For a 17-year-old Myndighedscenteret decides on outpatient treatment, MOVE and residential treatment, "
      + "under Barnets lov § 33")
  void minorsRoute() {
    ScreeningAnswer answer = screen(Track.SOCIAL_DRUG, adult(17));
    assertEquals("Barnets lov § 33", answer.legalBasis());
    assertEquals(Optional.of("Myndighedscenteret (RAN-V3)"), route(answer.applyTo()));
    for (String offer : List.of("outpatient", "move", "residential")) {
      assertEquals(Optional.of("Myndighedscenteret (RAN-V3)"), routeOf(answer, offer), offer);
    }
  }

  @Test
  @Tag("RAN-O4")
  @DisplayName("Anonymous treatment is for those of 18 or over with no other social and no psychological problems; "
      + "the psychological criterion is narrower than the law and is flagged; the seed names no place to apply")
  void anonymousTreatment() {
    ScreeningAnswer answer = screen(Track.ANONYMOUS_DRUG, adult(18));
    assertEquals("SEL § 101 a", answer.legalBasis());
    ScreenedOffer anonymous = offer(answer, "anonymous-outpatient");
    assertEquals(List.of("anonymous-outpatient"), answer.offers().stream().map(ScreenedOffer::offer).toList());
    assertEquals(ELIGIBLE, anonymous.eligibility());
    assertEquals(List.of(YES, YES, YES), met(anonymous));
    assertEquals(List.of(false, false, true), anonymous.criteria().stream().map(ScreenedCriterion::narrowerThanLaw).toList());
    assertEquals(Optional.empty(), route(answer.applyTo()));

    ScreenedOffer seventeen = offer(screen(Track.ANONYMOUS_DRUG, adult(17)), "anonymous-outpatient");
    assertEquals(List.of(NO, YES, YES), met(seventeen));
    ScreenedOffer psychological = offer(screen(Track.ANONYMOUS_DRUG, Profile.builder().age(30).otherSocialProblems(false)
        .psychologicalProblems(true).build()), "anonymous-outpatient");
    assertEquals(NOT_ELIGIBLE, psychological.eligibility());
    assertEquals(List.of(YES, YES, NO), met(psychological));
    ScreenedOffer unknown = offer(screen(Track.ANONYMOUS_DRUG, Profile.unknown()), "anonymous-outpatient");
    assertEquals(List.of(UNKNOWN, UNKNOWN, UNKNOWN), met(unknown));
    assertEquals(NEEDS_ASSESSMENT, unknown.eligibility());
  }

  @Test
  @Tag("RAN-M1")
  @DisplayName("Alcohol and substitution treatment are offered alongside but not described: screening on those tracks "
      + "is an error naming the track")
  void tracksNotDescribed() {
    for (Track track : List.of(Track.ALCOHOL, Track.MEDICAL_DRUG)) {
      InvalidCaseException error = assertThrows(InvalidCaseException.class, () -> screen(track, adult(30)));
      assertEquals(List.of("track"), error.problems().stream().map(Problem::path).toList(), track.name());
    }
  }
}
