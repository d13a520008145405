package dk.kvalitetsstandard.jammerbugt;

import static dk.kvalitetsstandard.conformance.StandardAssert.assertFor;
import static dk.kvalitetsstandard.conformance.StandardAssert.date;
import static dk.kvalitetsstandard.conformance.StandardAssert.phone;
import static dk.kvalitetsstandard.conformance.StandardAssert.start;
import static dk.kvalitetsstandard.deadline.Status.BREACHED;
import static dk.kvalitetsstandard.deadline.Status.MET;
import static dk.kvalitetsstandard.standard.DeadlineKind.TREATMENT_GUARANTEE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.conformance.ContentCheck;
import dk.kvalitetsstandard.conformance.FloorFinding;
import dk.kvalitetsstandard.conformance.StandardCheck;
import dk.kvalitetsstandard.conformance.StandardChecker;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.registry.StandardRegistry;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("The standard as a document: in force 2022-2023, 13 of the 15 required contents, and where it falls below the law")
class JammerbugtDocumentTest {

  private static StandardCheck check(LocalDate on) {
    return StandardChecker.of(StandardRegistry.defaultRegistry(), PublicHolidays.denmark())
        .check(JammerbugtRules.STANDARD, on);
  }

  private static List<String> findings(StandardCheck check) {
    return check.findings().stream().map(f -> f.rule() + " below " + f.nationalRule() + " " + f.kind()).toList();
  }

  @Test
  @Tag("JAM-M1")
  @DisplayName("'2022 – 2023': in force from 1 January 2022 to 31 December 2023, both included; found by code 0849 too")
  void period() {
    assertFor("jammerbugt").notYetInForceOn(date(2021, 12, 31)).inForceOn(date(2022, 1, 1))
        .inForceOn(date(2023, 12, 31)).expiredBy(date(2024, 1, 1));
    assertFor("0849").inForceOn(date(2023, 6, 1));
  }

  @Test
  @Tag("JAM-M1")
  @Tag("JAM-G1")
  @DisplayName("A case begun in 2026 is still decided by the expired standard, with a finding that it expired;"
      + " one begun on 31 December 2023 gets none")
  void expiredStandardStillDecides() {
    assertFor("jammerbugt").on(Track.SOCIAL_DRUG).age(34)
        .given(phone(date(2026, 1, 5)), start(date(2026, 1, 20), "outpatient"))
        .deadline(TREATMENT_GUARANTEE).decidedBy("JAM-G1").due(date(2026, 1, 19)).is(BREACHED)
        .withFinding("NAT-Q2");
    assertFor("jammerbugt").on(Track.SOCIAL_DRUG).age(34)
        .given(phone(date(2023, 12, 31)), start(date(2024, 1, 8), "outpatient"))
        .deadline(TREATMENT_GUARANTEE).decidedBy("JAM-G1").due(date(2024, 1, 14)).is(MET)
        .and().withoutFindings();
  }

  @Test
  @Tag("JAM-M1")
  @Tag("JAM-G1")
  @Tag("JAM-D1")
  @Tag("JAM-C3")
  @Tag("JAM-O1")
  @DisplayName("Checked on 1 December 2026: an offer promised instead of a start, no follow-up 1 and 6 months after the end,"
      + " expired and undated, the 2014 order and SEL § 140 cited, Patientombuddet named, two contents missing;"
      + " the anonymous criterion is the law's own line, so no finding there")
  void findingsAfterExpiry() {
    assertEquals(List.of(
        "JAM-G1 below NAT-G1 PROMISES_OFFER_NOT_START",
        "JAM-D1 below NAT-U1 NO_FOLLOW_UP",
        "JAM-M1 below NAT-Q2 EXPIRED",
        "JAM-M1 below NAT-Q2 NO_ADOPTION_DATE",
        "JAM-M1 below NAT-Y1 OUTDATED_REFERENCE",
        "JAM-M1 below NAT-Q1 OUTDATED_REFERENCE",
        "JAM-C3 below NAT-C3 FORMER_BODY",
        "JAM-M1 below NAT-Q1 MISSING_CONTENTS"), findings(check(date(2026, 12, 1))));
  }

  @Test
  @Tag("JAM-M1")
  @DisplayName("Checked on 1 June 2023, inside its period, the standard is not expired, but still undated")
  void findingsInForce() {
    List<String> findings = findings(check(date(2023, 6, 1)));
    assertEquals(List.of(
        "JAM-G1 below NAT-G1 PROMISES_OFFER_NOT_START",
        "JAM-D1 below NAT-U1 NO_FOLLOW_UP",
        "JAM-M1 below NAT-Q2 NO_ADOPTION_DATE",
        "JAM-M1 below NAT-Y1 OUTDATED_REFERENCE",
        "JAM-M1 below NAT-Q1 OUTDATED_REFERENCE",
        "JAM-C3 below NAT-C3 FORMER_BODY",
        "JAM-M1 below NAT-Q1 MISSING_CONTENTS"), findings);
  }

  @Test
  @Tag("JAM-M1")
  @Tag("JAM-M2")
  @DisplayName("The checklist: 13 of 15 contents, each covered by the sections that describe it;"
      + " no targets for action plans and no monitoring")
  void checklist() {
    StandardCheck check = check(date(2026, 12, 1));
    assertEquals(13, check.covered());
    assertEquals(List.of(
        "TASKS [JAM-O1, JAM-O2, JAM-O3, JAM-O4, JAM-O5, JAM-O6, JAM-O7, JAM-O8, JAM-O9, JAM-O10, JAM-O11, JAM-O12]",
        "TARGET_GROUP [JAM-M1, JAM-O2, JAM-O3, JAM-O5, JAM-O6, JAM-O7, JAM-O10]",
        "GOALS_VALUES_NORMS [JAM-M1, JAM-M2]",
        "ORGANISATION_AND_TREATMENT_TYPES [JAM-M1, JAM-O1, JAM-O3, JAM-O4, JAM-O11, JAM-O12]",
        "VISITATION [JAM-M2, JAM-O3, JAM-O11]",
        "TREATMENT_GUARANTEE [JAM-G1, JAM-D2]",
        "FREE_CHOICE [JAM-F1, JAM-F2]",
        "TREATMENT_PLAN [JAM-D2, JAM-O11]",
        "ACTION_PLAN_TARGETS []",
        "USER_INVOLVEMENT [JAM-M1]",
        "BOARD_AND_LODGING_PAYMENT [JAM-E1]",
        "CASE_HANDLING_AND_COMPLAINTS [JAM-C1, JAM-C2, JAM-C3]",
        "STAFF_QUALIFICATIONS [JAM-M1]",
        "MONITORING []",
        "GIFT_CARDS [JAM-O5]"),
        check.contents().stream().map(c -> c.content() + " " + c.rules()).toList());
  }

  @Test
  @Tag("JAM-S1")
  @Tag("JAM-S2")
  @DisplayName("The special groups (developmental disabilities, pregnancy) are described, not promised:"
      + " they count towards no required content and fall below no floor")
  void specialGroupsAreStatements() {
    StandardCheck check = check(date(2023, 6, 1));
    List<String> rulesInChecklist = check.contents().stream().map(ContentCheck::rules).flatMap(List::stream).toList();
    List<String> rulesInFindings = check.findings().stream().map(FloorFinding::rule).toList();
    for (String rule : List.of("JAM-S1", "JAM-S2")) {
      assertFalse(rulesInChecklist.contains(rule), rule);
      assertFalse(rulesInFindings.contains(rule), rule);
    }
  }
}
