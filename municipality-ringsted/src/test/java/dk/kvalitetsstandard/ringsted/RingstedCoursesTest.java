package dk.kvalitetsstandard.ringsted;

import static dk.kvalitetsstandard.conformance.DeadlineExpectations.all;
import static dk.kvalitetsstandard.conformance.DeadlineExpectations.assertDeadline;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.kvalitetsstandard.calendar.PublicHolidays;
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

/** Ringsted, several courses in one history (D0-7): the action-plan clarification and plan review belong to each course. */
class RingstedCoursesTest {

  private static final DeadlineEngine ENGINE = DeadlineEngine.of(StandardRegistry.defaultRegistry(), PublicHolidays.denmark());

  private static LocalDate d(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  private static DeadlineReport dropOutThenReturn(LocalDate asOf) {
    return ENGINE.report(CaseHistory.of("ringsted", Track.SOCIAL_DRUG).age(30)
        .phone(d(2026, 1, 5)).start(d(2026, 1, 19), "OUTPATIENT").end(d(2026, 3, 2), EndStatus.DROPPED_OUT)
        .phone(d(2026, 4, 6)).start(d(2026, 4, 20), "OUTPATIENT").then(EventType.ACTION_PLAN_CLARIFIED, d(2026, 6, 1))
        .asOf(asOf));
  }

  @Test
  @DisplayName("RIN-D1 D0-7 the action-plan clarification of a course that ended after 6 weeks never falls due; the next course has its own")
  void actionPlanPerCourse() {
    List<Deadline> clarifications = all(dropOutThenReturn(d(2026, 11, 1)), DeadlineKind.ACTION_PLAN_CLARIFICATION);
    assertEquals(1, clarifications.size(), clarifications.toString());
    assertEquals(2, clarifications.get(0).course());
    assertDeadline(clarifications.get(0), DeadlineKind.ACTION_PLAN_CLARIFICATION, "RIN-D1", "SEL § 141",
        d(2026, 4, 20), d(2026, 6, 20), d(2026, 6, 1), Status.MET);
  }

  @Test
  @DisplayName("RIN-U1 D0-7 the plan review falls due 6 months after the second course's start; none for the first, which ended")
  void planReviewPerCourse() {
    List<Deadline> reviews = all(dropOutThenReturn(d(2026, 11, 1)), DeadlineKind.PLAN_REVIEW);
    assertEquals(1, reviews.size(), reviews.toString());
    assertDeadline(reviews.get(0), DeadlineKind.PLAN_REVIEW, "RIN-U1", "SEL § 101, stk. 8",
        d(2026, 4, 20), d(2026, 10, 20), null, Status.BREACHED);
  }

  @Test
  @DisplayName("RIN-G1 NAT-G1 D0-7 two guarantees, each from its own request and each met on its last day")
  void twoGuarantees() {
    List<Deadline> guarantees = all(dropOutThenReturn(d(2026, 11, 1)), DeadlineKind.TREATMENT_GUARANTEE);
    assertEquals(List.of(Status.MET, Status.MET), guarantees.stream().map(Deadline::status).toList());
    assertEquals(List.of(d(2026, 1, 19), d(2026, 4, 20)), guarantees.stream().map(g -> g.due().orElseThrow()).toList());
  }
}
