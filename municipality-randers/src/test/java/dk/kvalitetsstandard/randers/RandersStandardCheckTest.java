package dk.kvalitetsstandard.randers;

import static dk.kvalitetsstandard.conformance.StandardAssert.assertFor;
import static dk.kvalitetsstandard.conformance.StandardAssert.date;
import static dk.kvalitetsstandard.conformance.StandardAssert.phone;
import static dk.kvalitetsstandard.conformance.StandardAssert.start;
import static dk.kvalitetsstandard.deadline.Status.MET;
import static dk.kvalitetsstandard.standard.DeadlineKind.TREATMENT_GUARANTEE;

import dk.kvalitetsstandard.law.RequiredContent;
import dk.kvalitetsstandard.law.Track;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Randers' standard checked against the law: an undated draft covering 14 of the 15 required contents")
class RandersStandardCheckTest {

  private static final LocalDate ON = LocalDate.of(2026, 6, 1);

  @Test
  @Tag("RAN-M1")
  @Tag("RAN-Q1")
  @Tag("RAN-Q2")
  @Tag("RAN-R1")
  @Tag("RAN-U1")
  @Tag("RAN-K1")
  @DisplayName("Every required content but targets for action plans is covered: goals and monitoring by the key "
      + "figures, user involvement by the plan reviewed with the citizen, staff by the providers' requirements")
  void requiredContents() {
    assertFor("randers").checkedOn(ON)
        .covers(RequiredContent.TASKS, "RAN-O1", "RAN-O2", "RAN-O3", "RAN-O4", "RAN-O5")
        .covers(RequiredContent.TARGET_GROUP, "RAN-O1", "RAN-O2", "RAN-O4", "RAN-O5")
        .covers(RequiredContent.GOALS_VALUES_NORMS, "RAN-Q1", "RAN-Q2")
        .covers(RequiredContent.ORGANISATION_AND_TREATMENT_TYPES, "RAN-O1", "RAN-O2", "RAN-O3", "RAN-O4", "RAN-O5")
        .covers(RequiredContent.VISITATION, "RAN-V1", "RAN-V2", "RAN-V3")
        .covers(RequiredContent.TREATMENT_GUARANTEE, "RAN-G1", "RAN-G2")
        .covers(RequiredContent.FREE_CHOICE, "RAN-F1", "RAN-F2")
        .covers(RequiredContent.TREATMENT_PLAN, "RAN-U1", "RAN-U2")
        .covers(RequiredContent.ACTION_PLAN_TARGETS)
        .covers(RequiredContent.USER_INVOLVEMENT, "RAN-U1")
        .covers(RequiredContent.BOARD_AND_LODGING_PAYMENT, "RAN-E2")
        .covers(RequiredContent.CASE_HANDLING_AND_COMPLAINTS, "RAN-C1", "RAN-C2")
        .covers(RequiredContent.STAFF_QUALIFICATIONS, "RAN-R1")
        .covers(RequiredContent.MONITORING, "RAN-Q1", "RAN-Q2")
        .covers(RequiredContent.GIFT_CARDS, "RAN-K1", "RAN-K2", "RAN-K3", "RAN-K4")
        .covers(14);
  }

  @Test
  @Tag("RAN-M1")
  @Tag("RAN-O4")
  @Tag("RAN-G1")
  @Tag("RAN-U2")
  @Tag("RAN-C1")
  @DisplayName("Where it falls below the law: no adoption date, no period of validity, a missing content, and the "
      + "narrower anonymous criterion; its guarantee, follow-ups and complaint limit are the law's")
  void findings() {
    assertFor("randers").checkedOn(ON).findsExactly("NARROWER_CRITERION RAN-O4 below NAT-A1",
        "NO_ADOPTION_DATE RAN-M1 below NAT-Q2", "NO_VALIDITY RAN-M1 below NAT-Q2",
        "MISSING_CONTENTS RAN-M1 below NAT-Q1");
  }

  @Test
  @Tag("RAN-M1")
  @DisplayName("'Vedtaget af byrådet den XX': the undated draft is in force on any date, and a 2019 case is decided by "
      + "it without a finding")
  void undatedDraftAppliesOnAnyDate() {
    assertFor("randers").inForceOn(date(2015, 1, 1)).inForceOn(date(2040, 12, 31));
    assertFor("randers").on(Track.SOCIAL_DRUG).age(34)
        .given(phone(date(2019, 1, 7)), start(date(2019, 1, 21), "outpatient"))
        .deadline(TREATMENT_GUARANTEE).decidedBy("RAN-G1").due(date(2019, 1, 21)).is(MET)
        .and().withoutFindings();
  }

  @Test
  @Tag("RAN-M2")
  @DisplayName("The standard applies where Randers (0730) is the acting municipality: a case filed under its code is "
      + "decided by Randers' rules")
  void actingMunicipality() {
    assertFor("0730").on(Track.SOCIAL_DRUG).age(34)
        .given(phone(date(2026, 1, 5)), start(date(2026, 1, 12), "outpatient"))
        .deadline(TREATMENT_GUARANTEE).decidedBy("RAN-G1").due(date(2026, 1, 19)).is(MET);
  }
}
