package dk.kvalitetsstandard.odsherred;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.cases.InvalidCaseException;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * FEES questions put to the {@link Assessor} for Odsherred (QUESTIONS.md; RULES.md NAT-E1, NAT-E2,
 * ODS-E1 treatment free, ODS-E2 board and lodging in residential drug treatment if affordable,
 * ODS-E3 transport to day and residential treatment paid by the municipality). Expected values by
 * hand. Components are written {@code ITEM:RULE=payable} in the fixed order of the contract.
 */
@DisplayName("Odsherred FEES: treatment free (ODS-E1), board and lodging if affordable (ODS-E2), transport paid (ODS-E3)")
class OdsherredFeesQuestionTest {

  private static final Assessor ASSESSOR = Assessor.of(StandardRegistry.defaultRegistry());
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

  private static FeesQuestion.Builder question(Track track, String offer) {
    return FeesQuestion.builder().municipality("odsherred").asOf(AS_OF).track(track).offer(offer);
  }

  private static FeesAnswer ask(FeesQuestion.Builder question) {
    return ASSESSOR.fees(question.build(), Locale.ENGLISH);
  }

  private static List<String> components(FeesAnswer answer) {
    List<String> out = new ArrayList<>();
    for (FeeComponent c : answer.components()) {
      out.add(c.item() + ":" + c.rule() + "=" + c.payable().map(String::valueOf).orElse("null"));
    }
    return out;
  }

  private static String message(FeesAnswer answer, FeeItem item) {
    return answer.components().stream().filter(c -> c.item() == item).findFirst().orElseThrow().message();
  }

  @Test
  @DisplayName("ODS-E1 NAT-E1 outpatient drug treatment: free, nothing to pay, amount 0")
  void outpatientFree() {
    FeesAnswer a = ask(question(Track.SOCIAL_DRUG, "outpatient-low"));
    assertAll(
        () -> assertEquals("odsherred", a.municipality()),
        () -> assertEquals("OUTPATIENT", a.offer()),
        () -> assertTrue(a.free()),
        () -> assertEquals(List.of("TREATMENT:ODS-E1=false", "BOARD:NAT-E1=false", "LODGING:NAT-E1=false",
            "MEDICINE_OUTSIDE_TREATMENT:NAT-E1=false", "TRANSPORT:NAT-E1=false"), components(a)),
        () -> assertEquals("Treatment is free of charge.", message(a, FeeItem.TREATMENT)),
        () -> assertEquals("The standard sets no charge for board in outpatient treatment.", message(a, FeeItem.BOARD)),
        () -> assertEquals(List.of(), a.amountDependsOn()),
        () -> assertEquals(Optional.of(BigDecimal.ZERO), a.amountDkk()));
  }

  @Test
  @DisplayName("ODS-E1 ODS-O4 NAT-E1 the MOVE course for alcohol: free")
  void moveAlcoholFree() {
    FeesAnswer a = ask(question(Track.ALCOHOL, "move"));
    assertAll(
        () -> assertEquals("MOVE", a.offer()),
        () -> assertTrue(a.free()),
        () -> assertEquals(List.of("TREATMENT:ODS-E1=false", "BOARD:NAT-E1=false", "LODGING:NAT-E1=false",
            "MEDICINE_OUTSIDE_TREATMENT:NAT-E1=false", "TRANSPORT:NAT-E1=false"), components(a)),
        () -> assertEquals(Optional.of(BigDecimal.ZERO), a.amountDkk()));
  }

  @Test
  @DisplayName("ODS-E1 ODS-E3 day treatment: free, and the municipality pays the transport")
  void dayFreeTransportPaid() {
    FeesAnswer a = ask(question(Track.SOCIAL_DRUG, "DAY"));
    assertAll(
        () -> assertEquals("DAY", a.offer()),
        () -> assertTrue(a.free()),
        () -> assertEquals(List.of("TREATMENT:ODS-E1=false", "BOARD:NAT-E1=false", "LODGING:NAT-E1=false",
            "MEDICINE_OUTSIDE_TREATMENT:NAT-E1=false", "TRANSPORT:ODS-E3=false"), components(a)),
        () -> assertEquals("The municipality pays for transport.", message(a, FeeItem.TRANSPORT)),
        () -> assertEquals(List.of(), a.amountDependsOn()),
        () -> assertEquals(Optional.of(BigDecimal.ZERO), a.amountDkk()));
  }

  @Test
  @DisplayName("ODS-E1 ODS-E3 day treatment for alcohol: free, transport paid")
  void dayAlcohol() {
    FeesAnswer a = ask(question(Track.ALCOHOL, "day"));
    assertAll(
        () -> assertTrue(a.free()),
        () -> assertEquals("TRANSPORT:ODS-E3=false", components(a).get(4)),
        () -> assertEquals(Optional.of(BigDecimal.ZERO), a.amountDkk()));
  }

  @Test
  @DisplayName("ODS-E1 ODS-E2 ODS-E3 NAT-E2 residential drug treatment, home not given: board if affordable, lodging also depends on a home kept, transport paid, no amount")
  void residentialDrugs() {
    FeesAnswer a = ask(question(Track.SOCIAL_DRUG, "RESIDENTIAL"));
    assertAll(
        () -> assertEquals("RESIDENTIAL", a.offer()),
        () -> assertFalse(a.free()),
        () -> assertEquals(List.of("TREATMENT:ODS-E1=false", "BOARD:ODS-E2=null", "LODGING:NAT-E2=null",
            "MEDICINE_OUTSIDE_TREATMENT:NAT-E1=false", "TRANSPORT:ODS-E3=false"), components(a)),
        () -> assertEquals("The citizen may be charged for board if the citizen can afford it: a caseworker decides.",
            message(a, FeeItem.BOARD)),
        () -> assertEquals("Whether lodging is charged depends on whether the citizen already pays for a home, which "
            + "is not given.", message(a, FeeItem.LODGING)),
        () -> assertEquals("The municipality pays for transport.", message(a, FeeItem.TRANSPORT)),
        () -> assertEquals(List.of("AFFORDABILITY", "citizen.hasOwnHome"), a.amountDependsOn()),
        () -> assertEquals(Optional.empty(), a.amountDkk()));
  }

  @Test
  @DisplayName("ODS-E2 residential drug treatment without a home of one's own: board and lodging both if affordable, a caseworker decides")
  void residentialDrugsNoHome() {
    FeesAnswer a = ask(question(Track.SOCIAL_DRUG, "residential").citizen(Profile.builder().hasOwnHome(false).build()));
    assertAll(
        () -> assertFalse(a.free()),
        () -> assertEquals(List.of("TREATMENT:ODS-E1=false", "BOARD:ODS-E2=null", "LODGING:ODS-E2=null",
            "MEDICINE_OUTSIDE_TREATMENT:NAT-E1=false", "TRANSPORT:ODS-E3=false"), components(a)),
        () -> assertEquals("The citizen may be charged for lodging if the citizen can afford it: a caseworker decides.",
            message(a, FeeItem.LODGING)),
        () -> assertEquals(List.of("AFFORDABILITY"), a.amountDependsOn()),
        () -> assertEquals(Optional.empty(), a.amountDkk()));
  }

  @Test
  @DisplayName("ODS-E2 NAT-E2 residential drug treatment, home kept, figures given: no lodging (SEL § 163, stk. 2), board still a caseworker's, so no amount")
  void residentialWithFigures() {
    FeesAnswer a = ask(question(Track.SOCIAL_DRUG, "residential")
        .citizen(Profile.builder().age(34).hasOwnHome(true).build())
        .putFigures(FeeItem.BOARD, new BigDecimal("1500"))
        .putFigures(FeeItem.LODGING, new BigDecimal("2000")));
    assertAll(
        () -> assertFalse(a.free()),
        () -> assertEquals(List.of("TREATMENT:ODS-E1=false", "BOARD:ODS-E2=null", "LODGING:NAT-E2=false",
            "MEDICINE_OUTSIDE_TREATMENT:NAT-E1=false", "TRANSPORT:ODS-E3=false"), components(a)),
        () -> assertEquals("The citizen already pays for a home, so lodging is not charged.", message(a, FeeItem.LODGING)),
        () -> assertEquals(List.of("AFFORDABILITY"), a.amountDependsOn()),
        () -> assertEquals(Optional.empty(), a.amountDkk(), "the library never decides affordability"));
  }

  @Test
  @DisplayName("ODS-E1 NAT-E1 figures given for a free offer do not make it payable")
  void figuresOnFreeOffer() {
    FeesAnswer a = ask(question(Track.SOCIAL_DRUG, "OUTPATIENT").putFigures(FeeItem.TRANSPORT, new BigDecimal("300")));
    assertAll(
        () -> assertTrue(a.free()),
        () -> assertEquals(List.of(), a.amountDependsOn()),
        () -> assertEquals(Optional.of(BigDecimal.ZERO), a.amountDkk()));
  }

  @Test
  @DisplayName("ODS-E1 ODS-E2 residential alcohol treatment: self-payment for board and lodging is only for drugs, so nothing is payable")
  void residentialAlcohol() {
    FeesAnswer a = ask(question(Track.ALCOHOL, "RESIDENTIAL"));
    assertAll(
        () -> assertTrue(a.free()),
        () -> assertEquals(Optional.of(false), a.components().get(1).payable()),
        () -> assertEquals(Optional.of(false), a.components().get(2).payable()),
        () -> assertEquals("NAT-E1", a.components().get(1).rule(), "no basis for a charge in health treatment (SUL § 141)"),
        () -> assertEquals("TRANSPORT:ODS-E3=false", components(a).get(4)),
        () -> assertEquals(Optional.of(BigDecimal.ZERO), a.amountDkk()));
  }

  @Test
  @DisplayName("ODS-E1 ODS-E2 ODS-E3 the residential answer in Danish")
  void danish() {
    FeesAnswer a = ASSESSOR.fees(question(Track.SOCIAL_DRUG, "RESIDENTIAL").build(), Locale.forLanguageTag("da"));
    assertAll(
        () -> assertEquals("Behandlingen er gratis.", message(a, FeeItem.TREATMENT)),
        () -> assertEquals("Borgeren kan opkræves betaling for kost, hvis økonomien tillader det; det afgør en "
            + "sagsbehandler.", message(a, FeeItem.BOARD)),
        () -> assertEquals("Kommunen betaler for transport.", message(a, FeeItem.TRANSPORT)));
  }

  @Test
  @DisplayName("ODS-E2 a negative figure and an unknown offer are errors with their JSON paths")
  void invalid() {
    FeesQuestion q = question(Track.SOCIAL_DRUG, "hospital").putFigures(FeeItem.BOARD, new BigDecimal("-1")).build();
    InvalidCaseException e = assertThrows(InvalidCaseException.class, () -> ASSESSOR.fees(q, Locale.ENGLISH));
    assertEquals(List.of("figures.BOARD", "offer"), e.problems().stream().map(p -> p.path()).toList());
    assertEquals("an amount cannot be negative: -1", e.problems().get(0).message());
  }
}
