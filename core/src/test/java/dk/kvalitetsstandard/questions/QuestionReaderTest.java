package dk.kvalitetsstandard.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.kvalitetsstandard.cases.InvalidCaseException;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.problem.Problem;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.SampleStandards;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Reading questions: the four kinds, and every problem at once with its JSON path. */
class QuestionReaderTest {

  private final StandardRegistry registry = StandardRegistry.of(List.of(SampleStandards::complete));
  private final QuestionReader reader = QuestionReader.with(registry);

  private List<String> problems(String json) {
    InvalidCaseException e = assertThrows(InvalidCaseException.class, () -> reader.read(json));
    return e.problems().stream().map(Problem::toString).toList();
  }

  @Test
  @DisplayName("A free-choice question reads into the Java model, with 'public' as isPublic")
  void freeChoice() {
    Question q = reader.read("""
        {"question": "FREE_CHOICE", "municipality": "testrup", "asOf": "2026-03-01", "track": "SOCIAL_DRUG",
         "visited": {"offer": "OUTPATIENT", "date": "2026-02-10"},
         "chosen": {"offer": "outpatient", "onTilbudsportalen": true, "public": false}, "medicine": null}""");
    assertEquals(FreeChoiceQuestion.builder().municipality("testrup").asOf(LocalDate.of(2026, 3, 1)).track(Track.SOCIAL_DRUG)
        .visited(FreeChoiceQuestion.Visited.of("OUTPATIENT", LocalDate.of(2026, 2, 10)))
        .chosen(FreeChoiceQuestion.Chosen.of("outpatient", true, false)).build(), q);
  }

  @Test
  @DisplayName("Every problem of a gift-card question is named with its path")
  void giftCardProblems() {
    assertEquals(List.of(
        "colour: unknown field 'colour'",
        "medicine: a GIFT_CARDS question takes no 'medicine'",
        "sessions[0].attendance: 'LATE' is not one of ATTENDED, NO_SHOW, CANCELLED_WITH_NOTICE",
        "sessions[1].date: '2026-02-30' is not a date of the form YYYY-MM-DD that exists in the calendar"),
        problems("""
            {"question": "GIFT_CARDS", "municipality": "testrup", "asOf": "2026-03-01", "track": "SOCIAL_DRUG",
             "offer": "MOVE", "colour": "red", "medicine": "METHADONE", "citizen": {"age": 20},
             "sessions": [{"date": "2026-01-05", "attendance": "LATE"}, {"date": "2026-02-30", "attendance": "ATTENDED"}]}"""));
  }

  @Test
  @DisplayName("Checks against the standard: the scheme's ages, dates after asOf, unknown offers and tracks")
  void semanticProblems() {
    assertEquals(List.of(
        "citizen.age: Testrup's gift cards (TST-K1) are for ages 15-25; a citizen aged 30 is outside the scheme",
        "sessions[0].date: 2026-04-01 lies after asOf 2026-03-01"),
        problems("""
            {"question": "GIFT_CARDS", "municipality": "testrup", "asOf": "2026-03-01", "track": "SOCIAL_DRUG",
             "offer": "MOVE", "citizen": {"age": 30}, "sessions": [{"date": "2026-04-01", "attendance": "ATTENDED"}]}"""));
    assertEquals(List.of(
        "chosen.offer: 'sauna' is neither an offer kind (COUNSELLING, OUTPATIENT, DAY, RESIDENTIAL, ANONYMOUS_OUTPATIENT, "
            + "SUBSTITUTION, MOVE) nor an offer of Testrup's standard (outpatient, anonymous)",
        "track: Testrup's standard does not cover the track ALCOHOL; it covers SOCIAL_DRUG, ANONYMOUS_DRUG"),
        problems("""
            {"question": "FREE_CHOICE", "municipality": "testrup", "asOf": "2026-03-01", "track": "ALCOHOL",
             "chosen": {"offer": "sauna"}}"""));
  }

  @Test
  @DisplayName("An unknown question and missing fields")
  void unknownQuestionAndMissingFields() {
    assertEquals(List.of("asOf: is required", "question: 'PRICE' is not one of FREE_CHOICE, SCREENING, FEES, GIFT_CARDS"),
        problems("{\"question\": \"PRICE\", \"municipality\": \"testrup\", \"track\": \"SOCIAL_DRUG\"}"));
    assertEquals(List.of("offer: is required"),
        problems("{\"question\": \"FEES\", \"municipality\": \"testrup\", \"asOf\": \"2026-03-01\", \"track\": \"SOCIAL_DRUG\"}"));
  }

  @Test
  @DisplayName("The Java API checks a question as the reader does")
  void javaApiChecksToo() {
    GiftCardsQuestion tooOld = GiftCardsQuestion.builder().municipality("testrup").asOf(LocalDate.of(2026, 3, 1))
        .track(Track.SOCIAL_DRUG).offer("MOVE").citizen(Profile.builder().age(40).build()).build();
    InvalidCaseException e = assertThrows(InvalidCaseException.class,
        () -> Assessor.of(registry).giftCards(tooOld, Locale.ENGLISH));
    assertEquals("1 problem in the question:\n  citizen.age: Testrup's gift cards (TST-K1) are for ages 15-25; "
        + "a citizen aged 40 is outside the scheme", e.getMessage());
  }
}
