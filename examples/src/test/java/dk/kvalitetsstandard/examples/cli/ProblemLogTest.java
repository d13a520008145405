package dk.kvalitetsstandard.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.audit.LineProblem;
import dk.kvalitetsstandard.problem.ProblemCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The audit tool's log of problems: in memory up to a limit, then in a temporary file, always in order. */
class ProblemLogTest {

  private static List<LineProblem> problems() {
    return List.of(
        new LineProblem(2, "events[0].date", ProblemCode.NOT_A_DATE, "'2026-02-30' is not a date", "'2026-02-30' er ikke en dato"),
        new LineProblem(2, "track", ProblemCode.NOT_ONE_OF, "unknown", "ukendt"),
        new LineProblem(9, "", ProblemCode.MALFORMED, "malformed JSON at line 1, column 3", "ugyldig JSON i linje 1, kolonne 3"),
        new LineProblem(15, "citizen.age", ProblemCode.AGE_OUT_OF_RANGE, "negative: -3", "negativ: -3"));
  }

  @Test
  @DisplayName("Beyond the limit, the problems go to a temporary file and come back from it in order; close deletes it")
  void spillsToAFile() {
    List<LineProblem> back = new ArrayList<>();
    ProblemLog log = new ProblemLog(2);
    problems().forEach(log);
    assertTrue(log.spilled());
    log.forEach(back::add);
    assertEquals(problems(), back);
    assertEquals(4, log.problems());
    assertEquals(3, log.lines());
    Path file = log.spillFile();
    assertTrue(Files.exists(file));
    log.close();
    assertFalse(Files.exists(file));
  }

  @Test
  @DisplayName("Within the limit, the problems stay in memory")
  void staysInMemory() {
    List<LineProblem> back = new ArrayList<>();
    try (ProblemLog log = new ProblemLog(10)) {
      problems().forEach(log);
      assertFalse(log.spilled());
      log.forEach(back::add);
    }
    assertEquals(problems(), back);
  }
}
