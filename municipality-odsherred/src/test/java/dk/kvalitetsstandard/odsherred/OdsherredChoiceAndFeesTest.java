package dk.kvalitetsstandard.odsherred;

import static dk.kvalitetsstandard.conformance.StandardAssert.assertFor;
import static dk.kvalitetsstandard.conformance.StandardAssert.date;
import static dk.kvalitetsstandard.questions.ChoiceOutcome.ALLOWED;
import static dk.kvalitetsstandard.questions.ChoiceOutcome.REFUSED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.kvalitetsstandard.conformance.StandardAssert;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.questions.FeesAnswer;
import dk.kvalitetsstandard.questions.FeesQuestion;
import dk.kvalitetsstandard.questions.FreeChoiceQuestion;
import dk.kvalitetsstandard.questions.FreeChoiceQuestion.Chosen;
import dk.kvalitetsstandard.questions.FreeChoiceQuestion.Visited;
import dk.kvalitetsstandard.questions.Medicine;
import dk.kvalitetsstandard.questions.Profile;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Odsherred's free choice (drugs after visitation, alcohol without) and fees (treatment free, lodging if affordable)")
class OdsherredChoiceAndFeesTest {

  private static final StandardAssert ODSHERRED = assertFor("odsherred");

  /** A free-choice question asked on 1 March 2026; {@code visited} null for no visitation yet. */
  private static FreeChoiceQuestion choice(Track track, String visited, Chosen chosen) {
    FreeChoiceQuestion.Builder q = FreeChoiceQuestion.builder().municipality("odsherred").asOf(date(2026, 3, 1))
        .track(track).chosen(chosen);
    if (visited != null) {
      q.visited(Visited.of(visited, date(2026, 2, 10)));
    }
    return q.build();
  }

  /** A private provider approved and listed on Tilbudsportalen. */
  private static Chosen listed(String offer) {
    return Chosen.of(offer, true, false);
  }

  private static FeesQuestion.Builder fees(Track track, String offer) {
    return FeesQuestion.builder().municipality("odsherred").asOf(date(2026, 3, 1)).track(track).offer(offer);
  }

  /** The components of a fees answer, each as "ITEM:RULE=payable" (null: a caseworker decides). */
  private static List<String> components(FeesAnswer answer) {
    return answer.components().stream()
        .map(c -> c.item() + ":" + c.rule() + "=" + c.payable().map(String::valueOf).orElse("null")).toList();
  }

  @Test
  @Tag("ODS-F1")
  @Tag("ODS-F3")
  @Tag("ODS-O2")
  @DisplayName("Visited to the low-intensity course, a listed private low-intensity course: allowed, the 14 days "
      + "waived, and the plan's guidelines and the place's fitness left to the team")
  void drugsAfterVisitation() {
    ODSHERRED.freeChoice(choice(Track.SOCIAL_DRUG, "outpatient-low", listed("outpatient-low")))
        .is(ALLOWED).decidedBy("ODS-F1").checked("NAT-F2", true).checked("NAT-F1", true).checked("NAT-F6", true)
        .waivesGuarantee(true)
        .asksExactly("NAT-F3", "ODS-F3", "ODS-F3");
  }

  @Test
  @Tag("ODS-F1")
  @Tag("NAT-F2")
  @DisplayName("Drug treatment before any visitation: no free choice yet, and the 14 days still run")
  void drugsBeforeVisitation() {
    ODSHERRED.freeChoice(choice(Track.SOCIAL_DRUG, null, listed("OUTPATIENT")))
        .is(REFUSED).decidedBy("NAT-F2").checked("NAT-F2", false).waivesGuarantee(false);
  }

  @Test
  @Tag("ODS-F2")
  @Tag("ODS-G3")
  @DisplayName("Alcohol: another listed outpatient offer without visitation is allowed, and the 14 days are not waived")
  void alcoholWithoutVisitation() {
    ODSHERRED.freeChoice(choice(Track.ALCOHOL, null, listed("OUTPATIENT")))
        .is(ALLOWED).decidedBy("ODS-F2").checked("ODS-F2", true).checked("NAT-F6", true).waivesGuarantee(false);
  }

  @Test
  @Tag("ODS-F2")
  @DisplayName("Alcohol without visitation covers outpatient offers only: residential treatment is refused")
  void alcoholResidentialRefused() {
    ODSHERRED.freeChoice(choice(Track.ALCOHOL, null, listed("RESIDENTIAL"))).is(REFUSED).checked("ODS-F2", false);
  }

  @Test
  @Tag("ODS-F3")
  @Tag("NAT-F6")
  @DisplayName("A private provider not on Tilbudsportalen is refused, for drugs and for alcohol")
  void notListed() {
    ODSHERRED.freeChoice(choice(Track.SOCIAL_DRUG, "OUTPATIENT", Chosen.of("OUTPATIENT", false, false)))
        .is(REFUSED).decidedBy("NAT-F6").checked("NAT-F6", false).waivesGuarantee(false);
    ODSHERRED.freeChoice(choice(Track.ALCOHOL, null, Chosen.of("OUTPATIENT", false, false)))
        .is(REFUSED).decidedBy("NAT-F6");
  }

  @Test
  @Tag("ODS-F3")
  @Tag("NAT-F1")
  @DisplayName("Equivalent character: visited to outpatient treatment, day treatment elsewhere is refused")
  void outpatientToDay() {
    ODSHERRED.freeChoice(choice(Track.SOCIAL_DRUG, "OUTPATIENT", listed("DAY")))
        .is(REFUSED).decidedBy("NAT-F1").checked("NAT-F1", false);
  }

  @Test
  @Tag("ODS-O2")
  @Tag("ODS-O3")
  @Tag("ODS-O4")
  @Tag("NAT-F1")
  @DisplayName("The three outpatient courses are different intensities: low to intensive and medium to low are refused")
  void intensities() {
    ODSHERRED.freeChoice(choice(Track.SOCIAL_DRUG, "outpatient-low", listed("outpatient-intensive")))
        .is(REFUSED).decidedBy("NAT-F1").checked("NAT-F1", false);
    ODSHERRED.freeChoice(choice(Track.SOCIAL_DRUG, "outpatient-medium", listed("outpatient-low")))
        .is(REFUSED).decidedBy("NAT-F1");
    ODSHERRED.freeChoice(choice(Track.SOCIAL_DRUG, "outpatient-intensive", listed("outpatient-intensive")))
        .is(ALLOWED);
  }

  @Test
  @Tag("ODS-O4")
  @Tag("NAT-F7")
  @DisplayName("MOVE is the intensive course in another form: chosen after the intensive course it is allowed, "
      + "after the medium course refused")
  void move() {
    ODSHERRED.freeChoice(choice(Track.SOCIAL_DRUG, "outpatient-intensive", listed("move")))
        .is(ALLOWED).checked("NAT-F7", true).waivesGuarantee(true);
    ODSHERRED.freeChoice(choice(Track.SOCIAL_DRUG, "outpatient-medium", listed("move")))
        .is(REFUSED).checked("NAT-F7", false);
  }

  @Test
  @Tag("ODS-F1")
  @Tag("NAT-F5")
  @DisplayName("Medical treatment: another institution with methadone is allowed, with heroin refused")
  void medical() {
    FreeChoiceQuestion.Builder q = FreeChoiceQuestion.builder().municipality("odsherred").asOf(date(2026, 3, 1))
        .track(Track.MEDICAL_DRUG).visited(Visited.of("medical-treatment", date(2026, 2, 10)))
        .chosen(listed("SUBSTITUTION"));
    ODSHERRED.freeChoice(q.medicine(Medicine.METHADONE).build()).is(ALLOWED).decidedBy("ODS-F1").waivesGuarantee(true);
    ODSHERRED.freeChoice(q.medicine(Medicine.DIACETYLMORPHINE).build()).is(REFUSED).decidedBy("NAT-F5");
  }

  @Test
  @Tag("ODS-E1")
  @DisplayName("Treatment is free: the low-intensity drug course and the MOVE course for alcohol cost nothing")
  void treatmentFree() {
    ODSHERRED.fees(fees(Track.SOCIAL_DRUG, "outpatient-low").build()).isFree().amount("0").decidedBy("ODS-E1");
    ODSHERRED.fees(fees(Track.ALCOHOL, "move").build()).isFree().amount("0").decidedBy("ODS-E1");
  }

  @Test
  @Tag("ODS-E1")
  @Tag("ODS-E3")
  @DisplayName("Day treatment is free and the municipality pays the transport, for drugs and alcohol")
  void dayTransportPaid() {
    for (Track track : List.of(Track.SOCIAL_DRUG, Track.ALCOHOL)) {
      FeesAnswer a = ODSHERRED.fees(fees(track, "day").build()).isFree().amount("0").answer();
      assertEquals("TRANSPORT:ODS-E3=false", components(a).get(4), track.toString());
    }
  }

  @Test
  @Tag("ODS-E2")
  @Tag("ODS-E3")
  @DisplayName("Residential drug treatment without a home of one's own: board and lodging if the citizen can afford "
      + "it, for a caseworker to decide; transport paid; no amount. For alcohol no self-payment is stated")
  void residential() {
    FeesAnswer a = ODSHERRED.fees(fees(Track.SOCIAL_DRUG, "residential")
            .citizen(Profile.builder().hasOwnHome(false).build()).build())
        .isCharged().noAmount().decidedBy("ODS-E2").answer();
    assertEquals(List.of("TREATMENT:ODS-E1=false", "BOARD:ODS-E2=null", "LODGING:ODS-E2=null",
        "MEDICINE_OUTSIDE_TREATMENT:NAT-E1=false", "TRANSPORT:ODS-E3=false"), components(a));
    assertEquals(List.of("AFFORDABILITY"), a.amountDependsOn());
    ODSHERRED.fees(fees(Track.ALCOHOL, "residential").build()).isFree().amount("0");
  }
}
