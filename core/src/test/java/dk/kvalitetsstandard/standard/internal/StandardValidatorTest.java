package dk.kvalitetsstandard.standard.internal;

import dk.kvalitetsstandard.standard.InvalidStandardException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.registry.RegistryException;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.Offer;
import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.standard.SampleStandards;
import dk.kvalitetsstandard.standard.Source;
import dk.kvalitetsstandard.standard.Statement;
import dk.kvalitetsstandard.standard.Topic;
import dk.kvalitetsstandard.standard.Validity;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The constraints on a standard really fire, and the registry refuses what they reject. */
class StandardValidatorTest {

  private final QualityStandard valid = SampleStandards.complete();

  @Test
  @DisplayName("A complete, consistent standard has no problems")
  void validStandardPasses() {
    assertEquals(List.of(), StandardValidator.problems(valid));
    assertEquals(valid, StandardValidator.requireValid(valid));
  }

  @Test
  @DisplayName("A validity that ends before it starts is rejected")
  void validityEndingBeforeStart() {
    QualityStandard bad = QualityStandard.builder().from(valid)
        .validity(Validity.builder().from(LocalDate.of(2026, 1, 1)).to(LocalDate.of(2025, 12, 31))
            .source(Source.of("TST-M1", "Gælder")).build())
        .build();
    assertEquals(List.of("validity.ordered ends before it starts"), StandardValidator.problems(bad));
  }

  @Test
  @DisplayName("Two offers with one ID are rejected, naming the ID")
  void duplicateOfferIds() {
    Offer copy = valid.offers().get(0);
    QualityStandard bad = QualityStandard.builder().from(valid).addOffers(copy).build();
    assertEquals(List.of("offers has more than one element with the ID outpatient"), StandardValidator.problems(bad));
  }

  @Test
  @DisplayName("An offer whose minimum age is above its maximum is rejected")
  void minimumAgeAboveMaximum() {
    Offer young = Offer.builder().from(valid.offers().get(0)).id("youth").minAge(25).maxAge(17).build();
    QualityStandard bad = QualityStandard.builder().from(valid).addOffers(young).build();
    assertEquals(List.of("offers[2].ageRangeOrdered has a minimum age above its maximum age"),
        StandardValidator.problems(bad));
  }

  @Test
  @DisplayName("A rule element without a rule ID is rejected")
  void elementWithoutRuleId() {
    QualityStandard bad = QualityStandard.builder().from(valid)
        .addStatements(Statement.of(Topic.SCOPE, "No rule", Source.of("", "Et citat")))
        .build();
    List<String> problems = StandardValidator.problems(bad);
    assertTrue(problems.contains("statements[1].source.rule has no rule ID"), problems.toString());
  }

  @Test
  @DisplayName("Every problem is reported at once")
  void everyProblemAtOnce() {
    QualityStandard bad = QualityStandard.builder().from(valid)
        .validity(Validity.builder().from(LocalDate.of(2026, 1, 1)).to(LocalDate.of(2025, 1, 1))
            .source(Source.of("TST-M1", "Gælder")).build())
        .addOffers(valid.offers().get(0))
        .build();
    assertEquals(2, StandardValidator.problems(bad).size());
  }

  @Test
  @DisplayName("The registry refuses an invalid standard with a message naming the municipality and the problem")
  void registryRejectsInvalidStandard() {
    QualityStandard bad = QualityStandard.builder().from(valid).addOffers(valid.offers().get(0)).build();
    InvalidStandardException e = assertThrows(InvalidStandardException.class,
        () -> StandardRegistry.of(List.of(() -> bad)));
    assertEquals("The quality standard of Testrup (0999) is invalid: offers has more than one element with the ID outpatient",
        e.getMessage());
  }

  @Test
  @DisplayName("A provider that throws is named in the registry's message")
  void failingProvider() {
    RegistryException e = assertThrows(RegistryException.class, () -> StandardRegistry.of(List.of(() -> {
      throw new IllegalStateException("broken data");
    })));
    assertTrue(e.getMessage().contains("failed to give its standard: broken data"), e.getMessage());
  }
}
