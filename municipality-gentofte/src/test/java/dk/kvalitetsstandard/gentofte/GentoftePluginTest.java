package dk.kvalitetsstandard.gentofte;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.conformance.ConformanceKit;
import dk.kvalitetsstandard.conformance.PluginCheck;
import dk.kvalitetsstandard.json.Json;
import dk.kvalitetsstandard.registry.InForce;
import dk.kvalitetsstandard.registry.Lookup;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The plug-in as the registry and its users meet it. */
class GentoftePluginTest {

  /** Every rule ID of RULES.md section 3 (Gentofte). */
  static final List<String> GENTOFTE_RULES = List.of(
      "GEN-M1",
      "GEN-O1", "GEN-O2", "GEN-O3", "GEN-O4", "GEN-O5", "GEN-O6", "GEN-O7", "GEN-V1",
      "GEN-G1", "GEN-G2",
      "GEN-F1",
      "GEN-E1", "GEN-E2",
      "GEN-B1",
      "GEN-U1", "GEN-U2",
      "GEN-A1",
      "GEN-C1");

  private final QualityStandard standard = new GentofteStandardProvider().standard();

  @Test
  @DisplayName("GEN-M1 The plug-in is registered twice, found by slug and code, valid, and carries every GEN rule")
  void passesThePluginCheck() {
    // The whole conformance kit: registration, discovery, validation, rule IDs, and the deadline properties
    // over generated case histories of this standard.
    ConformanceKit.forProvider(GentofteStandardProvider.class).expectRules(GENTOFTE_RULES).cases(100).checkOn(java.time.LocalDate.of(2026, 11, 23))
        .assertPasses();
  }

  @Test
  @DisplayName("GEN-M1 The plug-in check fails when a rule ID is expected that the standard does not carry")
  void pluginCheckCanFail() {
    List<String> problems = PluginCheck.of(GentofteStandardProvider.class)
        .expectRules(List.of("GEN-K1")).problems();
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("GEN-K1"), problems.get(0));
  }

  @Test
  @DisplayName("GEN-M1 The default registry finds Gentofte by slug 'gentofte' and by code 0157")
  void defaultRegistryFindsGentofte() {
    StandardRegistry registry = StandardRegistry.defaultRegistry();
    assertTrue(registry.knows("gentofte"));
    assertTrue(registry.knows("GENTOFTE"));
    assertTrue(registry.knows("0157"));
    assertEquals(List.of(standard), registry.standardsOf("gentofte"));
    assertEquals(List.of(standard), registry.standardsOf("0157"));
  }

  @Test
  @DisplayName("GEN-M1 An undated standard is found as in force on any date")
  void undatedStandardIsInForceOnAnyDate() {
    StandardRegistry registry = StandardRegistry.defaultRegistry();
    for (LocalDate date : List.of(LocalDate.of(2010, 1, 1), LocalDate.of(2024, 2, 29), LocalDate.of(2030, 12, 31))) {
      Lookup lookup = registry.find("0157", date);
      assertEquals(standard, lookup.standard());
      assertEquals(InForce.IN_FORCE, lookup.inForce(), "on " + date);
    }
  }

  @Test
  @DisplayName("GEN-M1 The provider gives the same standard on every call")
  void providerGivesOneInstance() {
    assertSame(new GentofteStandardProvider().standard(), new GentofteStandardProvider().standard());
  }

  @Test
  @DisplayName("GEN-M1 The standard round-trips through the library's JSON mapper unchanged")
  void roundTripsThroughJson() {
    String json = Json.mapper().writeValueAsString(standard);
    QualityStandard read = Json.mapper().readValue(json, QualityStandard.class);
    assertEquals(standard, read);
    assertTrue(json.contains("\"UNDATED\""), "the adoption status is written");
  }
}
