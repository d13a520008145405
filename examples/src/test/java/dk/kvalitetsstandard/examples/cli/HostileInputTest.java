package dk.kvalitetsstandard.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tool run in process through its {@link ToolProvider} on the inputs that once leaked a CPR
 * number, exited as a usage error, printed a Java name or wrote to standard output before failing.
 */
class HostileInputTest {

  private static final Pattern CPR_LIKE = Pattern.compile("[0-9]{6}-?[0-9]{4}");
  private static final List<String> JAVA_NAMES = List.of("Exception", "java.", "tools.jackson", "com.fasterxml",
      "at dk.", "dk.kvalitetsstandard", "picocli.");

  @TempDir
  Path dir;

  private record Run(int code, String out, String err) {

    /** Exit 1, nothing on standard output, and a standard error without CPR-like values or Java names. */
    Run failedOnContent() {
      assertEquals(1, code, err);
      return failedCleanly();
    }

    Run failedCleanly() {
      assertEquals("", out, "nothing on standard output when a command fails");
      assertFalse(CPR_LIKE.matcher(err).find(), err);
      for (String name : JAVA_NAMES) {
        assertFalse(err.contains(name), name + " in " + err);
      }
      return this;
    }

    void says(String line) {
      assertTrue(err.lines().anyMatch(l -> l.strip().equals(line)), "'" + line + "' in\n" + err);
    }
  }

  private static Run tool(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ToolProvider.findFirst("standards-cli").orElseThrow().run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  private Path file(String content) throws IOException {
    return Files.writeString(Files.createTempFile(dir, "input", ".json"), content);
  }

  private Run report(String json) throws IOException {
    return tool("report", file(json).toString());
  }

  private Run assess(String json) throws IOException {
    return tool("assess", file(json).toString());
  }

  private static final String EVENTS = """
      [{"type": "CONTACT", "date": "2026-01-05", "channel": "PHONE"}]""";

  @Test
  @DisplayName("ToolProvider.findFirst(\"standards-cli\") runs a command in process and returns its exit code")
  void toolProvider() {
    ToolProvider tool = ToolProvider.findFirst("standards-cli").orElseThrow();
    assertEquals("standards-cli", tool.name());
    assertEquals(StandardsCliTool.class, tool.getClass());
    Run list = tool("list");
    assertEquals(0, list.code(), list.err());
    assertEquals(6, list.out().lines().count(), list.out());
    assertEquals(2, tool("no-such-command").failedCleanly().code());
  }

  @Test
  @DisplayName("The tool is registered twice: provides in module-info and a META-INF/services file")
  void registeredTwice() throws IOException {
    ModuleDescriptor module = ModuleFinder.of(Path.of("target/classes")).find("dk.kvalitetsstandard.examples")
        .orElseThrow().descriptor();
    assertTrue(module.provides().stream().anyMatch(p -> p.service().equals(ToolProvider.class.getName())
        && p.providers().equals(List.of(StandardsCliTool.class.getName()))), module.provides().toString());
    try (var in = HostileInputTest.class.getResourceAsStream("/META-INF/services/java.util.spi.ToolProvider")) {
      assertEquals(StandardsCliTool.class.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
    }
  }

  @Test
  @DisplayName("A CPR number in a key, a path or a value never reaches standard error; an all-digit key is no array index")
  void cprNeverLeaks() throws IOException {
    Run run = report("""
        {"municipality": "odsherred", "asOf": "2026-03-01", "track": "SOCIAL_DRUG", "0102031234": 1,
         "citizen": {"010203-1234": {"1102031234": true}, "cpr": 102031234},
         "events": [{"type": "CONTACT", "date": "2026-01-05", "channel": "PHONE", "note": "0102031234"}]}""")
        .failedOnContent();
    run.says("[\"**********\"]: unknown field '**********'");
    run.says("citizen[\"**********\"]: unknown field '**********'");
    run.says("citizen.cpr: expected a string, found a number");
    run.says("events[0].note: unknown field 'note'");
  }

  @Test
  @DisplayName("null in a question's figures is a problem of the file (exit 1), not a usage error")
  void nullInFigures() throws IOException {
    assess("""
        {"question": "FEES", "municipality": "ringsted", "asOf": "2026-03-01", "track": "SOCIAL_DRUG",
         "offer": "RESIDENTIAL", "figures": {"TREATMENT": null, "BOARD": 1e999999999}}""")
        .failedOnContent().says("figures.TREATMENT: expected a number, found null");
  }

  @Test
  @DisplayName("A huge exponent, an overflowing year, a date as an array and nested arrays: exit 1 with the paths")
  void hugeNumbersAndOddDates() throws IOException {
    Run run = report("""
        {"municipality": "odsherred", "asOf": "+999999999-12-31", "track": "SOCIAL_DRUG", "citizen": {"age": 1e999999999},
         "events": [{"type": "CONTACT", "date": [2026, 1, 5], "channel": "PHONE"}, [[["CONTACT"]]]]}""")
        .failedOnContent();
    run.says("asOf: '+999999999-12-31' is not a date of the form YYYY-MM-DD that exists in the calendar");
    run.says("citizen.age: 1e999999999 is not a whole number; write it without a fraction or an exponent");
    run.says("events[0].date: expected a date (a string of the form YYYY-MM-DD), found an array");
    run.says("events[1]: expected an object, found an array");
    report("""
        {"municipality": "odsherred", "asOf": "2200-01-01", "track": "SOCIAL_DRUG", "events": []}""")
        .failedOnContent().says("asOf: '2200-01-01' is outside the dates the library handles, 1900-01-01 to 2199-12-31");
  }

  @Test
  @DisplayName("17.99 is not read as 17, a repeated cpr is not overruled by null, identical events are each named")
  void noSilentReinterpretation() throws IOException {
    report("""
        {"municipality": "randers", "asOf": "2026-03-01", "track": "SOCIAL_DRUG", "citizen": {"age": 17.99},
         "events": %s}""".formatted(EVENTS))
        .failedOnContent().says("citizen.age: 17.99 is not a whole number; write it without a fraction or an exponent");
    report("""
        {"municipality": "odsherred", "asOf": "2026-03-01", "track": "ANONYMOUS_DRUG",
         "citizen": {"cpr": "0101901234", "cpr": null}, "events": []}""")
        .failedOnContent().says("citizen.cpr: the key 'cpr' is given more than once; a key may appear only once");
    String start = "{\"type\": \"TREATMENT_START\", \"date\": \"2026-01-02\", \"offer\": \"OUTPATIENT\"}";
    Run identical = report("""
        {"municipality": "odsherred", "asOf": "2026-03-01", "track": "SOCIAL_DRUG", "events": [%s, %s, %s]}"""
        .formatted(start, start, start)).failedOnContent();
    for (int i = 0; i < 3; i++) {
      identical.says("events[" + i + "]: a TREATMENT_START on 2026-01-02 cannot come before any CONTACT");
    }
  }

  @Test
  @DisplayName("An empty file, a file that is not UTF-8, and a case file given to assess get the project's own words")
  void documentLevelMessages() throws IOException {
    report("").failedOnContent().says("(document): the document is empty; a case file is a JSON object");
    Path latin1 = Files.write(dir.resolve("latin1.json"), "{\"name\": \"S\u00f8ren\"}".getBytes(StandardCharsets.ISO_8859_1));
    tool("report", latin1.toString()).failedOnContent()
        .says("(document): the document is not UTF-8 text: the byte at offset 11 does not belong to a UTF-8 character");
    assess("""
        {"municipality": "odsherred", "asOf": "2026-03-01", "track": "SOCIAL_DRUG", "events": %s}""".formatted(EVENTS))
        .failedOnContent().says("(document): the document has 'events' and no 'question': it is a case file, not a question");
  }

  @Test
  @DisplayName("show jammerbugt --date 2026-02-30: a usage error in plain words, no Java exception name")
  void impossibleDateOption() {
    Run run = tool("show", "jammerbugt", "--date", "2026-02-30");
    assertEquals(2, run.code());
    run.failedCleanly();
    assertTrue(run.err().startsWith("Invalid value for option '--date': '2026-02-30' is not a date of the form YYYY-MM-DD"
        + " that exists in the calendar"), run.err());
    assertTrue(tool("show", "jammerbugt", "--date", "2200-01-01").failedCleanly().err()
        .contains("'2200-01-01' is outside the dates the tool takes, 1901-01-01 to 2198-12-31"));
    for (String edge : List.of("1901-01-01", "2198-12-31")) {
      for (String[] args : List.of(new String[] {"check", "--date", edge}, new String[] {"compare", "--standards", "--date", edge})) {
        Run edgeRun = tool(args);
        assertEquals(0, edgeRun.code(), String.join(" ", args) + ": " + edgeRun.err());
      }
    }
  }

  @Test
  @DisplayName("compare --standards --html into a missing directory fails with nothing on standard output")
  void htmlThatCannotBeWritten() throws IOException {
    Run missing = tool("compare", "--standards", "--html", dir.resolve("no/such/dir/x.html").toString());
    assertEquals(2, missing.code());
    missing.failedCleanly();
    assertTrue(missing.err().startsWith("error: cannot write ")
        && missing.err().strip().endsWith("no/such/dir/x.html: the directory does not exist"), missing.err());

    Run ontoDirectory = tool("compare", "--standards", "--html", dir.toString());
    assertEquals(2, ontoDirectory.code());
    ontoDirectory.failedCleanly();

    Path page = dir.resolve("standards.html");
    Run written = tool("compare", "--standards", "--html", page.toString());
    assertEquals(0, written.code(), written.err());
    assertTrue(written.out().contains("Counted from"), written.out());
    assertTrue(Files.readString(page).contains("Counted from"));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(page), files.filter(f -> !f.getFileName().toString().startsWith("input")).toList(),
          "no temporary file is left beside the page");
    }
  }
}
