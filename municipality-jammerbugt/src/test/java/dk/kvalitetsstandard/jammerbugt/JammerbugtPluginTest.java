package dk.kvalitetsstandard.jammerbugt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.kvalitetsstandard.conformance.ConformanceKit;
import dk.kvalitetsstandard.conformance.RuleCoverage;
import java.time.LocalDate;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("JAM-M1")
@DisplayName("The plug-in: registered, valid, and every rule of the catalogue carried and tested")
class JammerbugtPluginTest {

  @Test
  @DisplayName("The conformance kit passes: registration, discovery, validation, and the library's laws over generated cases")
  void conformanceKitPasses() {
    ConformanceKit.forProvider(JammerbugtStandardProvider.class).expectRules(JammerbugtRules.ALL).cases(100)
        .checkOn(LocalDate.of(2026, 11, 23)).assertPasses();
  }

  @Test
  @DisplayName("The standard carries exactly the rule IDs of the catalogue's Jammerbugt section")
  void carriesExactlyTheCatalogueIds() {
    assertEquals(new TreeSet<>(JammerbugtRules.ALL), JammerbugtRules.STANDARD.ruleIds());
  }

  @Test
  @DisplayName("Every rule of the catalogue's Jammerbugt section is tagged on some test")
  void everyRuleIsTested() {
    RuleCoverage.ofTestsBeside(JammerbugtPluginTest.class).assertCovers(JammerbugtRules.ALL);
  }
}
