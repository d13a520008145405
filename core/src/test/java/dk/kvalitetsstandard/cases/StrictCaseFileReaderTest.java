package dk.kvalitetsstandard.cases;

import dk.kvalitetsstandard.problem.Problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.SampleStandards;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The strict reader: nothing in a case file is silently reinterpreted, every problem is named with
 * its path, and no message shows a CPR-like value or the name of a Java type, whatever the input.
 */
class StrictCaseFileReaderTest {

  private static final Pattern CPR_LIKE = Pattern.compile("[0-9]{6}-?[0-9]{4}");
  private static final List<String> JAVA_NAMES = List.of("Exception", "java.", "tools.jackson", "com.fasterxml",
      "dk.kvalitetsstandard", "Immutable", "LocalDate", "Integer", "BigDecimal", "$");

  private final CaseFileReader reader = CaseFileReader.with(StandardRegistry.of(List.of(SampleStandards::complete)));

  /** The problems of {@code json}, each as {@code path: message}, checked for leaks first. */
  private List<String> problems(String json) {
    InvalidCaseException e = assertThrows(InvalidCaseException.class, () -> reader.read(json));
    assertFalse(CPR_LIKE.matcher(e.getMessage()).find(), e.getMessage());
    for (String name : JAVA_NAMES) {
      assertFalse(e.getMessage().contains(name), name + " in " + e.getMessage());
    }
    return e.problems().stream().map(Problem::toString).toList();
  }

  private static String caseWith(String citizen, String events) {
    return """
        {"municipality": "testrup", "asOf": "2026-03-01", "track": "SOCIAL_DRUG", "citizen": %s, "events": %s}"""
        .formatted(citizen, events);
  }

  private static final String CONTACT = "{\"type\": \"CONTACT\", \"date\": \"2026-01-05\", \"channel\": \"PHONE\"}";

  @Test
  @DisplayName("A key given twice is an error, not the last one winning: an anonymous case with \"cpr\" then null is refused")
  void duplicateKeys() {
    List<String> problems = problems("""
        {"municipality": "testrup", "asOf": "2026-03-01", "track": "ANONYMOUS_DRUG",
         "citizen": {"cpr": "0101901234", "cpr": null}, "events": [], "track": "SOCIAL_DRUG"}""");
    assertTrue(problems.contains("citizen.cpr: the key 'cpr' is given more than once; a key may appear only once"),
        problems.toString());
    assertTrue(problems.contains("track: the key 'track' is given more than once; a key may appear only once"),
        problems.toString());
  }

  @Test
  @DisplayName("A whole number given as 17.99, 17.0, 1.7e1 or \"17\" is an error, not read as 17 (which makes a minor)")
  void wholeNumbers() {
    assertEquals(List.of("citizen.age: 17.99 is not a whole number; write it without a fraction or an exponent"),
        problems(caseWith("{\"age\": 17.99}", "[]")));
    assertEquals(List.of("citizen.age: 17.0 is not a whole number; write it without a fraction or an exponent"),
        problems(caseWith("{\"age\": 17.0}", "[]")));
    assertEquals(List.of("citizen.age: 1.7e1 is not a whole number; write it without a fraction or an exponent"),
        problems(caseWith("{\"age\": 1.7e1}", "[]")));
    assertEquals(List.of("citizen.age: '17' is not a whole number; write it without quotes"),
        problems(caseWith("{\"age\": \"17\"}", "[]")));
    // Twenty digits hold two CPR-like runs, so even a number this long is shown masked.
    assertEquals(List.of("citizen.age: ******************** is too large for a whole number here"),
        problems(caseWith("{\"age\": 99999999999999999999}", "[]")));
    assertEquals(List.of("citizen.age: 1e999999999 is not a whole number; write it without a fraction or an exponent"),
        problems(caseWith("{\"age\": 1e999999999}", "[]")));
    assertEquals(17, reader.read(caseWith("{\"age\": 17}", "[]")).citizen().age().orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"[2026, 1, 5]", "20260105", "{\"year\": 2026}", "true"})
  @DisplayName("A date given as an array, a number, an object or a boolean is an error")
  void datesOnlyAsStrings(String date) {
    assertEquals(List.of("events[0].date: expected a date (a string of the form YYYY-MM-DD), found "
            + (date.startsWith("[") ? "an array" : date.startsWith("{") ? "an object" : date.equals("true") ? "a boolean" : "a number")),
        problems(caseWith("{}", "[{\"type\": \"CONTACT\", \"date\": " + date + ", \"channel\": \"PHONE\"}]")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"+999999999-01-05", "-0001-01-05", "2026-1-5", "2026-01-05T10:00", "2026-02-30", "20260105"})
  @DisplayName("A date string that is not ISO YYYY-MM-DD naming a day of the calendar is an error")
  void datesOnlyIso(String date) {
    assertEquals(List.of("events[0].date: '" + date + "' is not a date of the form YYYY-MM-DD that exists in the calendar"),
        problems(caseWith("{}", "[{\"type\": \"CONTACT\", \"date\": \"" + date + "\", \"channel\": \"PHONE\"}]")));
  }

  @Test
  @DisplayName("Dates before 1900-01-01 or after 2199-12-31 are errors, in asOf as in events")
  void datesInRange() {
    assertEquals(List.of(
        "asOf: '2200-01-01' is outside the dates the library handles, 1900-01-01 to 2199-12-31",
        "events[0].date: '1899-12-31' is outside the dates the library handles, 1900-01-01 to 2199-12-31"),
        problems("""
            {"municipality": "testrup", "asOf": "2200-01-01", "track": "SOCIAL_DRUG",
             "events": [{"type": "CONTACT", "date": "1899-12-31", "channel": "PHONE"}]}"""));
    CaseFile edges = reader.read("""
        {"municipality": "testrup", "asOf": "2199-12-31", "track": "SOCIAL_DRUG",
         "events": [{"type": "CONTACT", "date": "1900-01-01", "channel": "PHONE"}]}""");
    assertEquals(1, edges.events().size());
  }

  @Test
  @DisplayName("Identical events out of order are each named by their own index")
  void identicalEvents() {
    String start = "{\"type\": \"TREATMENT_START\", \"date\": \"2026-01-02\", \"offer\": \"OUTPATIENT\"}";
    assertEquals(List.of(
        "events[0]: a TREATMENT_START on 2026-01-02 cannot come before any CONTACT",
        "events[1]: a TREATMENT_START on 2026-01-02 cannot come before any CONTACT",
        "events[3]: a TREATMENT_START on 2026-01-02 cannot come before any CONTACT"),
        problems(caseWith("{}", "[" + start + ", " + start + ", " + CONTACT + ", " + start + "]")));
  }

  @Test
  @DisplayName("A CPR-like value is masked in values, in unknown keys and inside paths; an all-digit key never reads as an index")
  void cprMaskedEverywhere() {
    List<String> problems = problems("""
        {"municipality": "0102031234", "asOf": "2026-03-01", "track": "SOCIAL_DRUG", "1102031234": 1,
         "citizen": {"010203-1234": true, "age": "x0102031234"},
         "events": [{"type": "CONTACT", "date": "2026-01-05", "channel": "010203-1234", "2102031234": {"a": 1}}]}""");
    assertEquals(List.of(
        "[\"**********\"]: unknown field '**********'",
        "citizen.age: 'x**********' is not a whole number",
        "citizen[\"**********\"]: unknown field '**********'",
        "events[0].channel: '**********' is not one of IN_PERSON, PHONE, DIGITAL, VIA_PROVIDER",
        "events[0][\"**********\"]: unknown field '**********'",
        "municipality: no quality standard is known for '**********'; known: testrup (0999)"), problems);
  }

  @Test
  @DisplayName("A CPR given as a number or inside a longer run of digits is not shown either")
  void cprInNumbersAndLongRuns() {
    assertEquals(List.of("citizen.cpr: expected a string, found a number"),
        problems(caseWith("{\"cpr\": 1102031234}", "[]")));
    List<String> problems = problems(caseWith("{\"age\": 110203123456789}", "[]"));
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("citizen.age: **********"), problems.get(0));
  }

  @Test
  @DisplayName("Nested arrays, nulls and wrong types give plain path-named problems, not Java type names")
  void nestedArraysAndNulls() {
    assertEquals(List.of(
        "citizen.childrenUnder18: 'true' is a string; write true or false without quotes",
        "events[0]: expected an object, found an array",
        "events[1]: expected an object, found null",
        "events[2].type: expected a string, found an array"),
        problems(caseWith("{\"childrenUnder18\": \"true\"}",
            "[[[1, [2]]], null, {\"type\": [[\"CONTACT\"]], \"date\": \"2026-01-05\"}, " + CONTACT + "]")));
  }

  @Test
  @DisplayName("Control characters and long values are shown escaped and cut short")
  void controlCharactersAndLongValues() {
    String longValue = "A".repeat(5000);
    List<String> problems = problems(caseWith("{}",
        "[{\"type\": \"CON\\u0000TACT\\n\", \"date\": \"2026-01-05\", \"channel\": \"" + longValue + "\"}]"));
    assertEquals(List.of(
        "events[0].channel: '" + "A".repeat(60) + "… (5000 characters)' is not one of IN_PERSON, PHONE, DIGITAL, VIA_PROVIDER",
        "events[0].type: 'CON\\u0000TACT\\u000A' is not one of " + String.join(", ",
            java.util.Arrays.stream(EventType.values()).map(Enum::name).toList())), problems);
  }

  @Test
  @DisplayName("An empty document, a document that is not an object, trailing content and truncation get the project's own words")
  void documentLevelProblems() {
    assertEquals(List.of("(document): the document is empty; a case file is a JSON object"), problems(""));
    assertEquals(List.of("(document): the document is empty; a case file is a JSON object"), problems(" \n\t "));
    assertEquals(List.of("(document): a case file is a JSON object, not an array"), problems("[]"));
    assertEquals(List.of("(document): a case file is a JSON object, not null"), problems("null"));
    List<String> trailing = problems(caseWith("{}", "[]") + " {}");
    assertEquals(1, trailing.size());
    assertTrue(trailing.get(0).startsWith("(document): more follows the end of the JSON object at line 1, column"), trailing.get(0));
    assertEquals(List.of("(document): malformed JSON at line 1, column 28: the document ends before the JSON is complete"),
        problems("{\"municipality\": \"testrup\","));
    assertEquals(List.of("(document): malformed JSON at line 1, column 10: unexpected character '}'"),
        problems("{\"asOf\": }"));
  }

  @Test
  @DisplayName("The documented limits: nesting depth, the length of a number, the size of the document")
  void limits() {
    String deep = "[".repeat(100) + "]".repeat(100);
    List<String> nested = problems(caseWith("{}", deep));
    assertEquals(1, nested.size(), nested.toString());
    assertTrue(nested.get(0).startsWith("(document): the document is nested more than 64 levels deep"), nested.get(0));

    List<String> number = problems(caseWith("{\"age\": " + "7".repeat(1500) + "}", "[]"));
    assertTrue(number.get(0).startsWith("(document): a number is longer than 1000 characters"), number.toString());

    String huge = caseWith("{\"name\": \"" + "x".repeat(10_000_001) + "\"}", "[]");
    assertEquals(List.of("(document): the document has " + huge.length() + " characters; the limit is 10000000"),
        problems(huge));
  }

  @Test
  @DisplayName("Every problem of a file at once, each with its path")
  void everyProblemAtOnce() {
    List<String> problems = problems("""
        {"municipality": "testrup", "asOf": [2026, 3, 1], "track": "SOCIAL", "colour": "red", "colour": "blue",
         "citizen": {"age": 17.5, "pregnant": "no"},
         "events": [{"type": "CONTACT", "date": "2026-01-05", "channel": "PHONE", "channel": "DIGITAL"},
                    {"type": "FREE_CHOICE", "date": 5}]}""");
    assertEquals(List.of(
        "asOf: expected a date (a string of the form YYYY-MM-DD), found an array",
        "citizen.age: 17.5 is not a whole number; write it without a fraction or an exponent",
        "citizen.pregnant: expected true or false, found a string",
        "colour: the key 'colour' is given more than once; a key may appear only once",
        "colour: unknown field 'colour'",
        "events[0].channel: the key 'channel' is given more than once; a key may appear only once",
        "events[1].date: expected a date (a string of the form YYYY-MM-DD), found a number",
        "track: 'SOCIAL' is not one of SOCIAL_DRUG, ANONYMOUS_DRUG, MEDICAL_DRUG, ALCOHOL"), problems);
  }

  @Test
  @DisplayName("A file with thousands of problems lists the first thousand and counts the rest")
  void manyProblems() {
    String bad = "{\"type\": \"CONTACT\", \"date\": \"2026-02-30\", \"channel\": \"PHONE\"}";
    InvalidCaseException e = assertThrows(InvalidCaseException.class,
        () -> reader.read(caseWith("{}", "[" + String.join(", ", java.util.Collections.nCopies(1500, bad)) + "]")));
    assertEquals(1500, e.problems().size());
    List<String> lines = e.getMessage().lines().toList();
    assertEquals("1500 problems in the case file:", lines.get(0));
    assertEquals(1 + InvalidCaseException.LISTED + 1, lines.size());
    assertEquals("  events[999].date: '2026-02-30' is not a date of the form YYYY-MM-DD that exists in the calendar",
        lines.get(InvalidCaseException.LISTED));
    assertEquals("  … and 500 more", lines.get(lines.size() - 1));
  }

  @Test
  @DisplayName("A question given where a case file is expected is named as such")
  void questionIsNotACaseFile() {
    assertEquals(List.of("(document): the document has a 'question' and no 'events': it is a question, not a case file"),
        problems("{\"question\": \"FEES\", \"municipality\": \"testrup\", \"asOf\": \"2026-03-01\", \"offer\": \"DAY\"}"));
  }
}
