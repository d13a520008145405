package dk.kvalitetsstandard.jammerbugt;

import static dk.kvalitetsstandard.conformance.StandardAssert.assertFor;
import static dk.kvalitetsstandard.questions.Eligibility.ELIGIBLE;
import static dk.kvalitetsstandard.questions.Eligibility.NEEDS_ASSESSMENT;
import static dk.kvalitetsstandard.questions.Eligibility.NOT_ELIGIBLE;
import static dk.kvalitetsstandard.standard.OfferKind.COUNSELLING;
import static dk.kvalitetsstandard.standard.OfferKind.MOVE;
import static dk.kvalitetsstandard.standard.OfferKind.OUTPATIENT;
import static dk.kvalitetsstandard.standard.OfferKind.RESIDENTIAL;
import static dk.kvalitetsstandard.standard.OfferKind.SUBSTITUTION;

import dk.kvalitetsstandard.conformance.StandardAssert;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.questions.Profile;
import dk.kvalitetsstandard.questions.ScreeningQuestion;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Jammerbugt's offers, as screening answers them: who may have what, and where to apply")
class JammerbugtOffersTest {

  private static final StandardAssert JAMMERBUGT = assertFor("jammerbugt");

  private static StandardAssert.ScreeningCheck screen(Track track, Profile citizen) {
    return JAMMERBUGT.screening(ScreeningQuestion.builder().municipality("jammerbugt").asOf(LocalDate.of(2023, 6, 1))
        .track(track).citizen(citizen).build());
  }

  private static Profile aged(int age) {
    return Profile.builder().age(age).build();
  }

  @Test
  @Tag("JAM-O1") @Tag("JAM-O2") @Tag("JAM-O3") @Tag("JAM-O4") @Tag("JAM-O5") @Tag("JAM-O6") @Tag("JAM-O7")
  @Tag("JAM-O8") @Tag("JAM-O9") @Tag("JAM-O10") @Tag("JAM-O11") @Tag("JAM-M2") @Tag("JAM-D2")
  @DisplayName("A 20-year-old seeking drug treatment: open counselling, Your Choice and the doctor are open;"
      + " everything 'assessed to benefit', the group's numbers and the committee's judgement are left to assessment")
  void twentyYearOldOnDrugs() {
    screen(Track.SOCIAL_DRUG, aged(20))
        .offers("open-counselling", "your-choice", "outpatient", "group", "move", "motivational", "aftercare-group",
            "psychological-screening", "psychologist-support", "psychological-assessment", "nada", "residential",
            "medical-examination")
        .offer("open-counselling").ofKind(COUNSELLING).is(ELIGIBLE).criteria()
        .offer("your-choice").ofKind(COUNSELLING).is(ELIGIBLE).criteria("JAM-O2")
        .offer("outpatient").ofKind(OUTPATIENT).is(NEEDS_ASSESSMENT).criteria("JAM-O3")
        .offer("group").ofKind(OUTPATIENT).is(NEEDS_ASSESSMENT).criteria("JAM-O4", "JAM-O4")
        .offer("move").ofKind(MOVE).is(NEEDS_ASSESSMENT).criteria("JAM-O5", "JAM-O5")
        .offer("motivational").ofKind(OUTPATIENT).is(NEEDS_ASSESSMENT).criteria("JAM-O6")
        .offer("aftercare-group").ofKind(OUTPATIENT).is(NEEDS_ASSESSMENT).criteria("JAM-O7", "JAM-O7")
        .offer("psychological-screening").ofKind(OUTPATIENT).is(NEEDS_ASSESSMENT).criteria("JAM-O8")
        .offer("psychologist-support").ofKind(OUTPATIENT).is(NEEDS_ASSESSMENT).criteria("JAM-O8")
        .offer("psychological-assessment").ofKind(OUTPATIENT).is(NEEDS_ASSESSMENT).criteria("JAM-O9")
        .offer("nada").ofKind(OUTPATIENT).is(NEEDS_ASSESSMENT).criteria("JAM-O10")
        .offer("residential").ofKind(RESIDENTIAL).is(NEEDS_ASSESSMENT).criteria("JAM-O11", "JAM-M2")
        .offer("medical-examination").ofKind(OUTPATIENT).is(ELIGIBLE).criteria();
  }

  @Test
  @Tag("JAM-O5") @Tag("JAM-O10") @Tag("JAM-O12") @Tag("JAM-D2") @Tag("JAM-O1")
  @DisplayName("Alcohol has the general offers and MOVE but no doctor's examination; medical treatment has NADA,"
      + " substitution and the doctor; anonymous treatment is one offer")
  void offersOnTheOtherTracks() {
    screen(Track.ALCOHOL, aged(40)).offers("open-counselling", "your-choice", "outpatient", "group", "move",
        "motivational", "aftercare-group", "psychological-screening", "psychologist-support", "psychological-assessment",
        "nada", "residential");
    screen(Track.MEDICAL_DRUG, aged(40)).offers("nada", "substitution", "medical-examination")
        .offer("substitution").ofKind(SUBSTITUTION).is(NEEDS_ASSESSMENT).criteria("JAM-O12");
    screen(Track.ANONYMOUS_DRUG, aged(40)).offers("anonymous-outpatient");
  }

  @Test
  @Tag("JAM-O2") @Tag("JAM-O5")
  @DisplayName("Your Choice and MOVE are for ages 15 to 25, both ends included")
  void fifteenToTwentyFive() {
    for (int age : List.of(15, 25)) {
      screen(Track.SOCIAL_DRUG, aged(age)).offer("your-choice", ELIGIBLE);
      screen(Track.ALCOHOL, aged(age)).offer("move", NEEDS_ASSESSMENT);
    }
    for (int age : List.of(14, 26)) {
      screen(Track.SOCIAL_DRUG, aged(age)).offer("your-choice", NOT_ELIGIBLE);
      screen(Track.ALCOHOL, aged(age)).offer("move", NOT_ELIGIBLE);
    }
    screen(Track.SOCIAL_DRUG, Profile.unknown()).offer("your-choice", NEEDS_ASSESSMENT);
  }

  @Test
  @Tag("JAM-O10")
  @DisplayName("NADA under 18 needs a parent's or guardian's consent: refused rules it out, not given leaves it open;"
      + " an adult needs none")
  void nadaConsent() {
    screen(Track.SOCIAL_DRUG, Profile.builder().age(16).parentalConsent(false).build()).offer("nada", NOT_ELIGIBLE);
    screen(Track.SOCIAL_DRUG, aged(16)).offer("nada", NEEDS_ASSESSMENT);
    screen(Track.MEDICAL_DRUG, Profile.builder().age(17).parentalConsent(true).build()).offer("nada", NEEDS_ASSESSMENT);
    screen(Track.ALCOHOL, Profile.builder().age(30).parentalConsent(false).build()).offer("nada", NEEDS_ASSESSMENT);
  }

  @Test
  @Tag("JAM-O1")
  @DisplayName("Anonymous treatment is closed to a citizen with other social challenges, the law's own line:"
      + " without them eligible, with them not, unknown left to assessment; never flagged as narrower than the law")
  void anonymousTreatment() {
    screen(Track.ANONYMOUS_DRUG, Profile.builder().otherSocialProblems(false).build())
        .offer("anonymous-outpatient", ELIGIBLE);
    screen(Track.ANONYMOUS_DRUG, Profile.builder().otherSocialProblems(true).build())
        .offer("anonymous-outpatient", NOT_ELIGIBLE);
    screen(Track.ANONYMOUS_DRUG, Profile.unknown())
        .offer("anonymous-outpatient").is(NEEDS_ASSESSMENT).narrowerThanLaw(false);
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
      screen(track, known).offer("residential").is(NEEDS_ASSESSMENT).met(null, null);
    }
  }

  @Test
  @Tag("JAM-O1") @Tag("JAM-S2")
  @DisplayName("Every citizen, of any age, pregnant or not, applies to Rusmiddelcenter Jammerbugt on tlf. 7257 7684;"
      + " the family outpatient clinic is where a pregnant woman may also turn, not where offers are granted")
  void everyoneAppliesToTheCentre() {
    List<Profile> citizens = List.of(aged(15), aged(70), Profile.unknown(), Profile.builder().age(28).pregnant(true).build());
    for (Profile citizen : citizens) {
      for (Track track : Track.values()) {
        screen(track, citizen).allApplyTo("Rusmiddelcenter Jammerbugt", "7257 7684", "JAM-O1");
      }
    }
  }
}
