package dk.kvalitetsstandard.deadline;

import static dk.kvalitetsstandard.conformance.DeadlineExpectations.all;
import static dk.kvalitetsstandard.conformance.DeadlineExpectations.assertDeadline;
import static dk.kvalitetsstandard.conformance.DeadlineExpectations.inCourse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.cases.CaseEvent;
import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.cases.Citizen;
import dk.kvalitetsstandard.cases.EventType;
import dk.kvalitetsstandard.cases.Outcome;
import dk.kvalitetsstandard.law.ContactChannel;
import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import dk.kvalitetsstandard.standard.DeadlineKind;
import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.standard.SampleStandards;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Courses (D0-7): a history of several courses, each with its own guarantee and plan, under
 * Testrup's sample standard (national guarantee clock removed so the law's clock decides; plan
 * reviews every 6 months; the national follow-ups). Every expected date is written out by hand.
 */
class CoursesTest {

  private static final QualityStandard TESTRUP = QualityStandard.builder().from(SampleStandards.complete())
      .guarantees(List.of()).build();
  private static final DeadlineEngine ENGINE = DeadlineEngine.of(StandardRegistry.of(List.of(() -> TESTRUP)),
      PublicHolidays.denmark());

  private static DeadlineReport report(LocalDate asOf, CaseEvent... events) {
    return ENGINE.report(CaseFile.builder().municipality("testrup").asOf(asOf).track(Track.SOCIAL_DRUG)
        .citizen(Citizen.builder().age(29).build()).addEvents(events).build());
  }

  private static LocalDate d(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  private static CaseEvent phone(LocalDate date) {
    return CaseEvent.contact(date, ContactChannel.PHONE);
  }

  private static CaseEvent start(LocalDate date) {
    return CaseEvent.treatmentStart(date, "OUTPATIENT");
  }

  private static CaseEvent end(LocalDate date, EndStatus status) {
    return CaseEvent.treatmentEnd(date, status);
  }

  private static List<Integer> courses(DeadlineReport r, DeadlineKind kind) {
    return all(r, kind).stream().map(Deadline::course).toList();
  }

  @Test
  @DisplayName("D0-7 NAT-G1 dropped out in March, asked again in April: a second guarantee from the new request")
  void droppedOutAndAskedAgain() {
    DeadlineReport r = report(d(2026, 5, 1), phone(d(2026, 1, 5)), start(d(2026, 1, 12)),
        end(d(2026, 3, 10), EndStatus.DROPPED_OUT), phone(d(2026, 4, 7)), start(d(2026, 4, 24)));
    assertEquals(List.of(1, 2), courses(r, DeadlineKind.TREATMENT_GUARANTEE));
    assertDeadline(inCourse(r, 1, DeadlineKind.TREATMENT_GUARANTEE).get(0), DeadlineKind.TREATMENT_GUARANTEE, "NAT-G1",
        "SEL § 101, stk. 4", d(2026, 1, 5), d(2026, 1, 19), d(2026, 1, 12), Status.MET);
    assertDeadline(inCourse(r, 2, DeadlineKind.TREATMENT_GUARANTEE).get(0), DeadlineKind.TREATMENT_GUARANTEE, "NAT-G1",
        "SEL § 101, stk. 4", d(2026, 4, 7), d(2026, 4, 21), d(2026, 4, 24), Status.BREACHED);
  }

  @Test
  @DisplayName("D0-7 TST-U1 the second course gets its own plan review, anchored on its own start; none after the first course ended")
  void planReviewPerCourse() {
    DeadlineReport r = report(d(2026, 11, 1), phone(d(2026, 1, 5)), start(d(2026, 1, 12)),
        end(d(2026, 3, 10), EndStatus.DROPPED_OUT), phone(d(2026, 4, 7)), start(d(2026, 4, 24)));
    assertEquals(List.of(2), courses(r, DeadlineKind.PLAN_REVIEW), "course 1 ended before a review fell due");
    assertDeadline(all(r, DeadlineKind.PLAN_REVIEW).get(0), DeadlineKind.PLAN_REVIEW, "TST-U1", "SEL § 101, stk. 8",
        d(2026, 4, 24), d(2026, 10, 24), null, Status.BREACHED);
  }

  @Test
  @DisplayName("D0-7 three courses: met, breached and pending, each from its own request")
  void threeCourses() {
    DeadlineReport r = report(d(2026, 9, 5), phone(d(2025, 2, 3)), start(d(2025, 2, 10)), end(d(2025, 5, 30), EndStatus.COMPLETED),
        phone(d(2025, 11, 3)), start(d(2025, 11, 20)), end(d(2026, 2, 27), EndStatus.DROPPED_OUT),
        CaseEvent.contact(d(2026, 8, 28), ContactChannel.DIGITAL));
    List<Deadline> g = all(r, DeadlineKind.TREATMENT_GUARANTEE);
    assertEquals(List.of(1, 2, 3), g.stream().map(Deadline::course).toList());
    assertEquals(List.of(Status.MET, Status.BREACHED, Status.PENDING), g.stream().map(Deadline::status).toList());
    assertEquals(List.of(d(2025, 2, 17), d(2025, 11, 17), d(2026, 9, 11)), g.stream().map(x -> x.due().orElseThrow()).toList());
  }

  @Test
  @DisplayName("D0-7 five courses in one history: five guarantees, and each end's follow-ups belong to the course that ended")
  void fiveCourses() {
    DeadlineReport r = report(d(2027, 12, 31),
        phone(d(2024, 1, 8)), start(d(2024, 1, 15)), end(d(2024, 3, 1), EndStatus.DROPPED_OUT),
        phone(d(2024, 5, 6)), start(d(2024, 5, 13)), end(d(2024, 7, 1), EndStatus.COMPLETED),
        phone(d(2025, 1, 6)), start(d(2025, 1, 13)), end(d(2025, 2, 3), EndStatus.OTHER_OFFER),
        phone(d(2025, 9, 1)), start(d(2025, 9, 8)), end(d(2025, 10, 1), EndStatus.DROPPED_OUT),
        phone(d(2026, 6, 1)), start(d(2026, 6, 8)));
    assertEquals(List.of(1, 2, 3, 4, 5), courses(r, DeadlineKind.TREATMENT_GUARANTEE));
    assertTrue(all(r, DeadlineKind.TREATMENT_GUARANTEE).stream().allMatch(g -> g.status() == Status.MET));
    assertEquals(List.of(2, 2, 3, 3), courses(r, DeadlineKind.FOLLOW_UP),
        "course 2 completed and course 3 went to another offer; drop-outs get no follow-up (NAT-U1)");
  }

  @Test
  @DisplayName("D0-7 a contact while a course is open belongs to it, even on the day the course ends; the next day opens a new one")
  void contactsWithinACourse() {
    DeadlineReport same = report(d(2026, 6, 1), phone(d(2026, 1, 5)), phone(d(2026, 1, 8)), start(d(2026, 1, 12)),
        phone(d(2026, 3, 2)), end(d(2026, 3, 2), EndStatus.DROPPED_OUT));
    assertEquals(List.of(1), courses(same, DeadlineKind.TREATMENT_GUARANTEE));
    DeadlineReport next = report(d(2026, 6, 1), phone(d(2026, 1, 5)), start(d(2026, 1, 12)),
        end(d(2026, 3, 2), EndStatus.DROPPED_OUT), phone(d(2026, 3, 3)));
    assertEquals(List.of(1, 2), courses(next, DeadlineKind.TREATMENT_GUARANTEE));
  }

  @Test
  @DisplayName("D0-7 a refusal before the start closes the course and the guarantee is not applicable; the next request opens course 2")
  void refusalClosesACourse() {
    DeadlineReport r = report(d(2026, 4, 1), phone(d(2026, 1, 5)),
        CaseEvent.decision(d(2026, 1, 14), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED), phone(d(2026, 2, 16)));
    List<Deadline> g = all(r, DeadlineKind.TREATMENT_GUARANTEE);
    assertEquals(List.of(Status.NOT_APPLICABLE, Status.BREACHED), g.stream().map(Deadline::status).toList());
    assertEquals(d(2026, 3, 2), g.get(1).due().orElseThrow());
    assertEquals(List.of(1), courses(r, DeadlineKind.COMPLAINT), "the complaint limit belongs to the course of the decision");
  }

  @Test
  @DisplayName("D0-7 a refusal while treatment runs does not close the course: a later contact opens nothing new")
  void refusalDuringTreatment() {
    DeadlineReport r = report(d(2026, 4, 1), phone(d(2026, 1, 5)), start(d(2026, 1, 12)),
        CaseEvent.decision(d(2026, 2, 2), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED), phone(d(2026, 2, 16)));
    assertEquals(List.of(1), courses(r, DeadlineKind.TREATMENT_GUARANTEE));
  }

  @Test
  @DisplayName("D0-7 NAT-G2 a free choice waives the guarantee of its own course only")
  void freeChoiceInItsCourse() {
    DeadlineReport r = report(d(2026, 6, 1), phone(d(2026, 1, 5)), CaseEvent.of(EventType.FREE_CHOICE, d(2026, 1, 9)),
        start(d(2026, 1, 26)), end(d(2026, 3, 2), EndStatus.DROPPED_OUT), phone(d(2026, 4, 7)));
    assertEquals(List.of(Status.WAIVED, Status.BREACHED),
        all(r, DeadlineKind.TREATMENT_GUARANTEE).stream().map(Deadline::status).toList());
  }

  @Test
  @DisplayName("D0-7 a course that ends before treatment starts and before the due date leaves nothing to start")
  void endedBeforeStart() {
    DeadlineReport r = report(d(2026, 6, 1), phone(d(2026, 1, 5)), start(d(2026, 1, 12)), end(d(2026, 3, 2), EndStatus.DROPPED_OUT),
        phone(d(2026, 4, 7)), end(d(2026, 4, 10), EndStatus.OTHER_REASON));
    Deadline second = inCourse(r, 2, DeadlineKind.TREATMENT_GUARANTEE).get(0);
    assertEquals(Status.NOT_APPLICABLE, second.status());
    assertTrue(second.explanation().contains("10 April 2026"), second.explanation());
  }

  @Test
  @DisplayName("D0-7 a start without a new request after an end (a transfer) opens a course without a guarantee")
  void startWithoutRequest() {
    DeadlineReport r = report(d(2026, 11, 1), phone(d(2026, 1, 5)), start(d(2026, 1, 12)), end(d(2026, 3, 2), EndStatus.OTHER_OFFER),
        start(d(2026, 3, 3)));
    assertEquals(List.of(1), courses(r, DeadlineKind.TREATMENT_GUARANTEE));
    assertEquals(List.of(2), courses(r, DeadlineKind.PLAN_REVIEW), "the transferred course has a plan of its own");
    assertEquals(d(2026, 9, 3), all(r, DeadlineKind.PLAN_REVIEW).get(0).due().orElseThrow());
  }

  @Test
  @DisplayName("D0-7 NAT-C1 a decision received between two courses belongs to the earlier one")
  void decisionBetweenCourses() {
    DeadlineReport r = report(d(2026, 6, 1), phone(d(2026, 1, 5)), start(d(2026, 1, 12)), end(d(2026, 3, 2), EndStatus.DROPPED_OUT),
        CaseEvent.decision(d(2026, 3, 20), ComplaintSubject.SOCIAL_TREATMENT, Outcome.PARTLY_GRANTED), phone(d(2026, 4, 7)));
    assertEquals(List.of(1), courses(r, DeadlineKind.COMPLAINT));
  }
}
