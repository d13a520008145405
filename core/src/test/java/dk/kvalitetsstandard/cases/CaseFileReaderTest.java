package dk.kvalitetsstandard.cases;

import dk.kvalitetsstandard.problem.Problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.law.ContactChannel;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.SampleStandards;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Reading case files: every problem at once, with its JSON path, and never a CPR number. */
class CaseFileReaderTest {

  private static final String CPR = "0101901234";
  private final CaseFileReader reader = CaseFileReader.with(StandardRegistry.of(List.of(SampleStandards::complete)));

  private List<String> problems(String json) {
    InvalidCaseException e = assertThrows(InvalidCaseException.class, () -> reader.read(json));
    assertFalse(e.getMessage().contains(CPR), e.getMessage());
    assertFalse(e.getMessage().contains("010190-1234"), e.getMessage());
    return e.problems().stream().map(Problem::toString).toList();
  }

  @Test
  @DisplayName("A valid case file reads into the Java model")
  void valid() {
    CaseFile read = reader.read("""
        {"municipality": "0999", "asOf": "2026-03-01", "track": "SOCIAL_DRUG",
         "citizen": {"age": 34, "cpr": "%s"},
         "events": [{"type": "TREATMENT_START", "date": "2026-01-20", "offer": "outpatient"},
                    {"type": "CONTACT", "date": "2026-01-05", "channel": "PHONE"}]}""".formatted(CPR));
    assertEquals(Track.SOCIAL_DRUG, read.track());
    assertEquals(CaseEvent.contact(LocalDate.of(2026, 1, 5), ContactChannel.PHONE), read.chronological().get(0));
    assertEquals(CPR, read.citizen().cpr().orElseThrow().digits());
    assertFalse(read.toString().contains(CPR), read.toString());
    assertFalse(read.citizen().toString().contains(CPR));
  }

  @Test
  @DisplayName("Malformed and impossible dates, unknown fields and values are all reported with their paths")
  void everyProblemWithItsPath() {
    assertEquals(List.of(
        "asOf: '2026-02-30' is not a date of the form YYYY-MM-DD that exists in the calendar",
        "citizen.age: an age cannot be negative: -3",
        "colour: unknown field 'colour'",
        "events[0].date: '5/1/2026' is not a date of the form YYYY-MM-DD that exists in the calendar",
        "events[1].channel: 'FAX' is not one of IN_PERSON, PHONE, DIGITAL, VIA_PROVIDER",
        "events[2].chanel: unknown field 'chanel'",
        "events[2].channel: a CONTACT event needs 'channel'",
        "municipality: no quality standard is known for 'aarhus'; known: testrup (0999)"),
        problems("""
            {"municipality": "aarhus", "asOf": "2026-02-30", "track": "SOCIAL_DRUG", "colour": "red",
             "citizen": {"age": -3},
             "events": [{"type": "CONTACT", "date": "5/1/2026", "channel": "PHONE"},
                        {"type": "CONTACT", "date": "2026-01-06", "channel": "FAX"},
                        {"type": "CONTACT", "date": "2026-01-07", "chanel": "PHONE"}]}"""));
  }

  @Test
  @DisplayName("NAT-A6 an anonymous case with a CPR number or a name is refused, naming SEL § 101 a, never the number")
  void anonymousCaseWithIdentifier() {
    assertEquals(List.of(
        "citizen.cpr: an anonymous case (SEL § 101 a) must not identify the citizen (NAT-A6): remove the CPR number",
        "citizen.name: an anonymous case (SEL § 101 a) must not identify the citizen (NAT-A6): remove the name"),
        problems("""
            {"municipality": "testrup", "asOf": "2026-03-01", "track": "ANONYMOUS_DRUG",
             "citizen": {"cpr": "%s", "name": "Jens Hansen"}, "events": []}""".formatted(CPR)));
  }

  @Test
  @DisplayName("A malformed CPR number is refused without being repeated")
  void malformedCpr() {
    assertEquals(List.of("citizen.cpr: a CPR number must be ten digits (the value is not repeated here)"),
        problems("""
            {"municipality": "testrup", "asOf": "2026-03-01", "track": "SOCIAL_DRUG",
             "citizen": {"cpr": "%s9"}, "events": []}""".formatted(CPR)));
  }

  @Test
  @DisplayName("Events that cannot come in that order, events after asOf, and a track the standard does not cover")
  void impossibleOrderAndTrack() {
    assertEquals(List.of(
        "events[0]: a TREATMENT_START on 2026-01-02 cannot come before any CONTACT",
        "events[1].date: the event on 2026-04-01 lies after asOf 2026-03-01; a report describes only what has happened",
        "events[2]: a RECONSIDERED on 2026-01-03 cannot come before any COMPLAINT",
        "track: Testrup's standard does not cover the track ALCOHOL (SUL § 141); it covers SOCIAL_DRUG, ANONYMOUS_DRUG"),
        problems("""
            {"municipality": "testrup", "asOf": "2026-03-01", "track": "ALCOHOL",
             "events": [{"type": "TREATMENT_START", "date": "2026-01-02", "offer": "OUTPATIENT"},
                        {"type": "CONTACT", "date": "2026-04-01", "channel": "PHONE"},
                        {"type": "RECONSIDERED", "date": "2026-01-03"}]}"""));
  }

  @Test
  @DisplayName("Missing required fields and fields an event type does not take")
  void requiredAndForeignFields() {
    assertEquals(List.of(
        "asOf: is required",
        "events[0].offer: a CONTACT event takes no 'offer'",
        "events[1].date: is required",
        "events[2].offer: 'sauna' is neither an offer kind (COUNSELLING, OUTPATIENT, DAY, RESIDENTIAL, "
            + "ANONYMOUS_OUTPATIENT, SUBSTITUTION, MOVE) nor an offer of Testrup's standard (outpatient, anonymous)"),
        problems("""
            {"municipality": "testrup", "track": "SOCIAL_DRUG",
             "events": [{"type": "CONTACT", "date": "2026-01-01", "channel": "PHONE", "offer": "DAY"},
                        {"type": "FREE_CHOICE"},
                        {"type": "TREATMENT_START", "date": "2026-01-05", "offer": "sauna"}]}"""));
  }

  @Test
  @DisplayName("Malformed JSON is one problem with its line and column")
  void malformedJson() {
    List<String> problems = problems("{\"municipality\": \"testrup\",\n \"asOf\": }");
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).startsWith("(document): malformed JSON at line 2, column"), problems.get(0));
  }

  @Test
  @DisplayName("A wrong JSON type is reported, not thrown")
  void wrongTypes() {
    assertEquals(List.of("citizen.age: 'old' is not a whole number", "events: expected an array, found an object"),
        problems("""
            {"municipality": "testrup", "asOf": "2026-03-01", "track": "SOCIAL_DRUG",
             "citizen": {"age": "old"}, "events": {}}"""));
  }
}
