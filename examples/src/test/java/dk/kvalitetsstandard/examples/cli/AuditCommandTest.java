package dk.kvalitetsstandard.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.cases.CaseEvent;
import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.conformance.CaseHistory;
import dk.kvalitetsstandard.json.Json;
import dk.kvalitetsstandard.law.ContactChannel;
import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.law.Track;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;

/**
 * {@code audit} and {@code audit-sample} through the tool. The file: a Randers citizen with two
 * courses (met in 7 days; a new request 6 days after the end, breached in 22), an Odsherred alcohol
 * case met in 8 days, an anonymous case in Gentofte, an anonymous case that carries a CPR number,
 * and a line that is not JSON.
 */
class AuditCommandTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  private static final String CPR = "0101901234";

  @TempDir
  Path dir;

  private static CliRun run(String stdin, String... args) {
    return CliRun.of(LocalDate.of(2026, 12, 1), stdin, args);
  }

  private static LocalDate d(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  private static String line(CaseFile caseFile) {
    return Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(caseFile);
  }

  static String cases() {
    CaseFile randers = CaseHistory.of("randers", Track.SOCIAL_DRUG).age(30)
        .phone(d(2026, 1, 5)).start(d(2026, 1, 12), "OUTPATIENT").end(d(2026, 2, 20), EndStatus.COMPLETED)
        .phone(d(2026, 2, 26)).start(d(2026, 3, 20), "OUTPATIENT").asOf(AS_OF);
    CaseFile odsherred = CaseHistory.of("0306", Track.ALCOHOL).age(52)
        .phone(d(2026, 4, 7)).start(d(2026, 4, 15), "OUTPATIENT").asOf(AS_OF);
    CaseFile gentofte = CaseHistory.of("gentofte", Track.ANONYMOUS_DRUG)
        .then(CaseEvent.contact(d(2026, 2, 1), ContactChannel.DIGITAL)).start(d(2026, 2, 10), "ANONYMOUS_OUTPATIENT")
        .asOf(AS_OF);
    String identified = "{\"municipality\":\"ringsted\",\"asOf\":\"2026-06-30\",\"track\":\"ANONYMOUS_DRUG\","
        + "\"citizen\":{\"cpr\":\"" + CPR + "\"},\"events\":[]}";
    return String.join("\n", line(randers), line(odsherred), line(gentofte), identified, "{not json") + "\n";
  }

  private Path file() throws Exception {
    Path file = dir.resolve("cases.ndjson");
    Files.writeString(file, cases());
    return file;
  }

  private static JsonNode group(JsonNode audit, String municipality, String track) {
    for (JsonNode g : audit.get("groups")) {
      if (g.get("municipality").asString().equals(municipality) && g.get("track").asString().equals(track)) {
        return g;
      }
    }
    throw new AssertionError("no group " + municipality + " " + track + " in " + audit);
  }

  @Test
  @DisplayName("D0-7 audit --format json: a guarantee per course, by status, with days to start; every bad line listed, no CPR")
  void json() throws Exception {
    CliRun result = run("", "audit", file().toString(), "--format", "json");
    assertEquals(0, result.code(), result.err());
    assertEquals("", result.err(), "standard error is no terminal here, and the bad lines are in the JSON");
    JsonNode audit = Json.mapper().readTree(result.out());
    assertEquals(5, audit.get("cases").asInt());
    assertEquals(2, audit.get("invalid").asInt());
    assertEquals("law", audit.get("counting").asString());
    JsonNode randers = group(audit, "randers", "SOCIAL_DRUG");
    assertEquals(2026, randers.get("year").asInt());
    assertEquals(2, randers.get("guarantees").asInt());
    assertEquals(1, randers.get("byStatus").get("MET").asInt());
    assertEquals(1, randers.get("byStatus").get("BREACHED").asInt());
    assertEquals(7, randers.get("daysToStart").get("median").asInt());
    assertEquals(22, randers.get("daysToStart").get("p90").asInt());
    assertEquals(1, group(audit, "odsherred", "ALCOHOL").get("byStatus").get("MET").asInt());
    assertEquals(1, group(audit, "gentofte", "ANONYMOUS_DRUG").get("byStatus").get("NOT_APPLICABLE").asInt());
    List<String> problems = new ArrayList<>();
    audit.get("problems").forEach(p -> problems.add(p.get("line").asInt() + " " + p.get("path").asString()));
    assertEquals(List.of("4 citizen.cpr", "5 "), problems);
    assertFalse(result.out().contains(CPR));
  }

  @Test
  @DisplayName("D0-8 audit --counting registry: the request 6 days after the end is merged, the anonymous case left out")
  void registry() throws Exception {
    CliRun result = run("", "audit", file().toString(), "--format", "json", "--counting", "registry");
    assertEquals(0, result.code(), result.err());
    JsonNode audit = Json.mapper().readTree(result.out());
    assertEquals("registry", audit.get("counting").asString());
    assertEquals(1, audit.get("mergedCourses").asInt());
    assertEquals(1, audit.get("anonymousLeftOut").asInt());
    JsonNode randers = group(audit, "randers", "SOCIAL_DRUG");
    assertEquals(1, randers.get("guarantees").asInt());
    assertEquals(1, randers.get("byStatus").get("MET").asInt());
    assertEquals(2, audit.get("groups").size());
  }

  @Test
  @DisplayName("audit --lang da: Danish text with Danish dates and numbers; --lang en: English")
  void text() throws Exception {
    CliRun danish = run("", "audit", file().toString(), "--lang", "da");
    assertEquals(0, danish.code(), danish.err());
    assertTrue(danish.out().startsWith("Revision af behandlingsgarantien\n5 sagsfiler læst fra "), danish.out());
    assertTrue(danish.out().contains("3 gyldige, 2 ugyldige."), danish.out());
    assertTrue(danish.out().contains("4 behandlingsgarantier for henvendelser fra 5. januar 2026 til 7. april 2026."),
        danish.out());
    assertTrue(danish.out().contains("Optælling efter loven"), danish.out());
    String randers = danish.out().lines().filter(l -> l.startsWith("Randers")).findFirst().orElseThrow();
    assertTrue(randers.matches("Randers\\s+2026\\s+Stof, SEL § 101\\s+2\\s+1\\s+1\\s.*50,0 %\\s+2\\s+7\\s+22"), randers);
    assertTrue(danish.out().contains("linje 4: citizen.cpr: "), danish.out());
    assertFalse(danish.out().contains(CPR));

    CliRun english = run("", "audit", file().toString(), "--lang", "en", "--counting", "registry");
    assertTrue(english.out().contains("for requests from 5 January 2026 to 7 April 2026."), english.out());
    assertTrue(english.out().contains("Merged: 1 courses; left out: 1 anonymous courses."), english.out());
    assertTrue(english.out().contains("line 5: malformed JSON"), english.out());
  }

  @Test
  @DisplayName("audit --format csv: a header and one row per group; the bad lines on standard error")
  void csv() throws Exception {
    CliRun result = run("", "audit", file().toString(), "--format", "csv");
    assertEquals(0, result.code(), result.err());
    assertEquals(List.of(
        "municipality,year,track,guarantees,MET,BREACHED,PENDING,WAIVED,NOT_APPLICABLE,NEEDS_DECISION,NOT_STARTED,LAPSED,"
            + "started,median,p90",
        "gentofte,2026,ANONYMOUS_DRUG,1,0,0,0,0,1,0,0,0,0,,",
        "odsherred,2026,ALCOHOL,1,1,0,0,0,0,0,0,0,1,8,8",
        "randers,2026,SOCIAL_DRUG,2,1,1,0,0,0,0,0,0,2,7,22"), result.out().lines().toList());
    assertTrue(result.err().startsWith("line 4: citizen.cpr: "), result.err());
    assertTrue(result.err().contains("line 5: "), result.err());
    assertFalse(result.err().contains(CPR));
  }

  @Test
  @DisplayName("audit - reads standard input")
  void standardInput() {
    CliRun result = run(cases(), "audit", "-", "--format", "csv");
    assertEquals(0, result.code(), result.err());
    assertEquals(4, result.out().lines().count());
  }

  @Test
  @DisplayName("Exit 1 when the file cannot be read; 0 when it was read, even if no line is a valid case; exit 2 for usage")
  void exitCodes() throws Exception {
    CliRun missing = run("", "audit", dir.resolve("nothing.ndjson").toString());
    assertEquals(1, missing.code());
    assertEquals("", missing.out());
    assertTrue(missing.err().contains("no such file"), missing.err());

    Path bad = dir.resolve("bad.ndjson");
    Files.writeString(bad, "[1,2]\n{}\n");
    CliRun allBad = run("", "audit", bad.toString(), "--format", "json");
    assertEquals(0, allBad.code(), allBad.err());
    assertEquals(2, Json.mapper().readTree(allBad.out()).get("invalid").asInt());

    Path empty = dir.resolve("empty.ndjson");
    Files.writeString(empty, "");
    assertEquals(0, run("", "audit", empty.toString()).code());

    assertEquals(2, run("", "audit", file().toString(), "--counting", "statistics").code());
    assertEquals(2, run("", "audit", file().toString(), "--lang", "de").code());
    assertEquals(2, run("", "audit", file().toString(), "--html", dir.resolve("no/such/dir/page.html").toString()).code());
  }

  @Test
  @DisplayName("audit --html: a self-contained page with two charts, the table and the bad lines, written in one step")
  void html() throws Exception {
    Path page = dir.resolve("audit.html");
    CliRun result = run("", "audit", file().toString(), "--html", page.toString(), "--lang", "da");
    assertEquals(0, result.code(), result.err());
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of("audit.html", "cases.ndjson"), files.map(p -> p.getFileName().toString()).sorted().toList(),
          "no temporary file is left behind");
    }
    String text = Files.readString(page);
    Document html = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(page.toFile());
    assertEquals("da", html.getDocumentElement().getAttribute("lang"));
    assertEquals(2, html.getElementsByTagName("svg").getLength());
    assertEquals(0, html.getElementsByTagName("script").getLength());
    assertEquals(0, html.getElementsByTagName("link").getLength());
    assertFalse(text.contains("src=") || text.contains("href=") || text.contains("url("), "nothing is fetched");
    assertTrue(text.contains("Andel overholdte garantier pr. kommune og år"), text);

    NodeList tables = html.getElementsByTagName("table");
    assertEquals(2, tables.getLength());
    List<String> firstCells = new ArrayList<>();
    NodeList rows = ((Element) tables.item(0)).getElementsByTagName("tr");
    for (int i = 1; i < rows.getLength(); i++) {
      firstCells.add(((Element) rows.item(i)).getElementsByTagName("td").item(0).getTextContent());
    }
    assertEquals(List.of("Gentofte", "Odsherred", "Randers", "I alt"), firstCells);
    NodeList problems = ((Element) tables.item(1)).getElementsByTagName("tr");
    assertEquals(3, problems.getLength(), "a header and the two bad lines");
    assertFalse(text.contains(CPR));
    // the kept chart: a bar for each municipality and year with a guarantee decided either way (Gentofte's is
    // anonymous), and a legend swatch for the one year
    Element keptChart = (Element) html.getElementsByTagName("svg").item(0);
    assertEquals(2 + 1, keptChart.getElementsByTagName("rect").getLength());

    CliRun english = run("", "audit", file().toString(), "--html", page.toString());
    assertEquals(0, english.code(), english.err());
    assertTrue(Files.readString(page).contains("Share of guarantees kept, per municipality and year"));
  }

  @Test
  @DisplayName("audit-sample: synthetic histories, the same for the same seed, said to be synthetic")
  void sample() throws Exception {
    CliRun first = run("", "audit-sample", "--cases", "40", "--seed", "9");
    CliRun again = run("", "audit-sample", "--cases", "40", "--seed", "9");
    CliRun other = run("", "audit-sample", "--cases", "40", "--seed", "10");
    assertEquals(0, first.code(), first.err());
    assertEquals(40, first.out().lines().count());
    assertEquals(first.out(), again.out());
    assertNotEquals(first.out(), other.out());
    assertTrue(first.err().contains("synthetic case histories (made up, describing no one"), first.err());
    assertTrue(run("", "audit-sample", "--help").out().contains("SYNTHETIC"));

    Path file = dir.resolve("sample.ndjson");
    assertEquals(0, run("", "audit-sample", "--cases", "40", "--seed", "9", "--out", file.toString()).code());
    assertEquals(first.out(), Files.readString(file));
    CliRun audited = run("", "audit", file.toString(), "--format", "json");
    assertEquals(40, Json.mapper().readTree(audited.out()).get("cases").asInt());
  }

  @Test
  @DisplayName("The progress line is rewritten in place at most five times a second and removed at the end")
  void progressLine() throws Exception {
    StringWriter err = new StringWriter();
    AuditCommand.TerminalProgress progress = new AuditCommand.TerminalProgress(new PrintWriter(err),
        AuditLabels.of(Locale.ENGLISH));
    progress.reached(1000, 990, 10);
    assertEquals("", err.toString(), "too soon after the start");
    Thread.sleep(250);
    progress.reached(2000, 1990, 10);
    assertTrue(err.toString().startsWith("\raudit: 2,000 lines, 1,990 cases, 10 invalid, "), err.toString());
    progress.clear();
    assertTrue(err.toString().endsWith("\r"), err.toString());
  }
}
