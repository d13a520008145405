package dk.kvalitetsstandard.randers;

import static dk.kvalitetsstandard.conformance.StandardAssert.assertFor;
import static dk.kvalitetsstandard.questions.Eligibility.ELIGIBLE;
import static dk.kvalitetsstandard.questions.Eligibility.NEEDS_ASSESSMENT;
import static dk.kvalitetsstandard.questions.Eligibility.NOT_ELIGIBLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.kvalitetsstandard.cases.InvalidCaseException;
import dk.kvalitetsstandard.conformance.StandardAssert;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.problem.Problem;
import dk.kvalitetsstandard.questions.Profile;
import dk.kvalitetsstandard.questions.ScreeningQuestion;
import dk.kvalitetsstandard.standard.OfferKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Randers' offers and where to apply: screening a citizen against the standard")
class RandersScreeningTest {

  private static final StandardAssert RANDERS = assertFor("randers");

  private static StandardAssert.ScreeningCheck screen(Track track, Profile citizen) {
    return RANDERS.screening(ScreeningQuestion.builder().municipality("randers").asOf(LocalDate.of(2026, 3, 1))
        .track(track).citizen(citizen).build());
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
    screen(Track.SOCIAL_DRUG, adult(30)).basedOn("SEL § 101")
        .offers("counselling", "outpatient", "family-oriented", "mobile", "doctor-consultation", "move", "residential")
        .offer("counselling").ofKind(OfferKind.COUNSELLING).is(ELIGIBLE)
        .offer("outpatient").ofKind(OfferKind.OUTPATIENT).is(ELIGIBLE)
        .offer("family-oriented").ofKind(OfferKind.OUTPATIENT).is(NOT_ELIGIBLE)
        .offer("mobile").ofKind(OfferKind.OUTPATIENT).is(NEEDS_ASSESSMENT)
        .offer("doctor-consultation").ofKind(OfferKind.OUTPATIENT).is(ELIGIBLE)
        .offer("move").ofKind(OfferKind.MOVE).is(NEEDS_ASSESSMENT).criteria("RAN-O3", "RAN-O3")
        .discretionary(true, true)
        .offer("residential").ofKind(OfferKind.RESIDENTIAL).is(NEEDS_ASSESSMENT);
  }

  @Test
  @Tag("RAN-O2")
  @Tag("RAN-S1")
  @DisplayName("A parent of children under 18 is enrolled in family-oriented treatment; without children not; "
      + "not asked yet, it needs an assessment")
  void familyOrientedForParents() {
    screen(Track.SOCIAL_DRUG, Profile.builder().age(35).childrenUnder18(true).build())
        .offer("family-oriented", ELIGIBLE);
    screen(Track.SOCIAL_DRUG, Profile.builder().age(35).childrenUnder18(false).build())
        .offer("family-oriented", NOT_ELIGIBLE);
    screen(Track.SOCIAL_DRUG, Profile.builder().age(35).build()).offer("family-oriented", NEEDS_ASSESSMENT);
  }

  @Test
  @Tag("RAN-V1")
  @Tag("RAN-V2")
  @DisplayName("An 18-year-old applies for outpatient treatment and MOVE in Åben Rådgivning, for residential treatment "
      + "to the visitation committee; counselling needs no application")
  void adultRoutes() {
    screen(Track.SOCIAL_DRUG, adult(18)).applyTo("Åben Rådgivning", "RAN-V1")
        .offer("outpatient").applyTo("Åben Rådgivning", "RAN-V1")
        .offer("move").applyTo("Åben Rådgivning", "RAN-V1")
        .offer("residential").applyTo("Visitationsudvalg", "RAN-V2")
        .offer("counselling").applyNowhere();
  }

  @Test
  @Tag("RAN-V3")
  @DisplayName("For a 17-year-old Myndighedscenteret decides on outpatient treatment, MOVE and residential treatment, "
      + "under Barnets lov § 33")
  void minorsRoute() {
    StandardAssert.ScreeningCheck minor = screen(Track.SOCIAL_DRUG, adult(17)).basedOn("Barnets lov § 33")
        .applyTo("Myndighedscenteret", "RAN-V3");
    for (String offer : List.of("outpatient", "move", "residential")) {
      minor.offer(offer).applyTo("Myndighedscenteret", "RAN-V3");
    }
  }

  @Test
  @Tag("RAN-O4")
  @DisplayName("Anonymous treatment is for those of 18 or over with no other social and no psychological problems; "
      + "the psychological criterion is narrower than the law and is flagged; the seed names no place to apply")
  void anonymousTreatment() {
    screen(Track.ANONYMOUS_DRUG, adult(18)).basedOn("SEL § 101 a").offers("anonymous-outpatient").applyNowhere()
        .offer("anonymous-outpatient").is(ELIGIBLE).met(true, true, true).narrowerThanLaw(false, false, true);

    screen(Track.ANONYMOUS_DRUG, adult(17)).offer("anonymous-outpatient").met(false, true, true);
    screen(Track.ANONYMOUS_DRUG, Profile.builder().age(30).otherSocialProblems(false).psychologicalProblems(true).build())
        .offer("anonymous-outpatient").is(NOT_ELIGIBLE).met(true, true, false);
    screen(Track.ANONYMOUS_DRUG, Profile.unknown())
        .offer("anonymous-outpatient").met(null, null, null).is(NEEDS_ASSESSMENT);
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
