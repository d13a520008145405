package dk.kvalitetsstandard.ringsted;

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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * FEES questions put to the {@link Assessor} for Ringsted (QUESTIONS.md; RIN-E1, RIN-E2, NAT-E1,
 * NAT-E2). Expected values are derived by hand from QUESTIONS.md, RULES.md and the seed.
 *
 * <p>RIN-E1: treatment is free. RIN-E2: in residential treatment the citizen pays for board and for
 * medicine that is not part of the abuse treatment, and for lodging only if the citizen does not
 * already pay for a home; the amount takes account of income, obligations and means. The seed names
 * no transport charge. Amounts are only the sum of the figures the caller gives for the payable items.
 */
class RingstedFeesQuestionTest {

  private static final Assessor ASSESSOR = Assessor.of(StandardRegistry.defaultRegistry());
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

  private static final List<FeeItem> ORDER = List.of(FeeItem.TREATMENT, FeeItem.BOARD, FeeItem.LODGING,
      FeeItem.MEDICINE_OUTSIDE_TREATMENT, FeeItem.TRANSPORT);

  private static final Optional<Boolean> YES = Optional.of(true);
  private static final Optional<Boolean> NO = Optional.of(false);
  private static final Optional<Boolean> UNKNOWN = Optional.empty();

  private static FeesAnswer fees(Track track, String offer, Profile citizen, Map<FeeItem, BigDecimal> figures, Locale locale) {
    return ASSESSOR.fees(FeesQuestion.builder().municipality("ringsted").asOf(AS_OF).track(track).offer(offer).citizen(citizen)
        .putAllFigures(figures).build(), locale);
  }

  private static FeesAnswer residential(Boolean hasOwnHome, Map<FeeItem, BigDecimal> figures) {
    Profile.Builder citizen = Profile.builder();
    if (hasOwnHome != null) {
      citizen.hasOwnHome(hasOwnHome);
    }
    return fees(Track.SOCIAL_DRUG, "RESIDENTIAL", citizen.build(), figures, Locale.ENGLISH);
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

  private static FeeComponent component(FeesAnswer a, FeeItem item) {
    return a.components().stream().filter(c -> c.item() == item).findFirst().orElseThrow();
  }

  private static void assertFree(FeesAnswer a) {
    assertEquals(ORDER, items(a));
    assertTrue(a.free());
    assertEquals(List.of(NO, NO, NO, NO, NO), payable(a));
    assertEquals(List.of("RIN-E1", "NAT-E1", "NAT-E1", "NAT-E1", "NAT-E1"), rules(a));
    assertEquals(Optional.of(BigDecimal.ZERO), a.amountDkk());
    assertTrue(a.amountDependsOn().isEmpty());
  }

  // ------------------------------------------------------------------ free offers

  @Test
  @DisplayName("RIN-E1 NAT-E1 outpatient treatment is free: five components in order, none payable, amount 0")
  void outpatientIsFree() {
    FeesAnswer a = fees(Track.SOCIAL_DRUG, "OUTPATIENT", Profile.unknown(), Map.of(), Locale.ENGLISH);

    assertEquals("ringsted", a.municipality());
    assertEquals("OUTPATIENT", a.offer());
    assertFree(a);
    assertEquals("Treatment is free of charge.", component(a, FeeItem.TREATMENT).message());
  }

  @Test
  @DisplayName("RIN-E1 NAT-E1 day treatment (asked by offer ID) is free, even when the caller gives figures")
  void dayIsFree() {
    FeesAnswer a = fees(Track.SOCIAL_DRUG, "day", Profile.builder().hasOwnHome(false).build(),
        Map.of(FeeItem.BOARD, new BigDecimal("1500")), Locale.ENGLISH);

    assertEquals("DAY", a.offer());
    assertFree(a);
  }

  @Test
  @DisplayName("RIN-E1 NAT-E1 the youth offer Ungeliv is free")
  void youthIsFree() {
    FeesAnswer a = fees(Track.SOCIAL_DRUG, "youth", Profile.builder().age(19).build(), Map.of(), Locale.ENGLISH);

    assertEquals("OUTPATIENT", a.offer());
    assertFree(a);
  }

  @Test
  @DisplayName("RIN-E1 NAT-E1 anonymous outpatient treatment is free")
  void anonymousIsFree() {
    FeesAnswer a = fees(Track.ANONYMOUS_DRUG, "anonymous-outpatient", Profile.unknown(), Map.of(), Locale.ENGLISH);

    assertEquals("ANONYMOUS_OUTPATIENT", a.offer());
    assertFree(a);
  }

  // ------------------------------------------------------------------ residential

  @Test
  @DisplayName("RIN-E1 RIN-E2 the QUESTIONS.md example: residential, the citizen has a home: board and medicine payable, lodging"
      + " not; no figures, so no amount")
  void questionsMdExample() {
    FeesAnswer a = residential(true, Map.of());

    assertEquals("RESIDENTIAL", a.offer());
    assertEquals(ORDER, items(a));
    assertFalse(a.free());
    assertEquals(List.of(NO, YES, NO, YES, NO), payable(a));
    assertEquals(List.of("RIN-E1", "RIN-E2", "RIN-E2", "RIN-E2", "NAT-E1"), rules(a));
    assertEquals("The citizen already pays for a home, so lodging is not charged.", component(a, FeeItem.LODGING).message());
    assertEquals("The citizen pays for board; the amount is set from the citizen's circumstances.",
        component(a, FeeItem.BOARD).message());
    assertEquals(Optional.empty(), a.amountDkk());
    // RIN-E2: income, obligations and means; and the figures of the two payable items.
    assertEquals(List.of("INCOME", "OBLIGATIONS", "MEANS", "figures.BOARD", "figures.MEDICINE_OUTSIDE_TREATMENT"),
        a.amountDependsOn());
  }

  @Test
  @DisplayName("RIN-E2 residential with a home and the figures given: board 1500 + medicine 200 = 1700; the lodging figure is not"
      + " payable and not added")
  void withHomeAndFigures() {
    FeesAnswer a = residential(true, Map.of(FeeItem.BOARD, new BigDecimal("1500"),
        FeeItem.MEDICINE_OUTSIDE_TREATMENT, new BigDecimal("200"), FeeItem.LODGING, new BigDecimal("3000")));

    assertFalse(a.free());
    assertEquals(List.of(NO, YES, NO, YES, NO), payable(a));
    assertEquals(0, new BigDecimal("1700").compareTo(a.amountDkk().orElseThrow()), a.amountDkk().toString());
    assertTrue(a.amountDependsOn().isEmpty());
  }

  @Test
  @DisplayName("RIN-E2 residential without a home already paid for: lodging payable too; 1500 + 2500 + 200 = 4200")
  void withoutHomeAndFigures() {
    FeesAnswer a = residential(false, Map.of(FeeItem.BOARD, new BigDecimal("1500"),
        FeeItem.LODGING, new BigDecimal("2500"), FeeItem.MEDICINE_OUTSIDE_TREATMENT, new BigDecimal("200")));

    assertEquals(ORDER, items(a));
    assertFalse(a.free());
    assertEquals(List.of(NO, YES, YES, YES, NO), payable(a));
    assertEquals(List.of("RIN-E1", "RIN-E2", "RIN-E2", "RIN-E2", "NAT-E1"), rules(a));
    assertEquals("The citizen does not already pay for a home, so lodging is charged.", component(a, FeeItem.LODGING).message());
    assertEquals(0, new BigDecimal("4200").compareTo(a.amountDkk().orElseThrow()), a.amountDkk().toString());
    assertTrue(a.amountDependsOn().isEmpty());
  }

  @Test
  @DisplayName("RIN-E2 residential without a home, only the board figure given: no amount, it depends on the lodging and medicine"
      + " figures")
  void withoutHomeSomeFiguresMissing() {
    FeesAnswer a = residential(false, Map.of(FeeItem.BOARD, new BigDecimal("1500")));

    assertEquals(List.of(NO, YES, YES, YES, NO), payable(a));
    assertEquals(Optional.empty(), a.amountDkk());
    assertEquals(List.of("INCOME", "OBLIGATIONS", "MEANS", "figures.LODGING", "figures.MEDICINE_OUTSIDE_TREATMENT"),
        a.amountDependsOn());
  }

  @Test
  @DisplayName("RIN-E2 residential, whether the citizen already pays for a home is not given: lodging undecided, no amount even"
      + " with every figure; it depends on citizen.hasOwnHome")
  void homeUnknown() {
    FeesAnswer a = residential(null, Map.of(FeeItem.BOARD, new BigDecimal("1500"),
        FeeItem.LODGING, new BigDecimal("2500"), FeeItem.MEDICINE_OUTSIDE_TREATMENT, new BigDecimal("200")));

    assertEquals(ORDER, items(a));
    assertFalse(a.free());
    assertEquals(List.of(NO, YES, UNKNOWN, YES, NO), payable(a));
    assertEquals(List.of("RIN-E1", "RIN-E2", "RIN-E2", "RIN-E2", "NAT-E1"), rules(a));
    assertEquals("Whether lodging is charged depends on whether the citizen already pays for a home, which is not given.",
        component(a, FeeItem.LODGING).message());
    assertEquals(Optional.empty(), a.amountDkk());
    assertTrue(a.amountDependsOn().contains("citizen.hasOwnHome"), a.amountDependsOn().toString());
    assertEquals(List.of("INCOME", "OBLIGATIONS", "MEANS", "citizen.hasOwnHome"), a.amountDependsOn());
  }

  @Test
  @DisplayName("RIN-E2 residential asked by offer ID, home unknown, no figures: depends on the home and the payable figures")
  void homeUnknownNoFigures() {
    FeesAnswer a = fees(Track.SOCIAL_DRUG, "residential", Profile.unknown(), Map.of(), Locale.ENGLISH);

    assertEquals("RESIDENTIAL", a.offer());
    assertEquals(List.of(NO, YES, UNKNOWN, YES, NO), payable(a));
    assertEquals(Optional.empty(), a.amountDkk());
    assertEquals(List.of("INCOME", "OBLIGATIONS", "MEANS", "citizen.hasOwnHome", "figures.BOARD",
        "figures.MEDICINE_OUTSIDE_TREATMENT"), a.amountDependsOn());
  }

  // ------------------------------------------------------------------ errors

  @Test
  @DisplayName("RIN-E2 a negative figure and an unknown offer are errors, each with its JSON path")
  void invalidQuestion() {
    InvalidCaseException e = assertThrows(InvalidCaseException.class, () -> fees(Track.SOCIAL_DRUG, "detox",
        Profile.unknown(), Map.of(FeeItem.BOARD, new BigDecimal("-1")), Locale.ENGLISH));

    assertEquals(List.of("figures.BOARD", "offer"), e.problems().stream().map(Problem::path).sorted().toList());
  }

  // ------------------------------------------------------------------ Danish

  @Test
  @DisplayName("RIN-E1 RIN-E2 a Danish answer: residential with a home, the components explained in Danish")
  void danishAnswer() {
    FeesAnswer a = fees(Track.SOCIAL_DRUG, "RESIDENTIAL", Profile.builder().hasOwnHome(true).build(), Map.of(),
        Locale.forLanguageTag("da"));

    assertEquals(List.of(NO, YES, NO, YES, NO), payable(a));
    assertEquals(List.of("RIN-E1", "RIN-E2", "RIN-E2", "RIN-E2", "NAT-E1"), rules(a));
    assertEquals("Behandlingen er gratis.", component(a, FeeItem.TREATMENT).message());
    assertEquals("Borgeren betaler for kost; beløbet fastsættes ud fra borgerens forhold.", component(a, FeeItem.BOARD).message());
    assertEquals("Borgeren betaler allerede for en bolig, så der opkræves ikke betaling for logi.",
        component(a, FeeItem.LODGING).message());
    assertEquals(Optional.empty(), a.amountDkk());
  }
}
