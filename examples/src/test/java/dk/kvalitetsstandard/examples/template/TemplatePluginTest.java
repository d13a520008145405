package dk.kvalitetsstandard.examples.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.conformance.ConformanceKit;
import dk.kvalitetsstandard.conformance.ConformanceReport;
import dk.kvalitetsstandard.conformance.PluginCheck;
import dk.kvalitetsstandard.registry.InForce;
import dk.kvalitetsstandard.registry.StandardRegistry;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The template plug-in: found by the registry once its registration is on the class path, and passing the kit. */
class TemplatePluginTest {

  private static final List<String> RULES = List.of("EKS-M1", "EKS-O1", "EKS-G1", "EKS-U1", "EKS-E1", "EKS-C1");

  private static URLClassLoader withTemplate;

  @BeforeAll
  static void putTheRegistrationOnTheClassPath() throws Exception {
    withTemplate = new URLClassLoader(new URL[] {Path.of("src/test/template").toUri().toURL()},
        TemplatePluginTest.class.getClassLoader());
  }

  @AfterAll
  static void close() throws Exception {
    withTemplate.close();
  }

  @Test
  @DisplayName("On the class path, the registry finds the template by slug and code, beside the five standards")
  void registryFindsIt() {
    StandardRegistry registry = StandardRegistry.load(withTemplate);
    assertEquals(6, registry.all().size());
    assertEquals("Eksempelby", registry.find("eksempelby", LocalDate.of(2026, 11, 1)).standard().municipality().name());
    assertEquals(InForce.IN_FORCE, registry.find("0000", LocalDate.of(2026, 11, 1)).inForce());
  }

  @Test
  @DisplayName("Without its registration the registry does not find it, and the kit says why")
  void notRegisteredNotFound() {
    assertFalse(StandardRegistry.defaultRegistry().knows("eksempelby"));
    List<String> problems = PluginCheck.of(TemplateStandardProvider.class).withoutModuleDescriptor().problems();
    assertTrue(problems.contains("no META-INF/services/dk.kvalitetsstandard.spi.StandardProvider lists "
        + TemplateStandardProvider.class.getName()), problems.toString());
  }

  @Test
  @DisplayName("The template passes the conformance kit: registration, discovery, validation, rule IDs and every property")
  void passesTheKit() {
    ConformanceReport report = ConformanceKit.forProvider(TemplateStandardProvider.class).withClassLoader(withTemplate)
        .classPathOnly().expectRules(RULES).cases(150).checkOn(LocalDate.of(2026, 11, 1));
    report.assertPasses();
    assertEquals(4, report.standard().covered());
    assertTrue(report.standard().findings().stream().anyMatch(f -> f.rule().equals("EKS-M1")),
        "a draft without a date is reported, not failed");
  }

  @Test
  @DisplayName("The kit fails a plug-in that does not carry the rule IDs it should")
  void kitCanFail() {
    ConformanceReport report = ConformanceKit.forProvider(TemplateStandardProvider.class).withClassLoader(withTemplate)
        .classPathOnly().expectRules(List.of("EKS-M1", "EKS-Z9")).cases(10).checkOn(LocalDate.of(2026, 11, 1));
    assertFalse(report.passes());
    assertEquals(List.of("the standard carries no element for the rules EKS-Z9"), report.pluginProblems());
  }
}
