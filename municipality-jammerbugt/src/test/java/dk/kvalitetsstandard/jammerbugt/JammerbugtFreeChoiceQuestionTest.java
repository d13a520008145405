package dk.kvalitetsstandard.jammerbugt;

import static dk.kvalitetsstandard.jammerbugt.JammerbugtQuestions.AS_OF;
import static dk.kvalitetsstandard.jammerbugt.JammerbugtQuestions.ASSESSOR;
import static dk.kvalitetsstandard.jammerbugt.JammerbugtQuestions.DA;
import static dk.kvalitetsstandard.jammerbugt.JammerbugtQuestions.EN;
import static dk.kvalitetsstandard.jammerbugt.JammerbugtQuestions.IN_FORCE;
import static dk.kvalitetsstandard.jammerbugt.JammerbugtQuestions.SLUG;
import static dk.kvalitetsstandard.jammerbugt.JammerbugtQuestions.paths;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.questions.Check;
import dk.kvalitetsstandard.questions.ChoiceOutcome;
import dk.kvalitetsstandard.questions.FreeChoiceAnswer;
import dk.kvalitetsstandard.questions.FreeChoiceQuestion;
import dk.kvalitetsstandard.questions.FreeChoiceQuestion.Chosen;
import dk.kvalitetsstandard.questions.FreeChoiceQuestion.Visited;
import dk.kvalitetsstandard.questions.Medicine;
import dk.kvalitetsstandard.questions.Note;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * FREE_CHOICE for Jammerbugt (QUESTIONS.md): JAM-F1 (same character; the plan's guidelines and
 * goals; limits for the citizen's sake), JAM-F2 with NAT-F5 (medical treatment: heroin excluded;
 * the institution may refuse, a public one only for capacity) and the national rules NAT-F1..F6,
 * NAT-A2, NAT-G2. Jammerbugt has no discretionary precondition, so a choice whose decidable
 * criteria are met is ALLOWED; NEEDS_ASSESSMENT comes only from an input not given.
 */
class JammerbugtFreeChoiceQuestionTest {

  private static final LocalDate VISITED_ON = LocalDate.of(2026, 2, 10);

  private static final Optional<Boolean> MET = Optional.of(true);
  private static final Optional<Boolean> FAILED = Optional.of(false);
  private static final Optional<Boolean> UNDECIDED = Optional.empty();

  private static final String LIMIT_FOR_CITIZENS_SAKE =
      "The municipality may limit the choice if consideration for the citizen speaks for it.";
  private static final String PLAN_GUIDELINES =
      "Can the guidelines and goals of the treatment plan still be followed at the chosen offer?";
  private static final String SET_ASIDE = "May the choice be set aside or limited for the citizen's own sake (NAT-F3)?";

  private static FreeChoiceQuestion.Builder question(Track track, String visited, Chosen chosen) {
    FreeChoiceQuestion.Builder b = FreeChoiceQuestion.builder().municipality(SLUG).asOf(AS_OF).track(track).chosen(chosen);
    if (visited != null) {
      b.visited(Visited.of(visited, VISITED_ON));
    }
    return b;
  }

  private static FreeChoiceAnswer ask(FreeChoiceQuestion.Builder question) {
    return ask(question, EN);
  }

  private static FreeChoiceAnswer ask(FreeChoiceQuestion.Builder question, Locale locale) {
    return ASSESSOR.freeChoice(question.build(), locale);
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

  private static List<String> openMessages(FreeChoiceAnswer a) {
    return a.openQuestions().stream().map(Note::message).toList();
  }

  // ------------------------------------------------------------------ ALLOWED

  @Test
  @DisplayName("JAM-F1 NAT-F1 NAT-G2 visited to outpatient, the citizen may choose another public outpatient offer:"
      + " ALLOWED, guarantee waived, the plan's guidelines and goals left to a caseworker")
  void outpatientToOutpatientIsAllowed() {
    FreeChoiceAnswer a = ask(question(Track.SOCIAL_DRUG, "OUTPATIENT", Chosen.of("OUTPATIENT", null, true)));

    assertEquals("jammerbugt", a.municipality());
    assertEquals(ChoiceOutcome.ALLOWED, a.outcome());
    assertEquals("JAM-F1", a.rule());
    assertEquals("SEL § 101, stk. 5", a.legalBasis());
    assertEquals(List.of("NAT-F2", "NAT-F1", "NAT-F6"), rules(a));
    assertEquals(List.of(MET, MET, MET), met(a));
    assertEquals("The chosen offer is of the same kind as the visited one (outpatient treatment).",
        a.criteria().get(1).message());
    assertEquals("The chosen provider is public and needs no listing.", a.criteria().get(2).message());
    assertTrue(a.guaranteeWaived(), "choosing another provider sets the 14-day guarantee aside (NAT-G2)");
    assertEquals(List.of("NAT-F3", "JAM-F1", "JAM-F1"), openRules(a));
    assertEquals(List.of(LIMIT_FOR_CITIZENS_SAKE, PLAN_GUIDELINES, SET_ASIDE), openMessages(a));
  }

  @Test
  @DisplayName("JAM-F1 NAT-F1 Jammerbugt grades no intensities: visited to conversation treatment, the group offer is"
      + " of the same character and may be chosen")
  void sameKindWithoutIntensities() {
    FreeChoiceAnswer a = ask(question(Track.SOCIAL_DRUG, "outpatient", Chosen.of("group", null, true)));

    assertEquals(ChoiceOutcome.ALLOWED, a.outcome());
    assertEquals(List.of("NAT-F2", "NAT-F1", "NAT-F6"), rules(a));
    assertEquals(List.of(MET, MET, MET), met(a));
    assertEquals("The chosen offer is of the same kind as the visited one (outpatient treatment).",
        a.criteria().get(1).message());
    assertTrue(a.guaranteeWaived());
  }

  @Test
  @DisplayName("NAT-F6 NAT-F1 a private outpatient provider approved and listed on Tilbudsportalen may be chosen:"
      + " ALLOWED, guarantee waived")
  void listedPrivateProviderIsAllowed() {
    FreeChoiceAnswer a = ask(question(Track.SOCIAL_DRUG, "OUTPATIENT", Chosen.of("OUTPATIENT", true, false)));

    assertEquals(ChoiceOutcome.ALLOWED, a.outcome());
    assertEquals("JAM-F1", a.rule());
    assertEquals(List.of("NAT-F2", "NAT-F1", "NAT-F6"), rules(a));
    assertEquals(List.of(MET, MET, MET), met(a));
    assertEquals("The chosen offer is approved by Socialtilsynet and listed on Tilbudsportalen.",
        a.criteria().get(2).message());
    assertTrue(a.guaranteeWaived());
    assertEquals(List.of("NAT-F3", "JAM-F1", "JAM-F1"), openRules(a));
  }

  @Test
  @DisplayName("JAM-M1 JAM-F1 the answer is the same inside the standard's period (2023) and after it expired (2026)")
  void sameAnswerInForceAndExpired() {
    FreeChoiceQuestion in2023 = FreeChoiceQuestion.builder().municipality(SLUG).asOf(IN_FORCE).track(Track.SOCIAL_DRUG)
        .visited(Visited.of("OUTPATIENT", LocalDate.of(2023, 5, 10))).chosen(Chosen.of("OUTPATIENT", null, true)).build();
    FreeChoiceAnswer during = ASSESSOR.freeChoice(in2023, EN);
    FreeChoiceAnswer after = ask(question(Track.SOCIAL_DRUG, "OUTPATIENT", Chosen.of("OUTPATIENT", null, true)));

    assertEquals(ChoiceOutcome.ALLOWED, during.outcome());
    assertEquals("JAM-F1", during.rule());
    assertEquals(List.of("NAT-F2", "NAT-F1", "NAT-F6"), rules(during));
    assertTrue(during.guaranteeWaived());
    assertEquals(List.of("NAT-F3", "JAM-F1", "JAM-F1"), openRules(during));
    assertEquals(during.outcome(), after.outcome());
    assertEquals(during.openQuestions(), after.openQuestions());
  }

  @Test
  @DisplayName("JAM-F1 NAT-G5 alcohol: the same free choice after visitation, ALLOWED, but no law lets the choice set"
      + " the alcohol guarantee aside (guaranteeWaived false, Assessor's documented reading)")
  void alcoholChoiceDoesNotWaiveTheGuarantee() {
    FreeChoiceAnswer a = ask(question(Track.ALCOHOL, "outpatient", Chosen.of("OUTPATIENT", null, true)));

    assertEquals(ChoiceOutcome.ALLOWED, a.outcome());
    assertEquals("JAM-F1", a.rule());
    assertEquals(List.of("NAT-F2", "NAT-F1", "NAT-F6"), rules(a));
    assertEquals(List.of(MET, MET, MET), met(a));
    assertFalse(a.guaranteeWaived());
    assertEquals(List.of("NAT-F3", "JAM-F1", "JAM-F1"), openRules(a));
    assertEquals(List.of(LIMIT_FOR_CITIZENS_SAKE, PLAN_GUIDELINES, SET_ASIDE), openMessages(a));
  }

  // ------------------------------------------------------------------ REFUSED

  @Test
  @DisplayName("NAT-F2 free choice comes after visitation: a citizen not yet visited is REFUSED, guarantee not waived"
      + " (also on the alcohol track: Jammerbugt, unlike Odsherred, requires visitation there too)")
  void noVisitationIsRefused() {
    for (Track track : List.of(Track.SOCIAL_DRUG, Track.ALCOHOL)) {
      FreeChoiceAnswer a = ask(question(track, null, Chosen.of("OUTPATIENT", null, true)));

      assertEquals(ChoiceOutcome.REFUSED, a.outcome(), track.name());
      assertEquals("NAT-F2", a.rule(), track.name());
      assertEquals(List.of("NAT-F2", "NAT-F6"), rules(a), track.name());
      assertEquals(List.of(FAILED, MET), met(a), track.name());
      assertEquals("The citizen has not been visited yet; free choice comes after the municipality's visitation.",
          a.criteria().get(0).message());
      assertFalse(a.guaranteeWaived(), track.name());
      assertEquals(List.of("NAT-F3", "JAM-F1", "JAM-F1"), openRules(a), track.name());
    }
  }

  @Test
  @DisplayName("JAM-F1 NAT-F1 the seed's example: visited to outpatient, the citizen cannot choose residential"
      + " treatment (and the reverse): REFUSED, guarantee not waived")
  void anotherKindIsRefused() {
    FreeChoiceAnswer a = ask(question(Track.SOCIAL_DRUG, "outpatient", Chosen.of("RESIDENTIAL", null, true)));

    assertEquals(ChoiceOutcome.REFUSED, a.outcome());
    assertEquals("NAT-F1", a.rule());
    assertEquals(List.of("NAT-F2", "NAT-F1", "NAT-F6"), rules(a));
    assertEquals(List.of(MET, FAILED, MET), met(a));
    assertEquals("The chosen offer (residential treatment) is not of the same kind as the visited one"
        + " (outpatient treatment).", a.criteria().get(1).message());
    assertFalse(a.guaranteeWaived());
    assertEquals(List.of("NAT-F3", "JAM-F1", "JAM-F1"), openRules(a));

    FreeChoiceAnswer reverse = ask(question(Track.SOCIAL_DRUG, "residential", Chosen.of("OUTPATIENT", null, true)));
    assertEquals(ChoiceOutcome.REFUSED, reverse.outcome());
    assertEquals("NAT-F1", reverse.rule());
    assertEquals(List.of(MET, FAILED, MET), met(reverse));
    assertFalse(reverse.guaranteeWaived());
  }

  @Test
  @DisplayName("NAT-F6 a private provider not approved and listed on Tilbudsportalen cannot be chosen: REFUSED,"
      + " guarantee not waived")
  void unlistedPrivateProviderIsRefused() {
    FreeChoiceAnswer a = ask(question(Track.SOCIAL_DRUG, "OUTPATIENT", Chosen.of("OUTPATIENT", false, false)));

    assertEquals(ChoiceOutcome.REFUSED, a.outcome());
    assertEquals("NAT-F6", a.rule());
    assertEquals(List.of("NAT-F2", "NAT-F1", "NAT-F6"), rules(a));
    assertEquals(List.of(MET, MET, FAILED), met(a));
    assertEquals("A private provider must be approved by Socialtilsynet and listed on Tilbudsportalen; this one is not.",
        a.criteria().get(2).message());
    assertFalse(a.guaranteeWaived());
    assertEquals(List.of("NAT-F3", "JAM-F1", "JAM-F1"), openRules(a));
  }

  @Test
  @DisplayName("NAT-F6 JAM-F1 JAM-F2 Jammerbugt's free-choice texts do not mention Tilbudsportalen: on the alcohol and"
      + " medical tracks too the listing criterion, and a refusal on it, name the law's NAT-F6, not JAM-F1 or JAM-F2")
  void listingCriterionIsNatF6OnEveryTrack() {
    FreeChoiceAnswer alcohol = ask(question(Track.ALCOHOL, "outpatient", Chosen.of("OUTPATIENT", false, false)));
    assertEquals(ChoiceOutcome.REFUSED, alcohol.outcome());
    assertEquals("NAT-F6", alcohol.rule());
    assertEquals(List.of("NAT-F2", "NAT-F1", "NAT-F6"), rules(alcohol));
    assertEquals(List.of(MET, MET, FAILED), met(alcohol));

    FreeChoiceAnswer medical = ask(question(Track.MEDICAL_DRUG, "substitution", Chosen.of("SUBSTITUTION", true, false))
        .medicine(Medicine.METHADONE));
    assertEquals(ChoiceOutcome.ALLOWED, medical.outcome());
    assertEquals("JAM-F2", medical.rule());
    assertEquals(List.of("NAT-F2", "NAT-F1", "NAT-F6", "NAT-F5"), rules(medical));
    assertEquals(List.of(MET, MET, MET, MET), met(medical));
  }

  @Test
  @DisplayName("NAT-A2 anonymous treatment is not free choice under SEL § 101, stk. 5: the citizen is referred to the"
      + " contracted providers; REFUSED, guarantee not waived (§ 101 a has none)")
  void anonymousTrackIsRefused() {
    FreeChoiceAnswer a = ask(question(Track.ANONYMOUS_DRUG, "anonymous-outpatient",
        Chosen.of("ANONYMOUS_OUTPATIENT", null, true)));

    assertEquals(ChoiceOutcome.REFUSED, a.outcome());
    assertEquals("NAT-A2", a.rule());
    assertEquals("SEL § 101 a, stk. 2", a.legalBasis());
    assertEquals(List.of("NAT-A2"), rules(a));
    assertEquals(List.of(FAILED), met(a));
    assertEquals("Anonymous treatment under SEL § 101 a is not covered by free choice: the citizen is referred to the"
        + " providers the municipality has agreements with.", a.criteria().get(0).message());
    assertFalse(a.guaranteeWaived());
    // There is no choice under § 101, stk. 5 to limit, so nothing is left for a caseworker to weigh.
    assertEquals(List.of(), a.openQuestions());
  }

  // ------------------------------------------------------------------ NEEDS_ASSESSMENT

  @Test
  @DisplayName("NAT-F6 whether the provider is public, or a private one listed, is not given: NEEDS_ASSESSMENT, never"
      + " guessed; the guarantee is waived unless refused")
  void listingNotGivenNeedsAssessment() {
    for (Chosen chosen : List.of(Chosen.of("OUTPATIENT", null, null), Chosen.of("OUTPATIENT", null, false))) {
      FreeChoiceAnswer a = ask(question(Track.SOCIAL_DRUG, "OUTPATIENT", chosen));

      assertEquals(ChoiceOutcome.NEEDS_ASSESSMENT, a.outcome(), chosen.toString());
      assertEquals("NAT-F6", a.rule(), chosen.toString());
      assertEquals(List.of("NAT-F2", "NAT-F1", "NAT-F6"), rules(a));
      assertEquals(List.of(MET, MET, UNDECIDED), met(a), chosen.toString());
      assertEquals("It is not given whether the provider is public, or whether a private provider is listed on"
          + " Tilbudsportalen.", a.criteria().get(2).message());
      assertTrue(a.guaranteeWaived(), chosen.toString());
      assertEquals(List.of("NAT-F3", "JAM-F1", "JAM-F1"), openRules(a));
    }
  }

  // ------------------------------------------------------------------ MEDICAL_DRUG (JAM-F2, NAT-F5)

  @Test
  @DisplayName("JAM-F2 NAT-F5 visited to substitution with methadone, the citizen may choose another public"
      + " institution: ALLOWED under SUL § 142, stk. 7, guarantee waived; the institution may refuse, a public one"
      + " only for capacity")
  void medicalChoiceIsAllowed() {
    FreeChoiceAnswer a = ask(question(Track.MEDICAL_DRUG, "substitution", Chosen.of("SUBSTITUTION", null, true))
        .medicine(Medicine.METHADONE));

    assertEquals(ChoiceOutcome.ALLOWED, a.outcome());
    assertEquals("JAM-F2", a.rule());
    assertEquals("SUL § 142, stk. 7", a.legalBasis());
    assertEquals(List.of("NAT-F2", "NAT-F1", "NAT-F6", "NAT-F5"), rules(a));
    assertEquals(List.of(MET, MET, MET, MET), met(a));
    assertEquals("Treatment with this medicine is covered by free choice.", a.criteria().get(3).message());
    assertTrue(a.guaranteeWaived(), "SUL § 142, stk. 8");
    assertEquals(List.of("NAT-F5", "NAT-F3", "JAM-F2", "JAM-F2"), openRules(a));
    assertEquals(List.of(
        "The chosen institution may refuse the citizen; a public institution only for reasons of capacity.",
        LIMIT_FOR_CITIZENS_SAKE,
        "The chosen institution may refuse the citizen",
        "A public institution may refuse only for capacity reasons"), openMessages(a));
  }

  @Test
  @DisplayName("JAM-F2 NAT-F5 treatment with diacetylmorphine (heroin) is excluded from free choice: REFUSED,"
      + " guarantee not waived")
  void heroinIsRefused() {
    FreeChoiceAnswer a = ask(question(Track.MEDICAL_DRUG, "substitution", Chosen.of("SUBSTITUTION", null, true))
        .medicine(Medicine.DIACETYLMORPHINE));

    assertEquals(ChoiceOutcome.REFUSED, a.outcome());
    assertEquals("NAT-F5", a.rule());
    assertEquals("SUL § 142, stk. 7", a.legalBasis());
    assertEquals(List.of("NAT-F2", "NAT-F1", "NAT-F6", "NAT-F5"), rules(a));
    assertEquals(List.of(MET, MET, MET, FAILED), met(a));
    assertEquals("Treatment with diacetylmorphine (heroin) is excluded from free choice.", a.criteria().get(3).message());
    assertFalse(a.guaranteeWaived());
    assertEquals(List.of("NAT-F5", "NAT-F3", "JAM-F2", "JAM-F2"), openRules(a));
  }

  @Test
  @DisplayName("JAM-F2 NAT-F5 the medicine is not given, so the heroin exception cannot be ruled out:"
      + " NEEDS_ASSESSMENT, guarantee waived")
  void medicineNotGivenNeedsAssessment() {
    FreeChoiceAnswer a = ask(question(Track.MEDICAL_DRUG, "substitution", Chosen.of("SUBSTITUTION", null, true)));

    assertEquals(ChoiceOutcome.NEEDS_ASSESSMENT, a.outcome());
    assertEquals("NAT-F5", a.rule());
    assertEquals(List.of("NAT-F2", "NAT-F1", "NAT-F6", "NAT-F5"), rules(a));
    assertEquals(List.of(MET, MET, MET, UNDECIDED), met(a));
    assertEquals("The medicine is not given; treatment with diacetylmorphine (heroin) would be excluded from free"
        + " choice.", a.criteria().get(3).message());
    assertTrue(a.guaranteeWaived());
    assertEquals(List.of("NAT-F5", "NAT-F3", "JAM-F2", "JAM-F2"), openRules(a));
  }

  @Test
  @DisplayName("NAT-F2 a medical citizen not yet visited to substitution is REFUSED whatever the medicine")
  void medicalWithoutVisitationIsRefused() {
    FreeChoiceAnswer a = ask(question(Track.MEDICAL_DRUG, null, Chosen.of("SUBSTITUTION", null, true))
        .medicine(Medicine.BUPRENORPHINE));

    assertEquals(ChoiceOutcome.REFUSED, a.outcome());
    assertEquals("NAT-F2", a.rule());
    assertEquals(List.of("NAT-F2", "NAT-F6", "NAT-F5"), rules(a));
    assertEquals(List.of(FAILED, MET, MET), met(a));
    assertFalse(a.guaranteeWaived());
  }

  // ------------------------------------------------------------------ Danish, errors

  @Test
  @DisplayName("NAT-F3 NAT-F1 a Danish answer gives the library's own texts in Danish")
  void danishAnswer() {
    FreeChoiceAnswer a = ask(question(Track.SOCIAL_DRUG, "outpatient", Chosen.of("RESIDENTIAL", null, true)), DA);

    assertEquals(ChoiceOutcome.REFUSED, a.outcome());
    assertEquals("NAT-F1", a.rule());
    assertEquals("Det valgte tilbud (døgnbehandling) er ikke af samme karakter som det visiterede (ambulant behandling).",
        a.criteria().get(1).message());
    assertEquals("Den valgte leverandør er offentlig og skal ikke være optaget på Tilbudsportalen.",
        a.criteria().get(2).message());
    assertEquals("NAT-F3", a.openQuestions().get(0).rule());
    assertEquals("Kommunen kan begrænse valget, hvis hensynet til borgeren taler for det.",
        a.openQuestions().get(0).message());
  }

  @Test
  @DisplayName("NAT-F2 a visitation dated after the question, and an offer the standard does not know, are errors"
      + " naming their JSON paths")
  void invalidQuestions() {
    FreeChoiceQuestion late = FreeChoiceQuestion.builder().municipality(SLUG).asOf(AS_OF).track(Track.SOCIAL_DRUG)
        .visited(Visited.of("OUTPATIENT", AS_OF.plusDays(1))).chosen(Chosen.of("OUTPATIENT", null, true)).build();
    assertEquals(List.of("visited.date"), paths(() -> ASSESSOR.freeChoice(late, EN)));

    FreeChoiceQuestion unknown = FreeChoiceQuestion.builder().municipality(SLUG).asOf(AS_OF).track(Track.SOCIAL_DRUG)
        .visited(Visited.of("OUTPATIENT", VISITED_ON)).chosen(Chosen.of("night-cafe", null, true)).build();
    assertEquals(List.of("chosen.offer"), paths(() -> ASSESSOR.freeChoice(unknown, EN)));
  }
}
