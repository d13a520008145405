package dk.kvalitetsstandard.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.cases.CaseValidator;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.standard.SampleStandards;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PropertyCheckTest {

  private final QualityStandard standard = SampleStandards.complete();
  private final StandardRegistry registry = StandardRegistry.of(List.of(() -> standard));

  @Test
  @DisplayName("The generator makes valid cases, the same for the same seed")
  void generatorIsValidAndRepeatable() {
    CaseGenerator generator = CaseGenerator.forStandard(standard);
    CaseValidator validator = CaseValidator.with(registry);
    for (long seed = 0; seed < 500; seed++) {
      CaseFile generated = generator.generate(seed);
      assertEquals(List.of(), validator.problems(generated), "seed " + seed);
      assertEquals(generated, generator.generate(seed));
    }
  }

  @Test
  @DisplayName("A property that holds reports nothing")
  void holdingProperty() {
    assertEquals(Optional.empty(), PropertyCheck.over(registry, standard).cases(100)
        .check("events are never after asOf", c -> c.events().stream().anyMatch(e -> e.date().isAfter(c.asOf()))
            ? Optional.of("an event after asOf") : Optional.empty()));
  }

  @Test
  @DisplayName("A failing property names its seed and shrinks the case to the smallest that still fails")
  void failingPropertyIsShrunk() {
    Optional<String> failure = PropertyCheck.over(registry, standard).cases(200)
        .check("at most two events", c -> c.events().size() > 2 ? Optional.of(c.events().size() + " events") : Optional.empty());
    assertTrue(failure.isPresent());
    String text = failure.get();
    assertTrue(text.startsWith("Property 'at most two events' fails for Testrup (0999) at seed "), text);
    assertTrue(text.contains(": 3 events\nShrunk case:"), text);
    assertFalse(text.matches("(?s).*\\d{10}.*"), "a CPR number in the failure: " + text);
  }
}
