package dk.kvalitetsstandard.odsherred;

import static dk.kvalitetsstandard.conformance.DeadlineExpectations.all;
import static dk.kvalitetsstandard.conformance.DeadlineExpectations.assertDeadline;
import static dk.kvalitetsstandard.conformance.DeadlineExpectations.inCourse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.cases.EventType;
import dk.kvalitetsstandard.conformance.CaseHistory;
import dk.kvalitetsstandard.deadline.Deadline;
import dk.kvalitetsstandard.deadline.DeadlineEngine;
import dk.kvalitetsstandard.deadline.DeadlineReport;
import dk.kvalitetsstandard.deadline.Finding;
import dk.kvalitetsstandard.deadline.Status;
import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.DeadlineKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Odsherred, several courses in one history (D0-7), and the law's scope on its alcohol and medical tracks. */
class OdsherredCoursesTest {

  private static final DeadlineEngine ENGINE = DeadlineEngine.of(StandardRegistry.defaultRegistry(), PublicHolidays.denmark());

  private static LocalDate d(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  @Test
  @DisplayName("ODS-G2 NAT-G1 D0-7 each course's clock starts at its own first contact; the finding is made for each course")
  void clockPerCourse() {
    DeadlineReport r = ENGINE.report(CaseHistory.of("odsherred", Track.SOCIAL_DRUG).age(34)
        .phone(d(2026, 1, 5)).inPerson(d(2026, 1, 8)).start(d(2026, 1, 20), "outpatient-medium")
        .end(d(2026, 3, 13), EndStatus.DROPPED_OUT)
        .phone(d(2026, 4, 6)).inPerson(d(2026, 4, 9)).start(d(2026, 4, 17), "outpatient-intensive")
        .asOf(d(2026, 5, 1)));
    assertDeadline(inCourse(r, 1, DeadlineKind.TREATMENT_GUARANTEE).get(0), DeadlineKind.TREATMENT_GUARANTEE, "NAT-G1",
        "SEL § 101, stk. 4", d(2026, 1, 5), d(2026, 1, 19), d(2026, 1, 20), Status.BREACHED);
    assertDeadline(inCourse(r, 2, DeadlineKind.TREATMENT_GUARANTEE).get(0), DeadlineKind.TREATMENT_GUARANTEE, "NAT-G1",
        "SEL § 101, stk. 4", d(2026, 4, 6), d(2026, 4, 20), d(2026, 4, 17), Status.MET);
    assertEquals(List.of(d(2026, 1, 22), d(2026, 4, 23)),
        all(r, DeadlineKind.TREATMENT_GUARANTEE).stream().map(g -> g.standardDue().orElseThrow()).toList());
    List<Finding> clock = r.findings().stream().filter(f -> f.rule().equals("ODS-G2")).toList();
    assertEquals(2, clock.size());
    assertTrue(clock.get(1).message().contains("9 April 2026, due 23 April 2026"), clock.get(1).message());
  }

  @Test
  @DisplayName("NAT-U1 ODS-U2 an alcohol course that ends gets no follow-up and no ODS-U2 finding: both speak of drug treatment")
  void alcoholNotFollowedUp() {
    DeadlineReport r = ENGINE.report(CaseHistory.of("odsherred", Track.ALCOHOL).age(52)
        .inPerson(d(2026, 1, 5)).start(d(2026, 1, 12), "outpatient-medium").end(d(2026, 4, 30), EndStatus.COMPLETED)
        .asOf(d(2026, 11, 1)));
    assertEquals(List.of(), all(r, DeadlineKind.FOLLOW_UP));
    assertTrue(r.findings().stream().noneMatch(f -> f.rule().equals("ODS-U2")), r.findings().toString());
  }

  @Test
  @DisplayName("ODS-U2 NAT-U1 a medical drug course gets Odsherred's follow-ups after 1 and 3 months; the law's 6 months is social only")
  void medicalFollowedUpByTheText() {
    DeadlineReport r = ENGINE.report(CaseHistory.of("odsherred", Track.MEDICAL_DRUG).age(45)
        .inPerson(d(2026, 1, 5)).start(d(2026, 1, 12), "medical-treatment").end(d(2026, 4, 30), EndStatus.COMPLETED)
        .asOf(d(2026, 11, 1)));
    List<Deadline> followUps = all(r, DeadlineKind.FOLLOW_UP);
    assertEquals(List.of(d(2026, 5, 30), d(2026, 7, 30)), followUps.stream().map(f -> f.due().orElseThrow()).toList());
    assertEquals(List.of("ODS-U2", "ODS-U2"), followUps.stream().map(Deadline::rule).toList());
    assertTrue(r.findings().stream().noneMatch(f -> f.rule().equals("ODS-U2")));
  }

  @Test
  @DisplayName("ODS-U2 NAT-U1 D0-7 each social course that ends is followed up after 1, 3 and 6 months, with a finding for each end")
  void socialFollowUpsPerCourse() {
    DeadlineReport r = ENGINE.report(CaseHistory.of("odsherred", Track.SOCIAL_DRUG).age(34)
        .inPerson(d(2025, 1, 6)).start(d(2025, 1, 13), "outpatient-medium").end(d(2025, 5, 2), EndStatus.COMPLETED)
        .inPerson(d(2025, 11, 3)).start(d(2025, 11, 10), "outpatient-medium").end(d(2026, 2, 27), EndStatus.HOSPITAL)
        .asOf(d(2026, 11, 1)));
    assertEquals(List.of(1, 1, 1, 2, 2, 2), all(r, DeadlineKind.FOLLOW_UP).stream().map(Deadline::course).toList());
    assertEquals(2, r.findings().stream().filter(f -> f.rule().equals("ODS-U2")).count());
  }

  @Test
  @DisplayName("ODS-G3 NAT-G5 a free choice on the alcohol track does not waive the guarantee, and the report says so")
  void alcoholFreeChoice() {
    DeadlineReport r = ENGINE.report(CaseHistory.of("odsherred", Track.ALCOHOL).age(52)
        .inPerson(d(2026, 1, 5)).then(EventType.FREE_CHOICE, d(2026, 1, 9))
        .asOf(d(2026, 2, 1)));
    assertDeadline(all(r, DeadlineKind.TREATMENT_GUARANTEE).get(0), DeadlineKind.TREATMENT_GUARANTEE, "NAT-G5",
        "SUL § 141, stk. 2", d(2026, 1, 5), d(2026, 1, 19), null, Status.BREACHED);
    Finding f = r.findings().stream().filter(x -> x.rule().equals("ODS-G3")).findFirst().orElseThrow();
    assertTrue(f.message().contains("9 January 2026") && f.message().contains("SUL § 141, stk. 2"), f.message());
  }
}
