package dk.kvalitetsstandard.gentofte;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.cases.InvalidCaseException;
import dk.kvalitetsstandard.cases.Problem;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.questions.Assessor;
import dk.kvalitetsstandard.questions.FeeComponent;
import dk.kvalitetsstandard.questions.FeesAnswer;
import dk.kvalitetsstandard.questions.FeesQuestion;
import dk.kvalitetsstandard.questions.Profile;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.FeeItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * FEES questions put to the assessor for Gentofte (QUESTIONS.md; GEN-E1, GEN-E2, NAT-E1, NAT-E2).
 * The seed: "Gentofte Kommune betaler alene for behandlingen efter servicelovens § 101" (treatment
 * free) and the citizen must "afholde de eventuelle fulde eller delvise udgifter til kost og logi
 * forbundet med døgnophold" (board and lodging in residential treatment, from the actual cost; no
 * rate given, so an amount only from the caller's figures).
 */
class GentofteFeesQuestionTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);
  private static final List<FeeItem> FIVE = List.of(FeeItem.TREATMENT, FeeItem.BOARD, FeeItem.LODGING,
      FeeItem.MEDICINE_OUTSIDE_TREATMENT, FeeItem.TRANSPORT);

  private static final Optional<Boolean> YES = Optional.of(true);
  private static final Optional<Boolean> NO = Optional.of(false);
  private static final Optional<Boolean> UNKNOWN = Optional.empty();

  private final Assessor assessor = Assessor.of(StandardRegistry.defaultRegistry());

  private static FeesQuestion.Builder question(Track track, String offer) {
    return FeesQuestion.builder().municipality("gentofte").asOf(AS_OF).track(track).offer(offer);
  }

  private FeesAnswer ask(FeesQuestion.Builder question) {
    return assessor.fees(question.build(), Locale.ENGLISH);
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

  @SafeVarargs
  private static List<Optional<Boolean>> list(Optional<Boolean>... values) {
    return Arrays.asList(values);
  }

  private static void assertFree(FeesAnswer a) {
    assertTrue(a.free());
    assertEquals(FIVE, items(a));
    assertEquals(list(NO, NO, NO, NO, NO), payable(a));
    assertEquals(List.of("GEN-E2", "NAT-E1", "NAT-E1", "NAT-E1", "NAT-E1"), rules(a));
    assertTrue(a.amountDependsOn().isEmpty());
    assertEquals(0, a.amountDkk().orElseThrow().compareTo(BigDecimal.ZERO), "DKK 0 when free");
  }

  @Test
  @DisplayName("GEN-E2 NAT-E1 Outpatient treatment is free: the five components, none payable, DKK 0")
  void outpatientFree() {
    FeesAnswer a = ask(question(Track.SOCIAL_DRUG, "OUTPATIENT"));

    assertEquals("gentofte", a.municipality());
    assertEquals("OUTPATIENT", a.offer());
    assertFree(a);
    assertEquals("Treatment is free of charge.", a.components().get(0).message());
    assertEquals("The standard sets no charge for board in outpatient treatment.", a.components().get(1).message());
  }

  @Test
  @DisplayName("GEN-E2 NAT-E1 Day treatment is free, even with figures given: DKK 0")
  void dayFree() {
    FeesAnswer a = ask(question(Track.SOCIAL_DRUG, "day").putFigures(FeeItem.BOARD, new BigDecimal("800")));

    assertEquals("DAY", a.offer());
    assertFree(a);
  }

  @Test
  @DisplayName("GEN-E2 NAT-E1 Anonymous outpatient treatment and substitution treatment are free")
  void anonymousAndSubstitutionFree() {
    FeesAnswer anonymous = ask(question(Track.ANONYMOUS_DRUG, "anonymous-outpatient"));
    assertEquals("ANONYMOUS_OUTPATIENT", anonymous.offer());
    assertFree(anonymous);

    FeesAnswer substitution = ask(question(Track.MEDICAL_DRUG, "SUBSTITUTION"));
    assertEquals("SUBSTITUTION", substitution.offer());
    assertFree(substitution);
  }

  @Test
  @DisplayName("GEN-E1 GEN-E2 NAT-E2 Residential, no figures, home not given: board payable at actual cost; lodging "
      + "depends on whether the citizen keeps a home (SEL § 163, stk. 2); amount unknown and what it depends on named")
  void residentialWithoutFigures() {
    FeesAnswer a = ask(question(Track.SOCIAL_DRUG, "RESIDENTIAL"));

    assertEquals("RESIDENTIAL", a.offer());
    assertFalse(a.free());
    assertEquals(FIVE, items(a));
    assertEquals(list(NO, YES, UNKNOWN, NO, NO), payable(a));
    assertEquals(List.of("GEN-E2", "GEN-E1", "NAT-E2", "NAT-E1", "NAT-E1"), rules(a));
    assertEquals("Treatment is free of charge.", a.components().get(0).message());
    assertEquals("The citizen pays for board; the amount is set from the citizen's circumstances.",
        a.components().get(1).message());
    assertEquals("Whether lodging is charged depends on whether the citizen already pays for a home, which is not given.",
        a.components().get(2).message());
    assertEquals("The standard sets no charge for medicine that is not part of the treatment in residential treatment.",
        a.components().get(3).message());
    assertEquals("The standard sets no charge for transport in residential treatment.", a.components().get(4).message());
    assertEquals(List.of("ACTUAL_COST", "citizen.hasOwnHome", "figures.BOARD"), a.amountDependsOn());
    assertEquals(Optional.empty(), a.amountDkk(), "the library never invents a rate");
  }

  @Test
  @DisplayName("GEN-E1 Residential with board DKK 1,500 and lodging DKK 2,500 given: DKK 4,000")
  void residentialWithFigures() {
    FeesAnswer a = ask(question(Track.SOCIAL_DRUG, "residential").citizen(Profile.builder().hasOwnHome(false).build())
        .putFigures(FeeItem.BOARD, new BigDecimal("1500")).putFigures(FeeItem.LODGING, new BigDecimal("2500")));

    assertFalse(a.free());
    assertEquals(list(NO, YES, YES, NO, NO), payable(a));
    assertEquals(List.of("GEN-E2", "GEN-E1", "GEN-E1", "NAT-E1", "NAT-E1"), rules(a));
    assertTrue(a.amountDependsOn().isEmpty(), "the figures decide it");
    assertEquals(0, new BigDecimal("4000").compareTo(a.amountDkk().orElseThrow()), a.amountDkk().toString());
  }

  @Test
  @DisplayName("GEN-E1 Residential with only board given and no home: no amount; lodging's figure named as missing")
  void residentialWithBoardOnly() {
    FeesAnswer a = ask(question(Track.SOCIAL_DRUG, "RESIDENTIAL").citizen(Profile.builder().hasOwnHome(false).build())
        .putFigures(FeeItem.BOARD, new BigDecimal("1500")));

    assertFalse(a.free());
    assertEquals(Optional.empty(), a.amountDkk());
    assertEquals(List.of("ACTUAL_COST", "figures.LODGING"), a.amountDependsOn());
  }

  @Test
  @DisplayName("GEN-E1 NAT-E1 Residential: a figure for transport, which is not payable, is not added: DKK 4,000")
  void residentialIgnoresFigureForFreeItem() {
    FeesAnswer a = ask(question(Track.SOCIAL_DRUG, "RESIDENTIAL").citizen(Profile.builder().hasOwnHome(false).build())
        .putFigures(FeeItem.BOARD, new BigDecimal("1500")).putFigures(FeeItem.LODGING, new BigDecimal("2500"))
        .putFigures(FeeItem.TRANSPORT, new BigDecimal("300")));

    assertEquals(NO, a.components().get(4).payable());
    assertEquals(0, new BigDecimal("4000").compareTo(a.amountDkk().orElseThrow()), a.amountDkk().toString());
  }

  @Test
  @DisplayName("NAT-E2 GEN-E1 Residential, citizen keeps a home: board payable, lodging not (SEL § 163, stk. 2): DKK 1,500")
  void residentialCitizenKeepsHome() {
    FeesAnswer a = ask(question(Track.SOCIAL_DRUG, "RESIDENTIAL").citizen(Profile.builder().hasOwnHome(true).build())
        .putFigures(FeeItem.BOARD, new BigDecimal("1500")).putFigures(FeeItem.LODGING, new BigDecimal("2500")));

    assertFalse(a.free());
    assertEquals(list(NO, YES, NO, NO, NO), payable(a));
    assertEquals("GEN-E1", a.components().get(1).rule());
    assertEquals("NAT-E2", a.components().get(2).rule());
    assertTrue(a.amountDependsOn().isEmpty());
    assertEquals(0, new BigDecimal("1500").compareTo(a.amountDkk().orElseThrow()), a.amountDkk().toString());
  }

  @Test
  @DisplayName("A negative figure and an unknown offer are invalid, each named by its path")
  void invalidQuestion() {
    FeesQuestion q = question(Track.SOCIAL_DRUG, "detox").putFigures(FeeItem.BOARD, new BigDecimal("-1")).build();

    InvalidCaseException e = assertThrows(InvalidCaseException.class, () -> assessor.fees(q, Locale.ENGLISH));

    assertEquals(List.of("figures.BOARD", "offer"), e.problems().stream().map(Problem::path).toList());
  }

  @Test
  @DisplayName("GEN-E1 GEN-E2 The residential answer in Danish")
  void danishAnswer() {
    FeesAnswer a = assessor.fees(question(Track.SOCIAL_DRUG, "RESIDENTIAL").citizen(Profile.builder().hasOwnHome(false).build())
        .build(), Locale.forLanguageTag("da"));

    assertEquals(list(NO, YES, YES, NO, NO), payable(a));
    assertEquals("Behandlingen er gratis.", a.components().get(0).message());
    assertEquals("Borgeren betaler for kost; beløbet fastsættes ud fra borgerens forhold.", a.components().get(1).message());
    assertEquals("Borgeren betaler for logi; beløbet fastsættes ud fra borgerens forhold.", a.components().get(2).message());
    assertEquals(Optional.empty(), a.amountDkk());
  }
}
