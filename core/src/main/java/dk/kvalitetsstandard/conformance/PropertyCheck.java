package dk.kvalitetsstandard.conformance;

import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.cases.CaseValidator;
import dk.kvalitetsstandard.json.Json;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a property of the library over generated case histories, independent of any test
 * framework: cases are generated from consecutive seeds, and the first case that breaks the
 * property is shrunk to a minimal one. The failure names the property, the standard, the seed and
 * the shrunk case as JSON, so it can be replayed.
 *
 * <pre>{@code
 * PropertyCheck.over(registry, standard).cases(500)
 *     .check("the report does not depend on the order of the events", c -> ...)
 *     .ifPresent(failure -> { throw new AssertionError(failure); });
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PropertyCheck {

  /** A property of one case: empty when it holds, else what is wrong. */
  @FunctionalInterface
  public interface Property {
    Optional<String> violation(CaseFile caseFile);
  }

  private final StandardRegistry registry;
  private final QualityStandard standard;
  private final int cases;
  private final long firstSeed;

  private PropertyCheck(StandardRegistry registry, QualityStandard standard, int cases, long firstSeed) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.standard = Objects.requireNonNull(standard, "standard");
    this.cases = cases;
    this.firstSeed = firstSeed;
  }

  /** A check over cases of {@code standard}, validated against {@code registry}: 200 cases from seed 1. */
  public static PropertyCheck over(StandardRegistry registry, QualityStandard standard) {
    return new PropertyCheck(registry, standard, 200, 1);
  }

  /** This check with {@code count} cases. */
  public PropertyCheck cases(int count) {
    return new PropertyCheck(registry, standard, count, firstSeed);
  }

  /** This check starting from {@code seed} (to replay a failure). */
  public PropertyCheck fromSeed(long seed) {
    return new PropertyCheck(registry, standard, cases, seed);
  }

  /** The first failure of {@code property}, shrunk and described; empty when it holds for every case. */
  public Optional<String> check(String name, Property property) {
    CaseGenerator generator = CaseGenerator.forStandard(standard);
    CaseValidator validator = CaseValidator.with(registry);
    for (long seed = firstSeed; seed < firstSeed + cases; seed++) {
      CaseFile generated = generator.generate(seed);
      if (!validator.problems(generated).isEmpty()) {
        return Optional.of("the generator made an invalid case for seed " + seed + ": " + validator.problems(generated));
      }
      Optional<String> violation = safely(property, generated);
      if (violation.isPresent()) {
        CaseFile shrunk = new CaseShrinker(c -> validator.problems(c).isEmpty())
            .shrink(generated, c -> safely(property, c).isPresent());
        return Optional.of("Property '" + name + "' fails for " + standard.municipality() + " at seed " + seed
            + ": " + safely(property, shrunk).orElse(violation.get()) + "\nShrunk case:\n"
            + withoutCpr(Json.mapper().writeValueAsString(shrunk)));
      }
    }
    return Optional.empty();
  }

  /** A failure is an error message: it never shows a CPR number, not even a generated one. */
  private static String withoutCpr(String text) {
    return text.replaceAll("\\b\\d{6}-?\\d{4}\\b", "**********");
  }

  private static Optional<String> safely(Property property, CaseFile caseFile) {
    try {
      return property.violation(caseFile);
    } catch (RuntimeException e) {
      return Optional.of("threw " + e);
    }
  }
}
