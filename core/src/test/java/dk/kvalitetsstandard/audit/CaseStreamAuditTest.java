package dk.kvalitetsstandard.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.conformance.CaseHistory;
import dk.kvalitetsstandard.deadline.Status;
import dk.kvalitetsstandard.json.Json;
import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.problem.ProblemCode;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.SampleStandards;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.SerializationFeature;

/**
 * The streamed audit of a file of case files under Testrup's sample standard: how lines are cut and
 * numbered, that every bad line is reported with its number and the run goes on, that no problem
 * repeats a CPR number, and that batches and threads do not change the figures.
 */
class CaseStreamAuditTest {

  private static final StandardRegistry REGISTRY = StandardRegistry.of(List.of(SampleStandards::complete));
  private static final CaseStreamAudit AUDIT = CaseStreamAudit.of(REGISTRY, PublicHolidays.denmark(), Counting.LAW);
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  private static final String CPR = "0101904321";

  private static String json(CaseFile caseFile) {
    return Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(caseFile);
  }

  /** Met: phone 5 January 2026, start 12 January. */
  private static String met() {
    return json(CaseHistory.of("testrup", Track.SOCIAL_DRUG).age(30).phone(LocalDate.of(2026, 1, 5))
        .start(LocalDate.of(2026, 1, 12), "OUTPATIENT").asOf(AS_OF));
  }

  /** Two courses: met (7 days), then breached (25 days). */
  private static String twoCourses() {
    return json(CaseHistory.of("testrup", Track.SOCIAL_DRUG).age(30).phone(LocalDate.of(2026, 2, 2))
        .start(LocalDate.of(2026, 2, 9), "OUTPATIENT").end(LocalDate.of(2026, 3, 2), EndStatus.COMPLETED)
        .phone(LocalDate.of(2026, 4, 1)).start(LocalDate.of(2026, 4, 26), "OUTPATIENT").asOf(AS_OF));
  }

  private record Run(AuditSummary summary, List<LineProblem> problems, List<Long> progress) {}

  private static Run run(CaseStreamAudit audit, byte[] input) throws IOException {
    List<LineProblem> problems = new ArrayList<>();
    List<Long> progress = new ArrayList<>();
    try (InputStream in = new ByteArrayInputStream(input)) {
      AuditSummary summary = audit.run(in, problems::add, (lines, cases, invalid) -> progress.add(lines)).summary();
      return new Run(summary, problems, progress);
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("Every bad line is counted and reported with its number and path; the good lines around it are counted")
  void badLinesDoNotStopTheRun() throws IOException {
    String input = met() + "\n"
        + "{\"municipality\":\"testrup\",\"asOf\":\"2026-06-30\",\"track\":\"SOCIAL_DRUG\",\"events\":[{\"type\":\"CONTACT\","
        + "\"date\":\"2026-02-30\",\"channel\":\"PHONE\"}]}\n"
        + "not json at all\n"
        + twoCourses() + "\n"
        + "{\"municipality\":\"testrup\",\"asOf\":\"2026-06-30\",\"track\":\"ANONYMOUS_DRUG\",\"citizen\":{\"cpr\":\"" + CPR
        + "\"},\"events\":[]}\n"
        + "{\"municipality\":\"nowhere\",\"asOf\":\"2026-06-30\",\"track\":\"SOCIAL_DRUG\",\"events\":[]}\n";
    Run run = run(AUDIT, utf8(input));
    assertEquals(6, run.summary().cases());
    assertEquals(4, run.summary().invalid());
    assertEquals(3, run.summary().guarantees());
    GroupFigures group = run.summary().groups().get(0);
    assertEquals(2, group.count(Status.MET));
    assertEquals(1, group.count(Status.BREACHED));
    assertEquals(List.of(2L, 3L, 5L, 6L), run.problems().stream().map(LineProblem::line).distinct().toList());
    assertTrue(run.problems().stream().anyMatch(p -> p.line() == 2 && p.path().equals("events[0].date")), run.problems().toString());
    assertTrue(run.problems().stream().anyMatch(p -> p.line() == 5 && p.path().equals("citizen.cpr")), run.problems().toString());
    assertFalse(run.problems().toString().contains(CPR), run.problems().toString());
  }

  @Test
  @DisplayName("Lines: numbered from 1, blank ones skipped but counted, CRLF and a byte-order mark accepted, no final line feed needed")
  void lineNumbering() throws IOException {
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    input.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    input.writeBytes(utf8(met() + "\r\n\r\n   \nbroken\r\n" + twoCourses()));
    Run run = run(AUDIT, input.toByteArray());
    assertEquals(3, run.summary().cases());
    assertEquals(1, run.summary().invalid());
    assertEquals(List.of(4L), run.problems().stream().map(LineProblem::line).distinct().toList());
    assertEquals(3, run.summary().guarantees());
  }

  @Test
  @DisplayName("A line that is not UTF-8, or longer than the limit, is invalid and the next line is still read")
  void undecodableAndOverlongLines() throws IOException {
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    input.writeBytes(utf8("{\"municipality\":\"testrup"));
    input.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28});
    input.writeBytes(utf8("\"}\n" + "{\"padding\":\"" + "x".repeat(5000) + "\"}\n" + met() + "\n"));
    Run run = run(AUDIT.withMaxLineBytes(4000), input.toByteArray());
    assertEquals(3, run.summary().cases());
    assertEquals(2, run.summary().invalid());
    assertEquals(1, run.summary().guarantees());
    assertEquals(List.of("line 1: the line is not valid UTF-8", "line 2: the line is longer than 4000 bytes, the most a case file may have"),
        run.problems().stream().map(LineProblem::toString).toList());
  }

  @Test
  @DisplayName("Batches of any size and any number of threads give the same figures, and the problems in line order")
  void batchesAndThreadsDoNotMatter() throws IOException {
    StringBuilder input = new StringBuilder();
    for (int i = 1; i <= 120; i++) {
      input.append(i % 7 == 0 ? "{\"bad\":" + i + "}" : i % 2 == 0 ? met() : twoCourses()).append('\n');
    }
    Run reference = run(AUDIT.withThreads(1), utf8(input.toString()));
    assertEquals(120, reference.summary().cases());
    assertEquals(17, reference.summary().invalid());
    for (int threads : new int[] {1, 2, 5}) {
      for (int batch : new int[] {1, 3, 64, 1024}) {
        Run run = run(AUDIT.withThreads(threads).withBatchLines(batch), utf8(input.toString()));
        assertEquals(reference.summary(), run.summary(), threads + " threads, batches of " + batch);
        assertEquals(reference.problems(), run.problems(), threads + " threads, batches of " + batch);
      }
    }
    List<Long> lines = reference.problems().stream().map(LineProblem::line).distinct().toList();
    assertEquals(lines.stream().sorted().toList(), lines);
  }

  @Test
  @DisplayName("Progress is reported as the batches are combined, up to the last line")
  void progress() throws IOException {
    String input = (met() + "\n").repeat(10);
    Run run = run(AUDIT.withBatchLines(3), utf8(input));
    assertEquals(List.of(3L, 6L, 9L, 10L), run.progress());
  }

  @Test
  @DisplayName("An empty input is read: no cases, no figures")
  void emptyInput() throws IOException {
    Run run = run(AUDIT, new byte[0]);
    assertEquals(0, run.summary().cases());
    assertTrue(run.summary().groups().isEmpty());
    assertTrue(run.problems().isEmpty());
  }

  @Test
  @DisplayName("A CPR-like value is masked in a problem's path and message alike")
  void problemsNeverRepeatACpr() {
    LineProblem problem = new LineProblem(3, "citizen.010190-4321", ProblemCode.INVALID_CPR,
        "'0101904321' is not allowed; 12345 is fine", "'0101904321' er ikke tilladt; 12345 er i orden");
    assertEquals("citizen.**********", problem.path());
    assertEquals("'**********' is not allowed; 12345 is fine", problem.message());
    assertEquals("'**********' er ikke tilladt; 12345 er i orden", problem.messageDa());
    assertEquals("line 3: citizen.**********: '**********' is not allowed; 12345 is fine", problem.toString());
  }
}
