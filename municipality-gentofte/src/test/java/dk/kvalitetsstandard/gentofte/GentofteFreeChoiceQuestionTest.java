package dk.kvalitetsstandard.gentofte;

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
import dk.kvalitetsstandard.questions.Medicine;
import dk.kvalitetsstandard.questions.Note;
import dk.kvalitetsstandard.registry.StandardRegistry;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * FREE_CHOICE questions put to the assessor for Gentofte (QUESTIONS.md; GEN-F1, NAT-F1..F6, NAT-A2,
 * NAT-G2). Expected values are derived by hand from QUESTIONS.md, RULES.md sections 1 and 3 and
 * Gentofte's seed: "Det er en forudsætning, at det tilbud, som borgeren ønsker, er godkendt på
 * Tilbudsportalen og er sammenligneligt i pris og kvalitet med det tilbud, som Gentofte Kommune ville
 * visitere til. Det er Gentofte Kommune, der træffer afgørelse om, hvorvidt der er tale om et
 * tilsvarende tilbud."
 *
 * <p>On the social track no choice is ever simply ALLOWED in Gentofte: price and quality are for the
 * municipality to decide. The medical track (SUL § 142, stk. 7) carries no such precondition in the
 * standard, so a choice there can be ALLOWED.
 */
class GentofteFreeChoiceQuestionTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);
  private static final LocalDate VISITED_ON = LocalDate.of(2026, 2, 10);
  private static final String NAT_F3_TEXT =
      "The municipality may limit the choice if consideration for the citizen speaks for it.";

  private final Assessor assessor = Assessor.of(StandardRegistry.defaultRegistry());

  private static FreeChoiceQuestion.Builder social() {
    return FreeChoiceQuestion.builder().municipality("gentofte").asOf(AS_OF).track(Track.SOCIAL_DRUG);
  }

  private static FreeChoiceQuestion.Builder medical() {
    return FreeChoiceQuestion.builder().municipality("gentofte").asOf(AS_OF).track(Track.MEDICAL_DRUG)
        .visited(FreeChoiceQuestion.Visited.of("SUBSTITUTION", VISITED_ON));
  }

  private FreeChoiceAnswer ask(FreeChoiceQuestion.Builder question) {
    return assessor.freeChoice(question.build(), Locale.ENGLISH);
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

  @SafeVarargs
  private static List<Optional<Boolean>> list(Optional<Boolean>... values) {
    return Arrays.asList(values);
  }

  private static final Optional<Boolean> YES = Optional.of(true);
  private static final Optional<Boolean> NO = Optional.of(false);
  private static final Optional<Boolean> UNKNOWN = Optional.empty();

  // ------------------------------------------------------------------ SOCIAL_DRUG: NEEDS_ASSESSMENT

  @Test
  @DisplayName("GEN-F1 NAT-F1 NAT-F2 Visited to outpatient, chooses a listed private outpatient offer: "
      + "NEEDS_ASSESSMENT, price and quality are Gentofte's to decide")
  void listedPrivateOutpatientNeedsAssessment() {
    FreeChoiceAnswer a = ask(social().visited(FreeChoiceQuestion.Visited.of("OUTPATIENT", VISITED_ON))
        .chosen(FreeChoiceQuestion.Chosen.of("OUTPATIENT", true, false)));

    assertEquals("gentofte", a.municipality());
    assertEquals(ChoiceOutcome.NEEDS_ASSESSMENT, a.outcome());
    assertEquals("GEN-F1", a.rule());
    assertEquals("SEL § 101, stk. 5", a.legalBasis());
    assertEquals(List.of("NAT-F2", "NAT-F1", "NAT-F6", "GEN-F1"), rules(a));
    assertEquals(list(YES, YES, YES, UNKNOWN), met(a));
    assertEquals("The citizen was visited to outpatient treatment on 10 February 2026.", a.criteria().get(0).message());
    assertEquals("The chosen offer is of the same kind as the visited one (outpatient treatment).",
        a.criteria().get(1).message(), "Gentofte grades no intensity: the same kind is equivalent");
    assertEquals("The chosen offer is approved by Socialtilsynet and listed on Tilbudsportalen.",
        a.criteria().get(2).message());
    String precondition = a.criteria().get(3).message();
    assertTrue(precondition.startsWith("To be decided by the municipality before the choice is allowed: "), precondition);
    assertTrue(precondition.contains("comparable in price and quality"), precondition);
    assertTrue(a.guaranteeWaived(), "NAT-G2: not refused, so the 14-day guarantee is set aside");
    assertEquals(List.of("NAT-F3"), openRules(a));
    assertEquals(NAT_F3_TEXT, a.openQuestions().get(0).message());
  }

  @Test
  @DisplayName("GEN-F1 NAT-F6 A public provider needs no listing, but price and quality still leave it to Gentofte: "
      + "NEEDS_ASSESSMENT")
  void publicProviderNeedsAssessment() {
    FreeChoiceAnswer a = ask(social().visited(FreeChoiceQuestion.Visited.of("OUTPATIENT", VISITED_ON))
        .chosen(FreeChoiceQuestion.Chosen.of("OUTPATIENT", false, true)));

    assertEquals(ChoiceOutcome.NEEDS_ASSESSMENT, a.outcome());
    assertEquals("GEN-F1", a.rule());
    assertEquals(List.of("NAT-F2", "NAT-F1", "NAT-F6", "GEN-F1"), rules(a));
    assertEquals(list(YES, YES, YES, UNKNOWN), met(a));
    assertEquals("The chosen provider is public and needs no listing.", a.criteria().get(2).message());
    assertTrue(a.guaranteeWaived());
    assertEquals(List.of("NAT-F3"), openRules(a));
  }

  @Test
  @DisplayName("GEN-F1 NAT-F1 Visited to residential treatment by offer ID, chooses another listed residential place: "
      + "NEEDS_ASSESSMENT")
  void residentialByOfferIdNeedsAssessment() {
    FreeChoiceAnswer a = ask(social().visited(FreeChoiceQuestion.Visited.of("residential", VISITED_ON))
        .chosen(FreeChoiceQuestion.Chosen.of("RESIDENTIAL", true, false)));

    assertEquals(ChoiceOutcome.NEEDS_ASSESSMENT, a.outcome());
    assertEquals("GEN-F1", a.rule());
    assertEquals(List.of("NAT-F2", "NAT-F1", "NAT-F6", "GEN-F1"), rules(a));
    assertEquals(list(YES, YES, YES, UNKNOWN), met(a));
    assertEquals("The citizen was visited to Døgnbehandling (residential treatment) on 10 February 2026.",
        a.criteria().get(0).message());
    assertEquals("The chosen offer is of the same kind as the visited one (residential treatment).",
        a.criteria().get(1).message());
    assertTrue(a.guaranteeWaived());
  }

  @Test
  @DisplayName("GEN-F1 NAT-F6 Whether a private provider is listed is not given: NEEDS_ASSESSMENT on the listing, never a guess")
  void listingUnknownNeedsAssessment() {
    FreeChoiceAnswer a = ask(social().visited(FreeChoiceQuestion.Visited.of("OUTPATIENT", VISITED_ON))
        .chosen(FreeChoiceQuestion.Chosen.of("OUTPATIENT", null, false)));

    assertEquals(ChoiceOutcome.NEEDS_ASSESSMENT, a.outcome());
    assertEquals("NAT-F6", a.rule(), "the first undecided criterion decides: the listing");
    assertEquals(List.of("NAT-F2", "NAT-F1", "NAT-F6", "GEN-F1"), rules(a));
    assertEquals(list(YES, YES, UNKNOWN, UNKNOWN), met(a));
    assertEquals("It is not given whether the provider is public, or whether a private provider is listed on "
        + "Tilbudsportalen.", a.criteria().get(2).message());
    assertTrue(a.guaranteeWaived());
  }

  @Test
  @DisplayName("NAT-F6 GEN-F1 An unlisted provider of unknown ownership may be public and need no listing: NEEDS_ASSESSMENT")
  void unlistedProviderOfUnknownOwnershipNeedsAssessment() {
    FreeChoiceAnswer a = ask(social().visited(FreeChoiceQuestion.Visited.of("OUTPATIENT", VISITED_ON))
        .chosen(FreeChoiceQuestion.Chosen.of("OUTPATIENT", false, null)));

    assertEquals(ChoiceOutcome.NEEDS_ASSESSMENT, a.outcome());
    assertEquals(list(YES, YES, UNKNOWN, UNKNOWN), met(a));
    assertTrue(a.guaranteeWaived());
  }

  // ------------------------------------------------------------------ SOCIAL_DRUG: REFUSED

  @Test
  @DisplayName("NAT-F2 No visitation yet: free choice comes after Gentofte's visitation, REFUSED and the guarantee kept")
  void noVisitationRefused() {
    FreeChoiceAnswer a = ask(social().chosen(FreeChoiceQuestion.Chosen.of("OUTPATIENT", true, false)));

    assertEquals(ChoiceOutcome.REFUSED, a.outcome());
    assertEquals("NAT-F2", a.rule());
    assertEquals("SEL § 101, stk. 5", a.legalBasis());
    assertEquals(List.of("NAT-F2", "NAT-F6", "GEN-F1"), rules(a), "no equivalence check without a visited offer");
    assertEquals(list(NO, YES, UNKNOWN), met(a));
    assertFalse(a.guaranteeWaived(), "NAT-G2: a refused choice does not set the guarantee aside");
    assertEquals(List.of("NAT-F3"), openRules(a));
  }

  @Test
  @DisplayName("NAT-F2 The refusal for want of visitation reads correctly in English")
  void noVisitationMessage() {
    FreeChoiceAnswer a = ask(social().chosen(FreeChoiceQuestion.Chosen.of("OUTPATIENT", true, false)));

    assertEquals("NAT-F2", a.criteria().get(0).rule());
    assertEquals("The citizen has not been visited yet; free choice comes after the municipality's visitation.",
        a.criteria().get(0).message());
  }

  @Test
  @DisplayName("NAT-F1 Visited to outpatient, chooses residential treatment: another kind, REFUSED")
  void outpatientToResidentialRefused() {
    FreeChoiceAnswer a = ask(social().visited(FreeChoiceQuestion.Visited.of("OUTPATIENT", VISITED_ON))
        .chosen(FreeChoiceQuestion.Chosen.of("RESIDENTIAL", true, false)));

    assertEquals(ChoiceOutcome.REFUSED, a.outcome());
    assertEquals("NAT-F1", a.rule());
    assertEquals(List.of("NAT-F2", "NAT-F1", "NAT-F6", "GEN-F1"), rules(a));
    assertEquals(list(YES, NO, YES, UNKNOWN), met(a));
    assertEquals("The chosen offer (residential treatment) is not of the same kind as the visited one "
        + "(outpatient treatment).", a.criteria().get(1).message());
    assertFalse(a.guaranteeWaived());
    assertEquals(List.of("NAT-F3"), openRules(a));
  }

  @Test
  @DisplayName("NAT-F1 Visited to Gentofte's day treatment, chooses an outpatient offer: another kind, REFUSED")
  void dayToOutpatientRefused() {
    FreeChoiceAnswer a = ask(social().visited(FreeChoiceQuestion.Visited.of("day", VISITED_ON))
        .chosen(FreeChoiceQuestion.Chosen.of("OUTPATIENT", null, true)));

    assertEquals(ChoiceOutcome.REFUSED, a.outcome());
    assertEquals("NAT-F1", a.rule());
    assertEquals(List.of("NAT-F2", "NAT-F1", "NAT-F6", "GEN-F1"), rules(a));
    assertEquals(list(YES, NO, YES, UNKNOWN), met(a));
    assertEquals("The chosen offer (outpatient treatment) is not of the same kind as the visited one "
        + "(day treatment).", a.criteria().get(1).message());
    assertFalse(a.guaranteeWaived());
  }

  @Test
  @DisplayName("GEN-F1 NAT-F6 A private provider not approved on Tilbudsportalen: REFUSED, whatever its price")
  void unlistedPrivateProviderRefused() {
    FreeChoiceAnswer a = ask(social().visited(FreeChoiceQuestion.Visited.of("OUTPATIENT", VISITED_ON))
        .chosen(FreeChoiceQuestion.Chosen.of("OUTPATIENT", false, false)));

    assertEquals(ChoiceOutcome.REFUSED, a.outcome());
    assertEquals("NAT-F6", a.rule(), "the Tilbudsportalen requirement holds in every municipality");
    assertEquals(List.of("NAT-F2", "NAT-F1", "NAT-F6", "GEN-F1"), rules(a));
    assertEquals(list(YES, YES, NO, UNKNOWN), met(a));
    assertEquals("A private provider must be approved by Socialtilsynet and listed on Tilbudsportalen; this one is not.",
        a.criteria().get(2).message());
    assertFalse(a.guaranteeWaived());
    assertEquals(List.of("NAT-F3"), openRules(a));
  }

  @Test
  @DisplayName("NAT-A2 Anonymous treatment: no free choice under SEL § 101, stk. 5; the citizen goes to KABS or "
      + "Gladsaxe, REFUSED")
  void anonymousTrackRefused() {
    FreeChoiceAnswer a = ask(FreeChoiceQuestion.builder().municipality("gentofte").asOf(AS_OF)
        .track(Track.ANONYMOUS_DRUG)
        .visited(FreeChoiceQuestion.Visited.of("anonymous-outpatient", VISITED_ON))
        .chosen(FreeChoiceQuestion.Chosen.of("ANONYMOUS_OUTPATIENT", true, false)));

    assertEquals(ChoiceOutcome.REFUSED, a.outcome());
    assertEquals("NAT-A2", a.rule());
    assertEquals("SEL § 101 a, stk. 2", a.legalBasis());
    assertEquals(List.of("NAT-A2"), rules(a));
    assertEquals(list(NO), met(a));
    assertEquals("Anonymous treatment under SEL § 101 a is not covered by free choice: the citizen is referred to the "
        + "providers the municipality has agreements with.", a.criteria().get(0).message());
    assertFalse(a.guaranteeWaived(), "refused; and anonymous treatment has no guarantee to waive (NAT-G3)");
    assertTrue(a.openQuestions().isEmpty(), "no choice, so nothing to limit for the citizen's sake");
  }

  // ------------------------------------------------------------------ MEDICAL_DRUG (NAT-F5)

  @Test
  @DisplayName("NAT-F5 Heroin-assisted treatment (diacetylmorphine) is excluded from free choice: REFUSED")
  void heroinRefused() {
    FreeChoiceAnswer a = ask(medical().chosen(FreeChoiceQuestion.Chosen.of("SUBSTITUTION", true, false))
        .medicine(Medicine.DIACETYLMORPHINE));

    assertEquals(ChoiceOutcome.REFUSED, a.outcome());
    assertEquals("NAT-F5", a.rule());
    assertEquals("SUL § 142, stk. 7", a.legalBasis());
    assertEquals(List.of("NAT-F2", "NAT-F1", "NAT-F6", "NAT-F5"), rules(a),
        "GEN-F1 is stated for social treatment (SEL § 101), not for SUL § 142");
    assertEquals(list(YES, YES, YES, NO), met(a));
    assertEquals("Treatment with diacetylmorphine (heroin) is excluded from free choice.", a.criteria().get(3).message());
    assertFalse(a.guaranteeWaived(), "SUL § 142, stk. 8: only a choice that is made sets the guarantee aside");
    assertEquals(List.of("NAT-F5", "NAT-F3"), openRules(a));
    assertEquals("The chosen institution may refuse the citizen; a public institution only for reasons of capacity.",
        a.openQuestions().get(0).message());
    assertEquals(NAT_F3_TEXT, a.openQuestions().get(1).message());
  }

  @Test
  @DisplayName("NAT-F5 NAT-F1 Visited to substitution, chooses a listed private institution with methadone: ALLOWED, "
      + "guarantee waived, the institution may still refuse")
  void methadoneAllowed() {
    FreeChoiceAnswer a = ask(medical().chosen(FreeChoiceQuestion.Chosen.of("SUBSTITUTION", true, false))
        .medicine(Medicine.METHADONE));

    assertEquals(ChoiceOutcome.ALLOWED, a.outcome());
    assertEquals("NAT-F1", a.rule());
    assertEquals("SUL § 142, stk. 7", a.legalBasis());
    assertEquals(List.of("NAT-F2", "NAT-F1", "NAT-F6", "NAT-F5"), rules(a));
    assertEquals(list(YES, YES, YES, YES), met(a));
    assertEquals("The chosen offer is of the same kind as the visited one (substitution treatment).",
        a.criteria().get(1).message());
    assertEquals("Treatment with this medicine is covered by free choice.", a.criteria().get(3).message());
    assertTrue(a.guaranteeWaived(), "NAT-G4: SUL § 142, stk. 8");
    assertEquals(List.of("NAT-F5", "NAT-F3"), openRules(a));
  }

  @Test
  @DisplayName("NAT-F5 Buprenorphine at a public institution: ALLOWED; a public institution may refuse only for capacity")
  void buprenorphinePublicAllowed() {
    FreeChoiceAnswer a = ask(medical().chosen(FreeChoiceQuestion.Chosen.of("substitution", null, true))
        .medicine(Medicine.BUPRENORPHINE));

    assertEquals(ChoiceOutcome.ALLOWED, a.outcome());
    assertEquals("NAT-F1", a.rule());
    assertEquals(List.of("NAT-F2", "NAT-F1", "NAT-F6", "NAT-F5"), rules(a));
    assertEquals(list(YES, YES, YES, YES), met(a));
    assertTrue(a.guaranteeWaived());
    assertEquals(List.of("NAT-F5", "NAT-F3"), openRules(a));
  }

  @Test
  @DisplayName("NAT-F5 The medicine is not given: heroin cannot be ruled out, NEEDS_ASSESSMENT")
  void medicineNotGivenNeedsAssessment() {
    FreeChoiceAnswer a = ask(medical().chosen(FreeChoiceQuestion.Chosen.of("SUBSTITUTION", true, false)));

    assertEquals(ChoiceOutcome.NEEDS_ASSESSMENT, a.outcome());
    assertEquals("NAT-F5", a.rule());
    assertEquals(List.of("NAT-F2", "NAT-F1", "NAT-F6", "NAT-F5"), rules(a));
    assertEquals(list(YES, YES, YES, UNKNOWN), met(a));
    assertEquals("The medicine is not given; treatment with diacetylmorphine (heroin) would be excluded from free "
        + "choice.", a.criteria().get(3).message());
    assertTrue(a.guaranteeWaived(), "not refused");
    assertEquals(List.of("NAT-F5", "NAT-F3"), openRules(a));
  }

  @Test
  @DisplayName("NAT-F2 NAT-F5 Heroin chosen without any visitation: REFUSED on the first failing criterion, NAT-F2")
  void heroinWithoutVisitationRefused() {
    FreeChoiceAnswer a = ask(FreeChoiceQuestion.builder().municipality("gentofte").asOf(AS_OF).track(Track.MEDICAL_DRUG)
        .chosen(FreeChoiceQuestion.Chosen.of("SUBSTITUTION", true, false)).medicine(Medicine.DIACETYLMORPHINE));

    assertEquals(ChoiceOutcome.REFUSED, a.outcome());
    assertEquals("NAT-F2", a.rule());
    assertEquals(List.of("NAT-F2", "NAT-F6", "NAT-F5"), rules(a));
    assertEquals(list(NO, YES, NO), met(a));
    assertFalse(a.guaranteeWaived());
  }

  // ------------------------------------------------------------------ Danish and invalid questions

  @Test
  @DisplayName("GEN-F1 NAT-F3 The answer in Danish: the same outcome and rules, Danish messages")
  void danishAnswer() {
    FreeChoiceAnswer a = assessor.freeChoice(social().visited(FreeChoiceQuestion.Visited.of("OUTPATIENT", VISITED_ON))
        .chosen(FreeChoiceQuestion.Chosen.of("OUTPATIENT", true, false)).build(), Locale.forLanguageTag("da"));

    assertEquals(ChoiceOutcome.NEEDS_ASSESSMENT, a.outcome());
    assertEquals("GEN-F1", a.rule());
    assertEquals("SEL § 101, stk. 5", a.legalBasis());
    assertEquals(List.of("NAT-F2", "NAT-F1", "NAT-F6", "GEN-F1"), rules(a));
    assertEquals("Borgeren blev visiteret til ambulant behandling den 10. februar 2026.", a.criteria().get(0).message());
    assertEquals("Det valgte tilbud er af samme karakter som det visiterede (ambulant behandling).",
        a.criteria().get(1).message());
    assertEquals("Det valgte tilbud er godkendt af Socialtilsynet og optaget på Tilbudsportalen.",
        a.criteria().get(2).message());
    assertTrue(a.criteria().get(3).message().startsWith("Skal afgøres af kommunen, før valget kan imødekommes: "),
        a.criteria().get(3).message());
    assertTrue(a.criteria().get(3).message().contains("sammenligneligt i pris og kvalitet"), a.criteria().get(3).message());
    assertTrue(a.guaranteeWaived());
    assertEquals(List.of("NAT-F3"), openRules(a));
    assertEquals("Kommunen kan begrænse valget, hvis hensynet til borgeren taler for det.",
        a.openQuestions().get(0).message());
  }

  @Test
  @DisplayName("Gentofte does not cover alcohol; an unknown offer and a visitation after asOf: every problem named by path")
  void invalidQuestion() {
    FreeChoiceQuestion q = FreeChoiceQuestion.builder().municipality("gentofte").asOf(AS_OF).track(Track.ALCOHOL)
        .visited(FreeChoiceQuestion.Visited.of("OUTPATIENT", LocalDate.of(2026, 3, 2)))
        .chosen(FreeChoiceQuestion.Chosen.of("detox", true, false)).build();

    InvalidCaseException e = assertThrows(InvalidCaseException.class, () -> assessor.freeChoice(q, Locale.ENGLISH));

    assertEquals(List.of("chosen.offer", "track", "visited.date"), e.problems().stream().map(Problem::path).toList());
    assertTrue(e.problems().get(0).message().contains("'detox'"), e.problems().get(0).message());
    assertTrue(e.problems().get(1).message().contains("ALCOHOL"), e.problems().get(1).message());
    assertEquals("2026-03-02 lies after asOf 2026-03-01", e.problems().get(2).message());
  }
}
