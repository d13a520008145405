package dk.kvalitetsstandard.gentofte;

import static dk.kvalitetsstandard.conformance.StandardAssert.assertFor;
import static dk.kvalitetsstandard.conformance.StandardAssert.date;
import static dk.kvalitetsstandard.questions.Eligibility.ELIGIBLE;
import static dk.kvalitetsstandard.questions.Eligibility.NEEDS_ASSESSMENT;
import static dk.kvalitetsstandard.questions.Eligibility.NOT_ELIGIBLE;

import dk.kvalitetsstandard.conformance.StandardAssert;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.questions.Profile;
import dk.kvalitetsstandard.questions.ScreeningQuestion;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Who may get which of Gentofte's offers, and where to apply")
class GentofteScreeningTest {

  private static final StandardAssert GENTOFTE = assertFor("gentofte");
  private static final String DIGITAL_POST = "Gentofte Kommune, Social og Handicap Myndighed (Digital Post)";

  /** Screens {@code citizen} on {@code track} as of 1 March 2026. */
  private static StandardAssert.ScreeningCheck screen(Track track, Profile citizen) {
    return GENTOFTE.screening(ScreeningQuestion.builder().municipality("gentofte").asOf(date(2026, 3, 1)).track(track)
        .citizen(citizen).build());
  }

  /** Self-supporting, with a home, no wish for substitution, no mental illness, no other social problems. */
  private static Profile.Builder anonymousCitizen() {
    return Profile.builder().age(30).selfSupporting(true).hasOwnHome(true).wantsSubstitution(false)
        .mentalIllnessNeedingTreatment(false).otherSocialProblems(false);
  }

  @Test
  @Tag("GEN-O3")
  @Tag("GEN-A1")
  @DisplayName("Anonymous treatment, every concrete criterion met: problematic use is still for a caseworker; four "
      + "criteria are narrower than SEL § 101 a; the citizen turns to a provider directly")
  void anonymousCriteriaMet() {
    screen(Track.ANONYMOUS_DRUG, anonymousCitizen().build())
        .basedOn("SEL § 101 a").offers("anonymous-outpatient")
        .offer("anonymous-outpatient").is(NEEDS_ASSESSMENT).leaves("GEN-O3")
        .narrowerThanLaw(false, true, true, true, true, false)
        .applyTo("KABS", "GEN-A1");
  }

  @Test
  @Tag("GEN-O3")
  @DisplayName("Anonymous treatment is refused a citizen who is not self-supporting, has no home, asks for "
      + "substitution, or has a mental illness that needs treatment, though none of these is another social problem")
  void anonymousCriteriaEachFail() {
    for (Profile citizen : List.of(anonymousCitizen().selfSupporting(false).build(),
        anonymousCitizen().hasOwnHome(false).build(), anonymousCitizen().wantsSubstitution(true).build(),
        anonymousCitizen().mentalIllnessNeedingTreatment(true).build())) {
      screen(Track.ANONYMOUS_DRUG, citizen).offer("anonymous-outpatient").is(NOT_ELIGIBLE).fails("GEN-O3");
    }
  }

  @Test
  @Tag("GEN-V1") @Tag("GEN-O1") @Tag("GEN-O2") @Tag("GEN-O4") @Tag("GEN-O5") @Tag("GEN-O7") @Tag("GEN-A1")
  @DisplayName("An adult with a home: counselling is open to anyone at the substance consultant; every treatment "
      + "offer rests on Gentofte's individual assessment and is applied for by Digital Post")
  void socialOffers() {
    screen(Track.SOCIAL_DRUG, Profile.builder().age(30).hasOwnHome(true).pregnant(true).build())
        .basedOn("SEL § 101").offers("counselling", "outpatient", "day", "residential", "family")
        .offer("counselling").is(ELIGIBLE).criteria().applyTo("Gentofte Kommunes rusmiddelkonsulent", "GEN-O1")
        .offer("outpatient").is(NEEDS_ASSESSMENT).leaves("GEN-O2", "GEN-O2").applyTo(DIGITAL_POST, "GEN-A1")
        .offer("day").is(NEEDS_ASSESSMENT).leaves("GEN-O4", "GEN-O4").applyTo(DIGITAL_POST, "GEN-A1")
        .offer("residential").is(NEEDS_ASSESSMENT).leaves("GEN-O5", "GEN-O5", "GEN-O5")
        .offer("family").is(NEEDS_ASSESSMENT).leaves("GEN-O7");
  }

  @Test
  @Tag("GEN-O2")
  @Tag("NAT-X2")
  @DisplayName("Outpatient treatment is for those 'over 18 år': 18 qualifies, 17 does not (under Barnets lov § 33); "
      + "counselling names no age")
  void outpatientFromEighteen() {
    screen(Track.SOCIAL_DRUG, Profile.builder().age(18).build())
        .offer("outpatient").is(NEEDS_ASSESSMENT).leaves("GEN-O2", "GEN-O2");
    screen(Track.SOCIAL_DRUG, Profile.builder().age(17).build()).basedOn("Barnets lov § 33")
        .offer("outpatient").is(NOT_ELIGIBLE).fails("GEN-O2")
        .offer("counselling").is(ELIGIBLE);
  }

  @Test
  @Tag("GEN-O4")
  @Tag("GEN-O5")
  @DisplayName("Day treatment presupposes living at home: without a home it is refused; residential treatment is not")
  void dayNeedsAHome() {
    screen(Track.SOCIAL_DRUG, Profile.builder().age(40).hasOwnHome(false).build())
        .offer("day").is(NOT_ELIGIBLE).fails("GEN-O4")
        .offer("residential").is(NEEDS_ASSESSMENT);
  }

  @Test
  @Tag("GEN-O6")
  @Tag("NAT-G6")
  @DisplayName("Medical treatment: substitution when the treatment place finds it fit after assessment; the free "
      + "doctor's consultation for anyone who wants treatment")
  void medicalOffers() {
    screen(Track.MEDICAL_DRUG, Profile.builder().age(35).wantsSubstitution(true).build())
        .basedOn("SUL § 142").offers("substitution", "doctor-consultation")
        .offer("substitution").is(NEEDS_ASSESSMENT).leaves("GEN-O6").applyTo(DIGITAL_POST, "GEN-A1")
        .offer("doctor-consultation").is(ELIGIBLE).criteria();
  }
}
