package dk.kvalitetsstandard.odsherred;

import static dk.kvalitetsstandard.conformance.FloorFinding.Kind.EXPIRED;
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
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The standard's own check against the law: the rules of pure statements and key figures are observable only here. */
@DisplayName("Odsherred checked against the law: 12 of the 15 required contents, and where the text falls below the floor")
class OdsherredCheckTest {

  private static final StandardAssert ODSHERRED = assertFor("odsherred");

  @Test
  @Tag("ODS-M2")
  @Tag("ODS-O1")
  @Tag("ODS-O7")
  @Tag("ODS-V1")
  @Tag("ODS-F1")
  @Tag("ODS-F2")
  @Tag("ODS-F3")
  @Tag("ODS-U1")
  @Tag("ODS-U2")
  @Tag("ODS-E1")
  @Tag("ODS-C1")
  @Tag("ODS-C2")
  @Tag("ODS-C3")
  @Tag("ODS-Q1")
  @Tag("ODS-Q2")
  @Tag("ODS-Q3")
  @DisplayName("The contents covered: the key figures as goals and monitoring, the plan and user involvement by one "
      + "section; no action-plan targets, staff qualifications or gift-card guidelines")
  void requiredContents() {
    ODSHERRED.checkedOn(date(2026, 3, 1)).covers(12)
        .covers(TASKS, "ODS-O7")
        .covers(TARGET_GROUP, "ODS-M2")
        .covers(GOALS_VALUES_NORMS, "ODS-Q1", "ODS-Q2", "ODS-Q3")
        .covers(ORGANISATION_AND_TREATMENT_TYPES, "ODS-O1", "ODS-O2", "ODS-O3", "ODS-O4", "ODS-O5", "ODS-O6", "ODS-O7")
        .covers(VISITATION, "ODS-V1")
        .covers(TREATMENT_GUARANTEE, "ODS-G1", "ODS-G2", "ODS-G3")
        .covers(FREE_CHOICE, "ODS-F1", "ODS-F2", "ODS-F3")
        .covers(TREATMENT_PLAN, "ODS-U1")
        .covers(ACTION_PLAN_TARGETS)
        .covers(USER_INVOLVEMENT, "ODS-U1")
        .covers(BOARD_AND_LODGING_PAYMENT, "ODS-E1", "ODS-E2", "ODS-E3")
        .covers(CASE_HANDLING_AND_COMPLAINTS, "ODS-C1", "ODS-C2", "ODS-C3")
        .covers(STAFF_QUALIFICATIONS)
        .covers(MONITORING, "ODS-U2", "ODS-Q1", "ODS-Q2", "ODS-Q3")
        .covers(GIFT_CARDS);
  }

  @Test
  @Tag("ODS-G1")
  @Tag("ODS-G2")
  @Tag("ODS-G3")
  @Tag("ODS-U2")
  @Tag("ODS-M1")
  @DisplayName("Below the floor: the clock at attendance, an offer rather than a start, a waiver the alcohol law lacks, "
      + "no follow-up after 6 months, and three contents missing")
  void floorFindings() {
    ODSHERRED.checkedOn(date(2026, 3, 1)).findsExactly(
        "CLOCK_STARTS_LATER ODS-G2 below NAT-G1",
        "PROMISES_OFFER_NOT_START ODS-G1 below NAT-G1",
        "WAIVER_WITHOUT_BASIS ODS-G3 below NAT-G5",
        "FOLLOW_UP_OMITTED ODS-U2 below NAT-U1",
        "MISSING_CONTENTS ODS-M1 below NAT-Q1");
  }

  @Test
  @Tag("ODS-M1")
  @Tag("NAT-Q2")
  @DisplayName("Valid to December 2026: checked on its last day it is in force, on 1 January 2027 it has expired")
  void expired() {
    ODSHERRED.checkedOn(date(2026, 12, 31)).doesNotFind(EXPIRED, "ODS-M1", "NAT-Q2");
    ODSHERRED.checkedOn(date(2027, 1, 1)).finds(EXPIRED, "ODS-M1", "NAT-Q2");
  }

  @Test
  @Tag("ODS-A1")
  @Tag("ODS-R1")
  @DisplayName("Anonymity in alcohol treatment and the demands on external providers are statements only: they "
      + "cover no required content and no finding names them")
  void statementsOnly() {
    StandardAssert.CheckedStandard check = ODSHERRED.checkedOn(date(2026, 3, 1));
    for (String rule : List.of("ODS-A1", "ODS-R1")) {
      check.coversNothingWith(rule).findsNothingOf(rule);
    }
  }
}
