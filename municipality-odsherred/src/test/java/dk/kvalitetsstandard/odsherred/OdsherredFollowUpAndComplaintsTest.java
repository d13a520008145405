package dk.kvalitetsstandard.odsherred;

import static dk.kvalitetsstandard.conformance.StandardAssert.assertFor;
import static dk.kvalitetsstandard.conformance.StandardAssert.date;
import static dk.kvalitetsstandard.conformance.StandardAssert.decision;
import static dk.kvalitetsstandard.conformance.StandardAssert.end;
import static dk.kvalitetsstandard.conformance.StandardAssert.event;
import static dk.kvalitetsstandard.conformance.StandardAssert.inPerson;
import static dk.kvalitetsstandard.conformance.StandardAssert.phone;
import static dk.kvalitetsstandard.conformance.StandardAssert.start;
import static dk.kvalitetsstandard.deadline.Status.BREACHED;
import static dk.kvalitetsstandard.deadline.Status.MET;
import static dk.kvalitetsstandard.deadline.Status.NOT_APPLICABLE;
import static dk.kvalitetsstandard.deadline.Status.PENDING;
import static dk.kvalitetsstandard.standard.DeadlineKind.COMPLAINT;
import static dk.kvalitetsstandard.standard.DeadlineKind.FOLLOW_UP;
import static dk.kvalitetsstandard.standard.DeadlineKind.PLAN_REVIEW;
import static dk.kvalitetsstandard.standard.DeadlineKind.RECONSIDERATION;

import dk.kvalitetsstandard.cases.EventType;
import dk.kvalitetsstandard.cases.Outcome;
import dk.kvalitetsstandard.conformance.StandardAssert;
import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Odsherred after treatment and on complaint: plan, follow-ups after 1 and 3 months, the complaint routes")
class OdsherredFollowUpAndComplaintsTest {

  private static final StandardAssert ODSHERRED = assertFor("odsherred");

  @Test
  @Tag("ODS-U2")
  @Tag("NAT-U1")
  @DisplayName("Completed 15 September 2025: followed up by 15 October and 15 December as the standard says, and by "
      + "15 March 2026 as the law says; a finding names the missing 6 months")
  void completed() {
    ODSHERRED.on(Track.SOCIAL_DRUG).age(34)
        .given(inPerson(date(2025, 5, 5)), start(date(2025, 5, 12), "outpatient-low"),
            end(date(2025, 9, 15), EndStatus.COMPLETED),
            event(EventType.FOLLOW_UP, date(2025, 10, 10)), event(EventType.FOLLOW_UP, date(2026, 1, 5)))
        .asOf(date(2026, 3, 1))
        .withFinding("ODS-U2").has(3, FOLLOW_UP)
        .deadline(FOLLOW_UP).decidedBy("ODS-U2").basedOn("BEK nr. 1477 af 17/12/2019 § 4, stk. 2")
        .startedBy(date(2025, 9, 15)).due(date(2025, 10, 15)).closedBy(date(2025, 10, 10)).is(MET)
        .nth(2).decidedBy("ODS-U2").due(date(2025, 12, 15)).is(BREACHED)
        .nth(3).decidedBy("NAT-U1").due(date(2026, 3, 15)).is(PENDING);
  }

  @Test
  @Tag("ODS-U2")
  @Tag("NAT-U1")
  @DisplayName("No follow-up for a citizen who dropped out, nor after alcohol treatment: the follow-ups are for "
      + "four endings of drug treatment")
  void notFollowedUp() {
    ODSHERRED.on(Track.SOCIAL_DRUG).age(34)
        .given(inPerson(date(2025, 5, 5)), start(date(2025, 5, 12), "outpatient-low"),
            end(date(2025, 9, 15), EndStatus.DROPPED_OUT))
        .asOf(date(2026, 6, 1))
        .hasNo(FOLLOW_UP).withoutFinding("ODS-U2");
    ODSHERRED.on(Track.ALCOHOL).age(52)
        .given(inPerson(date(2026, 1, 5)), start(date(2026, 1, 12), "outpatient-medium"),
            end(date(2026, 4, 30), EndStatus.COMPLETED))
        .asOf(date(2026, 11, 1))
        .hasNo(FOLLOW_UP).withoutFinding("ODS-U2");
  }

  @Test
  @Tag("ODS-U2")
  @Tag("NAT-U1")
  @DisplayName("A completed medical drug course gets the standard's follow-ups after 1 and 3 months only: "
      + "30 May and 30 July 2026")
  void medicalFollowedUp() {
    ODSHERRED.on(Track.MEDICAL_DRUG).age(45)
        .given(inPerson(date(2026, 1, 5)), start(date(2026, 1, 12), "medical-treatment"),
            end(date(2026, 4, 30), EndStatus.COMPLETED))
        .asOf(date(2026, 11, 1))
        .withoutFinding("ODS-U2").has(2, FOLLOW_UP)
        .deadline(FOLLOW_UP).decidedBy("ODS-U2").due(date(2026, 5, 30)).is(BREACHED)
        .nth(2).decidedBy("ODS-U2").due(date(2026, 7, 30)).is(BREACHED);
  }

  @Test
  @Tag("ODS-U1")
  @DisplayName("The plan is evaluated after the period agreed with the citizen: no fixed plan-review deadline, "
      + "even after 14 months of treatment")
  void planAfterAgreedPeriod() {
    ODSHERRED.on(Track.SOCIAL_DRUG).age(34)
        .given(inPerson(date(2025, 1, 6)), start(date(2025, 1, 13), "residential"),
            event(EventType.PLAN_REVIEW, date(2025, 7, 1)))
        .asOf(date(2026, 3, 1))
        .hasNo(PLAN_REVIEW);
  }

  @Test
  @Tag("ODS-C1")
  @Tag("NAT-C1")
  @Tag("NAT-C5")
  @DisplayName("A refusal received 12 January 2026 may be appealed until 9 February; the complaint of 26 January "
      + "gives the municipality until 23 February to reconsider")
  void complaintAndReconsideration() {
    ODSHERRED.on(Track.SOCIAL_DRUG).age(34)
        .given(inPerson(date(2026, 1, 5)), decision(date(2026, 1, 12), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED),
            event(EventType.COMPLAINT, date(2026, 1, 26)))
        .asOf(date(2026, 2, 2))
        .deadline(COMPLAINT).decidedBy("NAT-C1").basedOn("Retssikkerhedsloven § 67").startedBy(date(2026, 1, 12))
        .due(date(2026, 2, 9)).closedBy(date(2026, 1, 26)).is(MET)
        .deadline(RECONSIDERATION).decidedBy("ODS-C1").basedOn("Retssikkerhedsloven § 66").startedBy(date(2026, 1, 26))
        .due(date(2026, 2, 23)).is(PENDING);
  }

  @Test
  @Tag("ODS-C1")
  @DisplayName("Reconsidered only on 24 February 2026, the day after the 4 weeks: breached")
  void reconsideredLate() {
    ODSHERRED.on(Track.SOCIAL_DRUG).age(34)
        .given(decision(date(2026, 1, 12), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED),
            event(EventType.COMPLAINT, date(2026, 1, 26)), event(EventType.RECONSIDERED, date(2026, 2, 24)))
        .asOf(date(2026, 3, 1))
        .deadline(RECONSIDERATION).due(date(2026, 2, 23)).closedBy(date(2026, 2, 24)).is(BREACHED);
  }

  @Test
  @Tag("ODS-C1")
  @Tag("NAT-A4")
  @DisplayName("The seed lists § 101 a under its complaint route, but a decision on anonymous treatment cannot be "
      + "appealed: no limit, nothing to reconsider")
  void anonymousNotAppealable() {
    ODSHERRED.on(Track.ANONYMOUS_DRUG)
        .given(phone(date(2026, 1, 5)), decision(date(2026, 1, 8), ComplaintSubject.ANONYMOUS_TREATMENT, Outcome.REFUSED),
            event(EventType.COMPLAINT, date(2026, 1, 12)))
        .asOf(date(2026, 2, 1))
        .hasNo(RECONSIDERATION).withoutFindings()
        .deadline(COMPLAINT).decidedBy("NAT-A4").basedOn("SEL § 101 a, stk. 6").undated().is(NOT_APPLICABLE);
  }

  @Test
  @Tag("ODS-C2")
  @Tag("NAT-C3")
  @DisplayName("A complaint about the health-professional part goes to Styrelsen for Patientsikkerhed: "
      + "no limit here and nothing for the municipality to reconsider")
  void healthComplaint() {
    ODSHERRED.on(Track.MEDICAL_DRUG).age(45)
        .given(inPerson(date(2026, 1, 5)), start(date(2026, 1, 12), "medical-treatment"),
            decision(date(2026, 2, 2), ComplaintSubject.HEALTH_TREATMENT, Outcome.REFUSED),
            event(EventType.COMPLAINT, date(2026, 2, 5)))
        .asOf(date(2026, 3, 1))
        .hasNo(RECONSIDERATION)
        .deadline(COMPLAINT).decidedBy("ODS-C2").undated().is(NOT_APPLICABLE)
        .explains("Styrelsen for Patientsikkerhed");
  }

  @Test
  @Tag("ODS-C3")
  @Tag("NAT-C4")
  @DisplayName("A complaint about staff goes to the team's leader, with no time limit and not to Ankestyrelsen")
  void staffComplaint() {
    ODSHERRED.on(Track.SOCIAL_DRUG).age(34)
        .given(inPerson(date(2026, 1, 5)), start(date(2026, 1, 12), "outpatient-low"),
            decision(date(2026, 2, 2), ComplaintSubject.CASE_HANDLING, Outcome.REFUSED),
            event(EventType.COMPLAINT, date(2026, 2, 3)))
        .asOf(date(2026, 3, 1))
        .hasNo(RECONSIDERATION)
        .deadline(COMPLAINT).decidedBy("ODS-C3").undated().is(NOT_APPLICABLE).explains("Lederen af Rusmiddelteamet");
  }
}
