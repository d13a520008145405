package dk.kvalitetsstandard.ringsted;

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
import org.junit.jupiter.api.Test;

/**
 * FREE_CHOICE questions put to the {@link Assessor} for Ringsted (QUESTIONS.md; RIN-F1 and the
 * national rules NAT-F1, NAT-F2, NAT-F3, NAT-F6, NAT-G2, NAT-A2). Expected values are derived by
 * hand from QUESTIONS.md, RULES.md and the seed (003_592cd1358dec852c.txt).
 *
 * <p>Ringsted's standard covers SOCIAL_DRUG and ANONYMOUS_DRUG only (RULES.md section 8); its free
 * choice rule (RIN-F1) asks for the same character and names two points a caseworker may weigh
 * (the plan's guidelines and goals; special circumstances, e.g. psychiatric), which are open
 * questions, not preconditions (QUESTIONS.md: only Gentofte has a precondition). The seed does not
 * mention Tilbudsportalen, so the listing check of a private provider is the national rule NAT-F6.
 */
class RingstedFreeChoiceQuestionTest {

  private static final Assessor ASSESSOR = Assessor.of(StandardRegistry.defaultRegistry());
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);
  private static final LocalDate VISITED_ON = LocalDate.of(2026, 2, 10);

  private static FreeChoiceAnswer ask(Track track, Visited visited, Chosen chosen, Locale locale) {
    FreeChoiceQuestion.Builder q = FreeChoiceQuestion.builder().municipality("ringsted").asOf(AS_OF).track(track).chosen(chosen);
    if (visited != null) {
      q.visited(visited);
    }
    return ASSESSOR.freeChoice(q.build(), locale);
  }

  private static FreeChoiceAnswer ask(Visited visited, Chosen chosen) {
    return ask(Track.SOCIAL_DRUG, visited, chosen, Locale.ENGLISH);
  }

  private static List<String> rules(FreeChoiceAnswer a) {
    return a.criteria().stream().map(Check::rule).toList();
  }

  private static List<Optional<Boolean>> met(FreeChoiceAnswer a) {
    return a.criteria().stream().map(Check::met).toList();
  }

  private static List<String> openRules(FreeChoiceAnswer a) {
    return a.openQuestions().stream().map(Note::rule).toList();
  }

  private static final Optional<Boolean> YES = Optional.of(true);
  private static final Optional<Boolean> NO = Optional.of(false);
  private static final Optional<Boolean> UNKNOWN = Optional.empty();

  /** NAT-F3 always; then RIN-F1's two points: the plan's guidelines and goals, special circumstances. */
  private static void assertOpenQuestions(FreeChoiceAnswer a) {
    assertEquals(List.of("NAT-F3", "RIN-F1", "RIN-F1"), openRules(a));
    assertEquals("The municipality may limit the choice if consideration for the citizen speaks for it.",
        a.openQuestions().get(0).message());
    assertTrue(a.openQuestions().get(1).message().contains("guidelines and goals"), a.openQuestions().get(1).message());
    assertTrue(a.openQuestions().get(2).message().contains("psychiatric"), a.openQuestions().get(2).message());
  }

  // ------------------------------------------------------------------ ALLOWED

  @Test
  @DisplayName("RIN-F1 NAT-F1 NAT-F2 NAT-G2 visited to outpatient, choosing another public outpatient offer: allowed, guarantee waived")
  void sameKindPublicProviderIsAllowed() {
    FreeChoiceAnswer a = ask(Visited.of("OUTPATIENT", VISITED_ON), Chosen.of("OUTPATIENT", null, true));

    assertEquals("ringsted", a.municipality());
    assertEquals(ChoiceOutcome.ALLOWED, a.outcome());
    assertEquals("RIN-F1", a.rule());
    assertEquals("SEL § 101, stk. 5", a.legalBasis());
    assertEquals(List.of("NAT-F2", "NAT-F1", "NAT-F6"), rules(a));
    assertEquals(List.of(YES, YES, YES), met(a));
    assertEquals("The chosen provider is public and needs no listing.", a.criteria().get(2).message());
    assertTrue(a.guaranteeWaived(), "NAT-G2: a choice that is not refused waives the 14-day guarantee");
    assertOpenQuestions(a);
  }

  @Test
  @DisplayName("RIN-F1 NAT-F1 visited to day treatment by offer ID, choosing another public day offer: allowed, guarantee waived")
  void sameKindByOfferIdIsAllowed() {
    FreeChoiceAnswer a = ask(Visited.of("day", VISITED_ON), Chosen.of("DAY", false, true));

    assertEquals(ChoiceOutcome.ALLOWED, a.outcome());
    assertEquals("RIN-F1", a.rule());
    assertEquals(List.of("NAT-F2", "NAT-F1", "NAT-F6"), rules(a));
    assertEquals(List.of(YES, YES, YES), met(a));
    assertTrue(a.guaranteeWaived());
    assertOpenQuestions(a);
  }

  @Test
  @DisplayName("RIN-F1 NAT-F1 the youth offer (Ungeliv) and outpatient treatment are both outpatient: the same character, allowed")
  void youthOfferToOutpatientIsSameCharacter() {
    FreeChoiceAnswer a = ask(Visited.of("youth", VISITED_ON), Chosen.of("outpatient", null, true));

    assertEquals(ChoiceOutcome.ALLOWED, a.outcome());
    assertEquals(List.of("NAT-F2", "NAT-F1", "NAT-F6"), rules(a));
    assertEquals(List.of(YES, YES, YES), met(a));
    assertTrue(a.guaranteeWaived());
  }

  @Test
  @DisplayName("NAT-F6 RIN-F1 NAT-G2 visited to residential, choosing a private residential offer listed on Tilbudsportalen: allowed")
  void privateListedProviderIsAllowed() {
    FreeChoiceAnswer a = ask(Visited.of("residential", VISITED_ON), Chosen.of("RESIDENTIAL", true, false));

    assertEquals(ChoiceOutcome.ALLOWED, a.outcome());
    assertEquals("RIN-F1", a.rule());
    assertEquals(List.of("NAT-F2", "NAT-F1", "NAT-F6"), rules(a));
    assertEquals(List.of(YES, YES, YES), met(a));
    assertTrue(a.guaranteeWaived());
    assertOpenQuestions(a);
  }

  // ------------------------------------------------------------------ REFUSED

  @Test
  @DisplayName("NAT-F2 no visitation yet: free choice comes after visitation, refused, guarantee not waived")
  void noVisitationIsRefused() {
    FreeChoiceAnswer a = ask(null, Chosen.of("OUTPATIENT", null, true));

    assertEquals(ChoiceOutcome.REFUSED, a.outcome());
    assertEquals("NAT-F2", a.rule());
    assertEquals(List.of("NAT-F2", "NAT-F6"), rules(a), "no visited offer, so no equivalence check");
    assertEquals(List.of(NO, YES), met(a));
    assertFalse(a.guaranteeWaived());
    assertOpenQuestions(a);
  }

  @Test
  @DisplayName("NAT-F1 RIN-F1 visited to outpatient, choosing residential treatment: not the same character, refused")
  void outpatientToResidentialIsRefused() {
    FreeChoiceAnswer a = ask(Visited.of("OUTPATIENT", VISITED_ON), Chosen.of("RESIDENTIAL", null, true));

    assertEquals(ChoiceOutcome.REFUSED, a.outcome());
    assertEquals("NAT-F1", a.rule());
    assertEquals(List.of("NAT-F2", "NAT-F1", "NAT-F6"), rules(a));
    assertEquals(List.of(YES, NO, YES), met(a));
    assertEquals("The chosen offer (residential treatment) is not of the same kind as the visited one (outpatient treatment).",
        a.criteria().get(1).message());
    assertFalse(a.guaranteeWaived());
    assertOpenQuestions(a);
  }

  @Test
  @DisplayName("NAT-F1 RIN-F1 visited to outpatient, choosing day treatment: another kind, refused")
  void outpatientToDayIsRefused() {
    FreeChoiceAnswer a = ask(Visited.of("outpatient", VISITED_ON), Chosen.of("day", null, true));

    assertEquals(ChoiceOutcome.REFUSED, a.outcome());
    assertEquals("NAT-F1", a.rule());
    assertEquals(List.of(YES, NO, YES), met(a));
    assertFalse(a.guaranteeWaived());
  }

  @Test
  @DisplayName("NAT-F1 RIN-F1 visited to residential, choosing outpatient treatment: another kind (also a lighter one), refused")
  void residentialToOutpatientIsRefused() {
    FreeChoiceAnswer a = ask(Visited.of("RESIDENTIAL", VISITED_ON), Chosen.of("OUTPATIENT", null, true));

    assertEquals(ChoiceOutcome.REFUSED, a.outcome());
    assertEquals("NAT-F1", a.rule());
    assertEquals(List.of("NAT-F2", "NAT-F1", "NAT-F6"), rules(a));
    assertEquals(List.of(YES, NO, YES), met(a));
    assertFalse(a.guaranteeWaived());
  }

  @Test
  @DisplayName("NAT-F6 a private outpatient provider not approved and listed on Tilbudsportalen: refused, guarantee not waived")
  void privateUnlistedProviderIsRefused() {
    FreeChoiceAnswer a = ask(Visited.of("OUTPATIENT", VISITED_ON), Chosen.of("OUTPATIENT", false, false));

    assertEquals(ChoiceOutcome.REFUSED, a.outcome());
    assertEquals("NAT-F6", a.rule());
    assertEquals(List.of("NAT-F2", "NAT-F1", "NAT-F6"), rules(a));
    assertEquals(List.of(YES, YES, NO), met(a));
    assertFalse(a.guaranteeWaived());
    assertOpenQuestions(a);
  }

  @Test
  @DisplayName("NAT-A2 anonymous treatment is not free choice: the citizen is referred to the contracted providers, refused")
  void anonymousTrackIsRefused() {
    FreeChoiceAnswer a = ask(Track.ANONYMOUS_DRUG, Visited.of("ANONYMOUS_OUTPATIENT", VISITED_ON),
        Chosen.of("ANONYMOUS_OUTPATIENT", true, false), Locale.ENGLISH);

    assertEquals(ChoiceOutcome.REFUSED, a.outcome());
    assertEquals("NAT-A2", a.rule());
    assertEquals("SEL § 101 a, stk. 2", a.legalBasis());
    assertEquals(List.of("NAT-A2"), rules(a));
    assertEquals(List.of(NO), met(a));
    assertFalse(a.guaranteeWaived(), "refused; and § 101 a treatment has no guarantee to waive (NAT-G3)");
    // No choice under SEL § 101, stk. 5 exists here, so there is nothing to limit under stk. 7 (NAT-F3).
    assertTrue(a.openQuestions().isEmpty());
  }

  // ------------------------------------------------------------------ NEEDS_ASSESSMENT

  @Test
  @DisplayName("NAT-F6 a private provider whose listing on Tilbudsportalen is not given: needs assessment, guarantee waived")
  void privateProviderListingUnknownNeedsAssessment() {
    FreeChoiceAnswer a = ask(Visited.of("OUTPATIENT", VISITED_ON), Chosen.of("OUTPATIENT", null, false));

    assertEquals(ChoiceOutcome.NEEDS_ASSESSMENT, a.outcome());
    assertEquals("NAT-F6", a.rule());
    assertEquals(List.of("NAT-F2", "NAT-F1", "NAT-F6"), rules(a));
    assertEquals(List.of(YES, YES, UNKNOWN), met(a));
    assertTrue(a.guaranteeWaived(), "NAT-G2: true unless refused");
    assertOpenQuestions(a);
  }

  @Test
  @DisplayName("NAT-F6 NAT-G2 private providers: listed allowed, not listed refused, listing or ownership not given needs assessment"
      + " (outcomes; the rule IDs are checked in the disabled tests above)")
  void privateProviderOutcomes() {
    FreeChoiceAnswer listed = ask(Visited.of("OUTPATIENT", VISITED_ON), Chosen.of("OUTPATIENT", true, false));
    assertEquals(ChoiceOutcome.ALLOWED, listed.outcome());
    assertEquals(List.of(YES, YES, YES), met(listed));
    assertTrue(listed.guaranteeWaived());

    FreeChoiceAnswer unlisted = ask(Visited.of("OUTPATIENT", VISITED_ON), Chosen.of("OUTPATIENT", false, false));
    assertEquals(ChoiceOutcome.REFUSED, unlisted.outcome());
    assertEquals(List.of(YES, YES, NO), met(unlisted));
    assertFalse(unlisted.guaranteeWaived());

    FreeChoiceAnswer listingUnknown = ask(Visited.of("OUTPATIENT", VISITED_ON), Chosen.of("OUTPATIENT", null, false));
    assertEquals(ChoiceOutcome.NEEDS_ASSESSMENT, listingUnknown.outcome());
    assertEquals(List.of(YES, YES, UNKNOWN), met(listingUnknown));
    assertTrue(listingUnknown.guaranteeWaived());

    // Not listed, and not given whether public: a public provider would need no listing, so undecided.
    FreeChoiceAnswer ownershipUnknown = ask(Visited.of("OUTPATIENT", VISITED_ON), Chosen.of("OUTPATIENT", false, null));
    assertEquals(ChoiceOutcome.NEEDS_ASSESSMENT, ownershipUnknown.outcome());
    assertEquals(List.of(YES, YES, UNKNOWN), met(ownershipUnknown));
    assertTrue(ownershipUnknown.guaranteeWaived());

    for (FreeChoiceAnswer a : List.of(listed, unlisted, listingUnknown, ownershipUnknown)) {
      assertEquals(List.of("NAT-F2", "NAT-F1"), rules(a).subList(0, 2));
      assertOpenQuestions(a);
    }
  }

  @Test
  @DisplayName("RIN-F1 the plan's guidelines and goals and special circumstances are open questions, never preconditions: no"
      + " NEEDS_ASSESSMENT from them")
  void ringstedsPointsAreOpenQuestionsOnly() {
    FreeChoiceAnswer a = ask(Visited.of("RESIDENTIAL", VISITED_ON), Chosen.of("RESIDENTIAL", null, true));

    assertEquals(ChoiceOutcome.ALLOWED, a.outcome());
    assertTrue(a.criteria().stream().noneMatch(c -> c.met().isEmpty()), "no undecided criterion");
    assertTrue(a.criteria().stream().noneMatch(c -> c.rule().equals("RIN-F1")), "RIN-F1 sets no precondition");
    assertOpenQuestions(a);
  }

  // ------------------------------------------------------------------ errors

  @Test
  @DisplayName("NAT-F5 RIN-O5 heroin on MEDICAL_DRUG: Ringsted's standard does not cover the medical track, an error naming the track")
  void medicalTrackIsAnError() {
    InvalidCaseException e = assertThrows(InvalidCaseException.class, () -> ASSESSOR.freeChoice(FreeChoiceQuestion.builder()
        .municipality("ringsted").asOf(AS_OF).track(Track.MEDICAL_DRUG)
        .visited(Visited.of("OUTPATIENT", VISITED_ON)).chosen(Chosen.of("OUTPATIENT", null, true))
        .medicine(Medicine.DIACETYLMORPHINE).build(), Locale.ENGLISH));

    assertEquals(List.of("track"), e.problems().stream().map(Problem::path).toList());
    assertTrue(e.problems().get(0).message().contains("MEDICAL_DRUG"), e.problems().get(0).message());
  }

  @Test
  @DisplayName("RIN-M1 alcohol is not covered by Ringsted's standard: an error naming the track")
  void alcoholTrackIsAnError() {
    InvalidCaseException e = assertThrows(InvalidCaseException.class,
        () -> ask(Track.ALCOHOL, Visited.of("OUTPATIENT", VISITED_ON), Chosen.of("OUTPATIENT", null, true), Locale.ENGLISH));

    assertEquals(List.of("track"), e.problems().stream().map(Problem::path).toList());
    assertTrue(e.problems().get(0).message().contains("ALCOHOL"), e.problems().get(0).message());
  }

  @Test
  @DisplayName("NAT-F1 an invalid question names each problem with its JSON path: visitation after asOf, unknown chosen offer")
  void invalidQuestionNamesEveryProblem() {
    InvalidCaseException e = assertThrows(InvalidCaseException.class,
        () -> ask(Visited.of("OUTPATIENT", LocalDate.of(2026, 3, 2)), Chosen.of("detox", null, true)));

    assertEquals(List.of("chosen.offer", "visited.date"), e.problems().stream().map(Problem::path).sorted().toList());
  }

  // ------------------------------------------------------------------ Danish

  @Test
  @DisplayName("RIN-F1 NAT-F3 a Danish answer: allowed, with the national texts in Danish")
  void danishAnswer() {
    FreeChoiceAnswer a = ask(Track.SOCIAL_DRUG, Visited.of("OUTPATIENT", VISITED_ON), Chosen.of("OUTPATIENT", null, true),
        Locale.forLanguageTag("da"));

    assertEquals(ChoiceOutcome.ALLOWED, a.outcome());
    assertEquals("RIN-F1", a.rule());
    assertEquals(List.of("NAT-F2", "NAT-F1", "NAT-F6"), rules(a));
    assertEquals("Det valgte tilbud er af samme karakter som det visiterede (ambulant behandling).", a.criteria().get(1).message());
    assertEquals("Den valgte leverandør er offentlig og skal ikke være optaget på Tilbudsportalen.", a.criteria().get(2).message());
    assertEquals(List.of("NAT-F3", "RIN-F1", "RIN-F1"), openRules(a));
    assertEquals("Kommunen kan begrænse valget, hvis hensynet til borgeren taler for det.", a.openQuestions().get(0).message());
    assertTrue(a.guaranteeWaived());
  }
}
