package dk.kvalitetsstandard.jammerbugt;

import static dk.kvalitetsstandard.questions.Eligibility.ELIGIBLE;
import static dk.kvalitetsstandard.questions.Eligibility.NEEDS_ASSESSMENT;
import static dk.kvalitetsstandard.questions.Eligibility.NOT_ELIGIBLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Jammerbugt's offers, as screening answers them: who may have what, and where to apply")
class JammerbugtOffersTest {

  private static final Assessor ASSESSOR = Assessor.of(StandardRegistry.defaultRegistry());

  private static ScreeningAnswer screen(Track track, Profile citizen) {
    return ASSESSOR.screening(ScreeningQuestion.builder().municipality("jammerbugt").asOf(LocalDate.of(2023, 6, 1))
        .track(track).citizen(citizen).build(), Locale.ENGLISH);
  }

  private static Profile aged(int age) {
    return Profile.builder().age(age).build();
  }

  private static ScreenedOffer offer(ScreeningAnswer answer, String id) {
    return answer.offers().stream().filter(o -> o.offer().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
  }

  private static Eligibility eligibility(Track track, Profile citizen, String id) {
    return offer(screen(track, citizen), id).eligibility();
  }

  /** Each offer as one line: its ID, kind, eligibility and the rules of the criteria screened. */
  private static List<String> lines(ScreeningAnswer answer) {
    return answer.offers().stream().map(o -> o.offer() + " " + o.kind() + " " + o.eligibility() + " "
        + o.criteria().stream().map(ScreenedCriterion::rule).toList()).toList();
  }

  private static List<String> ids(Track track) {
    return screen(track, aged(40)).offers().stream().map(ScreenedOffer::offer).toList();
  }

  @Test
  @Tag("JAM-O1") @Tag("JAM-O2") @Tag("JAM-O3") @Tag("JAM-O4") @Tag("JAM-O5") @Tag("JAM-O6") @Tag("JAM-O7")
  @Tag("JAM-O8") @Tag("JAM-O9") @Tag("JAM-O10") @Tag("JAM-O11") @Tag("JAM-M2") @Tag("JAM-D2")
  @DisplayName("A 20-year-old seeking drug treatment: open counselling, Your Choice and the doctor are open;"
      + " everything 'assessed to benefit', the group's numbers and the committee's judgement are left to assessment")
  void twentyYearOldOnDrugs() {
    assertEquals(List.of(
        "open-counselling COUNSELLING ELIGIBLE []",
        "your-choice COUNSELLING ELIGIBLE [JAM-O2]",
        "outpatient OUTPATIENT NEEDS_ASSESSMENT [JAM-O3]",
        "group OUTPATIENT NEEDS_ASSESSMENT [JAM-O4, JAM-O4]",
        "move MOVE NEEDS_ASSESSMENT [JAM-O5, JAM-O5]",
        "motivational OUTPATIENT NEEDS_ASSESSMENT [JAM-O6]",
        "aftercare-group OUTPATIENT NEEDS_ASSESSMENT [JAM-O7, JAM-O7]",
        "psychological-screening OUTPATIENT NEEDS_ASSESSMENT [JAM-O8]",
        "psychologist-support OUTPATIENT NEEDS_ASSESSMENT [JAM-O8]",
        "psychological-assessment OUTPATIENT NEEDS_ASSESSMENT [JAM-O9]",
        "nada OUTPATIENT NEEDS_ASSESSMENT [JAM-O10]",
        "residential RESIDENTIAL NEEDS_ASSESSMENT [JAM-O11, JAM-M2]",
        "medical-examination OUTPATIENT ELIGIBLE []"), lines(screen(Track.SOCIAL_DRUG, aged(20))));
  }

  @Test
  @Tag("JAM-O5") @Tag("JAM-O10") @Tag("JAM-O12") @Tag("JAM-D2") @Tag("JAM-O1")
  @DisplayName("Alcohol has the general offers and MOVE but no doctor's examination; medical treatment has NADA,"
      + " substitution and the doctor; anonymous treatment is one offer")
  void offersOnTheOtherTracks() {
    assertEquals(List.of("open-counselling", "your-choice", "outpatient", "group", "move", "motivational",
        "aftercare-group", "psychological-screening", "psychologist-support", "psychological-assessment", "nada",
        "residential"), ids(Track.ALCOHOL));
    assertEquals(List.of("nada", "substitution", "medical-examination"), ids(Track.MEDICAL_DRUG));
    assertEquals(List.of("anonymous-outpatient"), ids(Track.ANONYMOUS_DRUG));
    assertEquals(List.of("substitution SUBSTITUTION NEEDS_ASSESSMENT [JAM-O12]"),
        lines(screen(Track.MEDICAL_DRUG, aged(40))).subList(1, 2));
  }

  @Test
  @Tag("JAM-O2") @Tag("JAM-O5")
  @DisplayName("Your Choice and MOVE are for ages 15 to 25, both ends included")
  void fifteenToTwentyFive() {
    for (int age : List.of(15, 25)) {
      assertEquals(ELIGIBLE, eligibility(Track.SOCIAL_DRUG, aged(age), "your-choice"), "age " + age);
      assertEquals(NEEDS_ASSESSMENT, eligibility(Track.ALCOHOL, aged(age), "move"), "age " + age);
    }
    for (int age : List.of(14, 26)) {
      assertEquals(NOT_ELIGIBLE, eligibility(Track.SOCIAL_DRUG, aged(age), "your-choice"), "age " + age);
      assertEquals(NOT_ELIGIBLE, eligibility(Track.ALCOHOL, aged(age), "move"), "age " + age);
    }
    assertEquals(NEEDS_ASSESSMENT, eligibility(Track.SOCIAL_DRUG, Profile.unknown(), "your-choice"), "age not given");
  }

  @Test
  @Tag("JAM-O10")
  @DisplayName("NADA under 18 needs a parent's or guardian's consent: refused rules it out, not given leaves it open;"
      + " an adult needs none")
  void nadaConsent() {
    assertEquals(NOT_ELIGIBLE, eligibility(Track.SOCIAL_DRUG, Profile.builder().age(16).parentalConsent(false).build(), "nada"));
    assertEquals(NEEDS_ASSESSMENT, eligibility(Track.SOCIAL_DRUG, aged(16), "nada"));
    assertEquals(NEEDS_ASSESSMENT, eligibility(Track.MEDICAL_DRUG, Profile.builder().age(17).parentalConsent(true).build(), "nada"));
    assertEquals(NEEDS_ASSESSMENT, eligibility(Track.ALCOHOL, Profile.builder().age(30).parentalConsent(false).build(), "nada"));
  }

  @Test
  @Tag("JAM-O1")
  @DisplayName("Anonymous treatment is closed to a citizen with other social challenges, the law's own line:"
      + " without them eligible, with them not, unknown left to assessment; never flagged as narrower than the law")
  void anonymousTreatment() {
    assertEquals(ELIGIBLE, eligibility(Track.ANONYMOUS_DRUG, Profile.builder().otherSocialProblems(false).build(),
        "anonymous-outpatient"));
    assertEquals(NOT_ELIGIBLE, eligibility(Track.ANONYMOUS_DRUG, Profile.builder().otherSocialProblems(true).build(),
        "anonymous-outpatient"));
    ScreenedOffer unknown = offer(screen(Track.ANONYMOUS_DRUG, Profile.unknown()), "anonymous-outpatient");
    assertEquals(NEEDS_ASSESSMENT, unknown.eligibility());
    assertFalse(unknown.criteria().get(0).narrowerThanLaw());
  }

  @Test
  @Tag("JAM-M2") @Tag("JAM-O11") @Tag("JAM-S2")
  @DisplayName("Residential treatment needs no outpatient course first: for a citizen of whom everything is known,"
      + " a pregnant one included, it is still the committee's judgement")
  void residentialIsJudged() {
    Profile known = Profile.builder().age(30).selfSupporting(true).hasOwnHome(true).wantsSubstitution(false)
        .mentalIllnessNeedingTreatment(false).otherSocialProblems(false).psychologicalProblems(false)
        .needsMedicine(false).parentalConsent(false).pregnant(true).childrenUnder18(false).build();
    for (Track track : List.of(Track.SOCIAL_DRUG, Track.ALCOHOL)) {
      ScreenedOffer residential = offer(screen(track, known), "residential");
      assertEquals(NEEDS_ASSESSMENT, residential.eligibility(), track.name());
      assertEquals(List.of(Optional.empty(), Optional.empty()),
          residential.criteria().stream().map(ScreenedCriterion::met).toList(), track.name());
    }
  }

  @Test
  @Tag("JAM-O1") @Tag("JAM-S2")
  @DisplayName("Every citizen, of any age, pregnant or not, applies to Rusmiddelcenter Jammerbugt on tlf. 7257 7684;"
      + " the family outpatient clinic is where a pregnant woman may also turn, not where offers are granted")
  void everyoneAppliesToTheCentre() {
    Route centre = Route.builder().name("Rusmiddelcenter Jammerbugt").phone("7257 7684").rule("JAM-O1").build();
    List<Profile> citizens = List.of(aged(15), aged(70), Profile.unknown(), Profile.builder().age(28).pregnant(true).build());
    for (Profile citizen : citizens) {
      for (Track track : Track.values()) {
        ScreeningAnswer answer = screen(track, citizen);
        assertEquals(Optional.of(centre), answer.applyTo(), track + " " + citizen);
        answer.offers().forEach(o -> assertEquals(Optional.of(centre), o.applyTo(), track + " " + o.offer()));
      }
    }
  }
}
