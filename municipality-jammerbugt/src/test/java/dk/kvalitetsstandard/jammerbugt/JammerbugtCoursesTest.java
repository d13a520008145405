package dk.kvalitetsstandard.jammerbugt;

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

/** Jammerbugt, several courses in one history (D0-7): the medical examination and the relapse talks per course. */
class JammerbugtCoursesTest {

  private static final DeadlineEngine ENGINE = DeadlineEngine.of(StandardRegistry.defaultRegistry(), PublicHolidays.denmark());

  private static LocalDate d(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  @Test
  @DisplayName("JAM-D2 NAT-G6 D0-7 each course has its own medical examination, due before its own start")
  void examinationPerCourse() {
    DeadlineReport r = ENGINE.report(CaseHistory.of("jammerbugt", Track.SOCIAL_DRUG).age(31)
        .phone(d(2023, 1, 9)).then(EventType.MEDICAL_EXAMINATION, d(2023, 1, 12)).start(d(2023, 1, 16), "outpatient")
        .end(d(2023, 3, 31), EndStatus.COMPLETED)
        .phone(d(2023, 5, 1)).start(d(2023, 5, 22), "outpatient")
        .asOf(d(2023, 6, 1)));
    List<Deadline> exams = all(r, DeadlineKind.MEDICAL_EXAMINATION);
    assertEquals(2, exams.size(), exams.toString());
    assertDeadline(exams.get(0), DeadlineKind.MEDICAL_EXAMINATION, "JAM-D2", "SUL § 142, stk. 2",
        d(2023, 1, 9), d(2023, 1, 16), d(2023, 1, 12), Status.MET);
    assertDeadline(exams.get(1), DeadlineKind.MEDICAL_EXAMINATION, "JAM-D2", "SUL § 142, stk. 2",
        d(2023, 5, 1), d(2023, 5, 15), null, Status.BREACHED);
    assertEquals(List.of(1, 2), exams.stream().map(Deadline::course).toList());
  }

  @Test
  @DisplayName("JAM-D1 NAT-F7 D0-7 an alcohol history that starts in MOVE: the relapse talks belong to the completed course only")
  void relapseTalksPerCourse() {
    DeadlineReport r = ENGINE.report(CaseHistory.of("jammerbugt", Track.ALCOHOL).age(20)
        .phone(d(2023, 1, 9)).start(d(2023, 1, 16), "move").end(d(2023, 4, 14), EndStatus.COMPLETED)
        .phone(d(2023, 9, 4)).start(d(2023, 9, 11), "outpatient").end(d(2023, 10, 31), EndStatus.DROPPED_OUT)
        .asOf(d(2023, 12, 1)));
    List<Deadline> talks = all(r, DeadlineKind.RELAPSE_PREVENTION);
    assertEquals(List.of(1, 1), talks.stream().map(Deadline::course).toList(), "only the completed first course");
    assertEquals(List.of(d(2024, 4, 14), d(2024, 4, 14)), talks.stream().map(t -> t.due().orElseThrow()).toList());
    assertEquals(List.of(), all(r, DeadlineKind.MEDICAL_EXAMINATION), "JAM-D2 is for the drug tracks");
    assertEquals(List.of(), all(r, DeadlineKind.FOLLOW_UP), "NAT-U1 is social treatment only");
  }
}
