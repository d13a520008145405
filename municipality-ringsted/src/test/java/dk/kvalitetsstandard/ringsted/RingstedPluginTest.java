package dk.kvalitetsstandard.ringsted;

import static dk.kvalitetsstandard.conformance.StandardAssert.assertFor;
import static dk.kvalitetsstandard.conformance.StandardAssert.date;
import static dk.kvalitetsstandard.conformance.StandardAssert.phone;
import static dk.kvalitetsstandard.conformance.StandardAssert.start;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.kvalitetsstandard.conformance.ConformanceKit;
import dk.kvalitetsstandard.conformance.RuleCoverage;
import dk.kvalitetsstandard.deadline.Status;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.standard.DeadlineKind;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Ringsted's plug-in: registered, valid, in force from its approval, and every rule of the catalogue carried and tested")
class RingstedPluginTest {

  @Test
  @DisplayName("the plug-in passes the whole conformance kit and carries every rule of the catalogue")
  void passesTheConformanceKit() {
    ConformanceKit.forProvider(RingstedStandardProvider.class).expectRules(RingstedRules.ALL).cases(100)
        .checkOn(date(2026, 11, 23)).assertPasses();
  }

  @Test
  @DisplayName("the standard carries exactly the catalogue's RIN rule IDs and no others")
  void carriesExactlyTheCatalogueIds() {
    assertEquals(new TreeSet<>(RingstedRules.ALL), new RingstedStandardProvider().standard().ruleIds());
  }

  @Test
  @DisplayName("every rule of the catalogue is tagged on some test of this module")
  void everyRuleIsTested() {
    RuleCoverage.ofTestsBeside(RingstedPluginTest.class).assertCovers(RingstedRules.ALL);
  }

  @Test
  @Tag("RIN-M1")
  @DisplayName("Approved by the council on 20 June 2017 and never ended: not in force the day before, in force from that day on")
  void inForceFromApproval() {
    assertFor("0329").notYetInForceOn(date(2017, 6, 19)).inForceOn(date(2017, 6, 20)).inForceOn(date(2040, 12, 31));
  }

  @Test
  @Tag("RIN-M1")
  @DisplayName("A case whose first contact came the day before the approval is flagged; one from the day of approval is not")
  void caseBeforeApproval() {
    assertFor("ringsted").on(Track.SOCIAL_DRUG).age(34)
        .given(phone(date(2017, 6, 19)), start(date(2017, 6, 26), "outpatient")).asOf(date(2017, 8, 1))
        .deadline(DeadlineKind.TREATMENT_GUARANTEE).due(date(2017, 7, 3)).is(Status.MET)
        .withFinding("NAT-Q2");
    assertFor("ringsted").on(Track.SOCIAL_DRUG).age(34)
        .given(phone(date(2017, 6, 20)), start(date(2017, 6, 26), "outpatient")).asOf(date(2017, 8, 1))
        .withoutFindings();
  }
}
