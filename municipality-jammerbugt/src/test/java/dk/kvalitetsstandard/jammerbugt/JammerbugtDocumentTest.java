package dk.kvalitetsstandard.jammerbugt;

import static dk.kvalitetsstandard.conformance.StandardAssert.assertFor;
import static dk.kvalitetsstandard.conformance.StandardAssert.date;
import static dk.kvalitetsstandard.conformance.StandardAssert.phone;
import static dk.kvalitetsstandard.conformance.StandardAssert.start;
import static dk.kvalitetsstandard.deadline.Status.BREACHED;
import static dk.kvalitetsstandard.deadline.Status.MET;
import static dk.kvalitetsstandard.standard.DeadlineKind.TREATMENT_GUARANTEE;

import dk.kvalitetsstandard.conformance.StandardAssert;
import dk.kvalitetsstandard.law.RequiredContent;
import dk.kvalitetsstandard.law.Track;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("The standard as a document: in force 2022-2023, 13 of the 15 required contents, and where it falls below the law")
class JammerbugtDocumentTest {

  private static final StandardAssert JAMMERBUGT = assertFor("jammerbugt");

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
    JAMMERBUGT.checkedOn(date(2026, 12, 1)).findsExactly(
        "PROMISES_OFFER_NOT_START JAM-G1 below NAT-G1",
        "NO_FOLLOW_UP JAM-D1 below NAT-U1",
        "EXPIRED JAM-M1 below NAT-Q2",
        "NO_ADOPTION_DATE JAM-M1 below NAT-Q2",
        "OUTDATED_REFERENCE JAM-M1 below NAT-Y1",
        "OUTDATED_REFERENCE JAM-M1 below NAT-Q1",
        "FORMER_BODY JAM-C3 below NAT-C3",
        "MISSING_CONTENTS JAM-M1 below NAT-Q1");
  }

  @Test
  @Tag("JAM-M1")
  @DisplayName("Checked on 1 June 2023, inside its period, the standard is not expired, but still undated")
  void findingsInForce() {
    JAMMERBUGT.checkedOn(date(2023, 6, 1)).findsExactly(
        "PROMISES_OFFER_NOT_START JAM-G1 below NAT-G1",
        "NO_FOLLOW_UP JAM-D1 below NAT-U1",
        "NO_ADOPTION_DATE JAM-M1 below NAT-Q2",
        "OUTDATED_REFERENCE JAM-M1 below NAT-Y1",
        "OUTDATED_REFERENCE JAM-M1 below NAT-Q1",
        "FORMER_BODY JAM-C3 below NAT-C3",
        "MISSING_CONTENTS JAM-M1 below NAT-Q1");
  }

  @Test
  @Tag("JAM-M1")
  @Tag("JAM-M2")
  @DisplayName("The checklist: 13 of 15 contents, each covered by the sections that describe it;"
      + " no targets for action plans and no monitoring")
  void checklist() {
    JAMMERBUGT.checkedOn(date(2026, 12, 1)).covers(13)
        .covers(RequiredContent.TASKS, "JAM-O1", "JAM-O2", "JAM-O3", "JAM-O4", "JAM-O5", "JAM-O6", "JAM-O7", "JAM-O8",
            "JAM-O9", "JAM-O10", "JAM-O11", "JAM-O12")
        .covers(RequiredContent.TARGET_GROUP, "JAM-M1", "JAM-O2", "JAM-O3", "JAM-O5", "JAM-O6", "JAM-O7", "JAM-O10")
        .covers(RequiredContent.GOALS_VALUES_NORMS, "JAM-M1", "JAM-M2")
        .covers(RequiredContent.ORGANISATION_AND_TREATMENT_TYPES, "JAM-M1", "JAM-O1", "JAM-O3", "JAM-O4", "JAM-O11",
            "JAM-O12")
        .covers(RequiredContent.VISITATION, "JAM-M2", "JAM-O3", "JAM-O11")
        .covers(RequiredContent.TREATMENT_GUARANTEE, "JAM-G1", "JAM-D2")
        .covers(RequiredContent.FREE_CHOICE, "JAM-F1", "JAM-F2")
        .covers(RequiredContent.TREATMENT_PLAN, "JAM-D2", "JAM-O11")
        .covers(RequiredContent.ACTION_PLAN_TARGETS)
        .covers(RequiredContent.USER_INVOLVEMENT, "JAM-M1")
        .covers(RequiredContent.BOARD_AND_LODGING_PAYMENT, "JAM-E1")
        .covers(RequiredContent.CASE_HANDLING_AND_COMPLAINTS, "JAM-C1", "JAM-C2", "JAM-C3")
        .covers(RequiredContent.STAFF_QUALIFICATIONS, "JAM-M1")
        .covers(RequiredContent.MONITORING)
        .covers(RequiredContent.GIFT_CARDS, "JAM-O5");
  }

  @Test
  @Tag("JAM-S1")
  @Tag("JAM-S2")
  @DisplayName("The special groups (developmental disabilities, pregnancy) are described, not promised:"
      + " they count towards no required content and fall below no floor")
  void specialGroupsAreStatements() {
    StandardAssert.CheckedStandard check = JAMMERBUGT.checkedOn(date(2023, 6, 1));
    for (String rule : List.of("JAM-S1", "JAM-S2")) {
      check.coversNothingWith(rule).findsNothingOf(rule);
    }
  }
}
