package dk.kvalitetsstandard.odsherred;

import static dk.kvalitetsstandard.odsherred.OdsherredRules.STANDARD;
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
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Odsherred plug-in: registration, discovery, validation, JSON")
class OdsherredPluginTest {

  @Test
  @DisplayName("ODS-M1 the plug-in is registered twice, found by slug and code, valid, and carries every ODS rule")
  void pluginPasses() {
    // The whole conformance kit: registration, discovery, validation, rule IDs, and the deadline properties
    // over generated case histories of this standard.
    ConformanceKit.forProvider(OdsherredStandardProvider.class).expectRules(OdsherredRules.ALL).cases(100).checkOn(java.time.LocalDate.of(2026, 11, 23))
        .assertPasses();
  }

  @Test
  @DisplayName("ODS-M1 the default registry finds Odsherred by slug 'odsherred' and by code 0306")
  void registryFindsBySlugAndCode() {
    StandardRegistry registry = StandardRegistry.defaultRegistry();
    assertTrue(registry.knows("odsherred"));
    assertTrue(registry.knows("0306"));
    assertTrue(registry.knows("ODSHERRED"));
    assertEquals(List.of(STANDARD), registry.standardsOf("odsherred"));
    assertEquals(List.of(STANDARD), registry.standardsOf("0306"));
    Lookup lookup = registry.find("0306", LocalDate.of(2026, 3, 1));
    assertEquals(STANDARD, lookup.standard());
    assertEquals(InForce.IN_FORCE, lookup.inForce());
    assertEquals(InForce.EXPIRED, registry.find("odsherred", LocalDate.of(2027, 1, 1)).inForce());
  }

  @Test
  @DisplayName("ODS-M1 the provider gives one standard, built once")
  void providerGivesTheSameStandard() {
    assertSame(new OdsherredStandardProvider().standard(), new OdsherredStandardProvider().standard());
  }

  @Test
  @DisplayName("ODS-M1 the standard round-trips through the library's JSON mapper unchanged")
  void jsonRoundTrip() {
    String json = Json.mapper().writeValueAsString(STANDARD);
    QualityStandard read = Json.mapper().readValue(json, QualityStandard.class);
    assertEquals(STANDARD, read);
    assertTrue(json.contains("\"ODS-U2\""), "the JSON carries the rule IDs");
  }

  @Test
  @DisplayName("ODS-M1..ODS-Q3 every rule ID is carried by the standard and named in a test's display name")
  void everyRuleIsCarriedAndTested() {
    assertEquals(new TreeSet<>(OdsherredRules.ALL), STANDARD.ruleIds(),
        "the standard carries exactly the catalogue's ODS rules");
    Set<String> named = new TreeSet<>();
    Stream.of(OdsherredMetadataTest.class, OdsherredOffersTest.class, OdsherredGuaranteeAndDeadlinesTest.class,
            OdsherredFreeChoiceAndFeesTest.class, OdsherredFollowUpAndComplaintsTest.class,
            OdsherredGiftCardsTest.class, OdsherredChildrenAndGoalsTest.class)
        .flatMap(c -> Stream.of(c.getDeclaredMethods()))
        .map(m -> m.getAnnotation(DisplayName.class))
        .filter(d -> d != null)
        .forEach(d -> OdsherredRules.ALL.stream().filter(id -> d.value().matches(".*\\b" + id + "\\b.*")).forEach(named::add));
    Set<String> missing = new TreeSet<>(OdsherredRules.ALL);
    missing.removeAll(named);
    assertTrue(missing.isEmpty(), "no topic test names " + missing);
  }
}
