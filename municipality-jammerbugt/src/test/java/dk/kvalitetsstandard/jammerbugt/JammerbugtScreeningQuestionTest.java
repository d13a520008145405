package dk.kvalitetsstandard.jammerbugt;

import static dk.kvalitetsstandard.jammerbugt.JammerbugtQuestions.AS_OF;
import static dk.kvalitetsstandard.jammerbugt.JammerbugtQuestions.ASSESSOR;
import static dk.kvalitetsstandard.jammerbugt.JammerbugtQuestions.DA;
import static dk.kvalitetsstandard.jammerbugt.JammerbugtQuestions.EN;
import static dk.kvalitetsstandard.jammerbugt.JammerbugtQuestions.IN_FORCE;
import static dk.kvalitetsstandard.jammerbugt.JammerbugtQuestions.SLUG;
import static dk.kvalitetsstandard.jammerbugt.JammerbugtQuestions.paths;
import static dk.kvalitetsstandard.questions.Eligibility.ELIGIBLE;
import static dk.kvalitetsstandard.questions.Eligibility.NEEDS_ASSESSMENT;
import static dk.kvalitetsstandard.questions.Eligibility.NOT_ELIGIBLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.questions.Eligibility;
import dk.kvalitetsstandard.questions.Profile;
import dk.kvalitetsstandard.questions.Route;
import dk.kvalitetsstandard.questions.ScreenedCriterion;
import dk.kvalitetsstandard.questions.ScreenedOffer;
import dk.kvalitetsstandard.questions.ScreeningAnswer;
import dk.kvalitetsstandard.questions.ScreeningQuestion;
import dk.kvalitetsstandard.standard.OfferKind;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * SCREENING for Jammerbugt (QUESTIONS.md): one entry per offer of the standard on the track, in
 * the standard's order; ages 15-25 for Your Choice (JAM-O2) and MOVE (JAM-O5); NADA under 18 needs
 * a parent's consent (JAM-O10); anonymous treatment closed to a citizen with other social problems
 * (JAM-O1, the law's own line); "assessed to benefit" and the committee's judgement are
 * discretionary; residential treatment needs no outpatient course first (JAM-M2). Jammerbugt routes
 * every citizen to Rusmiddelcenter Jammerbugt.
 */
class JammerbugtScreeningQuestionTest {

  private static final Optional<Boolean> MET = Optional.of(true);
  private static final Optional<Boolean> FAILED = Optional.of(false);
  private static final Optional<Boolean> UNDECIDED = Optional.empty();

  /** Every offer on the social drug track, in the standard's order, with its kind. */
  private static final Map<String, OfferKind> SOCIAL_DRUG_OFFERS = ordered(
      "open-counselling", OfferKind.COUNSELLING,
      "your-choice", OfferKind.COUNSELLING,
      "outpatient", OfferKind.OUTPATIENT,
      "group", OfferKind.OUTPATIENT,
      "move", OfferKind.MOVE,
      "motivational", OfferKind.OUTPATIENT,
      "aftercare-group", OfferKind.OUTPATIENT,
      "psychological-screening", OfferKind.OUTPATIENT,
      "psychologist-support", OfferKind.OUTPATIENT,
      "psychological-assessment", OfferKind.OUTPATIENT,
      "nada", OfferKind.OUTPATIENT,
      "residential", OfferKind.RESIDENTIAL,
      "medical-examination", OfferKind.OUTPATIENT);

  /** The rule of each criterion of each social-drug offer, age limit first. */
  private static final Map<String, List<String>> SOCIAL_DRUG_CRITERIA = Map.ofEntries(
      Map.entry("open-counselling", List.of()),
      Map.entry("your-choice", List.of("JAM-O2")),
      Map.entry("outpatient", List.of("JAM-O3")),
      Map.entry("group", List.of("JAM-O4", "JAM-O4")),
      Map.entry("move", List.of("JAM-O5", "JAM-O5")),
      Map.entry("motivational", List.of("JAM-O6")),
      Map.entry("aftercare-group", List.of("JAM-O7", "JAM-O7")),
      Map.entry("psychological-screening", List.of("JAM-O8")),
      Map.entry("psychologist-support", List.of("JAM-O8")),
      Map.entry("psychological-assessment", List.of("JAM-O9")),
      // The parent's consent binds only under-18s (JAM-O10); the citizens screened here are adults.
      Map.entry("nada", List.of("JAM-O10")),
      Map.entry("residential", List.of("JAM-O11", "JAM-M2")),
      Map.entry("medical-examination", List.of()));

  private static Map<String, OfferKind> ordered(Object... pairs) {
    Map<String, OfferKind> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], (OfferKind) pairs[i + 1]);
    }
    return map;
  }

  private static ScreeningAnswer screen(Track track, Profile citizen) {
    return screen(track, citizen, AS_OF, EN);
  }

  private static ScreeningAnswer screen(Track track, Profile citizen, LocalDate asOf, Locale locale) {
    return ASSESSOR.screening(ScreeningQuestion.builder().municipality(SLUG).asOf(asOf).track(track).citizen(citizen)
        .build(), locale);
  }

  private static Profile aged(int age) {
    return Profile.builder().age(age).build();
  }

  private static ScreenedOffer offer(ScreeningAnswer a, String id) {
    return a.offers().stream().filter(o -> o.offer().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no offer '" + id + "' in " + a.offers()));
  }

  private static Map<String, Eligibility> eligibility(ScreeningAnswer a) {
    Map<String, Eligibility> map = new LinkedHashMap<>();
    a.offers().forEach(o -> map.put(o.offer(), o.eligibility()));
    return map;
  }

  private static List<String> rules(ScreenedOffer o) {
    return o.criteria().stream().map(ScreenedCriterion::rule).toList();
  }

  private static List<Optional<Boolean>> met(ScreenedOffer o) {
    return o.criteria().stream().map(ScreenedCriterion::met).toList();
  }

  private static List<String> ids(ScreeningAnswer a) {
    return a.offers().stream().map(ScreenedOffer::offer).toList();
  }

  // ------------------------------------------------------------------ the offers on each track

  @Test
  @DisplayName("JAM-O1 JAM-O2 JAM-O3 JAM-O4 JAM-O5 JAM-O6 JAM-O7 JAM-O8 JAM-O9 JAM-O10 JAM-O11 JAM-D2 every offer on the"
      + " social drug track is listed once, in the standard's order, with its kind and its criteria's rules")
  void socialDrugOffers() {
    ScreeningAnswer a = screen(Track.SOCIAL_DRUG, aged(20));

    assertEquals("jammerbugt", a.municipality());
    assertEquals(Track.SOCIAL_DRUG, a.track());
    assertEquals(List.copyOf(SOCIAL_DRUG_OFFERS.keySet()), ids(a));
    for (ScreenedOffer o : a.offers()) {
      assertEquals(SOCIAL_DRUG_OFFERS.get(o.offer()), o.kind(), o.offer());
      assertEquals(SOCIAL_DRUG_CRITERIA.get(o.offer()), rules(o), o.offer());
    }
  }

  @Test
  @DisplayName("JAM-O1 JAM-O12 JAM-O10 JAM-D2 NAT-F7 the other tracks: alcohol has every general offer and MOVE but not the"
      + " medical examination; medical has NADA, substitution and the examination; anonymous has one offer")
  void offersOnTheOtherTracks() {
    assertEquals(List.of("open-counselling", "your-choice", "outpatient", "group", "move", "motivational", "aftercare-group",
        "psychological-screening", "psychologist-support", "psychological-assessment", "nada", "residential"),
        ids(screen(Track.ALCOHOL, aged(40))));

    ScreeningAnswer medical = screen(Track.MEDICAL_DRUG, aged(40));
    assertEquals(List.of("nada", "substitution", "medical-examination"), ids(medical));
    assertEquals(OfferKind.SUBSTITUTION, offer(medical, "substitution").kind());
    assertEquals(List.of("JAM-O12"), rules(offer(medical, "substitution")));
    assertEquals(NEEDS_ASSESSMENT, offer(medical, "substitution").eligibility(),
        "becoming drug-free not possible at this time is the doctors' judgement");
    assertEquals(ELIGIBLE, offer(medical, "medical-examination").eligibility());

    ScreeningAnswer anonymous = screen(Track.ANONYMOUS_DRUG, aged(40));
    assertEquals(List.of("anonymous-outpatient"), ids(anonymous));
    assertEquals(OfferKind.ANONYMOUS_OUTPATIENT, anonymous.offers().get(0).kind());
  }

  // ------------------------------------------------------------------ eligibility

  @Test
  @DisplayName("JAM-O2 JAM-O5 a 20-year-old: open counselling, Your Choice and the medical examination are ELIGIBLE;"
      + " MOVE and every offer 'assessed to benefit' NEED_ASSESSMENT; nothing is NOT_ELIGIBLE")
  void twentyYearOld() {
    Map<String, Eligibility> expected = new LinkedHashMap<>();
    expected.put("open-counselling", ELIGIBLE);
    expected.put("your-choice", ELIGIBLE);
    expected.put("outpatient", NEEDS_ASSESSMENT);
    expected.put("group", NEEDS_ASSESSMENT);
    expected.put("move", NEEDS_ASSESSMENT);
    expected.put("motivational", NEEDS_ASSESSMENT);
    expected.put("aftercare-group", NEEDS_ASSESSMENT);
    expected.put("psychological-screening", NEEDS_ASSESSMENT);
    expected.put("psychologist-support", NEEDS_ASSESSMENT);
    expected.put("psychological-assessment", NEEDS_ASSESSMENT);
    expected.put("nada", NEEDS_ASSESSMENT);
    expected.put("residential", NEEDS_ASSESSMENT);
    expected.put("medical-examination", ELIGIBLE);

    ScreeningAnswer a = screen(Track.SOCIAL_DRUG, aged(20));
    assertEquals(expected, eligibility(a));

    ScreenedOffer move = offer(a, "move");
    assertEquals(List.of(MET, UNDECIDED), met(move));
    assertEquals("Aged 15 to 25", move.criteria().get(0).criterion());
    assertFalse(move.criteria().get(0).discretionary());
    assertEquals("Assessed to benefit from the offer", move.criteria().get(1).criterion());
    assertTrue(move.criteria().get(1).discretionary());
  }

  @Test
  @DisplayName("JAM-O2 JAM-O5 a 30-year-old is outside Your Choice and MOVE (ages 15-25): NOT_ELIGIBLE there, the"
      + " rest as for any adult")
  void thirtyYearOld() {
    ScreeningAnswer a = screen(Track.SOCIAL_DRUG, aged(30));
    Map<String, Eligibility> e = eligibility(a);

    assertEquals(NOT_ELIGIBLE, e.get("your-choice"));
    assertEquals(NOT_ELIGIBLE, e.get("move"));
    assertEquals(List.of(FAILED), met(offer(a, "your-choice")));
    assertEquals(List.of(FAILED, UNDECIDED), met(offer(a, "move")));
    assertEquals(ELIGIBLE, e.get("open-counselling"));
    assertEquals(ELIGIBLE, e.get("medical-examination"));
    assertEquals(NEEDS_ASSESSMENT, e.get("outpatient"));
    assertEquals(NEEDS_ASSESSMENT, e.get("residential"));
    assertEquals(2, e.values().stream().filter(v -> v == NOT_ELIGIBLE).count());

    assertEquals(NOT_ELIGIBLE, offer(screen(Track.ALCOHOL, aged(30)), "your-choice").eligibility());
  }

  @Test
  @DisplayName("JAM-O2 JAM-O5 NAT-X2 the age range 15-25 includes both ends: 15 and 25 are in, 14 and 26 are out")
  void ageBoundaries() {
    for (int age : List.of(15, 25)) {
      ScreeningAnswer a = screen(Track.SOCIAL_DRUG, aged(age));
      assertEquals(ELIGIBLE, offer(a, "your-choice").eligibility(), "age " + age);
      assertEquals(NEEDS_ASSESSMENT, offer(a, "move").eligibility(), "age " + age);
      assertEquals(List.of(MET), met(offer(a, "your-choice")), "age " + age);
    }
    for (int age : List.of(14, 26)) {
      ScreeningAnswer a = screen(Track.SOCIAL_DRUG, aged(age));
      assertEquals(NOT_ELIGIBLE, offer(a, "your-choice").eligibility(), "age " + age);
      assertEquals(NOT_ELIGIBLE, offer(a, "move").eligibility(), "age " + age);
    }
    ScreenedCriterion ages = offer(screen(Track.SOCIAL_DRUG, aged(14)), "your-choice").criteria().get(0);
    assertEquals("JAM-O2", ages.rule());
    assertEquals("Aged 15 to 25", ages.criterion());
    assertEquals(FAILED, ages.met());
    assertFalse(ages.discretionary());
    assertFalse(ages.narrowerThanLaw());
  }

  @Test
  @DisplayName("JAM-O2 JAM-O5 an unknown age is never read as fitting: Your Choice and MOVE NEED_ASSESSMENT, and no"
      + " offer with a criterion is ELIGIBLE for a citizen of whom nothing is known")
  void unknownCitizenIsNeverEligible() {
    ScreeningAnswer a = screen(Track.SOCIAL_DRUG, Profile.unknown());

    assertEquals(NEEDS_ASSESSMENT, offer(a, "your-choice").eligibility());
    assertEquals(List.of(UNDECIDED), met(offer(a, "your-choice")));
    assertEquals(NEEDS_ASSESSMENT, offer(a, "move").eligibility());
    assertEquals(List.of(UNDECIDED, UNDECIDED), met(offer(a, "move")));
    for (ScreenedOffer o : a.offers()) {
      if (!o.criteria().isEmpty()) {
        assertNotEquals(ELIGIBLE, o.eligibility(), o.offer());
      }
    }
    // Only the offers that ask nothing of the citizen remain open to all.
    assertEquals(List.of("open-counselling", "medical-examination"),
        a.offers().stream().filter(o -> o.eligibility() == ELIGIBLE).map(ScreenedOffer::offer).toList());
  }

  @Test
  @DisplayName("JAM-O10 NADA: a citizen under 18 needs the consent of a parent or guardian; refused consent is"
      + " NOT_ELIGIBLE, unknown consent NEEDS_ASSESSMENT, and given consent still leaves the practitioner's judgement")
  void nadaUnder18NeedsConsent() {
    ScreenedOffer refused = offer(screen(Track.SOCIAL_DRUG, Profile.builder().age(16).parentalConsent(false).build()),
        "nada");
    assertEquals(NOT_ELIGIBLE, refused.eligibility());
    assertEquals(List.of("JAM-O10", "JAM-O10"), rules(refused));
    assertEquals(List.of(UNDECIDED, FAILED), met(refused));
    assertEquals("A citizen under 18 needs the consent of a parent or guardian", refused.criteria().get(1).criterion());
    assertFalse(refused.criteria().get(1).discretionary());
    assertTrue(refused.criteria().get(0).discretionary());

    ScreenedOffer unknown = offer(screen(Track.SOCIAL_DRUG, aged(16)), "nada");
    assertEquals(NEEDS_ASSESSMENT, unknown.eligibility());
    assertEquals(List.of(UNDECIDED, UNDECIDED), met(unknown));

    ScreenedOffer given = offer(screen(Track.MEDICAL_DRUG, Profile.builder().age(17).parentalConsent(true).build()),
        "nada");
    assertEquals(NEEDS_ASSESSMENT, given.eligibility());
    assertEquals(List.of(UNDECIDED, MET), met(given));
  }

  @Test
  @DisplayName("JAM-O10 NADA for an adult does not depend on a parent's consent: a 30-year-old's offer is left to the"
      + " practitioner's judgement (NEEDS_ASSESSMENT)")
  void nadaForAnAdult() {
    ScreenedOffer nada = offer(screen(Track.ALCOHOL, aged(30)), "nada");
    assertEquals(NEEDS_ASSESSMENT, nada.eligibility());
    assertEquals("JAM-O10", nada.criteria().get(0).rule());
    assertEquals(UNDECIDED, nada.criteria().get(0).met());
  }

  @Test
  @DisplayName("JAM-O10 consent binds under-18s only: a 30-year-old with no parental consent is not ruled out of NADA")
  void nadaConsentDoesNotBindAdults() {
    ScreenedOffer nada = offer(screen(Track.SOCIAL_DRUG, Profile.builder().age(30).parentalConsent(false).build()),
        "nada");
    assertEquals(NEEDS_ASSESSMENT, nada.eligibility());
    assertTrue(nada.criteria().stream().noneMatch(c -> c.met().equals(FAILED)),
        "no NADA criterion fails for an adult: " + nada.criteria());
  }

  @Test
  @DisplayName("JAM-O1 NAT-A1 anonymous treatment: a citizen with other social challenges cannot be anonymous;"
      + " without them ELIGIBLE, with them NOT_ELIGIBLE, unknown NEEDS_ASSESSMENT; the same line as the law, not"
      + " narrower")
  void anonymousTreatment() {
    ScreenedOffer without = screen(Track.ANONYMOUS_DRUG, Profile.builder().age(30).otherSocialProblems(false).build())
        .offers().get(0);
    assertEquals("anonymous-outpatient", without.offer());
    assertEquals(ELIGIBLE, without.eligibility());
    assertEquals(List.of("JAM-O1"), rules(without), "the standard states the law's condition, so NAT-A1 is not added");
    assertEquals(List.of(MET), met(without));
    ScreenedCriterion c = without.criteria().get(0);
    assertEquals("Has no other social challenges that call for a holistic effort", c.criterion());
    assertFalse(c.discretionary());
    assertFalse(c.narrowerThanLaw(), "RULES.md section 7 does not list Jammerbugt's anonymous criterion");

    ScreenedOffer with = screen(Track.ANONYMOUS_DRUG, Profile.builder().age(30).otherSocialProblems(true).build())
        .offers().get(0);
    assertEquals(NOT_ELIGIBLE, with.eligibility());
    assertEquals(List.of(FAILED), met(with));

    ScreenedOffer unknown = screen(Track.ANONYMOUS_DRUG, aged(30)).offers().get(0);
    assertEquals(NEEDS_ASSESSMENT, unknown.eligibility());
    assertEquals(List.of(UNDECIDED), met(unknown));
  }

  @Test
  @DisplayName("JAM-M2 JAM-O11 residential treatment: an outpatient course first is no legal requirement, so nothing is"
      + " computed from it; the committee's judgement and what was tried before leave it to a caseworker")
  void residentialNeedsNoOutpatientCourseFirst() {
    Profile known = Profile.builder().age(30).selfSupporting(true).hasOwnHome(true).wantsSubstitution(false)
        .mentalIllnessNeedingTreatment(false).otherSocialProblems(false).psychologicalProblems(false)
        .needsMedicine(false).parentalConsent(false).pregnant(false).childrenUnder18(false).build();
    for (Track track : List.of(Track.SOCIAL_DRUG, Track.ALCOHOL)) {
      ScreenedOffer residential = offer(screen(track, known), "residential");
      assertEquals(NEEDS_ASSESSMENT, residential.eligibility(), track.name());
      assertEquals(List.of("JAM-O11", "JAM-M2"), rules(residential), track.name());
      assertEquals(List.of(UNDECIDED, UNDECIDED), met(residential), track.name());
      assertTrue(residential.criteria().stream().allMatch(ScreenedCriterion::discretionary), track.name());
      assertEquals("What has been tried before weighs in the decision", residential.criteria().get(1).criterion());
    }
  }

  @Test
  @DisplayName("JAM-O1 NAT-A1 RULES.md section 7 names no Jammerbugt criterion as narrower than the law: none is"
      + " flagged on any track")
  void noCriterionIsNarrowerThanTheLaw() {
    for (Track track : Track.values()) {
      ScreeningAnswer a = screen(track, aged(20));
      assertFalse(a.offers().isEmpty(), track.name());
      for (ScreenedOffer o : a.offers()) {
        for (ScreenedCriterion c : o.criteria()) {
          assertFalse(c.narrowerThanLaw(), track + " " + o.offer() + ": " + c.criterion());
        }
      }
    }
  }

  // ------------------------------------------------------------------ routing and legal basis

  @Test
  @DisplayName("JAM-O1 Jammerbugt routes by neither age nor offer: every citizen, age known or not, applies to"
      + " Rusmiddelcenter Jammerbugt, tlf. 7257 7684")
  void everyoneAppliesToTheCentre() {
    Route centre = Route.builder().name("Rusmiddelcenter Jammerbugt").phone("7257 7684").rule("JAM-O1").build();
    for (Profile citizen : List.of(aged(15), aged(17), aged(30), aged(70), Profile.unknown())) {
      for (Track track : Track.values()) {
        ScreeningAnswer a = screen(track, citizen);
        assertEquals(Optional.of(centre), a.applyTo(), track + " " + citizen);
        for (ScreenedOffer o : a.offers()) {
          assertEquals(Optional.of(centre), o.applyTo(), track + " " + o.offer() + " " + citizen);
        }
      }
    }
  }

  @Test
  @DisplayName("NAT-Y1 JAM-M1 the answer cites the provision in force on the question's date: an under-18 on the"
      + " social drug track under Barnets lov § 33 from 2024 and SEL § 101 in 2023 (the seed's SEL § 140 is its own"
      + " wording); the other tracks by their acts")
  void legalBasis() {
    assertEquals("SEL § 101", screen(Track.SOCIAL_DRUG, aged(30)).legalBasis());
    assertEquals("Barnets lov § 33", screen(Track.SOCIAL_DRUG, aged(16)).legalBasis());
    assertEquals("SEL § 101", screen(Track.SOCIAL_DRUG, aged(16), IN_FORCE, EN).legalBasis());
    assertEquals("SEL § 101", screen(Track.SOCIAL_DRUG, Profile.unknown()).legalBasis());
    assertEquals("SEL § 101 a", screen(Track.ANONYMOUS_DRUG, aged(30)).legalBasis());
    assertEquals("SUL § 142", screen(Track.MEDICAL_DRUG, aged(30)).legalBasis());
    assertEquals("SUL § 141", screen(Track.ALCOHOL, aged(30)).legalBasis());
  }

  @Test
  @DisplayName("JAM-M1 JAM-O2 the screening is the same in the standard's period (2023) as after it expired (2026)")
  void sameScreeningInForceAndExpired() {
    ScreeningAnswer during = screen(Track.ALCOHOL, aged(22), IN_FORCE, EN);
    ScreeningAnswer after = screen(Track.ALCOHOL, aged(22));
    assertEquals(during.offers(), after.offers());
    assertEquals(ELIGIBLE, offer(during, "your-choice").eligibility());
  }

  @Test
  @DisplayName("JAM-O2 a Danish answer names the age range in Danish")
  void danishAnswer() {
    ScreenedOffer yourChoice = offer(screen(Track.SOCIAL_DRUG, aged(26), AS_OF, DA), "your-choice");
    assertEquals(NOT_ELIGIBLE, yourChoice.eligibility());
    assertEquals("Mellem 15 og 25 år", yourChoice.criteria().get(0).criterion());
  }

  @Test
  @DisplayName("JAM-O2 a negative age is an error naming citizen.age")
  void negativeAge() {
    assertEquals(List.of("citizen.age"), paths(() -> screen(Track.SOCIAL_DRUG, aged(-1))));
  }
}
