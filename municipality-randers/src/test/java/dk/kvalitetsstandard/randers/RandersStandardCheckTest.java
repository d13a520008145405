package dk.kvalitetsstandard.randers;

import static dk.kvalitetsstandard.conformance.StandardAssert.assertFor;
import static dk.kvalitetsstandard.conformance.StandardAssert.date;
import static dk.kvalitetsstandard.conformance.StandardAssert.phone;
import static dk.kvalitetsstandard.conformance.StandardAssert.start;
import static dk.kvalitetsstandard.deadline.Status.MET;
import static dk.kvalitetsstandard.standard.DeadlineKind.TREATMENT_GUARANTEE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.conformance.StandardCheck;
import dk.kvalitetsstandard.conformance.StandardChecker;
import dk.kvalitetsstandard.law.RequiredContent;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.registry.StandardRegistry;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Randers' standard checked against the law: an undated draft covering 14 of the 15 required contents")
class RandersStandardCheckTest {

  private static final LocalDate ON = LocalDate.of(2026, 6, 1);

  private static StandardCheck check() {
    StandardRegistry registry = StandardRegistry.defaultRegistry();
    return StandardChecker.of(registry, PublicHolidays.denmark()).check(registry.find("randers", ON).standard(), ON);
  }

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
    Map<RequiredContent, List<String>> expected = new LinkedHashMap<>();
    expected.put(RequiredContent.TASKS, List.of("RAN-O1", "RAN-O2", "RAN-O3", "RAN-O4", "RAN-O5"));
    expected.put(RequiredContent.TARGET_GROUP, List.of("RAN-O1", "RAN-O2", "RAN-O4", "RAN-O5"));
    expected.put(RequiredContent.GOALS_VALUES_NORMS, List.of("RAN-Q1", "RAN-Q2"));
    expected.put(RequiredContent.ORGANISATION_AND_TREATMENT_TYPES, List.of("RAN-O1", "RAN-O2", "RAN-O3", "RAN-O4", "RAN-O5"));
    expected.put(RequiredContent.VISITATION, List.of("RAN-V1", "RAN-V2", "RAN-V3"));
    expected.put(RequiredContent.TREATMENT_GUARANTEE, List.of("RAN-G1", "RAN-G2"));
    expected.put(RequiredContent.FREE_CHOICE, List.of("RAN-F1", "RAN-F2"));
    expected.put(RequiredContent.TREATMENT_PLAN, List.of("RAN-U1", "RAN-U2"));
    expected.put(RequiredContent.ACTION_PLAN_TARGETS, List.of());
    expected.put(RequiredContent.USER_INVOLVEMENT, List.of("RAN-U1"));
    expected.put(RequiredContent.BOARD_AND_LODGING_PAYMENT, List.of("RAN-E2"));
    expected.put(RequiredContent.CASE_HANDLING_AND_COMPLAINTS, List.of("RAN-C1", "RAN-C2"));
    expected.put(RequiredContent.STAFF_QUALIFICATIONS, List.of("RAN-R1"));
    expected.put(RequiredContent.MONITORING, List.of("RAN-Q1", "RAN-Q2"));
    expected.put(RequiredContent.GIFT_CARDS, List.of("RAN-K1", "RAN-K2", "RAN-K3", "RAN-K4"));
    StandardCheck check = check();
    Map<RequiredContent, List<String>> found = new LinkedHashMap<>();
    check.contents().forEach(c -> found.put(c.content(), c.rules()));
    assertEquals(expected, found);
    assertEquals(14, check.covered());
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
    assertEquals(List.of("RAN-O4 below NAT-A1: NARROWER_CRITERION", "RAN-M1 below NAT-Q2: NO_ADOPTION_DATE",
        "RAN-M1 below NAT-Q2: NO_VALIDITY", "RAN-M1 below NAT-Q1: MISSING_CONTENTS"),
        check().findings().stream().map(f -> f.rule() + " below " + f.nationalRule() + ": " + f.kind()).toList());
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
