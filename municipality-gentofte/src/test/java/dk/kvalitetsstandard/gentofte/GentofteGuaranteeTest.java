package dk.kvalitetsstandard.gentofte;

import static dk.kvalitetsstandard.conformance.StandardAssert.assertFor;
import static dk.kvalitetsstandard.conformance.StandardAssert.date;
import static dk.kvalitetsstandard.conformance.StandardAssert.digital;
import static dk.kvalitetsstandard.conformance.StandardAssert.end;
import static dk.kvalitetsstandard.conformance.StandardAssert.event;
import static dk.kvalitetsstandard.conformance.StandardAssert.inPerson;
import static dk.kvalitetsstandard.conformance.StandardAssert.phone;
import static dk.kvalitetsstandard.conformance.StandardAssert.start;
import static dk.kvalitetsstandard.conformance.StandardAssert.viaProvider;
import static dk.kvalitetsstandard.deadline.Status.BREACHED;
import static dk.kvalitetsstandard.deadline.Status.MET;
import static dk.kvalitetsstandard.deadline.Status.PENDING;
import static dk.kvalitetsstandard.deadline.Status.WAIVED;
import static dk.kvalitetsstandard.standard.DeadlineKind.PLAN_REVIEW;
import static dk.kvalitetsstandard.standard.DeadlineKind.TREATMENT_GUARANTEE;

import dk.kvalitetsstandard.cases.EventType;
import dk.kvalitetsstandard.conformance.StandardAssert;
import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.law.Track;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Gentofte's guarantee: 14 days from contact with the municipality or an approved treatment place, "
    + "for outpatient social treatment; the law decides where the text gives less")
class GentofteGuaranteeTest {

  private static final StandardAssert GENTOFTE = assertFor("gentofte");
  private static final String SEL_101_4 = "SEL § 101, stk. 4";

  @Test
  @Tag("GEN-G1")
  @DisplayName("Phoned 5 January 2026, outpatient treatment started on day 14, 19 January: in time")
  void startedOnDayFourteen() {
    GENTOFTE.on(Track.SOCIAL_DRUG).age(34)
        .given(phone(date(2026, 1, 5)), start(date(2026, 1, 19), "outpatient"))
        .deadline(TREATMENT_GUARANTEE).decidedBy("GEN-G1").basedOn(SEL_101_4)
        .startedBy(date(2026, 1, 5)).due(date(2026, 1, 19)).closedBy(date(2026, 1, 19)).is(MET)
        .and().withoutFindings();
  }

  @Test
  @Tag("GEN-G1")
  @DisplayName("Started on day 15, 20 January: breached; not started at all, pending on 19 January and breached after")
  void lateOrNotStarted() {
    GENTOFTE.on(Track.SOCIAL_DRUG).age(34)
        .given(inPerson(date(2026, 1, 5)), start(date(2026, 1, 20), "outpatient"))
        .deadline(TREATMENT_GUARANTEE).due(date(2026, 1, 19)).closedBy(date(2026, 1, 20)).is(BREACHED);
    GENTOFTE.on(Track.SOCIAL_DRUG).age(34).given(digital(date(2026, 1, 5))).asOf(date(2026, 1, 19))
        .deadline(TREATMENT_GUARANTEE).due(date(2026, 1, 19)).is(PENDING);
    GENTOFTE.on(Track.SOCIAL_DRUG).age(34).given(digital(date(2026, 1, 5))).asOf(date(2026, 1, 20))
        .deadline(TREATMENT_GUARANTEE).due(date(2026, 1, 19)).is(BREACHED);
  }

  @Test
  @Tag("GEN-G1")
  @DisplayName("A contact through an approved treatment place on 2 February starts the clock a week before the "
      + "citizen's own call: due 16 February, so a start on the 17th is late")
  void approvedTreatmentPlaceStartsTheClock() {
    GENTOFTE.on(Track.SOCIAL_DRUG).age(34)
        .given(viaProvider(date(2026, 2, 2)), phone(date(2026, 2, 9)), start(date(2026, 2, 17), "outpatient"))
        .deadline(TREATMENT_GUARANTEE).decidedBy("GEN-G1").startedBy(date(2026, 2, 2)).due(date(2026, 2, 16))
        .is(BREACHED).and().withoutFindings();
  }

  @Test
  @Tag("GEN-G1")
  @DisplayName("A 16-year-old is outside Gentofte's guarantee (the outpatient criteria say over 18): the law's clock "
      + "runs from the call of 9 February under Barnets lov § 33, and a contact through a provider does not start it")
  void minorsUnderTheLaw() {
    GENTOFTE.on(Track.SOCIAL_DRUG).age(16)
        .given(viaProvider(date(2026, 2, 2)), phone(date(2026, 2, 9))).asOf(date(2026, 3, 1))
        .deadline(TREATMENT_GUARANTEE).decidedBy("NAT-G1").basedOn("Barnets lov § 33")
        .startedBy(date(2026, 2, 9)).due(date(2026, 2, 23)).is(BREACHED);
  }

  @Test
  @Tag("GEN-G1")
  @Tag("GEN-O6")
  @DisplayName("Substitution treatment is under SUL § 142, where Gentofte's wider clock does not reach: the digital "
      + "request of 9 February starts it, not the provider's contact of 2 February")
  void medicalTrackKeepsTheLawsClock() {
    GENTOFTE.on(Track.MEDICAL_DRUG).age(34)
        .given(viaProvider(date(2026, 2, 2)), digital(date(2026, 2, 9)), start(date(2026, 2, 20), "substitution"))
        .deadline(TREATMENT_GUARANTEE).decidedBy("NAT-G4").basedOn("SUL § 142, stk. 6")
        .startedBy(date(2026, 2, 9)).due(date(2026, 2, 23)).is(MET);
  }

  @Test
  @Tag("GEN-G1")
  @Tag("NAT-G2")
  @DisplayName("The standard is silent on free choice, yet a choice made on 12 January sets the guarantee aside "
      + "(SEL § 101, stk. 6)")
  void freeChoiceWaives() {
    GENTOFTE.on(Track.SOCIAL_DRUG).age(34)
        .given(phone(date(2026, 1, 5)), event(EventType.FREE_CHOICE, date(2026, 1, 12)),
            start(date(2026, 1, 26), "outpatient"))
        .deadline(TREATMENT_GUARANTEE).decidedBy("NAT-G2").basedOn("SEL § 101, stk. 6").due(date(2026, 1, 19))
        .is(WAIVED);
  }

  @Test
  @Tag("GEN-G2")
  @Tag("GEN-O5")
  @DisplayName("A course that starts in residential treatment gets the law's guarantee all the same, and a finding "
      + "that the standard leaves it out")
  void residentialStartGetsTheLaw() {
    GENTOFTE.on(Track.SOCIAL_DRUG).age(34)
        .given(phone(date(2026, 3, 2)), start(date(2026, 3, 20), "residential"))
        .deadline(TREATMENT_GUARANTEE).decidedBy("NAT-G1").basedOn(SEL_101_4).due(date(2026, 3, 16)).is(BREACHED)
        .withFinding("GEN-G2");
  }

  @Test
  @Tag("GEN-G2")
  @Tag("GEN-O4")
  @DisplayName("Day treatment started on day 11: met under the law's guarantee, with the same finding")
  void dayStartGetsTheLaw() {
    GENTOFTE.on(Track.SOCIAL_DRUG).age(34)
        .given(phone(date(2026, 3, 2)), start(date(2026, 3, 13), "day"))
        .deadline(TREATMENT_GUARANTEE).decidedBy("NAT-G1").due(date(2026, 3, 16)).is(MET)
        .withFinding("GEN-G2");
  }

  @Test
  @Tag("GEN-G1")
  @Tag("GEN-G2")
  @DisplayName("A relapse: outpatient from January met Gentofte's guarantee; the second course, from the call of "
      + "1 June into residential treatment on 22 June, breaches the law's")
  void secondCourseInResidential() {
    GENTOFTE.on(Track.SOCIAL_DRUG).age(38)
        .given(phone(date(2026, 1, 5)), start(date(2026, 1, 14), "outpatient"),
            end(date(2026, 4, 30), EndStatus.DROPPED_OUT),
            phone(date(2026, 6, 1)), start(date(2026, 6, 22), "residential"))
        .asOf(date(2026, 8, 1))
        .deadline(TREATMENT_GUARANTEE).inCourse(1).decidedBy("GEN-G1").due(date(2026, 1, 19)).is(MET)
        .deadline(TREATMENT_GUARANTEE).inCourse(2).decidedBy("NAT-G1").startedBy(date(2026, 6, 1))
        .due(date(2026, 6, 15)).closedBy(date(2026, 6, 22)).is(BREACHED)
        .withFinding("GEN-G2");
  }

  @Test
  @Tag("GEN-U2")
  @DisplayName("Gentofte follows up on the goals continuously: no plan review falls due, even 14 months into treatment")
  void continuousPlanReview() {
    GENTOFTE.on(Track.SOCIAL_DRUG).age(34)
        .given(phone(date(2025, 1, 2)), start(date(2025, 1, 10), "outpatient")).asOf(date(2026, 3, 1))
        .hasNo(PLAN_REVIEW).withoutFindings();
  }
}
