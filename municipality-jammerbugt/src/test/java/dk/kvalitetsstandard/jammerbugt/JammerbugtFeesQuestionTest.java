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
import dk.kvalitetsstandard.questions.FeeComponent;
import dk.kvalitetsstandard.questions.FeesAnswer;
import dk.kvalitetsstandard.questions.FeesQuestion;
import dk.kvalitetsstandard.questions.Profile;
import dk.kvalitetsstandard.standard.FeeItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * FEES for Jammerbugt (QUESTIONS.md): treatment is free (JAM-E1, NAT-E1); in residential treatment
 * for drug use the citizen may be charged for board and lodging, set from income and the rent of
 * the citizen's own home (JAM-E1, NAT-E2); the seed sets no rate, so an amount is computed only
 * from figures the caller gives.
 */
class JammerbugtFeesQuestionTest {

  private static final List<FeeItem> ITEMS = List.of(FeeItem.TREATMENT, FeeItem.BOARD, FeeItem.LODGING,
      FeeItem.MEDICINE_OUTSIDE_TREATMENT, FeeItem.TRANSPORT);

  private static final Optional<Boolean> PAYABLE = Optional.of(true);
  private static final Optional<Boolean> NOT_PAYABLE = Optional.of(false);
  private static final Optional<Boolean> UNDECIDED = Optional.empty();

  /** A citizen who does not keep a home of their own, so nothing sets lodging aside (NAT-E2). */
  private static final Profile NO_HOME = Profile.builder().age(35).hasOwnHome(false).build();

  private static FeesAnswer fees(Track track, String offer, Profile citizen, Map<FeeItem, BigDecimal> figures) {
    return fees(track, offer, citizen, figures, AS_OF, EN);
  }

  private static FeesAnswer fees(Track track, String offer, Profile citizen, Map<FeeItem, BigDecimal> figures,
      LocalDate asOf, Locale locale) {
    return ASSESSOR.fees(FeesQuestion.builder().municipality(SLUG).asOf(asOf).track(track).offer(offer).citizen(citizen)
        .putAllFigures(figures).build(), locale);
  }

  private static List<FeeItem> items(FeesAnswer a) {
    return a.components().stream().map(FeeComponent::item).toList();
  }

  private static List<Optional<Boolean>> payable(FeesAnswer a) {
    return a.components().stream().map(FeeComponent::payable).toList();
  }

  private static List<String> rules(FeesAnswer a) {
    return a.components().stream().map(FeeComponent::rule).toList();
  }

  private static List<String> messages(FeesAnswer a) {
    return a.components().stream().map(FeeComponent::message).toList();
  }

  private static void assertAmount(String expected, FeesAnswer a) {
    assertTrue(a.amountDkk().isPresent(), "an amount is expected: " + a);
    assertEquals(0, new BigDecimal(expected).compareTo(a.amountDkk().get()), "amount " + a.amountDkk().get());
  }

  // ------------------------------------------------------------------ free offers

  @Test
  @DisplayName("JAM-E1 NAT-E1 outpatient treatment for drug use is free: five components in order, none payable,"
      + " amount DKK 0")
  void outpatientIsFree() {
    FeesAnswer a = fees(Track.SOCIAL_DRUG, "OUTPATIENT", Profile.unknown(), Map.of());

    assertEquals("jammerbugt", a.municipality());
    assertEquals("OUTPATIENT", a.offer());
    assertTrue(a.free());
    assertEquals(ITEMS, items(a));
    assertEquals(List.of(NOT_PAYABLE, NOT_PAYABLE, NOT_PAYABLE, NOT_PAYABLE, NOT_PAYABLE), payable(a));
    assertEquals(List.of("JAM-E1", "NAT-E1", "NAT-E1", "NAT-E1", "NAT-E1"), rules(a));
    assertEquals(List.of(
        "Treatment is free of charge.",
        "The standard sets no charge for board in outpatient treatment.",
        "The standard sets no charge for lodging in outpatient treatment.",
        "The standard sets no charge for medicine that is not part of the treatment in outpatient treatment.",
        "The standard sets no charge for transport in outpatient treatment."), messages(a));
    assertEquals(List.of(), a.amountDependsOn());
    assertAmount("0", a);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource({
      "SOCIAL_DRUG, DAY",
      "SOCIAL_DRUG, group",
      "SOCIAL_DRUG, move",
      "SOCIAL_DRUG, your-choice",
      "ALCOHOL, outpatient",
      "ALCOHOL, DAY",
      "MEDICAL_DRUG, substitution",
      "MEDICAL_DRUG, nada",
      "ANONYMOUS_DRUG, anonymous-outpatient"})
  @DisplayName("JAM-E1 NAT-E1 every offer but residential is free on every track, day treatment included, whatever"
      + " figures are given")
  void everyNonResidentialOfferIsFree(Track track, String offer) {
    FeesAnswer a = fees(track, offer, Profile.builder().age(30).hasOwnHome(false).build(),
        Map.of(FeeItem.BOARD, new BigDecimal("1500"), FeeItem.TRANSPORT, new BigDecimal("200")));

    assertTrue(a.free());
    assertEquals(ITEMS, items(a));
    assertEquals(List.of(NOT_PAYABLE, NOT_PAYABLE, NOT_PAYABLE, NOT_PAYABLE, NOT_PAYABLE), payable(a));
    assertEquals(List.of("JAM-E1", "NAT-E1", "NAT-E1", "NAT-E1", "NAT-E1"), rules(a));
    assertEquals(List.of(), a.amountDependsOn());
    assertAmount("0", a);
  }

  @Test
  @DisplayName("JAM-E1 NAT-E1 day treatment is named as such in the answer and costs nothing")
  void dayTreatmentIsFree() {
    FeesAnswer a = fees(Track.SOCIAL_DRUG, "DAY", Profile.unknown(), Map.of());
    assertEquals("DAY", a.offer());
    assertTrue(a.free());
    assertEquals("The standard sets no charge for board in day treatment.", a.components().get(1).message());
    assertAmount("0", a);
  }

  // ------------------------------------------------------------------ residential drug treatment

  @Test
  @DisplayName("JAM-E1 NAT-E2 residential drug treatment, citizen without a home of their own: treatment free, board"
      + " and lodging payable, set from income and own rent; without figures no amount, and amountDependsOn names"
      + " what is missing")
  void residentialWithoutFigures() {
    FeesAnswer a = fees(Track.SOCIAL_DRUG, "residential", NO_HOME, Map.of());

    assertEquals("RESIDENTIAL", a.offer());
    assertFalse(a.free());
    assertEquals(ITEMS, items(a));
    assertEquals(List.of(NOT_PAYABLE, PAYABLE, PAYABLE, NOT_PAYABLE, NOT_PAYABLE), payable(a));
    assertEquals(List.of("JAM-E1", "JAM-E1", "JAM-E1", "NAT-E1", "NAT-E1"), rules(a));
    assertEquals(List.of(
        "Treatment is free of charge.",
        "The citizen pays for board; the amount is set from the citizen's circumstances.",
        "The citizen pays for lodging; the amount is set from the citizen's circumstances.",
        "The standard sets no charge for medicine that is not part of the treatment in residential treatment.",
        "The standard sets no charge for transport in residential treatment."), messages(a));
    assertEquals(Optional.empty(), a.amountDkk(), "the library never invents a rate");
    assertEquals(List.of("INCOME", "OWN_HOME_RENT", "figures.BOARD", "figures.LODGING"), a.amountDependsOn());
  }

  @Test
  @DisplayName("JAM-E1 residential drug treatment with the board and lodging figures given: the amount is their sum"
      + " (1500 + 2000 = DKK 3500); a figure for a free item is not added")
  void residentialWithFigures() {
    FeesAnswer a = fees(Track.SOCIAL_DRUG, "RESIDENTIAL", NO_HOME, Map.of(
        FeeItem.BOARD, new BigDecimal("1500"),
        FeeItem.LODGING, new BigDecimal("2000"),
        FeeItem.TRANSPORT, new BigDecimal("300")));

    assertFalse(a.free());
    assertEquals(List.of(NOT_PAYABLE, PAYABLE, PAYABLE, NOT_PAYABLE, NOT_PAYABLE), payable(a));
    assertEquals(List.of("JAM-E1", "JAM-E1", "JAM-E1", "NAT-E1", "NAT-E1"), rules(a));
    assertAmount("3500", a);
    assertEquals(List.of(), a.amountDependsOn());
  }

  @Test
  @DisplayName("JAM-E1 with only the board figure given, the amount still depends on lodging: no amount, and"
      + " amountDependsOn names figures.LODGING")
  void residentialWithPartOfTheFigures() {
    FeesAnswer a = fees(Track.SOCIAL_DRUG, "RESIDENTIAL", NO_HOME, Map.of(FeeItem.BOARD, new BigDecimal("1500")));

    assertEquals(Optional.empty(), a.amountDkk());
    assertEquals(List.of("INCOME", "OWN_HOME_RENT", "figures.LODGING"), a.amountDependsOn());
  }

  @Test
  @DisplayName("NAT-E2 JAM-E1 a citizen who keeps a home pays no lodging during the stay (SEL § 163, stk. 2, the floor"
      + " under Jammerbugt's 'income and own rent'); board stays payable, and its figure alone is the amount")
  void ownHomePaysNoLodging() {
    FeesAnswer a = fees(Track.SOCIAL_DRUG, "RESIDENTIAL", Profile.builder().hasOwnHome(true).build(), Map.of());

    assertFalse(a.free());
    assertEquals(List.of(NOT_PAYABLE, PAYABLE, NOT_PAYABLE, NOT_PAYABLE, NOT_PAYABLE), payable(a));
    assertEquals(List.of("JAM-E1", "JAM-E1", "NAT-E2", "NAT-E1", "NAT-E1"), rules(a));
    assertEquals("The citizen already pays for a home, so lodging is not charged.", a.components().get(2).message());
    assertEquals(Optional.empty(), a.amountDkk());
    assertEquals(List.of("INCOME", "OWN_HOME_RENT", "figures.BOARD"), a.amountDependsOn());

    FeesAnswer withFigures = fees(Track.SOCIAL_DRUG, "RESIDENTIAL", Profile.builder().hasOwnHome(true).build(),
        Map.of(FeeItem.BOARD, new BigDecimal("1500"), FeeItem.LODGING, new BigDecimal("2000")));
    assertAmount("1500", withFigures);
    assertEquals(List.of(), withFigures.amountDependsOn());
  }

  @Test
  @DisplayName("NAT-E2 JAM-E1 whether the citizen keeps a home is not given: lodging is undecided (null), never"
      + " guessed, so there is no amount even with every figure given")
  void homeNotGivenLeavesLodgingOpen() {
    FeesAnswer a = fees(Track.SOCIAL_DRUG, "RESIDENTIAL", Profile.unknown(),
        Map.of(FeeItem.BOARD, new BigDecimal("1500"), FeeItem.LODGING, new BigDecimal("2000")));

    assertFalse(a.free());
    assertEquals(List.of(NOT_PAYABLE, PAYABLE, UNDECIDED, NOT_PAYABLE, NOT_PAYABLE), payable(a));
    assertEquals(List.of("JAM-E1", "JAM-E1", "NAT-E2", "NAT-E1", "NAT-E1"), rules(a));
    assertEquals("Whether lodging is charged depends on whether the citizen already pays for a home, which is not"
        + " given.", a.components().get(2).message());
    assertEquals(Optional.empty(), a.amountDkk());
    assertTrue(a.amountDependsOn().contains("citizen.hasOwnHome"), a.amountDependsOn().toString());
  }

  @Test
  @DisplayName("JAM-E1 NAT-E1 the seed charges board and lodging only in residential treatment for drug use; alcohol"
      + " treatment under SUL § 141 gives no basis for a charge, so residential alcohol treatment is free")
  void residentialAlcoholIsFree() {
    FeesAnswer a = fees(Track.ALCOHOL, "residential", Profile.unknown(), Map.of(FeeItem.BOARD, new BigDecimal("1500")));

    assertTrue(a.free());
    assertEquals(List.of(NOT_PAYABLE, NOT_PAYABLE, NOT_PAYABLE, NOT_PAYABLE, NOT_PAYABLE), payable(a));
    assertEquals(List.of("JAM-E1", "NAT-E1", "NAT-E1", "NAT-E1", "NAT-E1"), rules(a));
    assertEquals("The standard sets no charge for board in residential treatment.", a.components().get(1).message());
    assertEquals(Optional.of(BigDecimal.ZERO), a.amountDkk());
    assertEquals(List.of(), a.amountDependsOn());
  }

  @Test
  @DisplayName("JAM-M1 JAM-E1 the fee rules are the same in the standard's period (2023) as after it expired (2026)")
  void sameFeesInForceAndExpired() {
    Map<FeeItem, BigDecimal> figures = Map.of(FeeItem.BOARD, new BigDecimal("1200.50"), FeeItem.LODGING,
        new BigDecimal("800"));
    FeesAnswer during = fees(Track.SOCIAL_DRUG, "residential", NO_HOME, figures, IN_FORCE, EN);
    FeesAnswer after = fees(Track.SOCIAL_DRUG, "residential", NO_HOME, figures);
    assertEquals(during.components(), after.components());
    assertAmount("2000.50", during);
    assertAmount("2000.50", after);
  }

  @Test
  @DisplayName("JAM-E1 a Danish answer: residential drug treatment in Danish")
  void danishAnswer() {
    FeesAnswer a = fees(Track.SOCIAL_DRUG, "residential", NO_HOME, Map.of(), AS_OF, DA);

    assertEquals(List.of(NOT_PAYABLE, PAYABLE, PAYABLE, NOT_PAYABLE, NOT_PAYABLE), payable(a));
    assertEquals(List.of("JAM-E1", "JAM-E1", "JAM-E1", "NAT-E1", "NAT-E1"), rules(a));
    assertEquals(List.of(
        "Behandlingen er gratis.",
        "Borgeren betaler for kost; beløbet fastsættes ud fra borgerens forhold.",
        "Borgeren betaler for logi; beløbet fastsættes ud fra borgerens forhold.",
        "Ved døgnbehandling fastsætter kvalitetsstandarden ingen betaling for medicin, der ikke er en del af behandlingen.",
        "Ved døgnbehandling fastsætter kvalitetsstandarden ingen betaling for transport."), messages(a));
  }

  @Test
  @DisplayName("JAM-E1 a negative figure and an offer the standard does not know are errors naming their JSON paths")
  void invalidQuestions() {
    assertEquals(List.of("figures.BOARD"), paths(() -> fees(Track.SOCIAL_DRUG, "RESIDENTIAL", Profile.unknown(),
        Map.of(FeeItem.BOARD, new BigDecimal("-1")))));
    assertEquals(List.of("offer"), paths(() -> fees(Track.SOCIAL_DRUG, "night-cafe", Profile.unknown(), Map.of())));
  }
}
