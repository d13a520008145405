package dk.kvalitetsstandard.standardfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.conformance.property.Generator;
import dk.kvalitetsstandard.conformance.property.Mutations;
import dk.kvalitetsstandard.conformance.property.StandardMutation;
import dk.kvalitetsstandard.problem.Problem;
import dk.kvalitetsstandard.problem.ProblemCode;
import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.standard.SampleStandards;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StandardFileTest {

  private static QualityStandard read(String yaml) {
    return StandardFile.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
  }

  private static QualityStandard check(String yaml) {
    return StandardFile.check(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
  }

  private static List<String> problems(String yaml) {
    InvalidStandardFileException e = assertThrows(InvalidStandardFileException.class, () -> check(yaml));
    assertEquals("test.yaml", e.file());
    return e.problems().stream().map(Problem::toString).toList();
  }

  @Test
  @DisplayName("A standard written as a file reads back equal, by read and by check")
  void roundTrip() {
    QualityStandard standard = SampleStandards.complete();
    String yaml = StandardFile.write(standard);
    assertEquals(standard, read(yaml));
    assertEquals(standard, check(yaml));
    assertFalse(yaml.contains("null"), "absent elements are left out");
    assertTrue(yaml.contains("code: \""), "a municipality code stays a string: " + yaml.lines().limit(6).toList());
  }

  @Test
  @DisplayName("Every changed copy of a standard that the property checks make reads back equal")
  void changedCopiesRoundTrip() {
    Generator<StandardMutation> mutations = Mutations.of(SampleStandards.complete());
    for (long seed = 1; seed <= 200; seed++) {
      StandardMutation m = mutations.generate(seed);
      assertEquals(m.standard(), read(StandardFile.write(m.standard())), m.toString());
    }
  }

  @Test
  @DisplayName("Unknown keys, wrong types, missing elements and unknown codes are each named with their path")
  void everyStructuralProblemWithItsPath() {
    String yaml = StandardFile.write(SampleStandards.complete())
        .replaceFirst("\n  slug: [^\n]*\n", "\n")
        .replaceFirst("\ntitle: ", "\ntitel: ");
    List<String> problems = problems(yaml);
    assertTrue(problems.contains("municipality.slug: is missing"), problems.toString());
    assertTrue(problems.contains("titel: is not a key of this element"), problems.toString());
    assertTrue(problems.contains("title: is missing"), problems.toString());
    // read names the same problems when binding fails
    InvalidStandardFileException e = assertThrows(InvalidStandardFileException.class, () -> read(yaml));
    assertEquals(problems, e.problems().stream().map(Problem::toString).toList());
  }

  @Test
  @DisplayName("A constraint of the model (validity ending before it starts) is a problem of check with its path")
  void constraintsAreChecked() {
    String yaml = StandardFile.write(SampleStandards.complete());
    String from = yaml.lines().filter(l -> l.startsWith("  from: ")).findFirst().orElseThrow();
    String to = yaml.lines().filter(l -> l.startsWith("  to: ")).findFirst().orElseThrow();
    String swapped = yaml.replace(from, "  from: " + to.substring(6)).replace(to, "  to: " + from.substring(8));
    List<String> problems = problems(swapped);
    assertEquals(List.of("validity.ordered: ends before it starts"), problems);
    InvalidStandardFileException e = assertThrows(InvalidStandardFileException.class,
        () -> StandardFile.check(new ByteArrayInputStream(swapped.getBytes(StandardCharsets.UTF_8)), "eksempel.yaml"));
    assertEquals(ProblemCode.CONSTRAINT_VIOLATED, e.problems().get(0).code());
    assertEquals("1 fejl i standardfilen eksempel.yaml:\n  validity.ordered: slutter, før den begynder",
        e.message(Locale.forLanguageTag("da")));
  }

  @Test
  @DisplayName("Not YAML, an empty file, a duplicate key: one clear problem each")
  void notAStandard() {
    assertEquals(1, problems("offers: [unclosed\n").size());
    assertEquals(List.of("(document): the file is empty"), problems(""));
    String yaml = StandardFile.write(SampleStandards.complete());
    List<String> duplicate = problems(yaml + "title: again\n");
    assertEquals(1, duplicate.size(), duplicate.toString());
    assertTrue(duplicate.get(0).contains("title"), duplicate.toString());
  }
}
