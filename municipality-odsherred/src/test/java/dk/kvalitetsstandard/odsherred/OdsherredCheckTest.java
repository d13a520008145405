package dk.kvalitetsstandard.odsherred;

import static dk.kvalitetsstandard.conformance.StandardAssert.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.conformance.StandardCheck;
import dk.kvalitetsstandard.conformance.StandardChecker;
import dk.kvalitetsstandard.registry.StandardRegistry;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The standard's own check against the law: the rules of pure statements and key figures are observable only here. */
@DisplayName("Odsherred checked against the law: 12 of the 15 required contents, and where the text falls below the floor")
class OdsherredCheckTest {

  private static StandardCheck checkOn(LocalDate date) {
    return StandardChecker.of(StandardRegistry.defaultRegistry(), PublicHolidays.denmark())
        .check(OdsherredRules.STANDARD, date);
  }

  /** Each finding as "RULE below NATIONAL KIND". */
  private static List<String> findings(StandardCheck check) {
    return check.findings().stream().map(f -> f.rule() + " below " + f.nationalRule() + " " + f.kind()).toList();
  }

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
    StandardCheck check = checkOn(date(2026, 3, 1));
    assertEquals(12, check.covered());
    assertEquals(List.of(
            "1 TASKS [ODS-O7]",
            "2 TARGET_GROUP [ODS-M2]",
            "3 GOALS_VALUES_NORMS [ODS-Q1, ODS-Q2, ODS-Q3]",
            "4 ORGANISATION_AND_TREATMENT_TYPES [ODS-O1, ODS-O2, ODS-O3, ODS-O4, ODS-O5, ODS-O6, ODS-O7]",
            "5 VISITATION [ODS-V1]",
            "6 TREATMENT_GUARANTEE [ODS-G1, ODS-G2, ODS-G3]",
            "7 FREE_CHOICE [ODS-F1, ODS-F2, ODS-F3]",
            "8 TREATMENT_PLAN [ODS-U1]",
            "9 ACTION_PLAN_TARGETS []",
            "10 USER_INVOLVEMENT [ODS-U1]",
            "11 BOARD_AND_LODGING_PAYMENT [ODS-E1, ODS-E2, ODS-E3]",
            "12 CASE_HANDLING_AND_COMPLAINTS [ODS-C1, ODS-C2, ODS-C3]",
            "13 STAFF_QUALIFICATIONS []",
            "14 MONITORING [ODS-U2, ODS-Q1, ODS-Q2, ODS-Q3]",
            "15 GIFT_CARDS []"),
        check.contents().stream().map(c -> c.number() + " " + c.content() + " " + c.rules()).toList());
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
    assertEquals(List.of(
            "ODS-G2 below NAT-G1 CLOCK_STARTS_LATER",
            "ODS-G1 below NAT-G1 PROMISES_OFFER_NOT_START",
            "ODS-G3 below NAT-G5 WAIVER_WITHOUT_BASIS",
            "ODS-U2 below NAT-U1 FOLLOW_UP_OMITTED",
            "ODS-M1 below NAT-Q1 MISSING_CONTENTS"),
        findings(checkOn(date(2026, 3, 1))));
  }

  @Test
  @Tag("ODS-M1")
  @Tag("NAT-Q2")
  @DisplayName("Valid to December 2026: checked on its last day it is in force, on 1 January 2027 it has expired")
  void expired() {
    assertFalse(findings(checkOn(date(2026, 12, 31))).contains("ODS-M1 below NAT-Q2 EXPIRED"));
    assertTrue(findings(checkOn(date(2027, 1, 1))).contains("ODS-M1 below NAT-Q2 EXPIRED"));
  }

  @Test
  @Tag("ODS-A1")
  @Tag("ODS-R1")
  @DisplayName("Anonymity in alcohol treatment and the demands on external providers are statements only: they "
      + "cover no required content and no finding names them")
  void statementsOnly() {
    StandardCheck check = checkOn(date(2026, 3, 1));
    Stream.of("ODS-A1", "ODS-R1").forEach(rule -> {
      assertFalse(check.contents().stream().anyMatch(c -> c.rules().contains(rule)), rule);
      assertFalse(check.findings().stream().anyMatch(f -> f.rule().equals(rule)), rule);
    });
  }
}
