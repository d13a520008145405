package dk.kvalitetsstandard.gentofte;

import static dk.kvalitetsstandard.conformance.StandardAssert.assertFor;
import static dk.kvalitetsstandard.conformance.StandardAssert.date;
import static dk.kvalitetsstandard.questions.ChoiceOutcome.ALLOWED;
import static dk.kvalitetsstandard.questions.ChoiceOutcome.NEEDS_ASSESSMENT;
import static dk.kvalitetsstandard.questions.ChoiceOutcome.REFUSED;

import dk.kvalitetsstandard.conformance.StandardAssert;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.questions.Attendance;
import dk.kvalitetsstandard.questions.FeesQuestion;
import dk.kvalitetsstandard.questions.FreeChoiceQuestion;
import dk.kvalitetsstandard.questions.FreeChoiceQuestion.Chosen;
import dk.kvalitetsstandard.questions.FreeChoiceQuestion.Visited;
import dk.kvalitetsstandard.questions.GiftCardsQuestion;
import dk.kvalitetsstandard.questions.Medicine;
import dk.kvalitetsstandard.questions.Profile;
import dk.kvalitetsstandard.questions.Session;
import dk.kvalitetsstandard.standard.FeeItem;
import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Gentofte's free choice, what the citizen pays, and gift cards")
class GentofteFreeChoiceAndFeesTest {

  private static final StandardAssert GENTOFTE = assertFor("gentofte");

  private static FreeChoiceQuestion.Builder choice(Track track, String visited) {
    return FreeChoiceQuestion.builder().municipality("gentofte").asOf(date(2026, 3, 1)).track(track)
        .visited(Visited.of(visited, date(2026, 2, 10)));
  }

  /** Visited to outpatient treatment, the citizen chooses another outpatient offer. */
  private static FreeChoiceQuestion otherOutpatient(Boolean onTilbudsportalen, Boolean isPublic) {
    return choice(Track.SOCIAL_DRUG, "outpatient").chosen(Chosen.of("OUTPATIENT", onTilbudsportalen, isPublic)).build();
  }

  private static FeesQuestion.Builder fees(Track track, String offer) {
    return FeesQuestion.builder().municipality("gentofte").asOf(date(2026, 3, 1)).track(track).offer(offer);
  }

  private static FeesQuestion.Builder residential(Profile citizen, String board, String lodging) {
    return fees(Track.SOCIAL_DRUG, "residential").citizen(citizen)
        .putFigures(FeeItem.BOARD, new BigDecimal(board)).putFigures(FeeItem.LODGING, new BigDecimal(lodging));
  }

  @Test
  @Tag("GEN-F1")
  @DisplayName("Visited to outpatient treatment, the citizen wishes another outpatient offer, listed on "
      + "Tilbudsportalen or public: whether it is comparable in price and quality is Gentofte's to decide")
  void priceAndQualityForGentofte() {
    GENTOFTE.freeChoice(otherOutpatient(true, false))
        .is(NEEDS_ASSESSMENT).decidedBy("GEN-F1").checked("NAT-F6", true).checked("GEN-F1", null)
        .waivesGuarantee(true);
    GENTOFTE.freeChoice(otherOutpatient(false, true))
        .is(NEEDS_ASSESSMENT).decidedBy("GEN-F1");
  }

  @Test
  @Tag("GEN-F1")
  @Tag("NAT-F6")
  @DisplayName("A private offer not approved on Tilbudsportalen is refused, whatever its price; the guarantee "
      + "stands")
  void notOnTilbudsportalen() {
    GENTOFTE.freeChoice(otherOutpatient(false, false))
        .is(REFUSED).decidedBy("NAT-F6").checked("NAT-F6", false).waivesGuarantee(false);
  }

  @Test
  @Tag("GEN-F1")
  @DisplayName("Gentofte's condition is stated for social treatment: a choice of another listed institution for "
      + "methadone under SUL § 142 is allowed outright")
  void medicalChoiceWithoutGentoftesCondition() {
    GENTOFTE.freeChoice(choice(Track.MEDICAL_DRUG, "substitution").chosen(Chosen.of("SUBSTITUTION", true, false))
            .medicine(Medicine.METHADONE).build())
        .is(ALLOWED).decidedBy("NAT-F1").waivesGuarantee(true);
  }

  @Test
  @Tag("GEN-E2")
  @Tag("GEN-E1")
  @DisplayName("Gentofte pays for the treatment: outpatient, day (board given or not), anonymous and substitution "
      + "treatment cost the citizen nothing")
  void treatmentIsFree() {
    GENTOFTE.fees(fees(Track.SOCIAL_DRUG, "outpatient").build()).isFree().decidedBy("GEN-E2").amount("0");
    GENTOFTE.fees(fees(Track.SOCIAL_DRUG, "day").putFigures(FeeItem.BOARD, new BigDecimal("800")).build())
        .isFree().amount("0");
    GENTOFTE.fees(fees(Track.ANONYMOUS_DRUG, "anonymous-outpatient").build()).isFree();
    GENTOFTE.fees(fees(Track.MEDICAL_DRUG, "substitution").build()).isFree();
  }

  @Test
  @Tag("GEN-E1")
  @Tag("GEN-B1")
  @DisplayName("In residential treatment the citizen with no home of their own pays board and lodging: DKK 1,500 "
      + "and 2,500 give DKK 4,000")
  void residentialBoardAndLodging() {
    GENTOFTE.fees(residential(Profile.builder().hasOwnHome(false).build(), "1500", "2500").build())
        .isCharged().decidedBy("GEN-E1").amount("4000");
  }

  @Test
  @Tag("GEN-E1")
  @Tag("NAT-E2")
  @DisplayName("'Fulde eller delvise': a citizen who keeps a home pays board only (DKK 1,500); with no figures and no "
      + "rate in the seed, no amount is given")
  void partialAndUnknown() {
    GENTOFTE.fees(residential(Profile.builder().hasOwnHome(true).build(), "1500", "2500").build())
        .isCharged().amount("1500");
    GENTOFTE.fees(fees(Track.SOCIAL_DRUG, "residential").build()).isCharged().decidedBy("GEN-E1").noAmount();
  }

  @Test
  @Tag("NAT-K1")
  @DisplayName("Gentofte states no gift-card scheme: attending outpatient treatment earns no card")
  void noGiftCards() {
    GENTOFTE.giftCards(GiftCardsQuestion.builder()
            .municipality("gentofte").asOf(date(2026, 6, 1)).track(Track.SOCIAL_DRUG).offer("outpatient")
            .citizen(Profile.builder().age(30).build())
            .addSessions(Session.of(date(2026, 1, 5), Attendance.ATTENDED),
                Session.of(date(2026, 1, 12), Attendance.ATTENDED),
                Session.of(date(2026, 1, 19), Attendance.ATTENDED),
                Session.of(date(2026, 1, 26), Attendance.ATTENDED))
            .build())
        .decidedBy("NAT-K1").noScheme().earns(0).worth(0);
  }
}
