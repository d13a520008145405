package dk.kvalitetsstandard.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.deadline.Deadline;
import dk.kvalitetsstandard.deadline.DeadlineReport;
import dk.kvalitetsstandard.deadline.Status;
import dk.kvalitetsstandard.json.Json;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.DeadlineKind;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command-line tool over the five real standards. */
class StandardsCliTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);


  private static CliRun run(String... args) {
    return runWithInput("", args);
  }

  private static CliRun runWithInput(String stdin, String... args) {
    return CliRun.of(TODAY, stdin, args);
  }

  @Test
  @DisplayName("list shows the five standards with code, status and validity")
  void list() {
    CliRun result = run("list");
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
    CliRun result = run("show", "odsherred");
    assertEquals(0, result.code(), result.err());
    assertTrue(result.out().contains("adopted 2024-12-17 [ODS-M1]"), result.out());
    assertTrue(result.out().contains("2025-01-01 to 2026-12-31"), result.out());
    assertTrue(result.out().contains("in force on 2026-03-01"), result.out());
    for (String level : List.of("low intensity", "medium intensity", "high intensity")) {
      assertTrue(result.out().contains("outpatient, " + level + "]"), level + " in\n" + result.out());
    }
  }

  @Test
  @DisplayName("D0-7 report on the README's two-course example: a guarantee per course, the plan review of the second course")
  void reportTwoCourses() throws Exception {
    CliRun result = run("report", "cases/randers-relapse.json");
    assertEquals(0, result.code(), result.err());
    DeadlineReport report = Json.mapper().readValue(result.out(), DeadlineReport.class);
    assertEquals(List.of("TREATMENT_GUARANTEE 1 MET 2026-01-19", "TREATMENT_GUARANTEE 2 BREACHED 2026-04-21",
        "PLAN_REVIEW 2 PENDING 2026-10-24"), report.deadlines().stream()
        .map(d -> d.kind() + " " + d.course() + " " + d.status() + " " + d.due().orElseThrow()).toList());
  }

  @Test
  @DisplayName("show randers: a draft with no adoption date (RAN-M1)")
  void showRanders() {
    CliRun result = run("show", "0730");
    assertEquals(0, result.code(), result.err());
    assertTrue(result.out().contains("Status:        draft, no adoption date [RAN-M1]"), result.out());
  }

  @Test
  @DisplayName("show jammerbugt --date 2026-06-01: the standard has expired (JAM-M1, NAT-Q2)")
  void showJammerbugtExpired() {
    CliRun result = run("show", "jammerbugt", "--date", "2026-06-01");
    assertEquals(0, result.code(), result.err());
    assertTrue(result.out().contains("EXPIRED: the standard ended 2023-12-31, before 2026-06-01"), result.out());
  }

  @Test
  @DisplayName("show --json prints the standard as JSON that reads back equal")
  void showJson() {
    CliRun result = run("show", "ringsted", "--json");
    assertEquals(0, result.code(), result.err());
    QualityStandard back = Json.mapper().readValue(result.out(), QualityStandard.class);
    assertEquals(StandardRegistry.defaultRegistry().find("ringsted", TODAY).standard(), back);
  }

  @Test
  @DisplayName("An unknown municipality: exit 2, a message on standard error, nothing on standard output")
  void unknownMunicipality() {
    CliRun result = run("show", "aarhus");
    assertEquals(2, result.code());
    assertEquals("", result.out());
    assertTrue(result.err().contains("No quality standard is known for the municipality 'aarhus'"), result.err());
  }

  @Test
  @DisplayName("A malformed date is a usage error naming the option")
  void malformedDate() {
    CliRun result = run("show", "odsherred", "--date", "2026-13-01");
    assertEquals(2, result.code());
    assertEquals("", result.out());
    assertTrue(result.err().contains("--date"), result.err());
  }

  @Test
  @DisplayName("The demo, the default command, tours all five municipalities")
  void demoIsDefault() {
    CliRun result = run();
    assertEquals(0, result.code(), result.err());
    for (String name : List.of("Randers", "Gentofte", "Odsherred", "Ringsted", "Jammerbugt")) {
      assertTrue(result.out().contains("== " + name + " ("), name + " in\n" + result.out());
    }
    assertEquals(result.out(), run("demo").out());
  }

  /** The case file of the format reference (core/FORMATS.md). */
  private static final String CONTRACT_EXAMPLE = """
      {
        "municipality": "odsherred",
        "asOf": "2026-03-01",
        "track": "SOCIAL_DRUG",
        "citizen": { "age": 34, "childrenUnder18": false, "pregnant": false, "hasOwnHome": true },
        "events": [
          { "type": "CONTACT", "date": "2026-01-05", "channel": "PHONE" },
          { "type": "CONTACT", "date": "2026-01-08", "channel": "IN_PERSON" },
          { "type": "TREATMENT_START", "date": "2026-01-20", "offer": "OUTPATIENT" }
        ]
      }""";

  @Test
  @DisplayName("report on the contract's example: BREACHED under NAT-G1, with a finding for ODS-G2")
  void reportContractExample(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file = dir.resolve("case.json");
    java.nio.file.Files.writeString(file, CONTRACT_EXAMPLE);
    CliRun result = run("report", file.toString());
    assertEquals(0, result.code(), result.err());
    DeadlineReport report = Json.mapper().readValue(result.out(), DeadlineReport.class);
    assertEquals("odsherred", report.municipality());
    assertEquals(1, report.deadlines().size());
    Deadline guarantee = report.deadlines().get(0);
    assertEquals(DeadlineKind.TREATMENT_GUARANTEE, guarantee.kind());
    assertEquals("NAT-G1", guarantee.rule());
    assertEquals("SEL § 101, stk. 4", guarantee.legalBasis().orElseThrow());
    assertEquals(LocalDate.of(2026, 1, 5), guarantee.startedBy().orElseThrow());
    assertEquals(LocalDate.of(2026, 1, 19), guarantee.due().orElseThrow());
    assertEquals(LocalDate.of(2026, 1, 20), guarantee.closedBy().orElseThrow());
    assertEquals(Status.BREACHED, guarantee.status());
    assertEquals(List.of("ODS-G2"), report.findings().stream().map(f -> f.rule()).toList());
    String message = report.findings().get(0).message();
    assertTrue(message.contains("in-person attendance (8 January 2026, due 22 January 2026)"), message);
    assertTrue(message.contains("the first contact (5 January 2026"), message);
    assertTrue(result.out().contains("\"due\" : \"2026-01-19\""), result.out());
  }

  @Test
  @DisplayName("report - reads standard input; --lang da explains in Danish; --format text prints a table")
  void reportFromStdinInDanishAsText() {
    CliRun result = runWithInput(CONTRACT_EXAMPLE, "report", "-", "--lang", "da", "--format", "text");
    assertEquals(0, result.code(), result.err());
    List<String> lines = result.out().lines().toList();
    assertEquals("Odsherred Kommune, opgjort pr. 1. marts 2026", lines.get(0));
    assertTrue(lines.stream().anyMatch(l -> l.matches("Forløb +Frist +Regel og hjemmel +Fra +Senest +Sket +Status")),
        result.out());
    assertTrue(lines.stream().anyMatch(l -> l.matches("1 +Behandlingsgaranti +NAT-G1 +05\\.01\\.2026 +19\\.01\\.2026 "
        + "+20\\.01\\.2026 +Overskredet")), result.out());
    assertTrue(lines.stream().anyMatch(l -> l.trim().equals("SEL § 101, stk. 4")), "the legal basis under the rule: " + result.out());
    assertTrue(result.out().contains("Behandlingen skal iværksættes senest 14 dage efter henvendelsen den 5. januar 2026"),
        result.out());
    assertTrue(result.out().contains("Bemærkninger\n- ODS-G2: Odsherred Kommunes kvalitetsstandard"), result.out());
    assertTrue(lines.stream().allMatch(l -> l.length() <= 100), result.out());
  }

  /** A case file with four problems, one of them a CPR number on an anonymous case. */
  private static final String BAD_CASE = """
        {"municipality": "odsherred", "asOf": "2026-03-01", "track": "ANONYMOUS_DRUG",
         "citizen": {"age": -1, "cpr": "0101901234"},
         "events": [{"type": "TREATMENT_START", "date": "2026-01-20", "offer": "OUTPATIENT"},
                    {"type": "CONTACT", "date": "2026-02-31", "channel": "PHONE"}]}""";

  @Test
  @DisplayName("report on a bad case file: exit 1, every problem with its path on standard error, nothing on standard output, no CPR")
  void reportBadInput() {
    CliRun result = runWithInput(BAD_CASE, "report", "-");
    assertEquals(1, result.code());
    assertEquals("", result.out());
    assertTrue(result.err().startsWith("4 problems in the case file:"), result.err());
    assertTrue(result.err().contains("citizen.age: an age cannot be negative: -1"), result.err());
    assertTrue(result.err().contains("citizen.cpr: an anonymous case (SEL § 101 a) must not identify the citizen"), result.err());
    assertTrue(result.err().contains("events[0]: a TREATMENT_START on 2026-01-20 cannot come before any CONTACT"), result.err());
    assertTrue(result.err().contains("events[1].date: '2026-02-31' is not a date"), result.err());
    assertTrue(!result.err().contains("0101901234"), result.err());
  }

  @Test
  @DisplayName("report --lang da on a bad case file: the same problems on standard error, in Danish")
  void reportBadInputInDanish() {
    CliRun result = runWithInput(BAD_CASE, "report", "-", "--lang", "da");
    assertEquals(1, result.code());
    assertEquals("", result.out());
    assertTrue(result.err().startsWith("4 fejl i sagsfilen:"), result.err());
    assertTrue(result.err().contains("citizen.age: en alder kan ikke være negativ: -1"), result.err());
    assertTrue(result.err().contains("citizen.cpr: en anonym sag (SEL § 101 a) må ikke identificere borgeren"), result.err());
    assertTrue(result.err().contains("events[0]: en TREATMENT_START-hændelse den 2026-01-20 kræver en CONTACT-hændelse samme dag eller før"), result.err());
    assertTrue(result.err().contains("events[1].date: '2026-02-31' er ikke en dato"), result.err());
    assertTrue(!result.err().contains("0101901234"), result.err());
  }

  @Test
  @DisplayName("report on a missing file or with an unknown language: exit 2 and a message")
  void reportUsageErrors() {
    CliRun missing = run("report", "/no/such/case.json");
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("no such file: /no/such/case.json"), missing.err());
    CliRun language = runWithInput(CONTRACT_EXAMPLE, "report", "-", "--lang", "de");
    assertEquals(2, language.code());
    assertEquals("", language.out());
  }

  @Test
  @DisplayName("assess: the question contract's four examples (RAN-F1, GEN-O3, RIN-E2, RAN-K2)")
  void assessContractExamples() {
    CliRun freeChoice = run("assess", "questions/randers-free-choice.json");
    assertEquals(0, freeChoice.code(), freeChoice.err());
    assertTrue(freeChoice.out().contains("\"outcome\" : \"ALLOWED\""), freeChoice.out());
    assertTrue(freeChoice.out().contains("\"guaranteeWaived\" : true"), freeChoice.out());

    CliRun screening = run("assess", "questions/gentofte-screening.json");
    assertEquals(0, screening.code(), screening.err());
    assertTrue(screening.out().contains("\"eligibility\" : \"NEEDS_ASSESSMENT\""), screening.out());
    assertTrue(!screening.out().contains("\"ELIGIBLE\""), screening.out());

    CliRun fees = run("assess", "questions/ringsted-fees.json");
    assertEquals(0, fees.code(), fees.err());
    assertTrue(fees.out().contains("\"free\" : false"), fees.out());
    assertTrue(fees.out().contains("\"amountDkk\" : null"), fees.out());

    CliRun giftCards = run("assess", "questions/randers-gift-cards.json");
    assertEquals(0, giftCards.code(), giftCards.err());
    assertTrue(giftCards.out().contains("\"scheme\" : \"move-gift-cards\""), giftCards.out());
    assertTrue(giftCards.out().contains("\"cards\" : 0"), giftCards.out());
    assertTrue(giftCards.out().contains("\"deductibleFromBenefits\" : false"), giftCards.out());
  }

  @Test
  @DisplayName("assess on a bad question: exit 1, every problem on standard error, nothing on standard output")
  void assessBadQuestion() {
    CliRun result = runWithInput("""
        {"question": "GIFT_CARDS", "municipality": "jammerbugt", "asOf": "2026-03-01", "track": "SOCIAL_DRUG",
         "offer": "MOVE", "citizen": {"age": 30}, "sessions": [{"date": "2026-04-01", "attendance": "ATTENDED"}]}""",
        "assess", "-");
    assertEquals(1, result.code());
    assertEquals("", result.out());
    assertTrue(result.err().startsWith("2 problems in the question:"), result.err());
    assertTrue(result.err().contains("citizen.age: Jammerbugt's gift cards (JAM-O5) are for ages 15-25"), result.err());
    assertTrue(result.err().contains("sessions[0].date: 2026-04-01 lies after asOf 2026-03-01"), result.err());
  }

  @Test
  @DisplayName("compare on the contract's example from standard input: the line of Odsherred's own text is marked, the"
      + " guarantee the law gives all five alike is not, and the findings name ODS-G2 and Jammerbugt's expired standard")
  void compareCase() {
    CliRun result = runWithInput(CONTRACT_EXAMPLE, "compare", "-");
    assertEquals(0, result.code(), result.err());
    List<String> lines = result.out().lines().toList();
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("≠ Treatment guarantee ") && l.contains("*22 Jan 2026")), result.out());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("  Treatment guarantee ") && l.contains("19 Jan 2026")), result.out());
    assertTrue(result.out().contains("- ODS-G2: "), result.out());
    assertTrue(result.out().contains("- NAT-Q2: "), result.out());
  }

  @Test
  @DisplayName("compare --standards compares validity, guarantee, follow-up, offers, anonymous criteria, fees, gift cards"
      + " and complaints")
  void compareStandards() {
    CliRun result = run("compare", "--standards", "--date", "2026-11-23");
    assertEquals(0, result.code(), result.err());
    for (String row : List.of("Adoption", "Validity", "Counted from", "After treatment ends", "Gift cards", "Age limits",
        "Criteria", "Findings", "14 of 15")) {
      assertTrue(result.out().contains(row), row + " in\n" + result.out());
    }
    assertEquals(2, run("compare").code(), "either a case file or --standards");
  }

  @Test
  @DisplayName("check lists, for all five, the checklist coverage and the findings; --json parses")
  void checkAll() throws Exception {
    CliRun text = run("check", "--date", "2026-11-23");
    assertEquals(0, text.code(), text.err());
    for (String finding : List.of("ODS-G2 below NAT-G1", "ODS-U2 below NAT-U1", "GEN-M1 below NAT-Q2", "RAN-M1 below NAT-Q2",
        "JAM-M1 below NAT-Q2", "RIN-M1 below NAT-Q2", "ODS-G1 below NAT-G1", "JAM-G1 below NAT-G1", "JAM-D1 below NAT-U1",
        "GEN-O3 below NAT-A1", "RAN-O4 below NAT-A1", "RIN-O4 below NAT-A1", "JAM-C3 below NAT-C3")) {
      assertTrue(text.out().contains(finding), finding);
    }
    CliRun json = run("check", "odsherred", "--json", "--date", "2026-11-23");
    assertEquals(0, json.code(), json.err());
    dk.kvalitetsstandard.conformance.StandardCheck check =
        Json.mapper().readValue(json.out(), dk.kvalitetsstandard.conformance.StandardCheck.class);
    assertEquals(12, check.covered());
    assertEquals("odsherred", check.municipality());
  }

  @Test
  @DisplayName("ODS-G2 NAT-Q1 check --lang da: the checklist and the findings in Danish, within 100 columns")
  void checkInDanish() {
    CliRun text = run("check", "odsherred", "--date", "2026-11-23", "--lang", "da");
    assertEquals(0, text.code(), text.err());
    assertTrue(text.out().contains("Krævet indhold (BEK nr. 1477 af 17/12/2019 § 4, NAT-Q1): 12 af 15"), text.out());
    assertTrue(text.out().contains("ODS-G2 under NAT-G1 (fristen starter senere): Kvalitetsstandarden regner de 14 dage fra"),
        text.out());
    assertTrue(text.out().contains("den 30.\n      august 2026") || text.out().contains("den 30. august 2026"), text.out());
    assertTrue(text.out().lines().allMatch(l -> l.length() <= 100), text.out());
    CliRun json = run("check", "odsherred", "--date", "2026-11-23", "--lang", "da", "--format", "json");
    assertEquals(0, json.code(), json.err());
    dk.kvalitetsstandard.conformance.StandardCheck check =
        Json.mapper().readValue(json.out(), dk.kvalitetsstandard.conformance.StandardCheck.class);
    assertTrue(check.findings().get(0).message().startsWith("Kvalitetsstandarden regner"), check.findings().get(0).message());
  }

  @Test
  @DisplayName("RAN-F1 NAT-F3 assess --format text: the free-choice answer as a person reads it, in Danish")
  void assessAsText() {
    CliRun result = run("assess", "questions/randers-free-choice.json", "--lang", "da", "--format", "text");
    assertEquals(0, result.code(), result.err());
    List<String> lines = result.out().lines().toList();
    assertEquals("Frit valg, Randers Kommune (SEL § 101, stk. 5)", lines.get(0));
    assertEquals("Svar: Valget kan imødekommes (RAN-F1)", lines.get(1));
    assertEquals("Behandlingsgarantien fraviges: ja", lines.get(2));
    assertTrue(lines.stream().anyMatch(l -> l.matches("NAT-F2 +ja +Borgeren blev visiteret til ambulant behandling den "
        + "10\\. februar 2026\\.")), result.out());
    assertTrue(result.out().contains("Åbne spørgsmål til sagsbehandleren\n- NAT-F3: Kommunen kan begrænse valget"),
        result.out());
    CliRun english = run("assess", "questions/randers-free-choice.json", "--format", "text");
    assertTrue(english.out().startsWith("Free choice, Randers Kommune (SEL § 101, stk. 5)\nAnswer: The choice can be allowed (RAN-F1)"),
        english.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"list", "show", "report", "assess", "check", "compare", "demo"})
  @DisplayName("Every command has --help")
  void helpOnEveryCommand(String command) {
    CliRun result = run(command, "--help");
    assertEquals(0, result.code(), result.err());
    assertTrue(result.out().startsWith("Usage: standards-cli " + command), result.out());
  }
}
