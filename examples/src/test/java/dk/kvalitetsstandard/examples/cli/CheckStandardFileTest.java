package dk.kvalitetsstandard.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.gentofte.GentofteStandardProvider;
import dk.kvalitetsstandard.jammerbugt.JammerbugtStandardProvider;
import dk.kvalitetsstandard.odsherred.OdsherredStandardProvider;
import dk.kvalitetsstandard.randers.RandersStandardProvider;
import dk.kvalitetsstandard.ringsted.RingstedStandardProvider;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code check --standard FILE}: an author checks a standard file before any build. */
class CheckStandardFileTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

  private static final Map<String, Class<?>> PROVIDERS = Map.of(
      "randers", RandersStandardProvider.class, "gentofte", GentofteStandardProvider.class,
      "odsherred", OdsherredStandardProvider.class, "ringsted", RingstedStandardProvider.class,
      "jammerbugt", JammerbugtStandardProvider.class);

  @TempDir
  Path dir;

  private static CliRun run(String stdin, String... args) {
    return CliRun.of(TODAY, stdin, args);
  }

  /** The packaged data file of {@code slug}, as its module ships it. */
  private static String packaged(String slug) throws IOException {
    try (InputStream in = PROVIDERS.get(slug).getResourceAsStream(slug + ".yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static Stream<String> municipalities() {
    return Stream.of("randers", "gentofte", "odsherred", "ringsted", "jammerbugt");
  }

  @ParameterizedTest
  @MethodSource("municipalities")
  @DisplayName("A copy of each packaged file gives the same checklist and findings as check NAME, as text and as JSON")
  void aCopyChecksAsThePackagedStandard(String slug) throws IOException {
    Path copy = dir.resolve(slug + "-draft.yaml");
    Files.writeString(copy, packaged(slug), StandardCharsets.UTF_8);
    for (String[] format : new String[][] {{}, {"--json"}}) {
      CliRun byName = run("", concat(new String[] {"check", slug, "--date", "2026-03-01"}, format));
      CliRun byFile = run("", concat(new String[] {"check", "--standard", copy.toString(), "--date", "2026-03-01"}, format));
      assertEquals(0, byName.code(), byName.err());
      assertEquals(0, byFile.code(), byFile.err());
      assertEquals(byName.out(), byFile.out());
      assertTrue(byFile.out().contains("Findings") || byFile.out().contains("findings"), byFile.out());
    }
  }

  @Test
  @DisplayName("A file on standard input is checked too")
  void standardInput() throws IOException {
    CliRun byName = run("", "check", "ringsted", "--date", "2026-03-01");
    CliRun byStdin = run(packaged("ringsted"), "check", "--standard", "-", "--date", "2026-03-01");
    assertEquals(0, byStdin.code(), byStdin.err());
    assertEquals(byName.out(), byStdin.out());
  }

  @Test
  @DisplayName("An unknown key, a wrong type, a missing element and a misspelt code: exit 1, every problem with its path, "
      + "nothing on standard output")
  void brokenFile() throws IOException {
    String text = packaged("odsherred")
        .replaceFirst("\n  slug: odsherred\n", "\n")
        .replaceFirst("\n    minAge: 12\n", "\n    minAge: twelve\n    colour: blue\n")
        .replaceFirst("type: COUNSELLING", "type: COUNSELING");
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, text, StandardCharsets.UTF_8);
    CliRun result = run("", "check", "--standard", broken.toString());
    assertEquals(1, result.code(), result.err());
    assertEquals("", result.out());
    assertTrue(result.err().contains("municipality.slug: is missing"), result.err());
    assertTrue(result.err().contains("offers[0].colour: is not a key of this element"), result.err());
    assertTrue(result.err().contains("offers[0].minAge: must be a whole number"), result.err());
    assertTrue(result.err().contains("offers[0].type: must be one of COUNSELLING, PREVENTIVE"), result.err());
    assertTrue(result.err().startsWith("4 problems in the standard file"), result.err());
  }

  @Test
  @DisplayName("A file that breaks a constraint of the model (an offer's minimum age above its maximum) is named with its path")
  void constraintBroken() throws IOException {
    String text = packaged("odsherred").replaceFirst("\n    minAge: 12\n", "\n    minAge: 12\n    maxAge: 10\n");
    Path broken = dir.resolve("ages.yaml");
    Files.writeString(broken, text, StandardCharsets.UTF_8);
    CliRun result = run("", "check", "--standard", broken.toString());
    assertEquals(1, result.code(), result.err());
    assertEquals("", result.out());
    assertTrue(result.err().contains("offers[0]"), result.err());
  }

  @Test
  @DisplayName("Not YAML at all, or a missing file: a problem or a usage error, never a stack trace")
  void notYaml() throws IOException {
    Path junk = dir.resolve("junk.yaml");
    Files.writeString(junk, "offers: [unclosed\n", StandardCharsets.UTF_8);
    CliRun result = run("", "check", "--standard", junk.toString());
    assertEquals(1, result.code(), result.err());
    assertTrue(result.err().contains("problem"), result.err());
    CliRun missing = run("", "check", "--standard", dir.resolve("none.yaml").toString());
    assertEquals(2, missing.code(), missing.err());
    assertTrue(missing.err().contains("no such file"), missing.err());
    CliRun both = run("", "check", "odsherred", "--standard", junk.toString());
    assertEquals(2, both.code(), both.err());
  }

  private static String[] concat(String[] a, String[] b) {
    return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
  }
}
