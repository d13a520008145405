package dk.kvalitetsstandard.odsherred;

import static org.junit.jupiter.api.Assertions.assertAll;
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
import dk.kvalitetsstandard.questions.FreeChoiceQuestion.Chosen;
import dk.kvalitetsstandard.questions.FreeChoiceQuestion.Visited;
import dk.kvalitetsstandard.questions.FreeChoiceQuestion;
import dk.kvalitetsstandard.questions.Medicine;
import dk.kvalitetsstandard.questions.Note;
import dk.kvalitetsstandard.registry.StandardRegistry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * FREE_CHOICE questions put to the {@link Assessor} for Odsherred (QUESTIONS.md; RULES.md NAT-F*,
 * NAT-A2, NAT-G2, ODS-F1..F3, ODS-O2..O4). Expected values are written out by hand from the
 * contract, the catalogue and the seed.
 */
@DisplayName("Odsherred FREE_CHOICE: ODS-F1 drugs after visitation, ODS-F2 alcohol without, ODS-F3 limits")
class OdsherredFreeChoiceQuestionTest {

  private static final Assessor ASSESSOR = Assessor.of(StandardRegistry.defaultRegistry());
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);
  private static final LocalDate VISITED_ON = LocalDate.of(2026, 2, 10);

  private static final String ODS_F3_PLAN = "Can the professional guidelines and goals of the treatment plan be "
      + "followed at the chosen offer?";
  private static final String ODS_F3_NEEDS = "Is the chosen place able to meet the citizen's treatment needs? The team "
      + "assesses it from Tilbudsportalen and possibly personal contact, and advises the citizen.";
  private static final String NAT_F3 = "The municipality may limit the choice if consideration for the citizen speaks "
      + "for it.";

  // ------------------------------------------------------------------ helpers

  private static FreeChoiceQuestion.Builder question(Track track) {
    return FreeChoiceQuestion.builder().municipality("odsherred").asOf(AS_OF).track(track);
  }

  private static FreeChoiceAnswer ask(FreeChoiceQuestion.Builder question) {
    return ASSESSOR.freeChoice(question.build(), Locale.ENGLISH);
  }

  private static Visited visited(String offer) {
    return Visited.of(offer, VISITED_ON);
  }

  /** A private provider approved and listed on Tilbudsportalen. */
  private static Chosen listedPrivate(String offer) {
    return Chosen.of(offer, true, false);
  }

  /** Asserts the criteria in order as {@code RULE=met}, {@code met} being true, false or null. */
  private static void assertCriteria(FreeChoiceAnswer answer, String... expected) {
    List<String> actual = new ArrayList<>();
    for (Check c : answer.criteria()) {
      actual.add(c.rule() + "=" + c.met().map(String::valueOf).orElse("null"));
    }
    assertEquals(List.of(expected), actual, "criteria of " + answer.criteria());
  }

  private static List<String> openRules(FreeChoiceAnswer answer) {
    return answer.openQuestions().stream().map(Note::rule).toList();
  }

  /** NAT-F3 always, then ODS-F3's two points, exactly as the standard words them. */
  private static void assertOdsherredOpenQuestions(FreeChoiceAnswer answer) {
    assertEquals(List.of("NAT-F3", "ODS-F3", "ODS-F3"), openRules(answer));
    assertEquals(NAT_F3, answer.openQuestions().get(0).message());
    assertEquals(ODS_F3_PLAN, answer.openQuestions().get(1).message());
    assertEquals(ODS_F3_NEEDS, answer.openQuestions().get(2).message());
  }

  // ------------------------------------------------------------------ ALLOWED

  @Nested
  @DisplayName("ALLOWED")
  class Allowed {

    @Test
    @DisplayName("ODS-F1 NAT-F1 NAT-F2 visited to low-intensity outpatient, a listed private low-intensity course elsewhere: allowed, guarantee waived")
    void sameKindAndIntensityAfterVisitation() {
      FreeChoiceAnswer a = ask(question(Track.SOCIAL_DRUG).visited(visited("outpatient-low"))
          .chosen(listedPrivate("outpatient-low")));
      assertAll(
          () -> assertEquals("odsherred", a.municipality()),
          () -> assertEquals(ChoiceOutcome.ALLOWED, a.outcome()),
          () -> assertEquals("ODS-F1", a.rule()),
          () -> assertEquals("SEL § 101, stk. 5", a.legalBasis()),
          () -> assertCriteria(a, "NAT-F2=true", "NAT-F1=true", "NAT-F6=true"),
          () -> assertEquals("The citizen was visited to Lav intensiv behandling (outpatient treatment) on 10 February 2026.",
              a.criteria().get(0).message()),
          () -> assertEquals("The chosen offer is of the same kind and intensity as the visited one "
              + "(outpatient treatment, low intensity).", a.criteria().get(1).message()),
          () -> assertTrue(a.guaranteeWaived(), "NAT-G2: a choice that is not refused waives the 14 days"),
          () -> assertOdsherredOpenQuestions(a));
    }

    @Test
    @DisplayName("ODS-F1 NAT-F1 visited to intensive outpatient, the intensive course elsewhere (HIGH = HIGH): allowed")
    void intensiveToIntensive() {
      FreeChoiceAnswer a = ask(question(Track.SOCIAL_DRUG).visited(visited("outpatient-intensive"))
          .chosen(listedPrivate("outpatient-intensive")));
      assertAll(
          () -> assertEquals(ChoiceOutcome.ALLOWED, a.outcome()),
          () -> assertCriteria(a, "NAT-F2=true", "NAT-F1=true", "NAT-F6=true"),
          () -> assertEquals("The chosen offer is of the same kind and intensity as the visited one "
              + "(outpatient treatment, high intensity).", a.criteria().get(1).message()),
          () -> assertTrue(a.guaranteeWaived()));
    }

    @Test
    @DisplayName("ODS-O4 NAT-F7 visited to intensive outpatient, a MOVE course elsewhere: MOVE is that course in another form, allowed")
    void intensiveToMove() {
      for (String chosen : List.of("move", "MOVE")) {
        FreeChoiceAnswer a = ask(question(Track.SOCIAL_DRUG).visited(visited("outpatient-intensive"))
            .chosen(listedPrivate(chosen)));
        assertAll(
            () -> assertEquals(ChoiceOutcome.ALLOWED, a.outcome(), chosen),
            () -> assertCriteria(a, "NAT-F2=true", "NAT-F7=true", "NAT-F6=true"),
            () -> assertTrue(a.guaranteeWaived()));
      }
    }

    @Test
    @DisplayName("ODS-O3 NAT-F7 visited to medium outpatient, a MOVE course elsewhere: another intensity, refused")
    void mediumToMove() {
      FreeChoiceAnswer a = ask(question(Track.SOCIAL_DRUG).visited(visited("outpatient-medium")).chosen(listedPrivate("move")));
      assertEquals(ChoiceOutcome.REFUSED, a.outcome());
      assertCriteria(a, "NAT-F2=true", "NAT-F7=false", "NAT-F6=true");
    }

    @Test
    @DisplayName("ODS-F1 NAT-F1 NAT-F6 visited to day treatment, another public day treatment: allowed without a listing check")
    void publicDayTreatment() {
      FreeChoiceAnswer a = ask(question(Track.SOCIAL_DRUG).visited(visited("day")).chosen(Chosen.of("DAY", null, true)));
      assertAll(
          () -> assertEquals(ChoiceOutcome.ALLOWED, a.outcome()),
          () -> assertEquals("ODS-F1", a.rule()),
          () -> assertCriteria(a, "NAT-F2=true", "NAT-F1=true", "NAT-F6=true"),
          () -> assertEquals("The chosen offer is of the same kind as the visited one (day treatment).",
              a.criteria().get(1).message()),
          () -> assertEquals("The chosen provider is public and needs no listing.", a.criteria().get(2).message()),
          () -> assertTrue(a.guaranteeWaived()),
          () -> assertOdsherredOpenQuestions(a));
    }

    @Test
    @DisplayName("ODS-F2 alcohol: another listed outpatient offer without prior visitation is allowed; guarantee not waived on ALCOHOL")
    void alcoholWithoutVisitation() {
      FreeChoiceAnswer a = ask(question(Track.ALCOHOL).chosen(listedPrivate("OUTPATIENT")));
      assertAll(
          () -> assertEquals(ChoiceOutcome.ALLOWED, a.outcome()),
          () -> assertEquals("ODS-F2", a.rule()),
          () -> assertCriteria(a, "ODS-F2=true", "NAT-F6=true"),
          () -> assertEquals("For alcohol treatment the citizen may choose another outpatient offer without prior "
              + "visitation.", a.criteria().get(0).message()),
          () -> assertTrue(a.criteria().stream().noneMatch(c -> c.rule().equals("NAT-F2")),
              "ODS-F2: no visitation criterion on the alcohol track"),
          () -> assertFalse(a.guaranteeWaived(), "documented reading: nothing lets an alcohol choice set the 14 days aside"),
          () -> assertOdsherredOpenQuestions(a));
    }

    @Test
    @DisplayName("ODS-F2 ODS-F3 NAT-F1 alcohol with a visitation to medium intensity: the medium course elsewhere is allowed")
    void alcoholVisitedSameIntensity() {
      FreeChoiceAnswer a = ask(question(Track.ALCOHOL).visited(visited("outpatient-medium"))
          .chosen(listedPrivate("outpatient-medium")));
      assertAll(
          () -> assertEquals(ChoiceOutcome.ALLOWED, a.outcome()),
          () -> assertEquals("ODS-F2", a.rule()),
          () -> assertCriteria(a, "ODS-F2=true", "NAT-F1=true", "NAT-F6=true"),
          () -> assertFalse(a.guaranteeWaived()));
    }

    @Test
    @DisplayName("ODS-F1 NAT-F5 medical treatment with methadone at another listed institution: allowed under SUL § 142, stk. 7")
    void medicalMethadone() {
      FreeChoiceAnswer a = ask(question(Track.MEDICAL_DRUG).visited(visited("medical-treatment"))
          .chosen(listedPrivate("SUBSTITUTION")).medicine(Medicine.METHADONE));
      assertAll(
          () -> assertEquals(ChoiceOutcome.ALLOWED, a.outcome()),
          () -> assertEquals("ODS-F1", a.rule()),
          () -> assertEquals("SUL § 142, stk. 7", a.legalBasis()),
          () -> assertCriteria(a, "NAT-F2=true", "NAT-F1=true", "NAT-F6=true", "NAT-F5=true"),
          () -> assertEquals("The chosen offer is of the same kind as the visited one (substitution treatment).",
              a.criteria().get(1).message()),
          () -> assertEquals("Treatment with this medicine is covered by free choice.", a.criteria().get(3).message()),
          () -> assertTrue(a.guaranteeWaived(), "SUL § 142, stk. 8"),
          () -> assertEquals(List.of("NAT-F5", "NAT-F3", "ODS-F3", "ODS-F3"), openRules(a)),
          () -> assertEquals("The chosen institution may refuse the citizen; a public institution only for reasons "
              + "of capacity.", a.openQuestions().get(0).message()));
    }
  }

  // ------------------------------------------------------------------ REFUSED

  @Nested
  @DisplayName("REFUSED")
  class Refused {

    @Test
    @DisplayName("ODS-F1 NAT-F2 drugs: no visitation yet, so no free choice; guarantee not waived")
    void drugsWithoutVisitation() {
      FreeChoiceAnswer a = ask(question(Track.SOCIAL_DRUG).chosen(listedPrivate("OUTPATIENT")));
      assertAll(
          () -> assertEquals(ChoiceOutcome.REFUSED, a.outcome()),
          () -> assertEquals("NAT-F2", a.rule()),
          () -> assertEquals("SEL § 101, stk. 5", a.legalBasis()),
          () -> assertCriteria(a, "NAT-F2=false", "NAT-F6=true"),
          () -> assertEquals("The citizen has not been visited yet; free choice comes after the municipality's "
              + "visitation.", a.criteria().get(0).message()),
          () -> assertFalse(a.guaranteeWaived()),
          () -> assertOdsherredOpenQuestions(a));
    }


    @Test
    @DisplayName("ODS-F1 NAT-F2 medical treatment: no visitation yet, so no free choice of institution")
    void medicalWithoutVisitation() {
      FreeChoiceAnswer a = ask(question(Track.MEDICAL_DRUG).chosen(listedPrivate("SUBSTITUTION"))
          .medicine(Medicine.BUPRENORPHINE));
      assertAll(
          () -> assertEquals(ChoiceOutcome.REFUSED, a.outcome()),
          () -> assertEquals("NAT-F2", a.rule()),
          () -> assertCriteria(a, "NAT-F2=false", "NAT-F6=true", "NAT-F5=true"),
          () -> assertFalse(a.guaranteeWaived()));
    }

    @Test
    @DisplayName("NAT-F1 ODS-F3 visited to outpatient, day treatment chosen: another kind, refused")
    void outpatientToDay() {
      FreeChoiceAnswer a = ask(question(Track.SOCIAL_DRUG).visited(visited("OUTPATIENT")).chosen(listedPrivate("DAY")));
      assertAll(
          () -> assertEquals(ChoiceOutcome.REFUSED, a.outcome()),
          () -> assertEquals("NAT-F1", a.rule()),
          () -> assertCriteria(a, "NAT-F2=true", "NAT-F1=false", "NAT-F6=true"),
          () -> assertEquals("The chosen offer (day treatment) is not of the same kind as the visited one "
              + "(outpatient treatment).", a.criteria().get(1).message()),
          () -> assertFalse(a.guaranteeWaived()));
    }

    @Test
    @DisplayName("NAT-F1 ODS-F3 visited to low-intensity outpatient, residential treatment chosen: another kind, refused")
    void lowToResidential() {
      FreeChoiceAnswer a = ask(question(Track.SOCIAL_DRUG).visited(visited("outpatient-low"))
          .chosen(listedPrivate("residential")));
      assertAll(
          () -> assertEquals(ChoiceOutcome.REFUSED, a.outcome()),
          () -> assertEquals("NAT-F1", a.rule()),
          () -> assertCriteria(a, "NAT-F2=true", "NAT-F1=false", "NAT-F6=true"),
          () -> assertFalse(a.guaranteeWaived()));
    }

    @Test
    @DisplayName("ODS-O2 ODS-O4 NAT-F1 visited to low intensity, the intensive course chosen: another intensity, refused")
    void lowToIntensive() {
      FreeChoiceAnswer a = ask(question(Track.SOCIAL_DRUG).visited(visited("outpatient-low"))
          .chosen(listedPrivate("outpatient-intensive")));
      assertAll(
          () -> assertEquals(ChoiceOutcome.REFUSED, a.outcome()),
          () -> assertEquals("NAT-F1", a.rule()),
          () -> assertCriteria(a, "NAT-F2=true", "NAT-F1=false", "NAT-F6=true"),
          () -> assertEquals("The chosen offer has another intensity (high) than the visited one (low).",
              a.criteria().get(1).message()),
          () -> assertFalse(a.guaranteeWaived()),
          () -> assertOdsherredOpenQuestions(a));
    }

    @Test
    @DisplayName("ODS-F2 ODS-O2 ODS-O4 NAT-F1 alcohol visited to low intensity, the intensive course chosen: refused on NAT-F1")
    void alcoholLowToIntensive() {
      FreeChoiceAnswer a = ask(question(Track.ALCOHOL).visited(visited("outpatient-low"))
          .chosen(listedPrivate("outpatient-intensive")));
      assertAll(
          () -> assertEquals(ChoiceOutcome.REFUSED, a.outcome()),
          () -> assertEquals("NAT-F1", a.rule()),
          () -> assertCriteria(a, "ODS-F2=true", "NAT-F1=false", "NAT-F6=true"),
          () -> assertFalse(a.guaranteeWaived()));
    }

    @Test
    @DisplayName("ODS-O3 ODS-O2 NAT-F1 visited to medium intensity, the low course chosen: another intensity, refused")
    void mediumToLow() {
      FreeChoiceAnswer a = ask(question(Track.SOCIAL_DRUG).visited(visited("outpatient-medium"))
          .chosen(listedPrivate("outpatient-low")));
      assertAll(
          () -> assertEquals(ChoiceOutcome.REFUSED, a.outcome()),
          () -> assertEquals("NAT-F1", a.rule()),
          () -> assertEquals("The chosen offer has another intensity (low) than the visited one (medium).",
              a.criteria().get(1).message()));
    }

    @Test
    @DisplayName("NAT-F6 ODS-F3 a private provider not listed on Tilbudsportalen: refused, guarantee not waived")
    void privateNotListed() {
      FreeChoiceAnswer a = ask(question(Track.SOCIAL_DRUG).visited(visited("OUTPATIENT"))
          .chosen(Chosen.of("OUTPATIENT", false, false)));
      assertAll(
          () -> assertEquals(ChoiceOutcome.REFUSED, a.outcome()),
          () -> assertEquals("NAT-F6", a.rule()),
          () -> assertCriteria(a, "NAT-F2=true", "NAT-F1=true", "NAT-F6=false"),
          () -> assertEquals("A private provider must be approved by Socialtilsynet and listed on Tilbudsportalen; "
              + "this one is not.", a.criteria().get(2).message()),
          () -> assertFalse(a.guaranteeWaived()));
    }

    @Test
    @DisplayName("ODS-F2 NAT-F6 ODS-F3 alcohol without visitation, a private provider not listed: refused")
    void alcoholNotListed() {
      FreeChoiceAnswer a = ask(question(Track.ALCOHOL).chosen(Chosen.of("OUTPATIENT", false, false)));
      assertAll(
          () -> assertEquals(ChoiceOutcome.REFUSED, a.outcome()),
          () -> assertCriteria(a, "ODS-F2=true", "NAT-F6=false"),
          () -> assertFalse(a.guaranteeWaived()));
    }

    @Test
    @DisplayName("NAT-F5 medical treatment with diacetylmorphine (heroin) is excluded from free choice")
    void heroin() {
      FreeChoiceAnswer a = ask(question(Track.MEDICAL_DRUG).visited(visited("medical-treatment"))
          .chosen(listedPrivate("SUBSTITUTION")).medicine(Medicine.DIACETYLMORPHINE));
      assertAll(
          () -> assertEquals(ChoiceOutcome.REFUSED, a.outcome()),
          () -> assertEquals("NAT-F5", a.rule()),
          () -> assertEquals("SUL § 142, stk. 7", a.legalBasis()),
          () -> assertCriteria(a, "NAT-F2=true", "NAT-F1=true", "NAT-F6=true", "NAT-F5=false"),
          () -> assertEquals("Treatment with diacetylmorphine (heroin) is excluded from free choice.",
              a.criteria().get(3).message()),
          () -> assertFalse(a.guaranteeWaived()),
          () -> assertEquals(List.of("NAT-F5", "NAT-F3", "ODS-F3", "ODS-F3"), openRules(a)));
    }

    @Test
    @DisplayName("NAT-A2 ODS-A2 anonymous treatment: no free choice under § 101, stk. 5; referred to the contracted providers")
    void anonymousTrack() {
      FreeChoiceAnswer a = ask(question(Track.ANONYMOUS_DRUG).chosen(listedPrivate("anonymous-group")));
      assertAll(
          () -> assertEquals(ChoiceOutcome.REFUSED, a.outcome()),
          () -> assertEquals("NAT-A2", a.rule()),
          () -> assertEquals("SEL § 101 a, stk. 2", a.legalBasis()),
          () -> assertCriteria(a, "NAT-A2=false"),
          () -> assertEquals("Anonymous treatment under SEL § 101 a is not covered by free choice: the citizen is "
              + "referred to the providers the municipality has agreements with.", a.criteria().get(0).message()),
          () -> assertFalse(a.guaranteeWaived()),
          () -> assertEquals(List.of(), a.openQuestions()));
    }

    @Test
      @DisplayName("ODS-F2 NAT-F1 alcohol without visitation may choose another outpatient offer only: residential treatment is refused")
    void alcoholWithoutVisitationResidential() {
      FreeChoiceAnswer a = ask(question(Track.ALCOHOL).chosen(listedPrivate("RESIDENTIAL")));
      assertAll(
          () -> assertEquals(ChoiceOutcome.REFUSED, a.outcome()),
          () -> assertTrue(a.criteria().stream().anyMatch(c -> Set.of("ODS-F2", "NAT-F2").contains(c.rule())
              && c.met().equals(Optional.of(false))), "a failing ODS-F2/NAT-F2 criterion in " + a.criteria()),
          () -> assertFalse(a.guaranteeWaived()));
    }
  }

  // ------------------------------------------------------------------ NEEDS_ASSESSMENT

  @Nested
  @DisplayName("NEEDS_ASSESSMENT")
  class NeedsAssessment {

    @Test
    @DisplayName("ODS-O2 NAT-F1 visited to low intensity, a plain OUTPATIENT offer chosen: its intensity is not given")
    void chosenIntensityUnknown() {
      FreeChoiceAnswer a = ask(question(Track.SOCIAL_DRUG).visited(visited("outpatient-low"))
          .chosen(listedPrivate("OUTPATIENT")));
      assertAll(
          () -> assertEquals(ChoiceOutcome.NEEDS_ASSESSMENT, a.outcome()),
          () -> assertEquals("NAT-F1", a.rule()),
          () -> assertCriteria(a, "NAT-F2=true", "NAT-F1=null", "NAT-F6=true"),
          () -> assertEquals("The visited offer is outpatient treatment at low intensity; the chosen offer's intensity "
              + "is not given.", a.criteria().get(1).message()),
          () -> assertTrue(a.guaranteeWaived(), "not refused, so waived (NAT-G2)"),
          () -> assertOdsherredOpenQuestions(a));
    }

    @Test
    @DisplayName("ODS-F2 ODS-O4 NAT-F1 alcohol visited to the intensive course, a plain OUTPATIENT offer chosen: intensity not given")
    void alcoholChosenIntensityUnknown() {
      FreeChoiceAnswer a = ask(question(Track.ALCOHOL).visited(visited("outpatient-intensive"))
          .chosen(listedPrivate("OUTPATIENT")));
      assertAll(
          () -> assertEquals(ChoiceOutcome.NEEDS_ASSESSMENT, a.outcome()),
          () -> assertEquals("NAT-F1", a.rule()),
          () -> assertCriteria(a, "ODS-F2=true", "NAT-F1=null", "NAT-F6=true"),
          () -> assertFalse(a.guaranteeWaived(), "documented reading: never waived on ALCOHOL"));
    }

    @Test
    @DisplayName("NAT-F6 ODS-F3 a private provider whose listing on Tilbudsportalen is not given: left open, never guessed")
    void listingUnknown() {
      FreeChoiceAnswer a = ask(question(Track.SOCIAL_DRUG).visited(visited("DAY"))
          .chosen(Chosen.of("DAY", null, false)));
      assertAll(
          () -> assertEquals(ChoiceOutcome.NEEDS_ASSESSMENT, a.outcome()),
          () -> assertEquals("NAT-F6", a.rule()),
          () -> assertCriteria(a, "NAT-F2=true", "NAT-F1=true", "NAT-F6=null"),
          () -> assertEquals("It is not given whether the provider is public, or whether a private provider is listed "
              + "on Tilbudsportalen.", a.criteria().get(2).message()),
          () -> assertTrue(a.guaranteeWaived()));
    }

    @Test
    @DisplayName("NAT-F6 ODS-F3 not listed, but whether the provider is public is not given: left open")
    void publicUnknown() {
      FreeChoiceAnswer a = ask(question(Track.SOCIAL_DRUG).visited(visited("DAY"))
          .chosen(Chosen.of("DAY", false, null)));
      assertAll(
          () -> assertEquals(ChoiceOutcome.NEEDS_ASSESSMENT, a.outcome()),
          () -> assertCriteria(a, "NAT-F2=true", "NAT-F1=true", "NAT-F6=null"));
    }

    @Test
    @DisplayName("NAT-F5 medical treatment with the medicine not given: heroin cannot be ruled out, left open")
    void medicineUnknown() {
      FreeChoiceAnswer a = ask(question(Track.MEDICAL_DRUG).visited(visited("SUBSTITUTION"))
          .chosen(Chosen.of("SUBSTITUTION", null, true)));
      assertAll(
          () -> assertEquals(ChoiceOutcome.NEEDS_ASSESSMENT, a.outcome()),
          () -> assertEquals("NAT-F5", a.rule()),
          () -> assertCriteria(a, "NAT-F2=true", "NAT-F1=true", "NAT-F6=true", "NAT-F5=null"),
          () -> assertEquals("The medicine is not given; treatment with diacetylmorphine (heroin) would be excluded "
              + "from free choice.", a.criteria().get(3).message()),
          () -> assertTrue(a.guaranteeWaived()));
    }

    @Test
      @DisplayName("ODS-O2..O4 NAT-F1 visited to a plain OUTPATIENT offer, the intensive course chosen: the visited intensity is not given")
    void visitedIntensityUnknown() {
      FreeChoiceAnswer a = ask(question(Track.SOCIAL_DRUG).visited(visited("OUTPATIENT"))
          .chosen(listedPrivate("outpatient-intensive")));
      assertAll(
          () -> assertEquals(ChoiceOutcome.NEEDS_ASSESSMENT, a.outcome()),
          () -> assertEquals("NAT-F1", a.rule()),
          () -> assertCriteria(a, "NAT-F2=true", "NAT-F1=null", "NAT-F6=true"));
    }
  }

  // ------------------------------------------------------------------ rule IDs and legal basis

  @Nested
  @DisplayName("Rule IDs and legal basis")
  class RuleIds {

    @Test
    @DisplayName("NAT-F6 ODS-F3 the Tilbudsportalen criterion, and a refusal for want of listing, cite NAT-F6 on both tracks")
    void listingCitesNatF6() {
      FreeChoiceAnswer drugs = ask(question(Track.SOCIAL_DRUG).visited(visited("OUTPATIENT"))
          .chosen(Chosen.of("OUTPATIENT", false, false)));
      FreeChoiceAnswer alcohol = ask(question(Track.ALCOHOL).chosen(Chosen.of("OUTPATIENT", false, false)));
      assertAll(
          () -> assertEquals("NAT-F6", drugs.criteria().get(2).rule()),
          () -> assertEquals("NAT-F6", drugs.rule()),
          () -> assertEquals("NAT-F6", alcohol.criteria().get(1).rule()),
          () -> assertEquals("NAT-F6", alcohol.rule()));
    }

    @Test
      @DisplayName("ODS-M1 ODS-F2 an alcohol choice names a provision of SUL § 141, not SEL § 101")
    void alcoholLegalBasis() {
      FreeChoiceAnswer a = ask(question(Track.ALCOHOL).chosen(listedPrivate("OUTPATIENT")));
      assertTrue(a.legalBasis().startsWith("SUL § 141"), a.legalBasis());
    }
  }

  // ------------------------------------------------------------------ Danish and errors

  @Test
  @DisplayName("ODS-F2 NAT-F3 the alcohol answer in Danish")
  void danish() {
    FreeChoiceAnswer a = ASSESSOR.freeChoice(question(Track.ALCOHOL).chosen(listedPrivate("OUTPATIENT")).build(),
        Locale.forLanguageTag("da"));
    assertAll(
        () -> assertEquals(ChoiceOutcome.ALLOWED, a.outcome()),
        () -> assertEquals("Ved alkoholbehandling kan borgeren vælge et andet ambulant tilbud uden forudgående "
            + "visitation.", a.criteria().get(0).message()),
        () -> assertEquals("Det valgte tilbud er godkendt af Socialtilsynet og optaget på Tilbudsportalen.",
            a.criteria().get(1).message()),
        () -> assertEquals("Kommunen kan begrænse valget, hvis hensynet til borgeren taler for det.",
            a.openQuestions().get(0).message()),
        () -> assertEquals(List.of("NAT-F3", "ODS-F3", "ODS-F3"), openRules(a)),
        () -> assertTrue(a.openQuestions().get(1).message().contains("behandlingsplanen"), a.openQuestions().get(1).message()),
        () -> assertFalse(a.openQuestions().stream().anyMatch(n -> n.message().contains("treatment")),
            "the standard's open questions in Danish, not in English: " + a.openQuestions()));
  }

  @Test
  @DisplayName("ODS-F1 an offer the standard does not know and a visitation after asOf are errors with their JSON paths")
  void invalidQuestion() {
    FreeChoiceQuestion q = question(Track.SOCIAL_DRUG).visited(Visited.of("outpatient-low", LocalDate.of(2026, 3, 2)))
        .chosen(listedPrivate("detox")).build();
    InvalidCaseException e = assertThrows(InvalidCaseException.class, () -> ASSESSOR.freeChoice(q, Locale.ENGLISH));
    assertEquals(List.of("chosen.offer", "visited.date"), e.problems().stream().map(Problem::path).toList());
    assertTrue(e.problems().get(0).message().startsWith("'detox' is neither an offer kind"), e.problems().get(0).message());
    assertEquals("2026-03-02 lies after asOf 2026-03-01", e.problems().get(1).message());
  }
}
