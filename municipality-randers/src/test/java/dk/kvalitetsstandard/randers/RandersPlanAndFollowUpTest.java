package dk.kvalitetsstandard.randers;

import static dk.kvalitetsstandard.conformance.StandardAssert.assertFor;
import static dk.kvalitetsstandard.conformance.StandardAssert.date;
import static dk.kvalitetsstandard.conformance.StandardAssert.end;
import static dk.kvalitetsstandard.conformance.StandardAssert.event;
import static dk.kvalitetsstandard.conformance.StandardAssert.phone;
import static dk.kvalitetsstandard.conformance.StandardAssert.start;
import static dk.kvalitetsstandard.deadline.Status.BREACHED;
import static dk.kvalitetsstandard.deadline.Status.MET;
import static dk.kvalitetsstandard.deadline.Status.PENDING;
import static dk.kvalitetsstandard.standard.DeadlineKind.FOLLOW_UP;
import static dk.kvalitetsstandard.standard.DeadlineKind.PLAN_REVIEW;
import static dk.kvalitetsstandard.standard.DeadlineKind.PROVIDER_NOTICE;

import dk.kvalitetsstandard.cases.EventType;
import dk.kvalitetsstandard.conformance.StandardAssert;
import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.law.Track;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Randers during and after treatment: the plan reviewed at least every 6 months, follow-ups after 1 and "
    + "6 months, the residential provider's notice within 2 days")
class RandersPlanAndFollowUpTest {

  private static final StandardAssert RANDERS = assertFor("randers");

  @Test
  @Tag("RAN-U1")
  @DisplayName("Started 20 January 2026 and reviewed 1 July: in time for 20 July, and the next review is due "
      + "1 January 2027")
  void reviewedWithinSixMonths() {
    RANDERS.on(Track.SOCIAL_DRUG).age(40)
        .given(phone(date(2026, 1, 8)), start(date(2026, 1, 20), "outpatient"), event(EventType.PLAN_REVIEW, date(2026, 7, 1)))
        .asOf(date(2026, 9, 1))
        .has(2, PLAN_REVIEW)
        .deadline(PLAN_REVIEW).decidedBy("RAN-U1").basedOn("SEL § 101, stk. 8").startedBy(date(2026, 1, 20))
        .due(date(2026, 7, 20)).closedBy(date(2026, 7, 1)).is(MET)
        .nth(2).due(date(2027, 1, 1)).is(PENDING);
  }

  @Test
  @Tag("RAN-U1")
  @DisplayName("A review five days late breaches, and the next six months run from the late review")
  void lateReview() {
    RANDERS.on(Track.SOCIAL_DRUG).age(40)
        .given(phone(date(2025, 1, 10)), start(date(2025, 1, 20), "outpatient"), event(EventType.PLAN_REVIEW, date(2025, 7, 25)))
        .asOf(date(2026, 3, 1))
        .has(2, PLAN_REVIEW)
        .deadline(PLAN_REVIEW).due(date(2025, 7, 20)).is(BREACHED)
        .nth(2).due(date(2026, 1, 25)).is(BREACHED);
  }

  @Test
  @Tag("RAN-U1")
  @DisplayName("Months are calendar months: a start on 31 August 2025 is due for review on 28 February 2026; a course "
      + "ended within six months has no review")
  void calendarMonthsAndShortCourses() {
    RANDERS.on(Track.SOCIAL_DRUG).age(40).given(phone(date(2025, 8, 20)), start(date(2025, 8, 31), "outpatient"))
        .asOf(date(2026, 3, 1))
        .deadline(PLAN_REVIEW).due(date(2026, 2, 28)).is(BREACHED);
    RANDERS.on(Track.SOCIAL_DRUG).age(40)
        .given(phone(date(2026, 1, 8)), start(date(2026, 1, 20), "outpatient"), end(date(2026, 5, 1), EndStatus.DROPPED_OUT))
        .asOf(date(2026, 9, 1))
        .hasNo(PLAN_REVIEW);
  }

  @Test
  @Tag("RAN-U2")
  @DisplayName("Completed on 31 January 2026: phoned 20 February and 31 July, in time for 28 February and 31 July; "
      + "no finding, as Randers follows up as the law does")
  void followUpsMet() {
    RANDERS.on(Track.SOCIAL_DRUG).age(40)
        .given(phone(date(2025, 8, 20)), start(date(2025, 9, 1), "outpatient"), end(date(2026, 1, 31), EndStatus.COMPLETED),
            event(EventType.FOLLOW_UP, date(2026, 2, 20)), event(EventType.FOLLOW_UP, date(2026, 7, 31)))
        .asOf(date(2026, 8, 1))
        .has(2, FOLLOW_UP).withoutFindings()
        .deadline(FOLLOW_UP).decidedBy("RAN-U2").basedOn("BEK nr. 1477 af 17/12/2019 § 4, stk. 2")
        .startedBy(date(2026, 1, 31)).due(date(2026, 2, 28)).closedBy(date(2026, 2, 20)).is(MET)
        .nth(2).due(date(2026, 7, 31)).is(MET);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = EndStatus.class, names = {"COMPLETED", "OTHER_OFFER", "HOSPITAL", "OTHER_REASON"})
  @Tag("RAN-U2")
  @DisplayName("Each of the four endings the seed lists, on 31 August 2025, is followed up by 30 September 2025 and "
      + "28 February 2026")
  void fourEndingsFollowedUp(EndStatus ending) {
    RANDERS.on(Track.SOCIAL_DRUG).age(40)
        .given(phone(date(2025, 5, 1)), start(date(2025, 5, 10), "outpatient"), end(date(2025, 8, 31), ending))
        .asOf(date(2025, 9, 15))
        .has(2, FOLLOW_UP)
        .deadline(FOLLOW_UP).due(date(2025, 9, 30)).is(PENDING)
        .nth(2).due(date(2026, 2, 28)).is(PENDING);
  }

  @Test
  @Tag("RAN-U2")
  @DisplayName("A citizen who dropped out is not followed up, and that is no shortfall against the law")
  void droppedOutNotFollowedUp() {
    RANDERS.on(Track.SOCIAL_DRUG).age(40)
        .given(phone(date(2025, 8, 20)), start(date(2025, 9, 1), "outpatient"), end(date(2026, 1, 31), EndStatus.DROPPED_OUT))
        .asOf(date(2026, 9, 1))
        .hasNo(FOLLOW_UP).withoutFindings();
  }

  @Test
  @Tag("RAN-D1")
  @Tag("RAN-R1")
  @DisplayName("A residential stay interrupted on 10 February 2026: notice by 12 February is in time, on 13 February late")
  void providerNotice() {
    RANDERS.on(Track.SOCIAL_DRUG).age(40)
        .given(phone(date(2026, 1, 5)), start(date(2026, 1, 15), "residential"),
            event(EventType.TREATMENT_INTERRUPTED, date(2026, 2, 10)), event(EventType.PROVIDER_NOTIFIED, date(2026, 2, 12)))
        .deadline(PROVIDER_NOTICE).decidedBy("RAN-D1").basedOn("SEL § 101")
        .startedBy(date(2026, 2, 10)).due(date(2026, 2, 12)).closedBy(date(2026, 2, 12)).is(MET);
    RANDERS.on(Track.SOCIAL_DRUG).age(40)
        .given(phone(date(2026, 1, 5)), start(date(2026, 1, 15), "residential"),
            event(EventType.TREATMENT_INTERRUPTED, date(2026, 2, 10)), event(EventType.PROVIDER_NOTIFIED, date(2026, 2, 13)))
        .deadline(PROVIDER_NOTICE).due(date(2026, 2, 12)).is(BREACHED);
  }

  @Test
  @Tag("RAN-D1")
  @DisplayName("The two days are calendar days: an interruption on Maundy Thursday 2026 is due Saturday 4 April")
  void providerNoticeOverEaster() {
    RANDERS.on(Track.SOCIAL_DRUG).age(40)
        .given(phone(date(2026, 1, 5)), start(date(2026, 1, 15), "residential"),
            event(EventType.TREATMENT_INTERRUPTED, date(2026, 4, 2)), event(EventType.PROVIDER_NOTIFIED, date(2026, 4, 7)))
        .deadline(PROVIDER_NOTICE).due(date(2026, 4, 4)).is(BREACHED);
  }
}
