package dk.kvalitetsstandard.jammerbugt;

import static dk.kvalitetsstandard.conformance.StandardAssert.assertFor;
import static dk.kvalitetsstandard.conformance.StandardAssert.date;
import static dk.kvalitetsstandard.questions.Attendance.ATTENDED;
import static dk.kvalitetsstandard.questions.Attendance.NO_SHOW;
import static dk.kvalitetsstandard.questions.ChoiceOutcome.ALLOWED;
import static dk.kvalitetsstandard.questions.ChoiceOutcome.REFUSED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.kvalitetsstandard.cases.InvalidCaseException;
import dk.kvalitetsstandard.conformance.StandardAssert;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.problem.Problem;
import dk.kvalitetsstandard.questions.Attendance;
import dk.kvalitetsstandard.questions.FeeComponent;
import dk.kvalitetsstandard.questions.FeesAnswer;
import dk.kvalitetsstandard.questions.FeesQuestion;
import dk.kvalitetsstandard.questions.FreeChoiceQuestion.Chosen;
import dk.kvalitetsstandard.questions.FreeChoiceQuestion.Visited;
import dk.kvalitetsstandard.questions.FreeChoiceQuestion;
import dk.kvalitetsstandard.questions.GiftCardsQuestion;
import dk.kvalitetsstandard.questions.Medicine;
import dk.kvalitetsstandard.questions.Profile;
import dk.kvalitetsstandard.questions.Session;
import dk.kvalitetsstandard.standard.FeeItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Free choice of the same kind of offer, free treatment with board and lodging paid in residential drug"
    + " treatment, and MOVE's gift cards")
class JammerbugtFreeChoiceFeesAndGiftCardsTest {

  private static final StandardAssert JAMMERBUGT = assertFor("jammerbugt");
  private static final LocalDate AS_OF = date(2023, 6, 1);

  private static FreeChoiceQuestion choice(Track track, String visited, String chosen, Medicine medicine) {
    FreeChoiceQuestion.Builder question = FreeChoiceQuestion.builder().municipality("jammerbugt").asOf(AS_OF).track(track)
        .visited(Visited.of(visited, date(2023, 5, 10))).chosen(Chosen.of(chosen, null, true));
    return (medicine == null ? question : question.medicine(medicine)).build();
  }

  private static FeesQuestion fees(Track track, String offer, Profile citizen, Map<FeeItem, BigDecimal> figures) {
    return FeesQuestion.builder().municipality("jammerbugt").asOf(AS_OF).track(track).offer(offer).citizen(citizen)
        .putAllFigures(figures).build();
  }

  /** The items the citizen pays for (the kit's check has no per-item check). */
  private static List<FeeItem> payable(FeesAnswer answer) {
    return answer.components().stream().filter(c -> c.payable().equals(Optional.of(true))).map(FeeComponent::item)
        .toList();
  }

  private static StandardAssert.GiftCardsCheck cards(String offer, int age, List<Attendance> attendances,
      int followUps) {
    List<Session> sessions = new ArrayList<>();
    List<Session> followUpSessions = new ArrayList<>();
    LocalDate monday = date(2025, 9, 1);
    for (Attendance attendance : attendances) {
      sessions.add(Session.of(monday, attendance));
      monday = monday.plusWeeks(1);
    }
    for (int i = 0; i < followUps; i++) {
      followUpSessions.add(Session.of(monday, ATTENDED));
      monday = monday.plusWeeks(2);
    }
    return JAMMERBUGT.giftCards(GiftCardsQuestion.builder().municipality("jammerbugt")
        .asOf(date(2026, 6, 1)).track(Track.SOCIAL_DRUG).offer(offer).citizen(Profile.builder().age(age).build())
        .addAllSessions(sessions).addAllFollowUpSessions(followUpSessions).build());
  }

  private static List<Attendance> attended(int times) {
    return Collections.nCopies(times, ATTENDED);
  }

  @Test
  @Tag("JAM-F1")
  @DisplayName("Visited to outpatient treatment, the citizen may choose another outpatient offer, setting the 14 days"
      + " aside; whether the plan's guidelines and goals can still be followed is left to a caseworker")
  void sameKindIsAllowed() {
    JAMMERBUGT.freeChoice(choice(Track.SOCIAL_DRUG, "outpatient", "OUTPATIENT", null))
        .is(ALLOWED).decidedBy("JAM-F1").waivesGuarantee(true).asksExactly("NAT-F3", "JAM-F1", "JAM-F1");
  }

  @Test
  @Tag("JAM-F1") @Tag("JAM-O3") @Tag("JAM-O4")
  @DisplayName("The seed's example: visited to outpatient treatment, the citizen cannot choose residential;"
      + " group treatment, also outpatient, may be chosen")
  void residentialIsAnotherKind() {
    JAMMERBUGT.freeChoice(choice(Track.SOCIAL_DRUG, "outpatient", "RESIDENTIAL", null))
        .is(REFUSED).decidedBy("NAT-F1").checked("NAT-F1", false).waivesGuarantee(false);
    JAMMERBUGT.freeChoice(choice(Track.SOCIAL_DRUG, "outpatient", "group", null)).is(ALLOWED).checked("NAT-F1", true);
  }

  @Test
  @Tag("JAM-F1")
  @DisplayName("Alcohol: the same free choice, but no law lets it set the alcohol guarantee aside")
  void alcoholChoiceKeepsTheGuarantee() {
    JAMMERBUGT.freeChoice(choice(Track.ALCOHOL, "outpatient", "OUTPATIENT", null))
        .is(ALLOWED).decidedBy("JAM-F1").waivesGuarantee(false);
  }

  @Test
  @Tag("JAM-F2")
  @DisplayName("Substitution with methadone: another institution may be chosen, which may refuse, a public one only for"
      + " capacity; treatment with heroin is excluded")
  void medicalTreatment() {
    JAMMERBUGT.freeChoice(choice(Track.MEDICAL_DRUG, "substitution", "SUBSTITUTION", Medicine.METHADONE))
        .is(ALLOWED).decidedBy("JAM-F2").waivesGuarantee(true).asksExactly("NAT-F5", "NAT-F3", "JAM-F2", "JAM-F2");
    JAMMERBUGT.freeChoice(choice(Track.MEDICAL_DRUG, "substitution", "SUBSTITUTION", Medicine.DIACETYLMORPHINE))
        .is(REFUSED).decidedBy("NAT-F5").waivesGuarantee(false);
  }

  @Test
  @Tag("JAM-E1")
  @DisplayName("Treatment is free: outpatient drug treatment, and residential alcohol treatment, for which the seed"
      + " sets no charge, cost nothing even with figures given")
  void treatmentIsFree() {
    JAMMERBUGT.fees(fees(Track.SOCIAL_DRUG, "outpatient", Profile.unknown(), Map.of())).isFree().amount("0");
    JAMMERBUGT.fees(fees(Track.ALCOHOL, "residential", Profile.unknown(), Map.of(FeeItem.BOARD, new BigDecimal("1500"))))
        .isFree().amount("0");
  }

  @Test
  @Tag("JAM-E1") @Tag("JAM-O11")
  @DisplayName("Residential drug treatment: board and lodging are paid, from income and the rent of one's own home:"
      + " DKK 1500 + 2000 = 3500; no amount without the figures; a citizen who keeps a home pays board only")
  void boardAndLodging() {
    Profile noHome = Profile.builder().age(35).hasOwnHome(false).build();
    Map<FeeItem, BigDecimal> figures = Map.of(FeeItem.BOARD, new BigDecimal("1500"), FeeItem.LODGING, new BigDecimal("2000"));
    FeesAnswer charged = JAMMERBUGT.fees(fees(Track.SOCIAL_DRUG, "residential", noHome, figures))
        .isCharged().amount("3500").answer();
    assertEquals(List.of(FeeItem.BOARD, FeeItem.LODGING), payable(charged));
    JAMMERBUGT.fees(fees(Track.SOCIAL_DRUG, "residential", noHome, Map.of())).isCharged().noAmount();
    FeesAnswer ownHome = JAMMERBUGT.fees(fees(Track.SOCIAL_DRUG, "residential",
        Profile.builder().age(35).hasOwnHome(true).build(), figures)).isCharged().amount("1500").answer();
    assertEquals(List.of(FeeItem.BOARD), payable(ownHome));
  }

  @Test
  @Tag("JAM-O5")
  @DisplayName("MOVE: a card of DKK 200 for every second of the 12 weekly conversations: 12 attended earn 6 cards"
      + " (DKK 1200), 7 earn 3, a no-show is no attendance, and conversations beyond 12 or in the follow-up earn none")
  void moveGiftCards() {
    StandardAssert.GiftCardsCheck all = cards("move", 20, attended(12), 0).earns(6).worth(1200).decidedBy("JAM-O5");
    assertFalse(all.answer().deductibleFromBenefits());
    cards("move", 22, attended(7), 0).earns(3).worth(600);
    cards("move", 21, List.of(ATTENDED, NO_SHOW, ATTENDED, NO_SHOW, ATTENDED, NO_SHOW), 0).earns(1).worth(200);
    cards("move", 19, attended(14), 6).earns(6).worth(1200);
    cards("move", 19, List.of(), 6).earns(0).worth(0);
  }

  @Test
  @Tag("JAM-O5")
  @DisplayName("Gift cards are for MOVE at ages 15 to 25 only: outpatient treatment earns none, and a 26-year-old's"
      + " question is an error naming citizen.age")
  void onlyMoveAndOnlyFifteenToTwentyFive() {
    cards("move", 15, attended(12), 0).earns(6).worth(1200);
    cards("move", 25, attended(12), 0).earns(6).worth(1200);
    cards("outpatient", 40, attended(12), 0).noScheme().earns(0).worth(0);
    List<Problem> problems = assertThrows(InvalidCaseException.class, () -> cards("move", 26, attended(12), 0)).problems();
    assertEquals(List.of("citizen.age"), problems.stream().map(Problem::path).toList());
  }
}
