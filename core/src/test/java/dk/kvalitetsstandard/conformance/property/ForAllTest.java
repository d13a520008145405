package dk.kvalitetsstandard.conformance.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.cases.CaseFileReader;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.standard.SampleStandards;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ForAllTest {

  private static final QualityStandard STANDARD = SampleStandards.complete();
  private static final StandardRegistry REGISTRY = StandardRegistry.of(List.of(() -> STANDARD));
  private static final Property<CaseFile> AT_MOST_TWO_EVENTS =
      c -> c.events().size() > 2 ? Optional.of(c.events().size() + " events") : Optional.empty();

  private String seedSet;
  private String triesSet;

  /** These tests set the system properties themselves; whatever the run was started with is put back after each. */
  @BeforeEach
  void saveSystemProperties() {
    seedSet = System.clearProperty(ForAll.SEED_PROPERTY);
    triesSet = System.clearProperty(ForAll.TRIES_PROPERTY);
  }

  @AfterEach
  void restoreSystemProperties() {
    restore(ForAll.SEED_PROPERTY, seedSet);
    restore(ForAll.TRIES_PROPERTY, triesSet);
  }

  private static void restore(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }

  @Test
  @DisplayName("A property that holds reports nothing, after the number of tries asked for")
  void holdingProperty() {
    List<Long> seeds = new ArrayList<>();
    Generator<Long> counting = seed -> {
      seeds.add(seed);
      return seed;
    };
    assertEquals(Optional.empty(), ForAll.settings().tries(37).seed(100).check("anything", counting, s -> Optional.empty()));
    assertEquals(37, seeds.size());
    assertEquals(100L, seeds.get(0));
    assertEquals(136L, seeds.get(36));
  }

  @Test
  @DisplayName("A failing property names its seed and shrinks the case to the smallest that still fails, as JSON for report -")
  void failingPropertyIsShrunk() {
    PropertyFailure failure = assertThrows(PropertyFailure.class,
        () -> ForAll.forAll("at most two events", CaseFiles.of(STANDARD), AT_MOST_TWO_EVENTS));
    String text = failure.getMessage();
    assertTrue(text.startsWith("Property 'at most two events' fails at seed " + failure.seed() + " (after "), text);
    assertTrue(text.contains(": 3 events\nReplay: -Dkvalitetsstandard.seed=" + failure.seed() + "\n"), text);
    assertTrue(text.contains("the case file, ready for `standards-cli report -`:\n{"), text);
    assertEquals("3 events", failure.violation());
    CaseFile shrunk = (CaseFile) failure.shrunk();
    assertEquals(3, shrunk.events().size());
    assertTrue(failure.shrinkSteps() > 0);
    assertFalse(text.matches("(?s).*\\d{10}.*"), "a CPR number in the failure: " + text);
    CaseFile read = CaseFileReader.with(REGISTRY).read(failure.shown());
    assertEquals(shrunk.events(), read.events(), "the shown case reads back as the shrunk one");
    assertEquals(Optional.of("3 events"), AT_MOST_TWO_EVENTS.violation(read));
  }

  @Test
  @DisplayName("Replaying the failing seed fails at the first try with the same shrunk case, in code or by system property")
  void replayBySeed() {
    PropertyFailure first = ForAll.settings().check("at most two events", CaseFiles.of(STANDARD), AT_MOST_TWO_EVENTS)
        .orElseThrow();
    PropertyFailure again = ForAll.settings().seed(first.seed()).check("at most two events", CaseFiles.of(STANDARD),
        AT_MOST_TWO_EVENTS).orElseThrow();
    assertEquals(0, again.passed());
    assertEquals(first.seed(), again.seed());
    assertEquals(first.shown(), again.shown());

    System.setProperty(ForAll.SEED_PROPERTY, Long.toString(first.seed()));
    PropertyFailure replayed = ForAll.settings().seed(999_999).check("at most two events", CaseFiles.of(STANDARD),
        AT_MOST_TWO_EVENTS).orElseThrow();
    assertEquals(first.seed(), replayed.seed(), "the system property overrides the seed in code");
    assertEquals(0, replayed.passed());
    assertEquals(first.shown(), replayed.shown());
  }

  @Test
  @DisplayName("The number of tries is settable by system property; a bad value is an error that names the property")
  void triesBySystemProperty() {
    List<Long> seeds = new ArrayList<>();
    System.setProperty(ForAll.TRIES_PROPERTY, "5");
    ForAll.settings().tries(500).check("anything", seed -> seeds.add(seed), x -> Optional.empty());
    assertEquals(5, seeds.size());
    System.setProperty(ForAll.TRIES_PROPERTY, "many");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ForAll.settings().effectiveTries());
    assertTrue(e.getMessage().contains(ForAll.TRIES_PROPERTY), e.getMessage());
    System.setProperty(ForAll.SEED_PROPERTY, "soon");
    assertThrows(IllegalArgumentException.class, () -> ForAll.settings().effectiveSeed());
    assertThrows(IllegalArgumentException.class, () -> ForAll.settings().tries(0));
  }

  @Test
  @DisplayName("The seed 'random' starts somewhere else each time, and the failure names the seed it used")
  void randomSeed() {
    System.setProperty(ForAll.SEED_PROPERTY, "random");
    long a = ForAll.settings().effectiveSeed();
    long b = ForAll.settings().effectiveSeed();
    assertNotEquals(a, b);
    PropertyFailure failure = ForAll.settings().check("never", seed -> seed, s -> Optional.of("fails")).orElseThrow();
    assertNotEquals(ForAll.DEFAULT_SEED, failure.seed());
    assertTrue(failure.getMessage().contains("-Dkvalitetsstandard.seed=" + failure.seed()));
  }

  @Test
  @DisplayName("A property that throws or fails an assertion fails with the message; a generator that throws is reported")
  void exceptionsAreFailures() {
    PropertyFailure thrown = ForAll.settings().check("throws", seed -> seed, s -> {
      throw new IllegalStateException("boom " + s);
    }).orElseThrow();
    assertEquals("threw java.lang.IllegalStateException: boom 1", thrown.violation());
    PropertyFailure asserted = ForAll.settings().check("asserts", Generator.of(r -> r.nextInt(100)),
        Property.<Integer>asserting(i -> {
          if (i >= 0) {
            throw new AssertionError("expected a negative number, got " + i);
          }
        })).orElseThrow();
    assertTrue(asserted.violation().startsWith("expected a negative number, got "), asserted.violation());
    PropertyFailure generator = ForAll.settings().check("bad generator", seed -> {
      throw new IllegalArgumentException("no value");
    }, x -> Optional.empty()).orElseThrow();
    assertTrue(generator.violation().contains("the generator failed"), generator.violation());
  }

  @Test
  @DisplayName("Shrinking follows the generator's candidates to a minimum: integers halve down to the boundary")
  void shrinkingToTheBoundary() {
    Generator<Integer> numbers = new Generator<>() {
      @Override
      public Integer generate(long seed) {
        return Math.floorMod(seed * 7919, 1000);
      }

      @Override
      public List<Integer> shrink(Integer value) {
        return value > 0 ? List.of(value / 2, value - 1) : List.of();
      }
    };
    PropertyFailure failure = ForAll.settings().check("below 100", numbers, Property.that(i -> i < 100, i -> i + " >= 100"))
        .orElseThrow();
    assertEquals(100, failure.shrunk());
    assertEquals("100 >= 100", failure.violation());
    assertTrue(failure.getMessage().endsWith("the value:\n100"), failure.getMessage());
  }

  @Test
  @DisplayName("A named check runs the property; its failure is the property's message, its name leads with the group")
  void namedCheck() {
    NamedCheck check = NamedCheck.property("Testrup (0999)", "at most two events", ForAll.settings().tries(50),
        CaseFiles.of(STANDARD), AT_MOST_TWO_EVENTS);
    assertEquals("Testrup (0999): at most two events", check.displayName());
    assertEquals("at most two events", check.name());
    String failure = check.failure().orElseThrow();
    assertTrue(failure.startsWith("Property 'Testrup (0999): at most two events' fails at seed "), failure);
    assertThrows(PropertyFailure.class, check::run);
    assertEquals(Optional.empty(), NamedCheck.of("", "fine", () -> { }).failure());
  }
}
