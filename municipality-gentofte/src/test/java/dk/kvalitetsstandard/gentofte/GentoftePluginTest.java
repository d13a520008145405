package dk.kvalitetsstandard.gentofte;

import static dk.kvalitetsstandard.conformance.StandardAssert.assertFor;
import static dk.kvalitetsstandard.conformance.StandardAssert.date;
import static dk.kvalitetsstandard.conformance.StandardAssert.phone;
import static dk.kvalitetsstandard.conformance.StandardAssert.start;
import static dk.kvalitetsstandard.deadline.Status.MET;
import static dk.kvalitetsstandard.standard.DeadlineKind.TREATMENT_GUARANTEE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.kvalitetsstandard.conformance.ConformanceKit;
import dk.kvalitetsstandard.conformance.RuleCoverage;
import dk.kvalitetsstandard.law.Track;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Gentofte's plug-in as the registry and its users meet it")
class GentoftePluginTest {

  @Test
  @Tag("GEN-M1")
  @DisplayName("Registered, discovered, valid, carrying every rule of the catalogue, and sound over generated cases")
  void passesTheConformanceKit() {
    ConformanceKit.forProvider(GentofteStandardProvider.class).expectRules(GentofteRules.ALL).cases(100)
        .checkOn(date(2026, 11, 23)).assertPasses();
  }

  @Test
  @Tag("GEN-M1")
  @DisplayName("The standard carries exactly the catalogue's rule IDs, and the doctor's consultation under the law's")
  void carriesExactlyTheCatalogue() {
    Set<String> expected = new TreeSet<>(GentofteRules.ALL);
    expected.add("NAT-G6");
    assertEquals(expected, new TreeSet<>(new GentofteStandardProvider().standard().ruleIds()));
  }

  @Test
  @DisplayName("Every rule of the catalogue is checked by some test")
  void everyRuleIsTested() {
    RuleCoverage.ofTestsBeside(GentoftePluginTest.class).assertCovers(GentofteRules.ALL);
  }

  @Test
  @Tag("GEN-M1")
  @DisplayName("Undated and with no period of validity, it is found by code 0157 as in force on any date: "
      + "a 2019 case is decided by it with no finding")
  void undatedInForceOnAnyDate() {
    assertFor("0157").inForceOn(date(2010, 1, 1)).inForceOn(date(2030, 12, 31))
        .on(Track.SOCIAL_DRUG).age(40)
        .given(phone(date(2019, 3, 4)), start(date(2019, 3, 11), "outpatient"))
        .deadline(TREATMENT_GUARANTEE).decidedBy("GEN-G1").due(date(2019, 3, 18)).is(MET)
        .and().withoutFindings();
  }
}
