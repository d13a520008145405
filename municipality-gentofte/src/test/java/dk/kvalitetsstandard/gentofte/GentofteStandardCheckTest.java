package dk.kvalitetsstandard.gentofte;

import static dk.kvalitetsstandard.conformance.StandardAssert.assertFor;
import static dk.kvalitetsstandard.conformance.StandardAssert.date;
import static dk.kvalitetsstandard.law.RequiredContent.ACTION_PLAN_TARGETS;
import static dk.kvalitetsstandard.law.RequiredContent.BOARD_AND_LODGING_PAYMENT;
import static dk.kvalitetsstandard.law.RequiredContent.CASE_HANDLING_AND_COMPLAINTS;
import static dk.kvalitetsstandard.law.RequiredContent.FREE_CHOICE;
import static dk.kvalitetsstandard.law.RequiredContent.GIFT_CARDS;
import static dk.kvalitetsstandard.law.RequiredContent.GOALS_VALUES_NORMS;
import static dk.kvalitetsstandard.law.RequiredContent.MONITORING;
import static dk.kvalitetsstandard.law.RequiredContent.ORGANISATION_AND_TREATMENT_TYPES;
import static dk.kvalitetsstandard.law.RequiredContent.STAFF_QUALIFICATIONS;
import static dk.kvalitetsstandard.law.RequiredContent.TARGET_GROUP;
import static dk.kvalitetsstandard.law.RequiredContent.TASKS;
import static dk.kvalitetsstandard.law.RequiredContent.TREATMENT_GUARANTEE;
import static dk.kvalitetsstandard.law.RequiredContent.TREATMENT_PLAN;
import static dk.kvalitetsstandard.law.RequiredContent.USER_INVOLVEMENT;
import static dk.kvalitetsstandard.law.RequiredContent.VISITATION;

import dk.kvalitetsstandard.conformance.StandardAssert;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Gentofte's standard checked against the law: what it covers, and where it falls below the floor")
class GentofteStandardCheckTest {

  private static final StandardAssert.CheckedStandard CHECK = assertFor("gentofte").checkedOn(date(2026, 11, 23));

  @Test
  @Tag("GEN-M1") @Tag("GEN-O1") @Tag("GEN-O2") @Tag("GEN-O3") @Tag("GEN-O4") @Tag("GEN-O5") @Tag("GEN-O6")
  @Tag("GEN-O7") @Tag("GEN-V1") @Tag("GEN-A1") @Tag("GEN-G1") @Tag("GEN-G2") @Tag("GEN-F1") @Tag("GEN-U1")
  @Tag("GEN-U2") @Tag("GEN-E1") @Tag("GEN-C1")
  @DisplayName("Ten of the fifteen required contents, each covered by the sections of the seed that describe it; "
      + "nothing on action plans, user involvement, staff, monitoring or gift cards")
  void checklist() {
    CHECK.covers(TASKS, "GEN-O1", "GEN-O2", "GEN-O3", "GEN-O4", "GEN-O5", "GEN-O6", "GEN-O7")
        .covers(TARGET_GROUP, "GEN-M1")
        .covers(GOALS_VALUES_NORMS, "GEN-M1")
        .covers(ORGANISATION_AND_TREATMENT_TYPES, "GEN-M1", "GEN-O2", "GEN-O3", "GEN-O4", "GEN-O5", "GEN-O6")
        .covers(VISITATION, "GEN-V1", "GEN-A1")
        .covers(TREATMENT_GUARANTEE, "GEN-G1", "GEN-G2")
        .covers(FREE_CHOICE, "GEN-F1")
        .covers(TREATMENT_PLAN, "GEN-U1", "GEN-U2")
        .covers(ACTION_PLAN_TARGETS)
        .covers(USER_INVOLVEMENT)
        .covers(BOARD_AND_LODGING_PAYMENT, "GEN-E1")
        .covers(CASE_HANDLING_AND_COMPLAINTS, "GEN-C1")
        .covers(STAFF_QUALIFICATIONS)
        .covers(MONITORING)
        .covers(GIFT_CARDS)
        .covers(10);
  }

  @Test
  @Tag("GEN-G1") @Tag("GEN-G2") @Tag("GEN-O3") @Tag("GEN-M1") @Tag("GEN-U1") @Tag("GEN-C1")
  @DisplayName("Seven findings: an offer promised rather than a start, day and residential treatment left outside "
      + "the guarantee, narrower anonymous criteria, no adoption date, no validity, five missing contents; "
      + "none on follow-up or complaint limits")
  void findings() {
    CHECK.findsExactly(
        "PROMISES_OFFER_NOT_START GEN-G1 below NAT-G1",
        "OFFERS_OUTSIDE_GUARANTEE GEN-G2 below NAT-G1",
        "OFFERS_OUTSIDE_GUARANTEE GEN-G2 below NAT-G1",
        "NARROWER_CRITERION GEN-O3 below NAT-A1",
        "NO_ADOPTION_DATE GEN-M1 below NAT-Q2",
        "NO_VALIDITY GEN-M1 below NAT-Q2",
        "MISSING_CONTENTS GEN-M1 below NAT-Q1");
  }
}
