package dk.kvalitetsstandard.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.conformance.property.ForAll;
import dk.kvalitetsstandard.conformance.property.NamedCheck;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.SampleStandards;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LawsTest {

  private static final StandardRegistry REGISTRY = StandardRegistry.of(List.of(SampleStandards::complete));

  @Test
  @DisplayName("Every law holds for the sample standard; each is named by its rules and grouped under the standard")
  void everyLawHolds() {
    List<NamedCheck> checks = Laws.of(REGISTRY).withSettings(ForAll.settings().tries(40)).checks().toList();
    assertEquals(14 + 6 + 3 + 1, checks.size());
    assertEquals(checks.size(), checks.stream().map(NamedCheck::name).distinct().count(), "two laws with one name");
    Set<String> unnamed = Set.of("the report does not depend on the order of the events",
        "a later asOf never turns BREACHED or MET back into PENDING", "reports and case files survive JSON");
    for (NamedCheck check : checks) {
      assertEquals("Testrup (0999)", check.group());
      assertTrue(unnamed.contains(check.name()) || check.name().matches("([A-Z0-9]+-[A-Z]*\\d+ )+.+"),
          "not named by its rules: " + check.name());
      assertEquals(List.of(), check.failure().stream().toList(), check.displayName());
    }
  }
}
