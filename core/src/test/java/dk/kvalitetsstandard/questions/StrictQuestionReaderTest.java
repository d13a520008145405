package dk.kvalitetsstandard.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.kvalitetsstandard.cases.InvalidCaseException;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.problem.Problem;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.FeeItem;
import dk.kvalitetsstandard.standard.SampleStandards;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Questions are read as strictly as case files: nulls, huge numbers, dates and duplicate keys. */
class StrictQuestionReaderTest {

  private static final Pattern CPR_LIKE = Pattern.compile("[0-9]{6}-?[0-9]{4}");

  private final StandardRegistry registry = StandardRegistry.of(List.of(SampleStandards::complete));
  private final QuestionReader reader = QuestionReader.with(registry);

  private List<String> problems(String json) {
    InvalidCaseException e = assertThrows(InvalidCaseException.class, () -> reader.read(json));
    assertFalse(CPR_LIKE.matcher(e.getMessage()).find(), e.getMessage());
    assertFalse(e.getMessage().contains("Exception") || e.getMessage().contains("java."), e.getMessage());
    return e.problems().stream().map(Problem::toString).toList();
  }

  private static String fees(String figures) {
    return """
        {"question": "FEES", "municipality": "testrup", "asOf": "2026-03-01", "track": "SOCIAL_DRUG",
         "offer": "RESIDENTIAL", "figures": %s}""".formatted(figures);
  }

  @Test
  @DisplayName("null as an amount in figures is a problem named by its path, not a null-pointer failure")
  void nullFigure() {
    assertEquals(List.of("figures.TREATMENT: expected a number, found null"), problems(fees("{\"TREATMENT\": null}")));
  }

  @Test
  @DisplayName("Huge exponents, huge amounts, amounts finer than øre and unknown items in figures")
  void hugeAndOddFigures() {
    assertEquals(List.of(
        "figures.BOARD: 1e999999999 is too large or too precise a number",
        "figures.LODGING: 1e-999999999 is too large or too precise a number",
        "figures.TRANSPORT2: 'TRANSPORT2' is not one of TREATMENT, BOARD, LODGING, MEDICINE_OUTSIDE_TREATMENT, TRANSPORT"),
        problems(fees("{\"BOARD\": 1e999999999, \"LODGING\": 1e-999999999, \"TRANSPORT2\": 5}")));
    assertEquals(List.of(
        "figures.BOARD: an amount must be below DKK 1,000,000,000: 5E+9",
        "figures.LODGING: an amount in DKK has at most two decimals (øre): 0.001"),
        problems(fees("{\"BOARD\": 5e9, \"LODGING\": 0.001, \"TREATMENT\": 12.50}")));
  }

  @Test
  @DisplayName("A case file given where a question is expected is named as such, not as 'unknown field events'")
  void caseFileIsNotAQuestion() {
    assertEquals(List.of("(document): the document has 'events' and no 'question': it is a case file, not a question"),
        problems("""
            {"municipality": "odsherred", "asOf": "2026-03-01", "track": "SOCIAL_DRUG",
             "events": [{"type": "CONTACT", "date": "2026-01-05", "channel": "PHONE"}]}"""));
  }

  @Test
  @DisplayName("Duplicate keys, whole numbers, dates as arrays and out of range, in a question too")
  void strictAsCaseFiles() {
    assertEquals(List.of(
        "asOf: '2200-01-01' is outside the dates the library handles, 1900-01-01 to 2199-12-31",
        "sessions[0].date: '1899-12-31' is outside the dates the library handles, 1900-01-01 to 2199-12-31"),
        problems("""
            {"question": "GIFT_CARDS", "municipality": "testrup", "asOf": "2200-01-01", "track": "SOCIAL_DRUG",
             "offer": "MOVE", "citizen": {"age": 20}, "sessions": [{"date": "1899-12-31", "attendance": "ATTENDED"}]}"""));
    assertEquals(List.of(
        "citizen.age: 19.5 is not a whole number; write it without a fraction or an exponent",
        "question: the key 'question' is given more than once; a key may appear only once",
        "sessions[0].date: expected a date (a string of the form YYYY-MM-DD), found an array",
        "sessions[1]: expected an object, found an array"),
        problems("""
            {"question": "GIFT_CARDS", "municipality": "testrup", "asOf": "2026-03-01", "track": "SOCIAL_DRUG",
             "question": "FEES", "offer": "MOVE", "citizen": {"age": 19.5},
             "sessions": [{"date": [2026, 1, 5], "attendance": "ATTENDED"}, [[{"date": "2026-01-05"}]]]}"""));
  }

  @Test
  @DisplayName("The Java API refuses the same amounts and dates before computing with them")
  void javaApiChecksAmountsAndDates() {
    FeesQuestion huge = FeesQuestion.builder().municipality("testrup").asOf(LocalDate.MAX).track(Track.SOCIAL_DRUG)
        .offer("RESIDENTIAL").figures(Map.of(FeeItem.LODGING, new BigDecimal("1E+999999999"))).build();
    InvalidCaseException e = assertThrows(InvalidCaseException.class,
        () -> Assessor.of(registry).fees(huge, Locale.ENGLISH));
    assertEquals(List.of(
        "asOf: '+999999999-12-31' is outside the dates the library handles, 1900-01-01 to 2199-12-31",
        "figures.LODGING: an amount must be below DKK 1,000,000,000: 1E+999999999"),
        e.problems().stream().map(Problem::toString).toList());
  }
}
