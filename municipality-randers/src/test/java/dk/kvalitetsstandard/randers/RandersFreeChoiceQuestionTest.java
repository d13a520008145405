package dk.kvalitetsstandard.randers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.cases.InvalidCaseException;
import dk.kvalitetsstandard.cases.Problem;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.questions.Assessor;
import dk.kvalitetsstandard.questions.Check;
import dk.kvalitetsstandard.questions.ChoiceOutcome;
import dk.kvalitetsstandard.questions.FreeChoiceAnswer;
import dk.kvalitetsstandard.questions.FreeChoiceQuestion;
import dk.kvalitetsstandard.questions.FreeChoiceQuestion.Chosen;
import dk.kvalitetsstandard.questions.FreeChoiceQuestion.Visited;
import dk.kvalitetsstandard.questions.Medicine;
import dk.kvalitetsstandard.questions.Note;
import dk.kvalitetsstandard.registry.StandardRegistry;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * FREE_CHOICE questions put to the {@link Assessor} for Randers (QUESTIONS.md; RULES.md NAT-F*,
 * NAT-A2, RAN-F1, RAN-F2). Expected values are worked out by hand from the contract, the rule
 * catalogue and the seed.
 */
class RandersFreeChoiceQuestionTest {

  private static final Assessor ASSESSOR = Assessor.of(StandardRegistry.defaultRegistry());
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);
  private static final LocalDate VISITED_ON = LocalDate.of(2026, 2, 10);
  private static final Locale DA = Locale.forLanguageTag("da");

  private static FreeChoiceQuestion question(Track track, Visited visited, Chosen chosen) {
    var builder = FreeChoiceQuestion.builder().municipality("randers").asOf(AS_OF).track(track).chosen(chosen);
    if (visited != null) {
      builder.visited(visited);
    }
    return builder.build();
  }

  private static FreeChoiceAnswer ask(Visited visited, Chosen chosen) {
    return ASSESSOR.freeChoice(question(Track.SOCIAL_DRUG, visited, chosen), Locale.ENGLISH);
  }

  private static Visited visitedTo(String offer) {
    return Visited.of(offer, VISITED_ON);
  }

  private static List<String> rules(FreeChoiceAnswer answer) {
    return answer.criteria().stream().map(Check::rule).toList();
  }

  private static List<Optional<Boolean>> met(FreeChoiceAnswer answer) {
    return answer.criteria().stream().map(Check::met).toList();
  }

  private static List<String> messages(FreeChoiceAnswer answer) {
    return answer.criteria().stream().map(Check::message).toList();
  }

  private static List<String> openRules(FreeChoiceAnswer answer) {
    return answer.openQuestions().stream().map(Note::rule).toList();
  }

  private static final Optional<Boolean> YES = Optional.of(true);
  private static final Optional<Boolean> NO = Optional.of(false);
  private static final Optional<Boolean> UNKNOWN = Optional.empty();

  // ------------------------------------------------------------------ ALLOWED

  @Test
  @Tag("RAN-F1")
  @Tag("RAN-F2")
  @DisplayName("RAN-F1, RAN-F2, NAT-F1, NAT-F2, NAT-F6, NAT-G2 QUESTIONS.md example: visited to outpatient, a listed private "
      + "outpatient offer is ALLOWED and waives the guarantee")
  void questionsExampleAllowed() {
    FreeChoiceAnswer answer = ask(visitedTo("OUTPATIENT"), Chosen.of("OUTPATIENT", true, false));

    assertEquals("randers", answer.municipality());
    assertEquals(ChoiceOutcome.ALLOWED, answer.outcome());
    assertEquals("RAN-F1", answer.rule());
    assertEquals("SEL § 101, stk. 5", answer.legalBasis());
    assertEquals(List.of("NAT-F2", "NAT-F1", "NAT-F6"), rules(answer));
    assertEquals(List.of(YES, YES, YES), met(answer));
    assertEquals(List.of(
        "The citizen was visited to outpatient treatment on 10 February 2026.",
        "The chosen offer is of the same kind as the visited one (outpatient treatment).",
        "The chosen offer is approved by Socialtilsynet and listed on Tilbudsportalen."), messages(answer));
    assertTrue(answer.guaranteeWaived(), "NAT-G2: a choice that is not refused sets the 14-day guarantee aside");
  }

  @Test
  @Tag("RAN-F1")
  @Tag("RAN-F2")
  @DisplayName("RAN-F1, RAN-F2, NAT-F3 open questions: limiting the choice for the citizen's sake, and whether the "
      + "approved offer is relevant to the planned course")
  void openQuestionsOfAnAllowedChoice() {
    FreeChoiceAnswer answer = ask(visitedTo("OUTPATIENT"), Chosen.of("OUTPATIENT", true, false));

    List<String> open = openRules(answer);
    assertEquals("NAT-F3", open.get(0), "NAT-F3 always comes first");
    assertTrue(open.contains("RAN-F1"), "Randers' own open question: " + open);
    assertTrue(open.stream().allMatch(r -> r.equals("NAT-F3") || r.startsWith("RAN-F")), open.toString());
    assertEquals("The municipality may limit the choice if consideration for the citizen speaks for it.",
        answer.openQuestions().get(0).message());
    Note relevance = answer.openQuestions().stream().filter(n -> n.rule().equals("RAN-F1")).findFirst().orElseThrow();
    assertEquals("Whether the chosen approved offer is relevant to the planned course of treatment.", relevance.message());
    assertTrue(answer.criteria().stream().noneMatch(c -> c.met().isEmpty()),
        "Randers makes no discretionary point a precondition (only Gentofte does, GEN-F1)");
  }

  @Test
  @Tag("RAN-F1")
  @Tag("RAN-F2")
  @DisplayName("RAN-F1, RAN-F2, NAT-F3 the open questions are exactly NAT-F3 and RAN-F1 (README, QUESTIONS.md)")
  void openQuestionsAreNotDuplicated() {
    FreeChoiceAnswer answer = ask(visitedTo("OUTPATIENT"), Chosen.of("OUTPATIENT", true, false));

    assertEquals(List.of("NAT-F3", "RAN-F1"), openRules(answer));
  }

  @Test
  @Tag("RAN-F1")
  @DisplayName("RAN-F1, NAT-F6 a public provider needs no listing on Tilbudsportalen: ALLOWED")
  void publicProviderNeedsNoListing() {
    FreeChoiceAnswer answer = ask(visitedTo("OUTPATIENT"), Chosen.of("OUTPATIENT", false, true));

    assertEquals(ChoiceOutcome.ALLOWED, answer.outcome());
    assertEquals("RAN-F1", answer.rule());
    assertEquals(List.of("NAT-F2", "NAT-F1", "NAT-F6"), rules(answer));
    assertEquals(List.of(YES, YES, YES), met(answer));
    assertEquals("The chosen provider is public and needs no listing.", messages(answer).get(2));
    assertTrue(answer.guaranteeWaived());
    assertEquals("NAT-F3", openRules(answer).get(0));
  }

  @Test
  @Tag("RAN-F1")
  @Tag("RAN-O2")
  @DisplayName("RAN-F1, NAT-F1 offers named by Randers' IDs: visited to family-oriented treatment (an outpatient "
      + "offer), another outpatient offer is of equivalent character: ALLOWED")
  void offerIdsCompareByKind() {
    FreeChoiceAnswer answer = ask(visitedTo("family-oriented"), Chosen.of("outpatient", true, false));

    assertEquals(ChoiceOutcome.ALLOWED, answer.outcome());
    assertEquals(List.of("NAT-F2", "NAT-F1", "NAT-F6"), rules(answer));
    assertEquals(List.of(YES, YES, YES), met(answer));
    assertEquals("The citizen was visited to Familieorienteret rusmiddelbehandling (outpatient treatment) on 10 February 2026.",
        messages(answer).get(0));
    assertEquals("The chosen offer is of the same kind as the visited one (outpatient treatment).", messages(answer).get(1));
    assertTrue(answer.guaranteeWaived());
  }

  @Test
  @Tag("RAN-F1")
  @Tag("RAN-O3")
  @DisplayName("RAN-F1, RAN-O3, NAT-F1 visited to MOVE, another listed MOVE course: ALLOWED")
  void moveToMove() {
    FreeChoiceAnswer answer = ask(visitedTo("move"), Chosen.of("MOVE", true, false));

    assertEquals(ChoiceOutcome.ALLOWED, answer.outcome());
    assertEquals(List.of("NAT-F2", "NAT-F1", "NAT-F6"), rules(answer));
    assertEquals(List.of(YES, YES, YES), met(answer));
    assertEquals("The chosen offer is of the same kind as the visited one (MOVE).", messages(answer).get(1));
    assertTrue(answer.guaranteeWaived());
  }

  // ------------------------------------------------------------------ REFUSED

  @Test
  @Tag("RAN-F2")
  @DisplayName("RAN-F2, NAT-F2 free choice comes after visitation: not visited yet is REFUSED and the guarantee "
      + "is not waived")
  void notVisitedIsRefused() {
    FreeChoiceAnswer answer = ask(null, Chosen.of("OUTPATIENT", true, false));

    assertEquals(ChoiceOutcome.REFUSED, answer.outcome());
    assertEquals("NAT-F2", answer.rule());
    assertEquals("SEL § 101, stk. 5", answer.legalBasis());
    assertEquals(List.of("NAT-F2", "NAT-F6"), rules(answer), "no visitation: nothing to compare the kind with");
    assertEquals(List.of(NO, YES), met(answer));
    assertEquals("The citizen has not been visited yet; free choice comes after the municipality's visitation.",
        messages(answer).get(0));
    assertFalse(answer.guaranteeWaived());
  }

  @Test
  @Tag("RAN-F1")
  @DisplayName("RAN-F1, NAT-F1 visited to outpatient, residential treatment is another kind: REFUSED")
  void outpatientToResidentialIsRefused() {
    FreeChoiceAnswer answer = ask(visitedTo("OUTPATIENT"), Chosen.of("RESIDENTIAL", true, false));

    assertEquals(ChoiceOutcome.REFUSED, answer.outcome());
    assertEquals("NAT-F1", answer.rule());
    assertEquals(List.of("NAT-F2", "NAT-F1", "NAT-F6"), rules(answer));
    assertEquals(List.of(YES, NO, YES), met(answer));
    assertEquals("The chosen offer (residential treatment) is not of the same kind as the visited one "
        + "(outpatient treatment).", messages(answer).get(1));
    assertFalse(answer.guaranteeWaived());
  }

  @Test
  @Tag("RAN-F1")
  @DisplayName("RAN-F1, NAT-F1 visited to outpatient, day treatment is another kind: REFUSED")
  void outpatientToDayIsRefused() {
    FreeChoiceAnswer answer = ask(visitedTo("OUTPATIENT"), Chosen.of("DAY", true, false));

    assertEquals(ChoiceOutcome.REFUSED, answer.outcome());
    assertEquals("NAT-F1", answer.rule());
    assertEquals(List.of(YES, NO, YES), met(answer));
    assertFalse(answer.guaranteeWaived());
  }

  @Test
  @Tag("RAN-F1")
  @Tag("RAN-O5")
  @DisplayName("RAN-F1, NAT-F1 visited to residential treatment (Randers' ID), an outpatient offer is another kind: "
      + "REFUSED")
  void residentialToOutpatientIsRefused() {
    FreeChoiceAnswer answer = ask(visitedTo("residential"), Chosen.of("OUTPATIENT", false, true));

    assertEquals(ChoiceOutcome.REFUSED, answer.outcome());
    assertEquals("NAT-F1", answer.rule());
    assertEquals(List.of("NAT-F2", "NAT-F1", "NAT-F6"), rules(answer));
    assertEquals(List.of(YES, NO, YES), met(answer));
    assertEquals("The chosen offer (outpatient treatment) is not of the same kind as the visited one "
        + "(residential treatment).", messages(answer).get(1));
    assertFalse(answer.guaranteeWaived());
  }

  @Test
  @Tag("RAN-F1")
  @DisplayName("RAN-F1, NAT-F6 a private provider not approved and listed on Tilbudsportalen: REFUSED")
  void unlistedPrivateProviderIsRefused() {
    FreeChoiceAnswer answer = ask(visitedTo("OUTPATIENT"), Chosen.of("OUTPATIENT", false, false));

    assertEquals(ChoiceOutcome.REFUSED, answer.outcome());
    assertEquals("NAT-F6", answer.rule());
    assertEquals(List.of("NAT-F2", "NAT-F1", "NAT-F6"), rules(answer));
    assertEquals(List.of(YES, YES, NO), met(answer));
    assertEquals("A private provider must be approved by Socialtilsynet and listed on Tilbudsportalen; this one is "
        + "not.", messages(answer).get(2));
    assertFalse(answer.guaranteeWaived());
  }

  @Test
  @Tag("RAN-F2")
  @DisplayName("RAN-F2, NAT-F2 a decidable failure outweighs an unknown input: not visited and listing unknown is "
      + "REFUSED on NAT-F2")
  void decidableFailureWinsOverUnknown() {
    FreeChoiceAnswer answer = ask(null, Chosen.of("OUTPATIENT", null, null));

    assertEquals(ChoiceOutcome.REFUSED, answer.outcome());
    assertEquals("NAT-F2", answer.rule());
    assertEquals(List.of("NAT-F2", "NAT-F6"), rules(answer));
    assertEquals(List.of(NO, UNKNOWN), met(answer));
    assertFalse(answer.guaranteeWaived());
  }

  @Test
  @Tag("RAN-O4")
  @DisplayName("RAN-O4, NAT-A2 anonymous treatment is not free choice under § 101, stk. 5: REFUSED, guarantee not "
      + "waived, no open questions")
  void anonymousTrackIsRefused() {
    FreeChoiceAnswer answer = ASSESSOR.freeChoice(question(Track.ANONYMOUS_DRUG,
        visitedTo("anonymous-outpatient"), Chosen.of("ANONYMOUS_OUTPATIENT", true, false)), Locale.ENGLISH);

    assertEquals(ChoiceOutcome.REFUSED, answer.outcome());
    assertEquals("NAT-A2", answer.rule());
    assertEquals("SEL § 101 a, stk. 2", answer.legalBasis());
    assertEquals(List.of("NAT-A2"), rules(answer));
    assertEquals(List.of(NO), met(answer));
    assertEquals("Anonymous treatment under SEL § 101 a is not covered by free choice: the citizen is referred to "
        + "the providers the municipality has agreements with.", messages(answer).get(0));
    assertFalse(answer.guaranteeWaived());
    assertEquals(List.of(), answer.openQuestions());
  }

  @Test
  @Tag("RAN-M1")
  @DisplayName("RAN-M1, NAT-F5 heroin-assisted treatment on MEDICAL_DRUG: Randers' standard does not cover the "
      + "medical track, so the question is an error naming the track")
  void medicalTrackIsNotCovered() {
    FreeChoiceQuestion question = FreeChoiceQuestion.builder().municipality("randers").asOf(AS_OF)
        .track(Track.MEDICAL_DRUG).visited(visitedTo("SUBSTITUTION")).chosen(Chosen.of("SUBSTITUTION", true, false))
        .medicine(Medicine.DIACETYLMORPHINE).build();

    InvalidCaseException error = assertThrows(InvalidCaseException.class,
        () -> ASSESSOR.freeChoice(question, Locale.ENGLISH));
    List<Problem> problems = error.problems();
    assertEquals(List.of("track"), problems.stream().map(Problem::path).toList());
    assertTrue(problems.get(0).message().contains("MEDICAL_DRUG"), problems.get(0).message());
    assertTrue(problems.get(0).message().contains("SOCIAL_DRUG, ANONYMOUS_DRUG"), problems.get(0).message());
  }

  @Test
  @Tag("RAN-M1")
  @DisplayName("RAN-M1 alcohol treatment is offered alongside but not described: a free-choice question on "
      + "ALCOHOL is an error naming the track")
  void alcoholTrackIsNotCovered() {
    InvalidCaseException error = assertThrows(InvalidCaseException.class, () -> ASSESSOR.freeChoice(
        question(Track.ALCOHOL, visitedTo("OUTPATIENT"), Chosen.of("OUTPATIENT", true, false)), Locale.ENGLISH));
    assertEquals(List.of("track"), error.problems().stream().map(Problem::path).toList());
    assertTrue(error.problems().get(0).message().contains("ALCOHOL"), error.problems().get(0).message());
  }

  // ------------------------------------------------------------------ NEEDS_ASSESSMENT

  @Test
  @Tag("RAN-F1")
  @DisplayName("RAN-F1 a private provider whose listing on Tilbudsportalen is not given: NEEDS_ASSESSMENT, "
      + "guarantee waived")
  void listingNotGivenNeedsAssessment() {
    FreeChoiceAnswer answer = ask(visitedTo("OUTPATIENT"), Chosen.of("OUTPATIENT", null, false));

    assertEquals(ChoiceOutcome.NEEDS_ASSESSMENT, answer.outcome());
    assertEquals("NAT-F6", answer.rule());
    assertEquals(List.of("NAT-F2", "NAT-F1", "NAT-F6"), rules(answer));
    assertEquals(List.of(YES, YES, UNKNOWN), met(answer));
    assertEquals("It is not given whether the provider is public, or whether a private provider is listed on "
        + "Tilbudsportalen.", messages(answer).get(2));
    assertTrue(answer.guaranteeWaived(), "guaranteeWaived is true unless REFUSED");
    assertEquals("NAT-F3", openRules(answer).get(0));
    assertTrue(openRules(answer).contains("RAN-F1"));
  }

  @Test
  @Tag("RAN-F1")
  @DisplayName("RAN-F1, NAT-F6 not listed, but whether the provider is public is not given: NEEDS_ASSESSMENT (a "
      + "public provider needs no listing)")
  void notListedAndPublicUnknownNeedsAssessment() {
    FreeChoiceAnswer answer = ask(visitedTo("OUTPATIENT"), Chosen.of("OUTPATIENT", false, null));

    assertEquals(ChoiceOutcome.NEEDS_ASSESSMENT, answer.outcome());
    assertEquals("NAT-F6", answer.rule());
    assertEquals(List.of(YES, YES, UNKNOWN), met(answer));
    assertTrue(answer.guaranteeWaived());
  }

  @Test
  @Tag("RAN-F1")
  @DisplayName("RAN-F1 nothing given about the provider: NEEDS_ASSESSMENT, never guessed")
  void providerUnknownNeedsAssessment() {
    FreeChoiceAnswer answer = ask(visitedTo("OUTPATIENT"), Chosen.of("OUTPATIENT", null, null));

    assertEquals(ChoiceOutcome.NEEDS_ASSESSMENT, answer.outcome());
    assertEquals("NAT-F6", answer.rule());
    assertEquals(List.of("NAT-F2", "NAT-F1", "NAT-F6"), rules(answer));
    assertEquals(List.of(YES, YES, UNKNOWN), met(answer));
    assertTrue(answer.guaranteeWaived());
  }

  @Test
  @Tag("RAN-F1")
  @DisplayName("RAN-F1 listed on Tilbudsportalen settles the listing even when public/private is not given: ALLOWED")
  void listedWithPublicUnknownIsAllowed() {
    FreeChoiceAnswer answer = ask(visitedTo("OUTPATIENT"), Chosen.of("OUTPATIENT", true, null));

    assertEquals(ChoiceOutcome.ALLOWED, answer.outcome());
    assertEquals(List.of(YES, YES, YES), met(answer));
    assertTrue(answer.guaranteeWaived());
  }

  // ------------------------------------------------------------------ invalid questions

  @Test
  @Tag("RAN-F1")
  @DisplayName("RAN-F1 an unknown chosen offer and a visitation after asOf are errors naming each JSON path")
  void invalidQuestionNamesEveryProblem() {
    FreeChoiceQuestion question = question(Track.SOCIAL_DRUG, Visited.of("OUTPATIENT", LocalDate.of(2026, 3, 2)),
        Chosen.of("private-clinic", true, false));

    InvalidCaseException error = assertThrows(InvalidCaseException.class,
        () -> ASSESSOR.freeChoice(question, Locale.ENGLISH));
    assertEquals(List.of("chosen.offer", "visited.date"), error.problems().stream().map(Problem::path).toList());
    assertTrue(error.problems().get(0).message().contains("private-clinic"), error.problems().get(0).message());
    assertTrue(error.problems().get(1).message().contains("2026-03-02"), error.problems().get(1).message());
  }

  // ------------------------------------------------------------------ Danish

  @Test
  @Tag("RAN-F1")
  @Tag("RAN-F2")
  @DisplayName("RAN-F1, RAN-F2 the QUESTIONS.md example answered in Danish")
  void danishAnswer() {
    FreeChoiceAnswer answer = ASSESSOR.freeChoice(
        question(Track.SOCIAL_DRUG, visitedTo("OUTPATIENT"), Chosen.of("OUTPATIENT", true, false)), DA);

    assertEquals(ChoiceOutcome.ALLOWED, answer.outcome());
    assertEquals("RAN-F1", answer.rule());
    assertEquals("SEL § 101, stk. 5", answer.legalBasis());
    assertEquals(List.of("NAT-F2", "NAT-F1", "NAT-F6"), rules(answer));
    assertEquals(List.of(
        "Borgeren blev visiteret til ambulant behandling den 10. februar 2026.",
        "Det valgte tilbud er af samme karakter som det visiterede (ambulant behandling).",
        "Det valgte tilbud er godkendt af Socialtilsynet og optaget på Tilbudsportalen."), messages(answer));
    assertEquals("NAT-F3", answer.openQuestions().get(0).rule());
    assertEquals("Kommunen kan begrænse valget, hvis hensynet til borgeren taler for det.",
        answer.openQuestions().get(0).message());
    assertTrue(answer.guaranteeWaived());
  }
}
