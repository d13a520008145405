package dk.kvalitetsstandard.examples.property;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.conformance.property.CaseFiles;
import dk.kvalitetsstandard.conformance.property.ForAll;
import dk.kvalitetsstandard.deadline.DeadlineEngine;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.DeadlineKind;
import dk.kvalitetsstandard.standard.GuaranteeRule;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The README's example of a vendor's own property, as a vendor would write it: their case tool
 * reminds the caseworker when the treatment guarantee runs out, and the reminder must never come
 * after the library's effective due date. It holds for the five standards; {@link
 * PlantedBugPropertiesTest} shows it catching a standard whose guarantee is 21 days.
 */
class RemindersPropertiesTest {

  /** The vendor's own code under test: a reminder the standard's number of days after the clock starts. */
  static final class OurCaseTool {
    private OurCaseTool() {}

    static LocalDate reminder(QualityStandard standard, LocalDate clockStart) {
      return clockStart.plusDays(standard.guarantees().stream().mapToInt(GuaranteeRule::days).max().orElse(14));
    }
  }

  static final StandardRegistry REGISTRY = StandardRegistry.defaultRegistry();
  static final DeadlineEngine ENGINE = DeadlineEngine.of(REGISTRY, PublicHolidays.denmark());

  @TestFactory
  Stream<DynamicTest> remindersAreNeverLate() {
    return REGISTRY.all().stream().map(standard -> DynamicTest.dynamicTest(standard.municipality().name(), () ->
        ForAll.forAll("our reminder is never after the guarantee's due date", CaseFiles.of(standard), c ->
            ENGINE.report(c).deadlines().stream()
                .filter(d -> d.kind() == DeadlineKind.TREATMENT_GUARANTEE && d.due().isPresent())
                .filter(d -> OurCaseTool.reminder(standard, d.startedBy().orElseThrow()).isAfter(d.due().get()))
                .findFirst().map(d -> "our reminder comes after " + d.due().get()))));
  }

  @Test
  @DisplayName("The README shows this class's property line for line, and the planted-bug test uses the same method")
  void readmeShowsIt() throws Exception {
    List<String> readme = readmeExample();
    assertTrue(readme.size() >= 10, readme.toString());
    String source = Files.readString(Path.of("src/test/java/dk/kvalitetsstandard/examples/property/RemindersPropertiesTest.java"));
    String planted = Files.readString(Path.of("src/test/java/dk/kvalitetsstandard/examples/property/PlantedBugPropertiesTest.java"));
    int method = readme.indexOf("Stream<DynamicTest> remindersAreNeverLate() {");
    assertTrue(method > 0, readme.toString());
    for (int i = 0; i < readme.size(); i++) {
      assertTrue(source.contains(readme.get(i)), "the README's line is not in the test: " + readme.get(i));
      assertTrue(i < method || planted.contains(readme.get(i)), "the README's line is not in the planted-bug test: " + readme.get(i));
    }
  }

  /** The lines of the README's Java example of a vendor's property, trimmed, blank ones left out. */
  static List<String> readmeExample() throws Exception {
    Path readme = Path.of("../README.md");
    Matcher blocks = Pattern.compile("(?ms)^```java\\n(.*?)^```").matcher(Files.readString(readme));
    while (blocks.find()) {
      if (blocks.group(1).contains("remindersAreNeverLate")) {
        return blocks.group(1).lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
      }
    }
    throw new AssertionError("README.md has no Java example with remindersAreNeverLate");
  }
}
