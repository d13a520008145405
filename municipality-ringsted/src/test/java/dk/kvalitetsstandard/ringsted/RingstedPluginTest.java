package dk.kvalitetsstandard.ringsted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.conformance.ConformanceKit;
import dk.kvalitetsstandard.json.Json;
import dk.kvalitetsstandard.registry.InForce;
import dk.kvalitetsstandard.registry.Lookup;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The plug-in as the registry meets it: registration, discovery, validity, every RIN rule carried, JSON. */
class RingstedPluginTest {

  /** Every Ringsted rule of RULES.md section 5. */
  static final List<String> RULES = List.of(
      "RIN-M1",
      "RIN-V1", "RIN-V2", "RIN-V3", "RIN-V4",
      "RIN-O1", "RIN-O2", "RIN-O3", "RIN-O4", "RIN-O5", "RIN-O6",
      "RIN-G1", "RIN-D1",
      "RIN-F1",
      "RIN-E1", "RIN-E2",
      "RIN-U1", "RIN-U2", "RIN-U3",
      "RIN-C1",
      "RIN-S1", "RIN-S2",
      "RIN-Q1", "RIN-Q2");

  private final QualityStandard standard = new RingstedStandardProvider().standard();

  @Test
  @DisplayName("RIN-M1 the plug-in is registered twice, valid, discoverable and carries every RIN rule")
  void pluginPasses() {
    // The whole conformance kit: registration, discovery, validation, rule IDs, and the deadline properties
    // over generated case histories of this standard.
    ConformanceKit.forProvider(RingstedStandardProvider.class).expectRules(RULES).cases(100).checkOn(java.time.LocalDate.of(2026, 11, 23))
        .assertPasses();
  }

  @Test
  @DisplayName("RIN-M1 the standard carries no rule ID outside Ringsted's catalogue section")
  void carriesOnlyRingstedRules() {
    assertEquals(new java.util.TreeSet<>(RULES), standard.ruleIds());
  }

  @Test
  @DisplayName("RIN-M1 the default registry finds Ringsted by slug 'ringsted' and by code 0329")
  void defaultRegistryFindsRingsted() {
    StandardRegistry registry = StandardRegistry.defaultRegistry();
    assertTrue(registry.standardsOf("ringsted").contains(standard));
    assertTrue(registry.standardsOf("0329").contains(standard));
    assertTrue(registry.standardsOf("RINGSTED").contains(standard));
    Lookup lookup = registry.find("0329", LocalDate.of(2026, 3, 1));
    assertEquals(standard, lookup.standard());
    assertEquals(InForce.IN_FORCE, lookup.inForce());
  }

  @Test
  @DisplayName("RIN-M1 the provider gives the same standard instance on every call")
  void builtOnce() {
    assertSame(new RingstedStandardProvider().standard(), new RingstedStandardProvider().standard());
  }

  @Test
  @DisplayName("RIN-M1 the standard round-trips through the library's JSON mapper unchanged")
  void jsonRoundTrip() {
    String json = Json.mapper().writeValueAsString(standard);
    QualityStandard read = Json.mapper().readValue(json, QualityStandard.class);
    assertEquals(standard, read);
    assertTrue(json.contains("\"57 62 79 30\""), "the phone number of Rådgivningscentret is written out");
  }
}
