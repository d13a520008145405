package dk.kvalitetsstandard.odsherred;

import static dk.kvalitetsstandard.conformance.StandardAssert.assertFor;
import static dk.kvalitetsstandard.conformance.StandardAssert.date;
import static dk.kvalitetsstandard.conformance.StandardAssert.inPerson;
import static dk.kvalitetsstandard.conformance.StandardAssert.start;
import static dk.kvalitetsstandard.deadline.Status.MET;
import static dk.kvalitetsstandard.standard.DeadlineKind.TREATMENT_GUARANTEE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.kvalitetsstandard.conformance.ConformanceKit;
import dk.kvalitetsstandard.conformance.RuleCoverage;
import dk.kvalitetsstandard.law.Track;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Odsherred plug-in: registration, the catalogue's rules, the tests of every rule, the period in force")
class OdsherredPluginTest {

  @Test
  @DisplayName("The plug-in passes the conformance kit: registered, found by slug and code 0306, valid, and the "
      + "library's laws hold for its cases")
  void conformanceKit() {
    ConformanceKit.forProvider(OdsherredStandardProvider.class).expectRules(OdsherredRules.ALL).cases(100)
        .checkOn(date(2026, 11, 23)).assertPasses();
  }

  @Test
  @DisplayName("The standard carries exactly the catalogue's rules, and a test is tagged with each")
  void everyRuleCarriedAndTested() {
    assertEquals(new TreeSet<>(OdsherredRules.ALL), OdsherredRules.STANDARD.ruleIds());
    RuleCoverage.ofTestsBeside(OdsherredPluginTest.class).assertCovers(OdsherredRules.ALL);
  }

  @Test
  @Tag("ODS-M1")
  @DisplayName("In force from 1 January 2025 to 31 December 2026, both days included")
  void inForce() {
    assertFor("0306").notYetInForceOn(date(2024, 12, 31)).inForceOn(date(2025, 1, 1)).inForceOn(date(2026, 12, 31))
        .expiredBy(date(2027, 1, 1));
  }

  @Test
  @Tag("ODS-M1")
  @Tag("NAT-Q2")
  @DisplayName("A case begun on 4 January 2027 is still decided by the expired standard, and a finding says it has expired")
  void expiredStillApplied() {
    assertFor("odsherred").on(Track.SOCIAL_DRUG).age(34)
        .given(inPerson(date(2027, 1, 4)), start(date(2027, 1, 11), "outpatient-low"))
        .deadline(TREATMENT_GUARANTEE).decidedBy("ODS-G1").due(date(2027, 1, 18)).is(MET)
        .withFinding("NAT-Q2");
  }
}
