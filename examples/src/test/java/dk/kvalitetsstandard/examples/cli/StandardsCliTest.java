package dk.kvalitetsstandard.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.json.Json;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command-line tool over the five real standards. */
class StandardsCliTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    StandardsCli.Context context = new StandardsCli.Context(StandardRegistry.defaultRegistry(), PublicHolidays.denmark(),
        () -> TODAY, new java.io.ByteArrayInputStream(new byte[0]), new PrintWriter(out, true), new PrintWriter(err, true));
    int code = StandardsCli.run(context, args);
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  @DisplayName("list shows the five standards with code, status and validity")
  void list() {
    Result result = run("list");
    assertEquals(0, result.code(), result.err());
    List<String> lines = result.out().lines().toList();
    assertEquals(6, lines.size(), result.out());
    assertTrue(lines.get(1).startsWith("Gentofte     0157"), lines.get(1));
    assertTrue(result.out().contains("Randers      0730  draft, no adoption date"), result.out());
    assertTrue(result.out().contains("Odsherred    0306  adopted 2024-12-17"), result.out());
    assertTrue(result.out().contains("2025-01-01 to 2026-12-31"), result.out());
    assertTrue(result.out().contains("Jammerbugt   0849"), result.out());
    assertTrue(result.out().contains("Ringsted     0329  adopted 2017-06-20"), result.out());
  }

  @Test
  @DisplayName("show odsherred: three outpatient intensity levels, validity 2025-01-01 to 2026-12-31, adopted 2024-12-17 (ODS-M1, ODS-O2..O4)")
  void showOdsherred() {
    Result result = run("show", "odsherred");
    assertEquals(0, result.code(), result.err());
    assertTrue(result.out().contains("adopted 2024-12-17 [ODS-M1]"), result.out());
    assertTrue(result.out().contains("2025-01-01 to 2026-12-31"), result.out());
    assertTrue(result.out().contains("in force on 2026-03-01"), result.out());
    for (String level : List.of("low intensity", "medium intensity", "high intensity")) {
      assertTrue(result.out().contains("outpatient, " + level + "]"), level + " in\n" + result.out());
    }
  }

  @Test
  @DisplayName("show randers: a draft with no adoption date (RAN-M1)")
  void showRanders() {
    Result result = run("show", "0730");
    assertEquals(0, result.code(), result.err());
    assertTrue(result.out().contains("Status:        draft, no adoption date [RAN-M1]"), result.out());
  }

  @Test
  @DisplayName("show jammerbugt --date 2026-06-01: the standard has expired (JAM-M1, NAT-Q2)")
  void showJammerbugtExpired() {
    Result result = run("show", "jammerbugt", "--date", "2026-06-01");
    assertEquals(0, result.code(), result.err());
    assertTrue(result.out().contains("EXPIRED: the standard ended 2023-12-31, before 2026-06-01"), result.out());
  }

  @Test
  @DisplayName("show --json prints the standard as JSON that reads back equal")
  void showJson() {
    Result result = run("show", "ringsted", "--json");
    assertEquals(0, result.code(), result.err());
    QualityStandard back = Json.mapper().readValue(result.out(), QualityStandard.class);
    assertEquals(StandardRegistry.defaultRegistry().find("ringsted", TODAY).standard(), back);
  }

  @Test
  @DisplayName("An unknown municipality: exit 2, a message on standard error, nothing on standard output")
  void unknownMunicipality() {
    Result result = run("show", "aarhus");
    assertEquals(2, result.code());
    assertEquals("", result.out());
    assertTrue(result.err().contains("No quality standard is known for the municipality 'aarhus'"), result.err());
  }

  @Test
  @DisplayName("A malformed date is a usage error naming the option")
  void malformedDate() {
    Result result = run("show", "odsherred", "--date", "2026-13-01");
    assertEquals(2, result.code());
    assertEquals("", result.out());
    assertTrue(result.err().contains("--date"), result.err());
  }

  @Test
  @DisplayName("The demo, the default command, tours all five municipalities")
  void demoIsDefault() {
    Result result = run();
    assertEquals(0, result.code(), result.err());
    for (String name : List.of("Randers", "Gentofte", "Odsherred", "Ringsted", "Jammerbugt")) {
      assertTrue(result.out().contains("== " + name + " ("), name + " in\n" + result.out());
    }
    assertEquals(result.out(), run("demo").out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"list", "show", "demo"})
  @DisplayName("Every command has --help")
  void helpOnEveryCommand(String command) {
    Result result = run(command, "--help");
    assertEquals(0, result.code(), result.err());
    assertTrue(result.out().startsWith("Usage: standards-cli " + command), result.out());
  }
}
