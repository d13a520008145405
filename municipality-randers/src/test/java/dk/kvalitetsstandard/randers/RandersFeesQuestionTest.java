package dk.kvalitetsstandard.randers;

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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * FEES questions put to the {@link Assessor} for Randers (QUESTIONS.md; RULES.md NAT-E1, NAT-E2,
 * RAN-E1, RAN-E2). Expected values are worked out by hand.
 */
class RandersFeesQuestionTest {

  private static final Assessor ASSESSOR = Assessor.of(StandardRegistry.defaultRegistry());
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

  private static final List<FeeItem> FIVE_ITEMS = List.of(FeeItem.TREATMENT, FeeItem.BOARD, FeeItem.LODGING,
      FeeItem.MEDICINE_OUTSIDE_TREATMENT, FeeItem.TRANSPORT);

  private static final Optional<Boolean> YES = Optional.of(true);
  private static final Optional<Boolean> NO = Optional.of(false);

  private static FeesAnswer fees(Track track, String offer, Profile citizen, Map<FeeItem, BigDecimal> figures,
      Locale locale) {
    return ASSESSOR.fees(FeesQuestion.builder().municipality("randers").asOf(AS_OF).track(track).offer(offer)
        .citizen(citizen).putAllFigures(figures).build(), locale);
  }

  private static FeesAnswer fees(String offer, Map<FeeItem, BigDecimal> figures) {
    return fees(Track.SOCIAL_DRUG, offer, Profile.builder().age(30).build(), figures, Locale.ENGLISH);
  }

  private static List<FeeItem> items(FeesAnswer answer) {
    return answer.components().stream().map(FeeComponent::item).toList();
  }

  private static List<Optional<Boolean>> payable(FeesAnswer answer) {
    return answer.components().stream().map(FeeComponent::payable).toList();
  }

  private static List<String> rules(FeesAnswer answer) {
    return answer.components().stream().map(FeeComponent::rule).toList();
  }

  private static List<String> messages(FeesAnswer answer) {
    return answer.components().stream().map(FeeComponent::message).toList();
  }

  /** Each component's message names its item, in the answer's language (case aside). */
  private static void assertMessagesName(FeesAnswer answer, String... words) {
    List<String> messages = messages(answer);
    for (int i = 0; i < words.length; i++) {
      assertTrue(messages.get(i).toLowerCase(Locale.ROOT).contains(words[i]), messages.get(i));
    }
  }

  // ------------------------------------------------------------------ free offers

  @Test
  @Tag("RAN-E1")
  @DisplayName("RAN-E1, NAT-E1 outpatient treatment is free: five components in order, none payable, amount 0")
  void outpatientIsFree() {
    FeesAnswer answer = fees("OUTPATIENT", Map.of());

    assertEquals("randers", answer.municipality());
    assertEquals("OUTPATIENT", answer.offer());
    assertTrue(answer.free());
    assertEquals(FIVE_ITEMS, items(answer));
    assertEquals(List.of(NO, NO, NO, NO, NO), payable(answer));
    assertEquals(List.of("RAN-E1", "NAT-E1", "NAT-E1", "NAT-E1", "NAT-E1"), rules(answer));
    assertMessagesName(answer, "treatment", "board", "lodging", "medicine", "transport");
    assertEquals(Optional.of(BigDecimal.ZERO), answer.amountDkk());
    assertEquals(List.of(), answer.amountDependsOn());
  }

  @Test
  @Tag("RAN-E1")
  @Tag("RAN-O2")
  @Tag("RAN-O3")
  @DisplayName("RAN-E1, NAT-E1 Randers' outpatient offers by ID (family-oriented, mobile, MOVE) and counselling are "
      + "free")
  void outpatientOffersByIdAreFree() {
    for (String id : List.of("family-oriented", "mobile", "doctor-consultation", "move", "counselling")) {
      FeesAnswer answer = fees(id, Map.of());
      assertTrue(answer.free(), id);
      assertEquals(FIVE_ITEMS, items(answer), id);
      assertEquals(List.of(NO, NO, NO, NO, NO), payable(answer), id);
      assertEquals("RAN-E1", answer.components().get(0).rule(), id);
      assertEquals(Optional.of(BigDecimal.ZERO), answer.amountDkk(), id);
    }
    assertEquals("MOVE", fees("move", Map.of()).offer());
  }

  @Test
  @Tag("RAN-E1")
  @DisplayName("RAN-E1, NAT-E1 day treatment (a kind Randers does not describe) is free everywhere: amount 0")
  void dayTreatmentIsFree() {
    FeesAnswer answer = fees("DAY", Map.of());

    assertEquals("DAY", answer.offer());
    assertTrue(answer.free());
    assertEquals(FIVE_ITEMS, items(answer));
    assertEquals(List.of(NO, NO, NO, NO, NO), payable(answer));
    assertEquals(Optional.of(BigDecimal.ZERO), answer.amountDkk());
    assertEquals(List.of(), answer.amountDependsOn());
  }

  @Test
  @Tag("RAN-E1")
  @Tag("RAN-O4")
  @DisplayName("RAN-E1, RAN-O4, NAT-E1 anonymous outpatient treatment is free")
  void anonymousIsFree() {
    FeesAnswer answer = fees(Track.ANONYMOUS_DRUG, "anonymous-outpatient", Profile.unknown(), Map.of(), Locale.ENGLISH);

    assertEquals("ANONYMOUS_OUTPATIENT", answer.offer());
    assertTrue(answer.free());
    assertEquals(FIVE_ITEMS, items(answer));
    assertEquals(List.of(NO, NO, NO, NO, NO), payable(answer));
    assertEquals(Optional.of(BigDecimal.ZERO), answer.amountDkk());
  }

  @Test
  @Tag("RAN-E1")
  @DisplayName("RAN-E1 figures given for a free offer change nothing: amount 0")
  void figuresForAFreeOfferAreIgnored() {
    FeesAnswer answer = fees("OUTPATIENT", Map.of(FeeItem.TRANSPORT, new BigDecimal("250")));

    assertTrue(answer.free());
    assertEquals(Optional.of(BigDecimal.ZERO), answer.amountDkk());
    assertEquals(List.of(), answer.amountDependsOn());
  }

  // ------------------------------------------------------------------ residential

  private static Profile withoutHome() {
    return Profile.builder().age(30).hasOwnHome(false).build();
  }

  private static FeesAnswer residential(Profile citizen, Map<FeeItem, BigDecimal> figures) {
    return fees(Track.SOCIAL_DRUG, "RESIDENTIAL", citizen, figures, Locale.ENGLISH);
  }

  @Test
  @Tag("RAN-E2")
  @DisplayName("RAN-E2, NAT-E2 residential, citizen without a home of their own: treatment free, board and lodging "
      + "payable, medicine and transport not; no figures, so no amount, and amountDependsOn names income, fixed "
      + "expenses, the facility's rent and both figures")
  void residentialWithoutFigures() {
    FeesAnswer answer = residential(withoutHome(), Map.of());

    assertEquals("RESIDENTIAL", answer.offer());
    assertFalse(answer.free());
    assertEquals(FIVE_ITEMS, items(answer));
    assertEquals(List.of(NO, YES, YES, NO, NO), payable(answer));
    assertEquals(List.of("RAN-E1", "RAN-E2", "RAN-E2", "NAT-E1", "NAT-E1"), rules(answer));
    assertMessagesName(answer, "treatment", "board", "lodging", "medicine", "transport");
    assertTrue(messages(answer).get(1).startsWith("The citizen pays for board"), messages(answer).get(1));
    assertTrue(messages(answer).get(2).startsWith("The citizen pays for lodging"), messages(answer).get(2));
    assertEquals(Optional.empty(), answer.amountDkk(), "the library never invents a rate");
    assertEquals(List.of("INCOME", "NECESSARY_FIXED_EXPENSES", "FACILITY_RENT_AND_UTILITIES", "figures.BOARD",
        "figures.LODGING"), answer.amountDependsOn());
  }

  @Test
  @Tag("RAN-E2")
  @DisplayName("RAN-E2 residential with the board and lodging figures given: the amount is their sum, DKK 3500")
  void residentialWithFigures() {
    FeesAnswer answer = fees(Track.SOCIAL_DRUG, "residential", withoutHome(),
        Map.of(FeeItem.BOARD, new BigDecimal("1500"), FeeItem.LODGING, new BigDecimal("2000")), Locale.ENGLISH);

    assertFalse(answer.free());
    assertEquals(List.of(NO, YES, YES, NO, NO), payable(answer));
    assertEquals(0, new BigDecimal("3500").compareTo(answer.amountDkk().orElseThrow()), answer.amountDkk().toString());
    assertEquals(List.of(), answer.amountDependsOn());
  }

  @Test
  @Tag("RAN-E2")
  @DisplayName("RAN-E2 only the board figure given: no amount, amountDependsOn names the missing lodging figure")
  void residentialWithOneFigure() {
    FeesAnswer answer = residential(withoutHome(), Map.of(FeeItem.BOARD, new BigDecimal("1500")));

    assertEquals(Optional.empty(), answer.amountDkk());
    assertEquals(List.of("INCOME", "NECESSARY_FIXED_EXPENSES", "FACILITY_RENT_AND_UTILITIES", "figures.LODGING"),
        answer.amountDependsOn());
  }

  @Test
  @Tag("RAN-E2")
  @DisplayName("RAN-E2 a figure for an item that is not payable (transport) is not added: DKK 3500, not 3800")
  void figureForNonPayableItemNotAdded() {
    FeesAnswer answer = residential(withoutHome(), Map.of(FeeItem.BOARD, new BigDecimal("1500"),
        FeeItem.LODGING, new BigDecimal("2000"), FeeItem.TRANSPORT, new BigDecimal("300")));

    assertEquals(0, new BigDecimal("3500").compareTo(answer.amountDkk().orElseThrow()), answer.amountDkk().toString());
  }

  @Test
  @Tag("RAN-E2")
  @DisplayName("RAN-E2, NAT-E2 a citizen who keeps a home pays no lodging in a temporary stay (SEL § 163, stk. 2; "
      + "Randers' standard does not go below the law): board only, DKK 1500")
  void citizenWithOwnHomePaysNoLodging() {
    FeesAnswer answer = residential(Profile.builder().age(40).hasOwnHome(true).build(),
        Map.of(FeeItem.BOARD, new BigDecimal("1500"), FeeItem.LODGING, new BigDecimal("2000")));

    assertFalse(answer.free());
    assertEquals(List.of(NO, YES, NO, NO, NO), payable(answer));
    assertEquals(List.of("RAN-E1", "RAN-E2", "NAT-E2", "NAT-E1", "NAT-E1"), rules(answer));
    assertEquals("The citizen already pays for a home, so lodging is not charged.", messages(answer).get(2));
    assertEquals(0, new BigDecimal("1500").compareTo(answer.amountDkk().orElseThrow()), answer.amountDkk().toString());
    assertEquals(List.of(), answer.amountDependsOn());
  }

  @Test
  @Tag("RAN-E2")
  @DisplayName("RAN-E2, NAT-E2 whether the citizen keeps a home not given: lodging undecided, no amount even with "
      + "every figure, amountDependsOn names citizen.hasOwnHome")
  void homeUnknownLeavesLodgingUndecided() {
    FeesAnswer noFigures = residential(Profile.builder().age(30).build(), Map.of());
    FeesAnswer allFigures = residential(Profile.unknown(),
        Map.of(FeeItem.BOARD, new BigDecimal("1500"), FeeItem.LODGING, new BigDecimal("2000")));

    assertFalse(noFigures.free());
    assertEquals(List.of(NO, YES, Optional.<Boolean>empty(), NO, NO), payable(noFigures));
    assertEquals(List.of("RAN-E1", "RAN-E2", "NAT-E2", "NAT-E1", "NAT-E1"), rules(noFigures));
    assertTrue(messages(noFigures).get(2).contains("lodging"), messages(noFigures).get(2));
    assertTrue(messages(noFigures).get(2).contains("home"), messages(noFigures).get(2));
    assertTrue(messages(noFigures).get(2).contains("not given"), messages(noFigures).get(2));
    assertEquals(Optional.empty(), noFigures.amountDkk());
    assertEquals(List.of("INCOME", "NECESSARY_FIXED_EXPENSES", "FACILITY_RENT_AND_UTILITIES", "citizen.hasOwnHome",
        "figures.BOARD"), noFigures.amountDependsOn());

    assertEquals(Optional.empty(), allFigures.amountDkk(), "never guessed: lodging may or may not be payable");
    assertEquals(List.of("INCOME", "NECESSARY_FIXED_EXPENSES", "FACILITY_RENT_AND_UTILITIES", "citizen.hasOwnHome"),
        allFigures.amountDependsOn());
  }

  // ------------------------------------------------------------------ invalid and Danish

  @Test
  @Tag("RAN-E2")
  @DisplayName("RAN-E2 a negative figure and an unknown offer are errors naming each JSON path")
  void invalidFees() {
    InvalidCaseException negative = assertThrows(InvalidCaseException.class,
        () -> residential(withoutHome(), Map.of(FeeItem.BOARD, new BigDecimal("-1"))));
    assertEquals(List.of("figures.BOARD"), negative.problems().stream().map(Problem::path).toList());

    InvalidCaseException offer = assertThrows(InvalidCaseException.class, () -> fees("hostel", Map.of()));
    assertEquals(List.of("offer"), offer.problems().stream().map(Problem::path).toList());
    assertTrue(offer.problems().get(0).message().contains("hostel"));
  }

  @Test
  @Tag("RAN-E2")
  @DisplayName("RAN-E1, RAN-E2 residential treatment answered in Danish")
  void danishAnswer() {
    FeesAnswer answer = fees(Track.SOCIAL_DRUG, "RESIDENTIAL", withoutHome(), Map.of(), Locale.forLanguageTag("da"));

    assertEquals(List.of(NO, YES, YES, NO, NO), payable(answer));
    assertMessagesName(answer, "behandlingen", "kost", "logi", "medicin", "transport");
    assertEquals("Borgeren betaler for kost; beløbet fastsættes ud fra borgerens forhold.", messages(answer).get(1));
    assertEquals("Borgeren betaler for logi; beløbet fastsættes ud fra borgerens forhold.", messages(answer).get(2));
    assertTrue(messages(answer).get(4).contains("døgnbehandling"), messages(answer).get(4));
    assertEquals(Optional.empty(), answer.amountDkk());
  }
}
