package dk.kvalitetsstandard.randers;

import static dk.kvalitetsstandard.conformance.StandardAssert.assertFor;
import static dk.kvalitetsstandard.questions.ChoiceOutcome.ALLOWED;
import static dk.kvalitetsstandard.questions.ChoiceOutcome.REFUSED;

import dk.kvalitetsstandard.conformance.StandardAssert;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.questions.FeesQuestion;
import dk.kvalitetsstandard.questions.FreeChoiceQuestion;
import dk.kvalitetsstandard.questions.FreeChoiceQuestion.Chosen;
import dk.kvalitetsstandard.questions.FreeChoiceQuestion.Visited;
import dk.kvalitetsstandard.questions.Profile;
import dk.kvalitetsstandard.standard.FeeItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Randers' free choice after visitation, free treatment, and board and lodging in residential treatment")
class RandersFreeChoiceAndFeesTest {

  private static final StandardAssert RANDERS = assertFor("randers");
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

  /** Visited on 10 February 2026 to {@code visited} (null: not visited), choosing {@code chosen}. */
  private static FreeChoiceQuestion choice(String visited, Chosen chosen) {
    FreeChoiceQuestion.Builder question = FreeChoiceQuestion.builder().municipality("randers").asOf(AS_OF)
        .track(Track.SOCIAL_DRUG).chosen(chosen);
    if (visited != null) {
      question.visited(Visited.of(visited, LocalDate.of(2026, 2, 10)));
    }
    return question.build();
  }

  private static FeesQuestion fees(String offer, Profile citizen, Map<FeeItem, BigDecimal> figures) {
    return FeesQuestion.builder().municipality("randers").asOf(AS_OF).track(Track.SOCIAL_DRUG).offer(offer)
        .citizen(citizen).putAllFigures(figures).build();
  }

  @Test
  @Tag("RAN-F1")
  @DisplayName("Visited to outpatient treatment, a private outpatient offer listed on Tilbudsportalen may be chosen, "
      + "and choosing it gives up the guarantee; a public one needs no listing")
  void equivalentListedOffer() {
    RANDERS.freeChoice(choice("outpatient", Chosen.of("OUTPATIENT", true, false)))
        .is(ALLOWED).decidedBy("RAN-F1").checked("NAT-F1", true).checked("NAT-F6", true).waivesGuarantee(true);
    RANDERS.freeChoice(choice("outpatient", Chosen.of("OUTPATIENT", false, true))).is(ALLOWED).decidedBy("RAN-F1");
    RANDERS.freeChoice(choice("family-oriented", Chosen.of("OUTPATIENT", true, false))).is(ALLOWED);
    RANDERS.freeChoice(choice("move", Chosen.of("MOVE", true, false))).is(ALLOWED);
  }

  @Test
  @Tag("RAN-F1")
  @DisplayName("Visited to outpatient treatment, residential treatment is not of the same character; an unlisted "
      + "private offer is not approved: both refused, the guarantee kept")
  void refusedChoices() {
    RANDERS.freeChoice(choice("outpatient", Chosen.of("RESIDENTIAL", true, false)))
        .is(REFUSED).decidedBy("NAT-F1").checked("NAT-F1", false).waivesGuarantee(false);
    RANDERS.freeChoice(choice("outpatient", Chosen.of("OUTPATIENT", false, false)))
        .is(REFUSED).decidedBy("NAT-F6").waivesGuarantee(false);
  }

  @Test
  @Tag("RAN-F1")
  @Tag("RAN-F2")
  @DisplayName("Left to the caseworker: whether the choice may be limited for the citizen's sake, and whether the "
      + "approved offer is relevant to the planned course")
  void openQuestions() {
    RANDERS.freeChoice(choice("outpatient", Chosen.of("OUTPATIENT", true, false))).asksExactly("NAT-F3", "RAN-F1");
  }

  @Test
  @Tag("RAN-F2")
  @DisplayName("Free choice comes after the municipality's visitation: a citizen not yet visited is refused and keeps "
      + "the guarantee")
  void notVisitedYet() {
    RANDERS.freeChoice(choice(null, Chosen.of("OUTPATIENT", true, false)))
        .is(REFUSED).decidedBy("NAT-F2").checked("NAT-F2", false).waivesGuarantee(false);
  }

  @Test
  @Tag("RAN-E1")
  @DisplayName("Outpatient treatment is free, and so are counselling, MOVE and the add-ons")
  void treatmentIsFree() {
    RANDERS.fees(fees("outpatient", Profile.builder().age(30).build(), Map.of())).isFree().decidedBy("RAN-E1").amount("0");
    for (String offer : List.of("counselling", "move", "family-oriented", "mobile", "doctor-consultation")) {
      RANDERS.fees(fees(offer, Profile.builder().age(30).build(), Map.of())).isFree().amount("0");
    }
  }

  @Test
  @Tag("RAN-E2")
  @DisplayName("Residential treatment: board and lodging are charged from the citizen's means, DKK 1,500 + 2,000 = "
      + "3,500 where given; a citizen who keeps a home pays board only")
  void boardAndLodging() {
    Profile noHome = Profile.builder().age(30).hasOwnHome(false).build();
    RANDERS.fees(fees("residential", noHome, Map.of())).isCharged().decidedBy("RAN-E2").noAmount();
    RANDERS.fees(fees("residential", noHome, Map.of(FeeItem.BOARD, new BigDecimal("1500"), FeeItem.LODGING,
        new BigDecimal("2000")))).isCharged().amount("3500");
    RANDERS.fees(fees("residential", Profile.builder().age(40).hasOwnHome(true).build(), Map.of(FeeItem.BOARD,
        new BigDecimal("1500"), FeeItem.LODGING, new BigDecimal("2000")))).isCharged().amount("1500");
  }
}
