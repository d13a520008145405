package dk.kvalitetsstandard.jammerbugt;

import static dk.kvalitetsstandard.jammerbugt.Jammerbugt.RULE_IDS;
import static dk.kvalitetsstandard.jammerbugt.Jammerbugt.STANDARD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.conformance.ConformanceKit;
import dk.kvalitetsstandard.json.Json;
import dk.kvalitetsstandard.registry.InForce;
import dk.kvalitetsstandard.registry.Lookup;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JammerbugtPluginTest {

  /** Every topic test class of this module; the display-name check below reads them. */
  private static final List<Class<?>> TOPIC_TESTS = List.of(
      JammerbugtMetadataTest.class, JammerbugtOffersTest.class, JammerbugtGuaranteeAndDeadlinesTest.class,
      JammerbugtFollowUpAndComplaintsTest.class, JammerbugtFreeChoiceFeesAndGiftCardsTest.class,
      JammerbugtSpecialGroupsAndContactsTest.class);

  @Test
  @DisplayName("The plug-in is registered twice, discovered, valid, and carries every JAM rule ID")
  void pluginPasses() {
    // The whole conformance kit: registration, discovery, validation, rule IDs, and the deadline properties
    // over generated case histories of this standard.
    ConformanceKit.forProvider(JammerbugtStandardProvider.class).expectRules(RULE_IDS).cases(100).checkOn(java.time.LocalDate.of(2026, 11, 23))
        .assertPasses();
  }

  @Test
  @DisplayName("The default registry finds Jammerbugt by slug and by code 0849")
  void registryFindsJammerbugt() {
    StandardRegistry registry = StandardRegistry.defaultRegistry();
    assertTrue(registry.standardsOf("jammerbugt").contains(STANDARD));
    assertTrue(registry.standardsOf("0849").contains(STANDARD));
    assertTrue(registry.standardsOf("JAMMERBUGT").contains(STANDARD));
  }

  @Test
  @DisplayName("JAM-M1 the registry applies the standard in 2022-2023 and reports it expired afterwards")
  void registryKnowsThePeriod() {
    StandardRegistry registry = StandardRegistry.defaultRegistry();
    Lookup during = registry.find("jammerbugt", LocalDate.of(2023, 6, 1));
    assertEquals(InForce.IN_FORCE, during.inForce());
    assertSame(STANDARD, during.standard());
    Lookup after = registry.find("0849", LocalDate.of(2024, 1, 1));
    assertEquals(InForce.EXPIRED, after.inForce());
    assertEquals(InForce.NOT_YET_IN_FORCE, registry.find("jammerbugt", LocalDate.of(2021, 12, 31)).inForce());
  }

  @Test
  @DisplayName("The provider returns one standard, built once")
  void providerReturnsTheSameStandard() {
    assertSame(new JammerbugtStandardProvider().standard(), new JammerbugtStandardProvider().standard());
  }

  @Test
  @DisplayName("The standard round-trips through the library's JSON mapper unchanged")
  void jsonRoundTrip() {
    String json = Json.mapper().writeValueAsString(STANDARD);
    QualityStandard read = Json.mapper().readValue(json, QualityStandard.class);
    assertEquals(STANDARD, read);
    assertTrue(json.contains("\"Gl. Landevej 70, Birkelse, 9440 Aabybro\""), "the corrected address is written");
  }

  @Test
  @DisplayName("The standard carries JAM rule IDs only, and exactly those of RULES.md section 6")
  void carriesExactlyTheCatalogueIds() {
    assertEquals(new TreeSet<>(RULE_IDS), STANDARD.ruleIds());
  }

  @Test
  @DisplayName("Every JAM rule ID is named in the display name of at least one topic test")
  void everyRuleIsNamedInATest() {
    Set<String> named = TOPIC_TESTS.stream()
        .flatMap(c -> Arrays.stream(c.getDeclaredMethods()))
        .map(m -> m.getAnnotation(DisplayName.class))
        .filter(d -> d != null)
        .flatMap(d -> Arrays.stream(d.value().split("[^A-Z0-9-]+")))
        .collect(Collectors.toSet());
    List<String> unnamed = RULE_IDS.stream().filter(id -> !named.contains(id)).toList();
    assertTrue(unnamed.isEmpty(), "no topic test names " + unnamed);
    for (Class<?> topic : TOPIC_TESTS) {
      for (Method method : topic.getDeclaredMethods()) {
        if (method.isAnnotationPresent(Test.class)) {
          DisplayName name = method.getAnnotation(DisplayName.class);
          assertTrue(name != null && name.value().matches("(JAM|NAT)-[A-Z]+[0-9]+ .*"),
              topic.getSimpleName() + "." + method.getName() + " has no display name that starts with a rule ID");
        }
      }
    }
  }
}
