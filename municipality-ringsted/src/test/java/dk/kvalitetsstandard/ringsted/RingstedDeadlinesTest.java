package dk.kvalitetsstandard.ringsted;

import static dk.kvalitetsstandard.conformance.StandardAssert.assertFor;
import static dk.kvalitetsstandard.conformance.StandardAssert.date;
import static dk.kvalitetsstandard.conformance.StandardAssert.decision;
import static dk.kvalitetsstandard.conformance.StandardAssert.end;
import static dk.kvalitetsstandard.conformance.StandardAssert.event;
import static dk.kvalitetsstandard.conformance.StandardAssert.inPerson;
import static dk.kvalitetsstandard.conformance.StandardAssert.phone;
import static dk.kvalitetsstandard.conformance.StandardAssert.start;
import static dk.kvalitetsstandard.deadline.Status.BREACHED;
import static dk.kvalitetsstandard.deadline.Status.LAPSED;
import static dk.kvalitetsstandard.deadline.Status.MET;
import static dk.kvalitetsstandard.deadline.Status.NOT_APPLICABLE;
import static dk.kvalitetsstandard.deadline.Status.PENDING;
import static dk.kvalitetsstandard.deadline.Status.WAIVED;
import static dk.kvalitetsstandard.standard.DeadlineKind.ACTION_PLAN_CLARIFICATION;
import static dk.kvalitetsstandard.standard.DeadlineKind.COMPLAINT;
import static dk.kvalitetsstandard.standard.DeadlineKind.FOLLOW_UP;
import static dk.kvalitetsstandard.standard.DeadlineKind.PLAN_REVIEW;
import static dk.kvalitetsstandard.standard.DeadlineKind.RECONSIDERATION;
import static dk.kvalitetsstandard.standard.DeadlineKind.TREATMENT_GUARANTEE;

import dk.kvalitetsstandard.cases.EventType;
import dk.kvalitetsstandard.cases.Outcome;
import dk.kvalitetsstandard.conformance.StandardAssert;
import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Ringsted's deadlines: 14 days from the first contact, an action plan clarified within 2 months, "
    + "the plan reviewed within 6, follow-ups 1 and 6 months after the end, 4 weeks to complain")
class RingstedDeadlinesTest {

  private static final StandardAssert RINGSTED = assertFor("ringsted");
  private static final String FOLLOW_UP_BASIS = "BEK nr. 1477 af 17/12/2019 § 4, stk. 2";

  private static StandardAssert.Case social() {
    return RINGSTED.on(Track.SOCIAL_DRUG).age(34);
  }

  @Test
  @Tag("RIN-G1")
  @DisplayName("Phoned 5 January 2026, attended 8 January, started 20 January: the 14 days ran from the call to 19 January "
      + "and are breached, and the standard's clock is the law's, so there is no finding")
  void clockRunsFromTheCall() {
    social().given(phone(date(2026, 1, 5)), inPerson(date(2026, 1, 8)), start(date(2026, 1, 20), "outpatient"))
        .deadline(TREATMENT_GUARANTEE).decidedBy("RIN-G1").basedOn("SEL § 101, stk. 4")
        .startedBy(date(2026, 1, 5)).due(date(2026, 1, 19)).closedBy(date(2026, 1, 20)).is(BREACHED)
        .and().withoutFindings();
  }

  @Test
  @Tag("RIN-G1")
  @DisplayName("Phoned 5 January 2026 and started on the 14th day, 19 January: in time")
  void startOnTheLastDay() {
    social().given(phone(date(2026, 1, 5)), start(date(2026, 1, 19), "outpatient"))
        .deadline(TREATMENT_GUARANTEE).due(date(2026, 1, 19)).closedBy(date(2026, 1, 19)).is(MET);
  }

  @Test
  @Tag("RIN-G1")
  @Tag("NAT-Y1")
  @DisplayName("A 16-year-old phones Ungeliv on 2 February 2026: the standard names no rule for under-18s, so the 14 days "
      + "run without a prior decision, under Barnets lov § 33")
  void minorViaUngeliv() {
    RINGSTED.on(Track.SOCIAL_DRUG).age(16).given(phone(date(2026, 2, 2)), start(date(2026, 2, 10), "youth"))
        .deadline(TREATMENT_GUARANTEE).decidedBy("RIN-G1").basedOn("Barnets lov § 33")
        .startedBy(date(2026, 2, 2)).due(date(2026, 2, 16)).is(MET);
  }

  @Test
  @Tag("RIN-G1")
  @Tag("RIN-D1")
  @Tag("RIN-O4")
  @DisplayName("Anonymous treatment (SEL § 101 a) has neither the 14-day guarantee nor the action-plan clarification")
  void anonymousTrack() {
    RINGSTED.on(Track.ANONYMOUS_DRUG).age(30)
        .given(phone(date(2026, 1, 5)), start(date(2026, 1, 31), "anonymous-outpatient")).asOf(date(2026, 6, 1))
        .deadline(TREATMENT_GUARANTEE).decidedBy("NAT-G3").undated().is(NOT_APPLICABLE)
        .deadline(ACTION_PLAN_CLARIFICATION).decidedBy("NAT-Y2").undated().is(NOT_APPLICABLE);
  }

  @Test
  @Tag("RIN-F1")
  @Tag("RIN-G1")
  @Tag("NAT-G2")
  @DisplayName("A free choice made a week after the call sets the 14 days aside, though the standard does not say so")
  void freeChoiceWaivesTheGuarantee() {
    social().given(phone(date(2026, 1, 5)), event(EventType.FREE_CHOICE, date(2026, 1, 12)), start(date(2026, 1, 26), "outpatient"))
        .deadline(TREATMENT_GUARANTEE).decidedBy("NAT-G2").basedOn("SEL § 101, stk. 6")
        .due(date(2026, 1, 19)).closedBy(date(2026, 1, 26)).is(WAIVED);
  }

  @Test
  @Tag("RIN-G1")
  @Tag("RIN-D1")
  @Tag("RIN-U1")
  @Tag("RIN-U3")
  @DisplayName("A whole course from a call on 3 March 2025 to a completed end on 19 December, every step in time: "
      + "action plan clarified by 14 May, plan reviewed by 14 September, follow-ups by 19 January and 19 June 2026")
  void wholeCourse() {
    social().given(phone(date(2025, 3, 3)), inPerson(date(2025, 3, 6)),
        start(date(2025, 3, 14), "outpatient"), event(EventType.ACTION_PLAN_CLARIFIED, date(2025, 4, 30)),
        event(EventType.PLAN_REVIEW, date(2025, 9, 10)), end(date(2025, 12, 19), EndStatus.COMPLETED),
        event(EventType.FOLLOW_UP, date(2026, 1, 15))).asOf(date(2026, 3, 1))
        .deadline(TREATMENT_GUARANTEE).startedBy(date(2025, 3, 3)).due(date(2025, 3, 17)).is(MET)
        .deadline(ACTION_PLAN_CLARIFICATION).decidedBy("RIN-D1").basedOn("SEL § 141")
        .startedBy(date(2025, 3, 14)).due(date(2025, 5, 14)).closedBy(date(2025, 4, 30)).is(MET)
        .deadline(PLAN_REVIEW).decidedBy("RIN-U1").basedOn("SEL § 101, stk. 8")
        .startedBy(date(2025, 3, 14)).due(date(2025, 9, 14)).closedBy(date(2025, 9, 10)).is(MET)
        .and().has(1, PLAN_REVIEW).has(2, FOLLOW_UP).withoutFindings()
        .deadline(FOLLOW_UP).decidedBy("RIN-U3").basedOn(FOLLOW_UP_BASIS)
        .startedBy(date(2025, 12, 19)).due(date(2026, 1, 19)).closedBy(date(2026, 1, 15)).is(MET)
        .nth(2).decidedBy("RIN-U3").basedOn(FOLLOW_UP_BASIS)
        .startedBy(date(2025, 12, 19)).due(date(2026, 6, 19)).unclosed().is(PENDING);
  }

  @Test
  @Tag("RIN-D1")
  @DisplayName("Treatment started on 31 December 2023: whether an action plan is needed is clarified by 29 February 2024")
  void actionPlanAtMonthEnd() {
    social().given(phone(date(2023, 12, 20)), start(date(2023, 12, 31), "outpatient")).asOf(date(2024, 2, 29))
        .deadline(ACTION_PLAN_CLARIFICATION).startedBy(date(2023, 12, 31)).due(date(2024, 2, 29)).is(PENDING);
  }

  @Test
  @Tag("RIN-U1")
  @DisplayName("Started 31 August 2025: reviews due 28 February 2026, then 6 months after each review held, "
      + "27 February (met) and 1 September (late); the next, due 1 March 2027, is missed")
  void reviewsChainFromEachReview() {
    social().given(phone(date(2025, 8, 20)), start(date(2025, 8, 31), "outpatient"),
        event(EventType.PLAN_REVIEW, date(2026, 2, 27)), event(EventType.PLAN_REVIEW, date(2026, 9, 1)))
        .asOf(date(2027, 3, 10))
        .has(3, PLAN_REVIEW)
        .deadline(PLAN_REVIEW).decidedBy("RIN-U1").basedOn("SEL § 101, stk. 8")
        .startedBy(date(2025, 8, 31)).due(date(2026, 2, 28)).closedBy(date(2026, 2, 27)).is(MET)
        .nth(2).decidedBy("RIN-U1").basedOn("SEL § 101, stk. 8")
        .startedBy(date(2026, 2, 27)).due(date(2026, 8, 27)).closedBy(date(2026, 9, 1)).is(BREACHED)
        .nth(3).decidedBy("RIN-U1").basedOn("SEL § 101, stk. 8")
        .startedBy(date(2026, 9, 1)).due(date(2027, 3, 1)).unclosed().is(BREACHED);
  }

  @ParameterizedTest(name = "ended {0}")
  @EnumSource(value = EndStatus.class, names = {"COMPLETED", "OTHER_OFFER", "HOSPITAL", "OTHER_REASON"})
  @Tag("RIN-U3")
  @DisplayName("Ended 31 January 2026 as completed, to another offer or hospital, or for another reason: "
      + "followed up by 28 February and again by 31 July")
  void followUpsAfterTheFourEndings(EndStatus ending) {
    social().given(phone(date(2025, 10, 1)), start(date(2025, 10, 6), "outpatient"),
        end(date(2026, 1, 31), ending), event(EventType.FOLLOW_UP, date(2026, 2, 27))).asOf(date(2026, 3, 1))
        .has(2, FOLLOW_UP).withoutFindings()
        .deadline(FOLLOW_UP).decidedBy("RIN-U3").basedOn(FOLLOW_UP_BASIS)
        .startedBy(date(2026, 1, 31)).due(date(2026, 2, 28)).closedBy(date(2026, 2, 27)).is(MET)
        .nth(2).decidedBy("RIN-U3").basedOn(FOLLOW_UP_BASIS)
        .startedBy(date(2026, 1, 31)).due(date(2026, 7, 31)).unclosed().is(PENDING);
  }

  @ParameterizedTest(name = "ended {0}")
  @EnumSource(value = EndStatus.class, names = {"DROPPED_OUT", "DECEASED"})
  @Tag("RIN-U3")
  @DisplayName("A citizen who dropped out or died is not followed up")
  void noFollowUpAfterDropOutOrDeath(EndStatus ending) {
    social().given(phone(date(2025, 10, 1)), start(date(2025, 10, 6), "outpatient"), end(date(2026, 1, 31), ending))
        .asOf(date(2026, 9, 1)).hasNo(FOLLOW_UP).withoutFindings();
  }

  @Test
  @Tag("RIN-G1")
  @Tag("RIN-D1")
  @Tag("RIN-U1")
  @DisplayName("Dropped out on 2 March 2026 and phoned again on 6 April: the new course has its own 14 days, "
      + "its own 2 months for the action plan and its own review; the first course, too short for either, has none")
  void aNewCourseAfterDropOut() {
    social().given(phone(date(2026, 1, 5)), start(date(2026, 1, 19), "outpatient"), end(date(2026, 3, 2), EndStatus.DROPPED_OUT),
            phone(date(2026, 4, 6)), start(date(2026, 4, 20), "outpatient"),
            event(EventType.ACTION_PLAN_CLARIFIED, date(2026, 6, 1))).asOf(date(2026, 11, 1))
        .has(2, TREATMENT_GUARANTEE).has(1, ACTION_PLAN_CLARIFICATION).has(1, PLAN_REVIEW).hasNo(FOLLOW_UP)
        .deadline(TREATMENT_GUARANTEE).inCourse(1).due(date(2026, 1, 19)).is(MET)
        .inCourse(2).startedBy(date(2026, 4, 6)).due(date(2026, 4, 20)).is(MET)
        .deadline(ACTION_PLAN_CLARIFICATION).inCourse(2).startedBy(date(2026, 4, 20)).due(date(2026, 6, 20))
        .closedBy(date(2026, 6, 1)).is(MET)
        .deadline(PLAN_REVIEW).inCourse(2).startedBy(date(2026, 4, 20)).due(date(2026, 10, 20)).is(BREACHED);
  }

  @Test
  @Tag("RIN-C1")
  @Tag("RIN-G1")
  @DisplayName("Refused on Monday 12 January 2026, within the 14 days: the guarantee no longer applies, and the complaint "
      + "to Rådgivningscentret was due 4 weeks after receipt, Monday 9 February")
  void refusalAndComplaintLimit() {
    social().given(phone(date(2026, 1, 5)), decision(date(2026, 1, 12), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED))
        .asOf(date(2026, 3, 1))
        .deadline(TREATMENT_GUARANTEE).decidedBy("RIN-G1").is(NOT_APPLICABLE)
        .deadline(COMPLAINT).decidedBy("RIN-C1").basedOn("Retssikkerhedsloven § 67")
        .startedBy(date(2026, 1, 12)).due(date(2026, 2, 9)).is(LAPSED);
  }

  @Test
  @Tag("RIN-C1")
  @Tag("NAT-C5")
  @DisplayName("A refusal received Thursday 15 January 2026 and complained of on the last day, 12 February: in time, "
      + "and Rådgivningscentret reconsidered on 10 March, within its 4 weeks to 12 March")
  void complaintOnTheLastDayThenReconsidered() {
    social().given(phone(date(2026, 1, 5)), decision(date(2026, 1, 15), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED),
            event(EventType.COMPLAINT, date(2026, 2, 12)), event(EventType.RECONSIDERED, date(2026, 3, 10)))
        .asOf(date(2026, 3, 15))
        .deadline(COMPLAINT).decidedBy("RIN-C1").due(date(2026, 2, 12)).closedBy(date(2026, 2, 12)).is(MET)
        .deadline(RECONSIDERATION).decidedBy("NAT-C5").basedOn("Retssikkerhedsloven § 66")
        .startedBy(date(2026, 2, 12)).due(date(2026, 3, 12)).closedBy(date(2026, 3, 10)).is(MET);
  }
}
