package dk.kvalitetsstandard.conformance.property;

import java.util.Objects;

/**
 * A property that failed: its name, the seed of the first failing value, how many values passed
 * before it, what is wrong, and the failing value shrunk to a minimal one and shown as its
 * generator shows it (a case file or question as JSON, ready to paste into the command-line tool).
 * An {@link AssertionError}, so a test framework reports it as a failed assertion.
 *
 * <p>Replay the failure with the system property {@value ForAll#SEED_PROPERTY} set to
 * {@link #seed()}: the first value generated is then the failing one.
 */
public final class PropertyFailure extends AssertionError {

  private static final long serialVersionUID = 1L;

  /** The property's name. */
  private final String property;
  /** The seed of the first failing value. */
  private final long seed;
  /** How many values passed before the first failing one. */
  private final int passed;
  /** What is wrong with the shrunk value. */
  private final String violation;
  /** The shrunk value; not serialized. */
  private final transient Object shrunk;
  /** The shrunk value as its generator shows it. */
  private final String shown;
  /** How many times a smaller failing value replaced the previous one. */
  private final int shrinkSteps;

  PropertyFailure(String property, long seed, int passed, String violation, Object shrunk, String shown, String shows,
      int shrinkSteps) {
    super(message(property, seed, passed, violation, shown, shows, shrinkSteps));
    this.property = Objects.requireNonNull(property, "property");
    this.seed = seed;
    this.passed = passed;
    this.violation = violation;
    this.shrunk = shrunk;
    this.shown = shown;
    this.shrinkSteps = shrinkSteps;
  }

  private static String message(String property, long seed, int passed, String violation, String shown, String shows,
      int shrinkSteps) {
    return "Property '" + property + "' fails at seed " + seed + " (after " + passed + " passing "
        + (passed == 1 ? "try" : "tries") + "): " + violation
        + "\nReplay: -D" + ForAll.SEED_PROPERTY + "=" + seed
        + "\nShrunk in " + shrinkSteps + (shrinkSteps == 1 ? " step" : " steps") + "; " + shows + ":\n" + shown;
  }

  /** {@return the property's name} */
  public String property() {
    return property;
  }

  /** {@return the seed of the first failing value: set {@value ForAll#SEED_PROPERTY} to it to replay} */
  public long seed() {
    return seed;
  }

  /** {@return how many values passed before the first failing one} */
  public int passed() {
    return passed;
  }

  /** {@return what is wrong with the shrunk value, or how the generator failed} */
  public String violation() {
    return violation;
  }

  /**
   * Returns the shrunk value itself (a {@code CaseFile}, a question, a {@code StandardMutation},
   * …).
   *
   * @return the minimal failing value; null if the generator failed, or after the failure has been
   *     serialised
   */
  public Object shrunk() {
    return shrunk;
  }

  /** {@return the shrunk value as its generator shows it} */
  public String shown() {
    return shown;
  }

  /** {@return how many times a smaller failing value replaced the previous one} */
  public int shrinkSteps() {
    return shrinkSteps;
  }
}
