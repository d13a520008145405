package dk.kvalitetsstandard.examples.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The architecture of all modules, checked over their compiled classes. */
class ArchitectureTest {

  private static final String ROOT = "dk.kvalitetsstandard";
  private static final String[] CORE = {ROOT + ".law..", ROOT + ".standard..", ROOT + ".spi..", ROOT + ".registry..",
      ROOT + ".json..", ROOT + ".conformance..", ROOT + ".value..", ROOT + ".calendar..",
      ROOT + ".cases..", ROOT + ".deadline..", ROOT + ".questions..", ROOT + ".text..", ROOT + ".audit..",
      ROOT + ".schema..", ROOT + ".problem..", ROOT + ".standardfile.."};
  private static final List<String> PLUGINS = List.of("randers", "gentofte", "odsherred", "ringsted", "jammerbugt");

  private static JavaClasses classes;

  @BeforeAll
  static void importAllModules() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
  }

  @Test
  @DisplayName("The import sees every module: core, the five plug-ins and examples (an empty import fails)")
  void importIsNotEmpty() {
    assertTrue(classes.size() > 100, "only " + classes.size() + " classes imported");
    for (String pkg : List.of("law", "standard", "spi", "registry", "examples.cli")) {
      assertTrue(classes.containPackage(ROOT + "." + pkg), pkg);
    }
    for (String plugin : PLUGINS) {
      assertTrue(classes.containPackage(ROOT + "." + plugin), plugin);
    }
  }

  @Test
  @DisplayName("core depends on no plug-in and not on examples")
  void coreIsIndependent() {
    noClasses().that().resideInAnyPackage(CORE)
        .should().dependOnClassesThat().resideInAnyPackage(
            PLUGINS.stream().map(p -> ROOT + "." + p + "..").toArray(String[]::new))
        .orShould().dependOnClassesThat().resideInAPackage(ROOT + ".examples..")
        .check(classes);
  }

  @Test
  @DisplayName("Plug-ins are data: they depend only on core's vocabulary and the SPI, never on the engines")
  void pluginsAreData() {
    noClasses().that().resideInAnyPackage(PLUGINS.stream().map(p -> ROOT + "." + p + "..").toArray(String[]::new))
        .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".deadline..", ROOT + ".questions..", ROOT + ".cases..",
            ROOT + ".conformance..", ROOT + ".registry..", ROOT + ".calendar..")
        .check(classes);
  }

  @Test
  @DisplayName("Only core reaches core's internal packages, which its module does not export")
  void internalsStayInCore() {
    noClasses().that().resideOutsideOfPackages(CORE)
        .should().dependOnClassesThat().resideInAPackage(ROOT + "..internal..")
        .check(classes);
  }

  @Test
  @DisplayName("Plug-ins do not depend on each other")
  void pluginsAreIndependent() {
    slices().matching(ROOT + ".(randers|gentofte|odsherred|ringsted|jammerbugt)..")
        .should().notDependOnEachOther()
        .check(classes);
  }

  @Test
  @DisplayName("No package cycles")
  void noCycles() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  @DisplayName("No java.util.Date or Calendar: dates are java.time")
  void noLegacyDates() {
    noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.util.Date")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Calendar")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.GregorianCalendar")
        .check(classes);
  }

  @Test
  @DisplayName("Only examples write to System.out or System.err")
  void noConsoleOutsideExamples() {
    noClasses().that().resideOutsideOfPackage(ROOT + ".examples..")
        .should().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .check(classes);
  }

  @Test
  @DisplayName("Library code never reads the clock behind the caller's back")
  void noHiddenClock() {
    noClasses().that().resideOutsideOfPackage(ROOT + ".examples..")
        .should().callMethod(LocalDate.class, "now")
        .orShould().callMethod(Clock.class, "systemDefaultZone")
        .orShould().callMethod(Clock.class, "systemUTC")
        .check(classes);
  }
}
