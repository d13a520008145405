package dk.kvalitetsstandard.randers;

import static dk.kvalitetsstandard.conformance.DeadlineExpectations.all;
import static dk.kvalitetsstandard.conformance.DeadlineExpectations.assertDeadline;
import static dk.kvalitetsstandard.conformance.DeadlineExpectations.inCourse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.cases.CaseEvent;
import dk.kvalitetsstandard.cases.EventType;
import dk.kvalitetsstandard.conformance.CaseHistory;
import dk.kvalitetsstandard.deadline.Deadline;
import dk.kvalitetsstandard.deadline.DeadlineEngine;
import dk.kvalitetsstandard.deadline.DeadlineReport;
import dk.kvalitetsstandard.deadline.Status;
import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.DeadlineKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Randers, several courses in one history (D0-7): each course with its own guarantee, decision, plan and notices. */
class RandersCoursesTest {

  private static final DeadlineEngine ENGINE = DeadlineEngine.of(StandardRegistry.defaultRegistry(), PublicHolidays.denmark());

  private static LocalDate d(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  private static List<Status> statuses(DeadlineReport r, DeadlineKind kind) {
    return all(r, kind).stream().map(Deadline::status).toList();
  }

  @Test
  @DisplayName("RAN-G2 D0-7 a 16-year-old: the authority's decision in the first course does not carry over to the second")
  void minorsDecisionPerCourse() {
    DeadlineReport r = ENGINE.report(CaseHistory.of("randers", Track.SOCIAL_DRUG).age(16)
        .phone(d(2026, 1, 5)).then(CaseEvent.under18Decision(d(2026, 1, 7), true))
        .start(d(2026, 1, 15), "OUTPATIENT").end(d(2026, 3, 31), EndStatus.DROPPED_OUT)
        .phone(d(2026, 5, 4))
        .asOf(d(2026, 6, 1)));
    assertEquals(List.of(Status.MET, Status.NEEDS_DECISION), statuses(r, DeadlineKind.TREATMENT_GUARANTEE));
    assertEquals("RAN-G2", inCourse(r, 2, DeadlineKind.TREATMENT_GUARANTEE).get(0).rule());
    assertEquals("Barnets lov § 33", inCourse(r, 2, DeadlineKind.TREATMENT_GUARANTEE).get(0).legalBasis().orElseThrow());
  }

  @Test
  @DisplayName("RAN-U1 D0-7 plan reviews every 6 months of each course's own start; none after the first course ended")
  void planReviewsPerCourse() {
    DeadlineReport r = ENGINE.report(CaseHistory.of("randers", Track.SOCIAL_DRUG).age(40)
        .phone(d(2026, 1, 5)).start(d(2026, 1, 12), "OUTPATIENT").then(EventType.PLAN_REVIEW, d(2026, 7, 1))
        .end(d(2026, 9, 30), EndStatus.COMPLETED)
        .phone(d(2026, 11, 2)).start(d(2026, 11, 9), "OUTPATIENT")
        .asOf(d(2027, 6, 1)));
    List<Deadline> reviews = all(r, DeadlineKind.PLAN_REVIEW);
    assertEquals(2, reviews.size(), reviews.toString());
    assertDeadline(reviews.get(0), DeadlineKind.PLAN_REVIEW, "RAN-U1", "SEL § 101, stk. 8",
        d(2026, 1, 12), d(2026, 7, 12), d(2026, 7, 1), Status.MET);
    assertDeadline(reviews.get(1), DeadlineKind.PLAN_REVIEW, "RAN-U1", "SEL § 101, stk. 8",
        d(2026, 11, 9), d(2027, 5, 9), null, Status.BREACHED);
    assertEquals(List.of(1, 2), reviews.stream().map(Deadline::course).toList());
  }

  @Test
  @DisplayName("RAN-D1 RAN-U2 D0-7 an interruption belongs to its course; each qualifying end has its own two follow-ups")
  void noticesAndFollowUpsPerCourse() {
    DeadlineReport r = ENGINE.report(CaseHistory.of("randers", Track.SOCIAL_DRUG).age(40)
        .phone(d(2025, 3, 3)).start(d(2025, 3, 10), "RESIDENTIAL").end(d(2025, 6, 2), EndStatus.COMPLETED)
        .phone(d(2025, 10, 6)).start(d(2025, 10, 13), "RESIDENTIAL").then(EventType.TREATMENT_INTERRUPTED, d(2025, 11, 5))
        .then(EventType.PROVIDER_NOTIFIED, d(2025, 11, 6)).end(d(2026, 1, 30), EndStatus.OTHER_OFFER)
        .asOf(d(2026, 9, 1)));
    assertEquals(List.of(2), all(r, DeadlineKind.PROVIDER_NOTICE).stream().map(Deadline::course).toList());
    assertEquals(List.of(1, 1, 2, 2), all(r, DeadlineKind.FOLLOW_UP).stream().map(Deadline::course).toList());
    assertEquals(List.of(d(2025, 7, 2), d(2025, 12, 2), d(2026, 2, 28), d(2026, 7, 30)),
        all(r, DeadlineKind.FOLLOW_UP).stream().map(x -> x.due().orElseThrow()).toList());
  }

  @Test
  @DisplayName("NAT-G2 RAN-F1 D0-7 a free choice in the second course waives its guarantee, not the first's")
  void freeChoiceInTheSecondCourse() {
    DeadlineReport r = ENGINE.report(CaseHistory.of("randers", Track.SOCIAL_DRUG).age(40)
        .phone(d(2026, 1, 5)).start(d(2026, 1, 26), "OUTPATIENT").end(d(2026, 2, 27), EndStatus.DROPPED_OUT)
        .phone(d(2026, 4, 7)).then(EventType.FREE_CHOICE, d(2026, 4, 14))
        .asOf(d(2026, 6, 1)));
    assertEquals(List.of(Status.BREACHED, Status.WAIVED), statuses(r, DeadlineKind.TREATMENT_GUARANTEE));
  }
}
