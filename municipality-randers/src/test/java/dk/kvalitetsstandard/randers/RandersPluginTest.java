package dk.kvalitetsstandard.randers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.kvalitetsstandard.conformance.ConformanceKit;
import dk.kvalitetsstandard.conformance.RuleCoverage;
import java.time.LocalDate;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Randers' plug-in: registered, valid, lawful, and every rule of the catalogue carried and tested")
class RandersPluginTest {

  @Test
  @DisplayName("The conformance kit passes: registration, discovery, validation and the laws over generated cases")
  void passesTheConformanceKit() {
    ConformanceKit.forProvider(RandersStandardProvider.class).expectRules(RandersRules.ALL).cases(100)
        .checkOn(LocalDate.of(2026, 11, 23)).assertPasses();
  }

  @Test
  @DisplayName("The standard carries exactly the rule IDs of the catalogue's Randers section and no others")
  void carriesExactlyTheCatalogueIds() {
    assertEquals(new TreeSet<>(RandersRules.ALL), new RandersStandardProvider().standard().ruleIds());
  }

  @Test
  @DisplayName("Every rule of the catalogue's Randers section is tagged on some test of this module")
  void everyRuleIsTested() {
    RuleCoverage.ofTestsBeside(RandersPluginTest.class).assertCovers(RandersRules.ALL);
  }
}
