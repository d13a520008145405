package dk.kvalitetsstandard.odsherred;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.cases.InvalidCaseException;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * SCREENING questions put to the {@link Assessor} for Odsherred (QUESTIONS.md; RULES.md ODS-M2
 * target group from 12, ODS-O1..O7 offers, ODS-V1 intensity and visitation committee, ODS-A2
 * anonymous group treatment, ODS-S1 children, NAT-A1, NAT-Y1). Expected values by hand.
 */
@DisplayName("Odsherred SCREENING: every offer on the track, from age 12 (ODS-M2), ODS-V1 left to a caseworker")
class OdsherredScreeningQuestionTest {

  private static final Assessor ASSESSOR = Assessor.of(StandardRegistry.defaultRegistry());
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

  /** The 15 offers on the social drug and on the alcohol track, in the standard's order, with their kinds. */
  private static final List<String> SOCIAL_OFFERS = List.of(
      "counselling=COUNSELLING", "outpatient-low=OUTPATIENT", "outpatient-medium=OUTPATIENT",
      "outpatient-intensive=OUTPATIENT", "move=MOVE", "day=DAY", "residential=RESIDENTIAL", "health-care=OUTPATIENT",
      "group-treatment=OUTPATIENT", "couple-and-family=OUTPATIENT", "relatives-counselling=COUNSELLING",
      "supportive=OUTPATIENT", "aftercare=OUTPATIENT", "vendepunktet=OUTPATIENT", "children-support=OUTPATIENT");

  /** Each offer's criteria as rule IDs: the age limit (the offer's own rule), then its criteria. */
  private static final List<List<String>> SOCIAL_RULES = List.of(
      List.of("ODS-O1"), List.of("ODS-O2", "ODS-V1"), List.of("ODS-O3", "ODS-V1"), List.of("ODS-O4", "ODS-V1"),
      List.of("ODS-O4", "ODS-V1"), List.of("ODS-O5", "ODS-V1"), List.of("ODS-O6", "ODS-V1"), List.of("ODS-O7"),
      List.of("ODS-O7"), List.of("ODS-O7"), List.of("ODS-O7"), List.of("ODS-O7"), List.of("ODS-O7"), List.of("ODS-O7"),
      List.of("ODS-S1"));

  private static final Route TEAM = Route.builder().name("Rusmiddelteamet").rule("ODS-V1").build();

  private static ScreeningAnswer screen(Track track, Profile citizen) {
    return ASSESSOR.screening(ScreeningQuestion.builder().municipality("odsherred").asOf(AS_OF).track(track)
        .citizen(citizen).build(), Locale.ENGLISH);
  }

  private static Profile aged(int age) {
    return Profile.builder().age(age).build();
  }

  private static List<String> offers(ScreeningAnswer answer) {
    return answer.offers().stream().map(o -> o.offer() + "=" + o.kind()).toList();
  }

  private static List<Eligibility> eligibilities(ScreeningAnswer answer) {
    return answer.offers().stream().map(ScreenedOffer::eligibility).toList();
  }

  private static List<List<String>> rules(ScreeningAnswer answer) {
    return answer.offers().stream().map(o -> o.criteria().stream().map(ScreenedCriterion::rule).toList()).toList();
  }

  private static ScreenedOffer offer(ScreeningAnswer answer, String id) {
    return answer.offers().stream().filter(o -> o.offer().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
  }

  /** The eligibility of the 15 social offers: the 6 with ODS-V1 need assessment, the rest as {@code rest}. */
  private static List<Eligibility> socialEligibilities(Eligibility rest) {
    Eligibility na = Eligibility.NEEDS_ASSESSMENT;
    return List.of(rest, na, na, na, na, na, na, rest, rest, rest, rest, rest, rest, rest, rest);
  }

  @Test
  @DisplayName("ODS-M2 ODS-O1..O7 ODS-S1 ODS-V1 an adult on the social drug track: all 15 offers; age-only offers eligible, ODS-V1 ones left to assessment")
  void adultSocialDrug() {
    ScreeningAnswer a = screen(Track.SOCIAL_DRUG, aged(30));
    assertAll(
        () -> assertEquals("odsherred", a.municipality()),
        () -> assertEquals(Track.SOCIAL_DRUG, a.track()),
        () -> assertEquals("SEL § 101", a.legalBasis()),
        () -> assertEquals(SOCIAL_OFFERS, offers(a)),
        () -> assertEquals(SOCIAL_RULES, rules(a)),
        () -> assertEquals(socialEligibilities(Eligibility.ELIGIBLE), eligibilities(a)),
        () -> assertEquals(Optional.of(TEAM), a.applyTo()),
        () -> assertTrue(a.offers().stream().allMatch(o -> o.applyTo().equals(Optional.of(TEAM)))),
        () -> assertTrue(a.offers().stream().flatMap(o -> o.criteria().stream()).noneMatch(ScreenedCriterion::narrowerThanLaw),
            "RULES.md section 7 lists no Odsherred criterion as narrower than the law"));
  }

  @Test
  @DisplayName("ODS-M2 ODS-O2 ODS-V1 the low-intensity course: age 12+ met; the intensity is an overall assessment, discretionary")
  void intensityIsDiscretionary() {
    ScreenedOffer low = offer(screen(Track.SOCIAL_DRUG, aged(30)), "outpatient-low");
    ScreenedCriterion age = low.criteria().get(0);
    ScreenedCriterion intensity = low.criteria().get(1);
    assertAll(
        () -> assertEquals(Eligibility.NEEDS_ASSESSMENT, low.eligibility()),
        () -> assertEquals("Aged 12 or over", age.criterion()),
        () -> assertEquals(Optional.of(true), age.met()),
        () -> assertFalse(age.discretionary()),
        () -> assertEquals("ODS-V1", intensity.rule()),
        () -> assertEquals("The intensity is chosen from an overall assessment of the citizen's resources and of the "
            + "burden of use, physical, mental and social problems.", intensity.criterion()),
        () -> assertEquals(Optional.empty(), intensity.met()),
        () -> assertTrue(intensity.discretionary()),
        () -> assertFalse(intensity.narrowerThanLaw()));
  }

  @Test
  @DisplayName("ODS-O5 ODS-O6 ODS-V1 day and residential: a more intensive effort is needed, decided by the visitation committee")
  void dayAndResidentialNeedTheCommittee() {
    ScreeningAnswer a = screen(Track.SOCIAL_DRUG, aged(40));
    for (String id : List.of("day", "residential")) {
      ScreenedCriterion committee = offer(a, id).criteria().get(1);
      assertAll(id,
          () -> assertEquals(Eligibility.NEEDS_ASSESSMENT, offer(a, id).eligibility()),
          () -> assertEquals("ODS-V1", committee.rule()),
          () -> assertEquals(Optional.empty(), committee.met()),
          () -> assertTrue(committee.discretionary()),
          () -> assertTrue(committee.criterion().startsWith("A more intensive effort than outpatient treatment is needed"),
              committee.criterion()));
    }
  }

  @Test
  @DisplayName("ODS-M2 NAT-Y1 a 12-year-old: the lower age is included; social treatment under Barnets lov § 33")
  void twelveIsIncluded() {
    ScreeningAnswer a = screen(Track.SOCIAL_DRUG, aged(12));
    assertAll(
        () -> assertEquals("Barnets lov § 33", a.legalBasis()),
        () -> assertEquals(socialEligibilities(Eligibility.ELIGIBLE), eligibilities(a)),
        () -> assertEquals(Optional.of(TEAM), a.applyTo()));
  }

  @Test
  @DisplayName("ODS-M2 an 11-year-old is below the target group: every offer not eligible, nowhere to apply")
  void elevenIsBelow() {
    ScreeningAnswer a = screen(Track.SOCIAL_DRUG, aged(11));
    assertAll(
        () -> assertEquals(SOCIAL_OFFERS, offers(a)),
        () -> assertTrue(a.offers().stream().allMatch(o -> o.eligibility() == Eligibility.NOT_ELIGIBLE)),
        () -> assertTrue(a.offers().stream().allMatch(o -> o.criteria().get(0).met().equals(Optional.of(false)))),
        () -> assertEquals(Optional.empty(), a.applyTo()),
        () -> assertTrue(a.offers().stream().allMatch(o -> o.applyTo().isEmpty())));
  }

  @Test
  @DisplayName("ODS-M2 the age not given: the age limit is unknown, so no offer is eligible and no place is named")
  void ageUnknown() {
    ScreeningAnswer a = screen(Track.SOCIAL_DRUG, Profile.unknown());
    assertAll(
        () -> assertEquals("SEL § 101", a.legalBasis()),
        () -> assertEquals(socialEligibilities(Eligibility.NEEDS_ASSESSMENT), eligibilities(a)),
        () -> assertTrue(a.offers().stream().allMatch(o -> o.criteria().get(0).met().isEmpty())),
        () -> assertEquals(Optional.empty(), a.applyTo()));
  }

  @Test
  @DisplayName("ODS-M1 ODS-M2 alcohol: the same 15 offers as drugs, under SUL § 141")
  void alcohol() {
    ScreeningAnswer a = screen(Track.ALCOHOL, aged(55));
    assertAll(
        () -> assertEquals("SUL § 141", a.legalBasis()),
        () -> assertEquals(SOCIAL_OFFERS, offers(a)),
        () -> assertEquals(SOCIAL_RULES, rules(a)),
        () -> assertEquals(socialEligibilities(Eligibility.ELIGIBLE), eligibilities(a)),
        () -> assertEquals(Optional.of(TEAM), a.applyTo()));
  }

  @Test
  @DisplayName("ODS-O7 medical drug treatment: the health-professional conversations and medical treatment, under SUL § 142")
  void medical() {
    ScreeningAnswer a = screen(Track.MEDICAL_DRUG, aged(35));
    assertAll(
        () -> assertEquals("SUL § 142", a.legalBasis()),
        () -> assertEquals(List.of("health-care=OUTPATIENT", "medical-treatment=SUBSTITUTION"), offers(a)),
        () -> assertEquals(List.of(List.of("ODS-O7"), List.of("ODS-O7")), rules(a)),
        () -> assertEquals(List.of(Eligibility.ELIGIBLE, Eligibility.ELIGIBLE), eligibilities(a)),
        () -> assertEquals(Optional.of(TEAM), a.applyTo()));
  }

  @Test
  @DisplayName("ODS-A2 NAT-A1 anonymous group treatment for a citizen with no other social problems: eligible, criterion not narrower than the law")
  void anonymousEligible() {
    ScreeningAnswer a = screen(Track.ANONYMOUS_DRUG, Profile.builder().age(30).otherSocialProblems(false).build());
    ScreenedOffer group = a.offers().get(0);
    ScreenedCriterion noOther = group.criteria().get(1);
    assertAll(
        () -> assertEquals("SEL § 101 a", a.legalBasis()),
        () -> assertEquals(List.of("anonymous-group=ANONYMOUS_OUTPATIENT"), offers(a)),
        () -> assertEquals(List.of(List.of("ODS-A2", "ODS-A2")), rules(a)),
        () -> assertEquals(Eligibility.ELIGIBLE, group.eligibility()),
        () -> assertEquals("Has no social problems other than the use of substances.", noOther.criterion()),
        () -> assertEquals(Optional.of(true), noOther.met()),
        () -> assertFalse(noOther.discretionary()),
        () -> assertFalse(noOther.narrowerThanLaw(), "RULES.md section 7 lists no Odsherred criterion as narrower"),
        () -> assertTrue(a.offers().stream().flatMap(o -> o.criteria().stream()).noneMatch(c -> c.rule().equals("NAT-A1")),
            "the standard states the law's condition itself"),
        () -> assertEquals(Optional.of(TEAM), a.applyTo()));
  }

  @Test
  @DisplayName("ODS-A2 NAT-A1 anonymous group treatment for a citizen with other social problems: not eligible")
  void anonymousOtherProblems() {
    ScreeningAnswer a = screen(Track.ANONYMOUS_DRUG, Profile.builder().age(30).otherSocialProblems(true).build());
    assertAll(
        () -> assertEquals(Eligibility.NOT_ELIGIBLE, a.offers().get(0).eligibility()),
        () -> assertEquals(Optional.of(false), a.offers().get(0).criteria().get(1).met()));
  }

  @Test
  @DisplayName("ODS-A2 NAT-A1 anonymous group treatment with other social problems not given: needs assessment, never eligible")
  void anonymousUnknown() {
    ScreeningAnswer a = screen(Track.ANONYMOUS_DRUG, aged(30));
    assertAll(
        () -> assertEquals(Eligibility.NEEDS_ASSESSMENT, a.offers().get(0).eligibility()),
        () -> assertEquals(Optional.of(true), a.offers().get(0).criteria().get(0).met()),
        () -> assertEquals(Optional.empty(), a.offers().get(0).criteria().get(1).met()));
  }

  @Test
  @DisplayName("ODS-M2 ODS-A2 the anonymous offer for an 11-year-old with no other problems: not eligible on age")
  void anonymousTooYoung() {
    ScreeningAnswer a = screen(Track.ANONYMOUS_DRUG, Profile.builder().age(11).otherSocialProblems(false).build());
    assertAll(
        () -> assertEquals(Eligibility.NOT_ELIGIBLE, a.offers().get(0).eligibility()),
        () -> assertEquals(Optional.of(false), a.offers().get(0).criteria().get(0).met()),
        () -> assertEquals(Optional.empty(), a.applyTo()));
  }

  @Test
  @DisplayName("ODS-M2 facts that no Odsherred criterion asks about change nothing")
  void irrelevantFacts() {
    Profile citizen = Profile.builder().age(30).selfSupporting(false).hasOwnHome(false).wantsSubstitution(true)
        .mentalIllnessNeedingTreatment(true).pregnant(true).childrenUnder18(true).build();
    assertEquals(socialEligibilities(Eligibility.ELIGIBLE), eligibilities(screen(Track.SOCIAL_DRUG, citizen)));
  }

  @Test
  @DisplayName("ODS-M2 the Danish answer words the age limit in Danish")
  void danish() {
    ScreeningAnswer a = ASSESSOR.screening(ScreeningQuestion.builder().municipality("odsherred").asOf(AS_OF)
        .track(Track.SOCIAL_DRUG).citizen(aged(30)).build(), Locale.forLanguageTag("da"));
    assertEquals("Fyldt 12 år", a.offers().get(0).criteria().get(0).criterion());
  }

  @Test
  @DisplayName("ODS-M2 a negative age is an error at citizen.age")
  void negativeAge() {
    InvalidCaseException e = assertThrows(InvalidCaseException.class, () -> screen(Track.SOCIAL_DRUG, aged(-1)));
    assertEquals("citizen.age", e.problems().get(0).path());
    assertEquals(1, e.problems().size());
    assertEquals("an age cannot be negative: -1", e.problems().get(0).message());
  }
}
