package dk.kvalitetsstandard.randers;

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
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RandersPluginTest {

  private static final QualityStandard STANDARD = new RandersStandardProvider().standard();

  @Test
  @DisplayName("the plug-in is registered twice, discovered, valid, and carries every RAN rule")
  void passesThePluginCheck() {
    // The whole conformance kit: registration, discovery, validation, rule IDs, and the deadline properties
    // over generated case histories of this standard.
    ConformanceKit.forProvider(RandersStandardProvider.class).expectRules(RandersRules.ALL).cases(100).checkOn(java.time.LocalDate.of(2026, 11, 23))
        .assertPasses();
  }

  @Test
  @DisplayName("the standard carries exactly the RAN rule IDs of the catalogue and no others")
  void carriesExactlyTheCatalogueIds() {
    assertEquals(new TreeSet<>(RandersRules.ALL), STANDARD.ruleIds());
  }

  @Test
  @DisplayName("every provider instance gives the one standard built once")
  void standardIsBuiltOnce() {
    assertSame(STANDARD, new RandersStandardProvider().standard());
  }

  @Test
  @DisplayName("the default registry finds Randers by slug 'randers' and by code '0730'")
  void defaultRegistryFindsBySlugAndCode() {
    StandardRegistry registry = StandardRegistry.defaultRegistry();
    assertTrue(registry.knows("randers"));
    assertTrue(registry.knows("RANDERS"));
    assertTrue(registry.knows("0730"));
    assertEquals(List.of(STANDARD), registry.standardsOf("randers"));
    assertEquals(List.of(STANDARD), registry.standardsOf("0730"));
  }

  @Test
  @DisplayName("RAN-M1 an undated draft is found as in force on any date")
  void draftIsInForceOnAnyDate() {
    for (LocalDate date : List.of(LocalDate.of(2015, 1, 1), LocalDate.of(2026, 3, 1), LocalDate.of(2040, 12, 31))) {
      Lookup lookup = StandardRegistry.defaultRegistry().find("0730", date);
      assertEquals(STANDARD, lookup.standard());
      assertEquals(InForce.IN_FORCE, lookup.inForce());
    }
  }

  @Test
  @DisplayName("the standard round-trips through the library's JSON mapper unchanged")
  void roundTripsThroughJson() {
    String json = Json.mapper().writeValueAsString(STANDARD);
    QualityStandard read = Json.mapper().readValue(json, QualityStandard.class);
    assertEquals(STANDARD, read);
    assertEquals(json, Json.mapper().writeValueAsString(read));
  }
}
