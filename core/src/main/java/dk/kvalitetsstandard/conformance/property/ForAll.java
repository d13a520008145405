package dk.kvalitetsstandard.conformance.property;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Runs a property over generated values, without any test framework: values come from consecutive
 * seeds; the first value that breaks the property is shrunk to a minimal one, and the failure
 * ({@link PropertyFailure}, an {@link AssertionError}) names the property, the seed and the shrunk
 * value as its generator shows it.
 *
 * <pre>{@code
 * ForAll.forAll("the guarantee is due within 14 days", CaseFiles.of(standard),
 *     c -> engine.report(c).deadlines().stream().allMatch(...) ? Optional.empty() : Optional.of("..."));
 * ForAll.settings().tries(1000).seed(42).assertHolds(name, generator, property);
 * }</pre>
 *
 * <p>Two system properties override the settings, so that a failure can be replayed without
 * changing code: {@value #SEED_PROPERTY} sets the first seed (a number, or {@code random} for a
 * fresh one each run, which the failure then names) and {@value #TRIES_PROPERTY} the number of
 * tries. They are read each time a property is checked. With Maven:
 * {@code mvn test -Dkvalitetsstandard.seed=1234}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ForAll {

  /** The system property that sets the first seed, overriding the settings: a number, or {@code random}. */
  public static final String SEED_PROPERTY = "kvalitetsstandard.seed";

  /** The system property that sets the number of tries, overriding the settings. */
  public static final String TRIES_PROPERTY = "kvalitetsstandard.tries";

  /** Tries unless set otherwise: 200. */
  public static final int DEFAULT_TRIES = 200;

  /** The first seed unless set otherwise: 1, so that every run checks the same values. */
  public static final long DEFAULT_SEED = 1;

  /** Shrinking stops after this many steps, with the smallest failing value found so far. */
  public static final int MAX_SHRINK_STEPS = 1000;

  private final int tries;
  private final long seed;

  private ForAll(int tries, long seed) {
    if (tries < 1) {
      throw new IllegalArgumentException("at least one try is needed, not " + tries);
    }
    this.tries = tries;
    this.seed = seed;
  }

  /**
   * The default settings: {@value #DEFAULT_TRIES} tries from seed {@value #DEFAULT_SEED}, each
   * overridden by its system property where set.
   *
   * @return the settings
   */
  public static ForAll settings() {
    return new ForAll(DEFAULT_TRIES, DEFAULT_SEED);
  }

  /**
   * Checks {@code property} with the default settings.
   *
   * @param <T> the type of the values
   * @param generator makes the values
   * @param property the property
   * @throws PropertyFailure if a value breaks the property
   */
  public static <T> void forAll(Generator<T> generator, Property<? super T> property) {
    settings().assertHolds("property", generator, property);
  }

  /**
   * Checks the property named {@code name} with the default settings.
   *
   * @param <T> the type of the values
   * @param name the property's name, as the failure shows it
   * @param generator makes the values
   * @param property the property
   * @throws PropertyFailure if a value breaks the property
   */
  public static <T> void forAll(String name, Generator<T> generator, Property<? super T> property) {
    settings().assertHolds(name, generator, property);
  }

  /**
   * These settings with {@code count} tries (unless {@value #TRIES_PROPERTY} is set).
   *
   * @param count at least 1
   * @return new settings
   */
  public ForAll tries(int count) {
    return new ForAll(count, seed);
  }

  /**
   * These settings starting from {@code first} (unless {@value #SEED_PROPERTY} is set).
   *
   * @param first the first seed
   * @return new settings
   */
  public ForAll seed(long first) {
    return new ForAll(tries, first);
  }

  /**
   * Returns the number of tries in effect now: the system property {@value #TRIES_PROPERTY}'s if
   * set, else this setting's.
   *
   * @return the number of tries, at least 1
   * @throws IllegalArgumentException if the system property is set to something other than a whole
   *     number of at least 1
   */
  public int effectiveTries() {
    String set = System.getProperty(TRIES_PROPERTY);
    if (set == null || set.isBlank()) {
      return tries;
    }
    try {
      int count = Integer.parseInt(set.trim());
      if (count < 1) {
        throw new IllegalArgumentException(TRIES_PROPERTY + " must be at least 1, not " + count);
      }
      return count;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(TRIES_PROPERTY + " must be a whole number, not '" + set + "'", e);
    }
  }

  /**
   * Returns the first seed in effect now: the system property {@value #SEED_PROPERTY}'s if set (a
   * fresh one each call for {@code random}), else this setting's.
   *
   * @return the first seed
   * @throws IllegalArgumentException if the system property is set to something other than a whole
   *     number or {@code random}
   */
  public long effectiveSeed() {
    String set = System.getProperty(SEED_PROPERTY);
    if (set == null || set.isBlank()) {
      return seed;
    }
    if (set.trim().equalsIgnoreCase("random")) {
      return new SplittableRandom().nextLong();
    }
    try {
      return Long.parseLong(set.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(SEED_PROPERTY + " must be a whole number or 'random', not '" + set + "'", e);
    }
  }

  /**
   * Checks {@code property} and throws if it fails.
   *
   * @param <T> the type of the values
   * @param name the property's name, as the failure shows it
   * @param generator makes the values
   * @param property the property
   * @throws PropertyFailure if a value breaks the property
   */
  public <T> void assertHolds(String name, Generator<T> generator, Property<? super T> property) {
    Optional<PropertyFailure> failure = check(name, generator, property);
    if (failure.isPresent()) {
      throw failure.get();
    }
  }

  /**
   * Checks {@code property}: the failure, if a value breaks it.
   *
   * @param <T> the type of the values
   * @param name the property's name, as the failure shows it
   * @param generator makes the values
   * @param property the property
   * @return the failure, with the value shrunk; empty when every value passes
   */
  public <T> Optional<PropertyFailure> check(String name, Generator<T> generator, Property<? super T> property) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(generator, "generator");
    Objects.requireNonNull(property, "property");
    int count = effectiveTries();
    long first = effectiveSeed();
    for (int i = 0; i < count; i++) {
      long current = first + i;
      T value;
      try {
        value = Objects.requireNonNull(generator.generate(current), "the generator gave null");
      } catch (RuntimeException e) {
        return Optional.of(new PropertyFailure(name, current, i, "the generator failed: " + e, null, "(nothing)",
            "no value", 0));
      }
      Optional<String> violation = violation(property, value);
      if (violation.isPresent()) {
        return Optional.of(shrunk(name, current, i, generator, property, value, violation.get()));
      }
    }
    return Optional.empty();
  }

  private static <T> PropertyFailure shrunk(String name, long seed, int passed, Generator<T> generator,
      Property<? super T> property, T failing, String violation) {
    T current = failing;
    String why = violation;
    int steps = 0;
    boolean smaller = true;
    while (smaller && steps < MAX_SHRINK_STEPS) {
      smaller = false;
      List<T> candidates;
      try {
        candidates = generator.shrink(current);
      } catch (RuntimeException e) {
        break;
      }
      for (T candidate : candidates) {
        Optional<String> still = violation(property, candidate);
        if (still.isPresent()) {
          current = candidate;
          why = still.get();
          steps++;
          smaller = true;
          break;
        }
      }
    }
    String shown;
    try {
      shown = generator.show(current);
    } catch (RuntimeException e) {
      shown = String.valueOf(current);
    }
    return new PropertyFailure(name, seed, passed, why, current, shown, generator.shows(), steps);
  }

  /** The property's verdict; an exception or a failed assertion is a violation. */
  private static <T> Optional<String> violation(Property<? super T> property, T value) {
    try {
      Optional<String> verdict = property.violation(value);
      return verdict == null ? Optional.of("the property returned null") : verdict;
    } catch (AssertionError e) {
      return Optional.of(e.getMessage() == null ? "an assertion failed" : e.getMessage());
    } catch (RuntimeException e) {
      return Optional.of("threw " + e);
    }
  }

  @Override
  public String toString() {
    return "ForAll[tries=" + tries + ", seed=" + seed + "]";
  }
}
