package dk.kvalitetsstandard.gentofte;

import static dk.kvalitetsstandard.conformance.DeadlineExpectations.all;
import static dk.kvalitetsstandard.conformance.DeadlineExpectations.assertDeadline;
import static dk.kvalitetsstandard.conformance.DeadlineExpectations.inCourse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.calendar.PublicHolidays;
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
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Gentofte, several courses in one history (D0-7). */
class GentofteCoursesTest {

  private static final DeadlineEngine ENGINE = DeadlineEngine.of(StandardRegistry.defaultRegistry(), PublicHolidays.denmark());

  private static LocalDate d(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  private static CaseHistory relapse() {
    return CaseHistory.of("gentofte", Track.SOCIAL_DRUG).age(38)
        .phone(d(2026, 1, 5)).start(d(2026, 1, 14), "OUTPATIENT").end(d(2026, 4, 30), EndStatus.DROPPED_OUT)
        .phone(d(2026, 6, 1)).start(d(2026, 6, 22), "RESIDENTIAL");
  }

  @Test
  @DisplayName("GEN-G1 GEN-G2 NAT-G1 D0-7 a second course that starts in residential treatment gets the law's guarantee and a GEN-G2 finding")
  void residentialSecondCourse() {
    DeadlineReport r = ENGINE.report(relapse().asOf(d(2026, 8, 1)));
    assertDeadline(inCourse(r, 1, DeadlineKind.TREATMENT_GUARANTEE).get(0), DeadlineKind.TREATMENT_GUARANTEE, "GEN-G1",
        "SEL § 101, stk. 4", d(2026, 1, 5), d(2026, 1, 19), d(2026, 1, 14), Status.MET);
    assertDeadline(inCourse(r, 2, DeadlineKind.TREATMENT_GUARANTEE).get(0), DeadlineKind.TREATMENT_GUARANTEE, "NAT-G1",
        "SEL § 101, stk. 4", d(2026, 6, 1), d(2026, 6, 15), d(2026, 6, 22), Status.BREACHED);
    List<Finding> findings = r.findings().stream().filter(f -> f.rule().equals("GEN-G2")).toList();
    assertEquals(1, findings.size(), r.findings().toString());
    assertTrue(findings.get(0).message().contains("residential treatment") && findings.get(0).message().contains("course 2"),
        findings.get(0).message());
  }

  @Test
  @DisplayName("GEN-G2 the finding is written in Danish for a Danish report")
  void residentialFindingInDanish() {
    DeadlineReport r = ENGINE.report(relapse().asOf(d(2026, 8, 1)), Locale.forLanguageTag("da"));
    Finding f = r.findings().stream().filter(x -> x.rule().equals("GEN-G2")).findFirst().orElseThrow();
    assertTrue(f.message().contains("døgnbehandling") && f.message().contains("forløb 2"), f.message());
  }

  @Test
  @DisplayName("GEN-U1 D0-7 Gentofte follows up any ending, a drop-out too, and the follow-ups stay with the course that ended")
  void followUpsPerCourse() {
    DeadlineReport r = ENGINE.report(relapse().end(d(2026, 9, 30), EndStatus.COMPLETED).asOf(d(2027, 6, 1)));
    List<Deadline> followUps = all(r, DeadlineKind.FOLLOW_UP);
    assertEquals(List.of(1, 1, 2, 2), followUps.stream().map(Deadline::course).toList());
    assertEquals(List.of("GEN-U1", "GEN-U1", "GEN-U1", "GEN-U1"), followUps.stream().map(Deadline::rule).toList());
    assertEquals(List.of(d(2026, 5, 30), d(2026, 10, 30), d(2026, 10, 30), d(2027, 3, 30)),
        followUps.stream().map(x -> x.due().orElseThrow()).toList());
  }
}
