package dk.kvalitetsstandard.conformance.property;

import java.util.Objects;
import java.util.Optional;

/**
 * One named check, ready to run: a property over generated values, or an exhaustive check over a
 * fixed set. A test framework runs each as a test of its own; with JUnit Jupiter a
 * {@code @TestFactory} maps a stream of them to dynamic tests in one line, so that an IDE shows
 * each:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> laws() {
 *   return Laws.of(registry).checks().map(c -> DynamicTest.dynamicTest(c.name(), c::run));
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe when their body is.
 */
public final class NamedCheck {

  private final String group;
  private final String name;
  private final Runnable body;

  private NamedCheck(String group, String name, Runnable body) {
    this.group = Objects.requireNonNull(group, "group");
    this.name = Objects.requireNonNull(name, "name");
    this.body = Objects.requireNonNull(body, "body");
  }

  /**
   * A check that fails when {@code body} throws.
   *
   * @param group what it belongs to, for example the standard it checks ("" for none)
   * @param name its name, which should start with the rule IDs it checks
   * @param body throws an {@link AssertionError} (such as a {@link PropertyFailure}) when the check fails
   * @return the check
   */
  public static NamedCheck of(String group, String name, Runnable body) {
    return new NamedCheck(group, name, body);
  }

  /**
   * A check of {@code property} over {@code generator} with {@code settings}.
   *
   * @param <T> the type of the values
   * @param group what it belongs to, for example the standard it checks ("" for none)
   * @param name the property's name
   * @param settings the tries and seed
   * @param generator makes the values
   * @param property the property
   * @return the check
   */
  public static <T> NamedCheck property(String group, String name, ForAll settings, Generator<T> generator,
      Property<? super T> property) {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(generator, "generator");
    Objects.requireNonNull(property, "property");
    String full = group.isEmpty() ? name : group + ": " + name;
    return new NamedCheck(group, name, () -> settings.assertHolds(full, generator, property));
  }

  /** {@return what the check belongs to (the standard, for the library's laws); "" for none} */
  public String group() {
    return group;
  }

  /** {@return the check's name alone, without its group} */
  public String name() {
    return name;
  }

  /**
   * {@return the group and the name, for a flat list of tests: {@code "Randers Kommune (0730): NAT-G1
   * …"}; the name alone when the group is ""}
   */
  public String displayName() {
    return group.isEmpty() ? name : group + ": " + name;
  }

  /**
   * Runs the check.
   *
   * @throws AssertionError if it fails; a {@link PropertyFailure} for a property
   */
  public void run() {
    body.run();
  }

  /**
   * Runs the check and catches its failure.
   *
   * @return the failure's message, or empty when the check passes
   */
  public Optional<String> failure() {
    try {
      body.run();
      return Optional.empty();
    } catch (AssertionError e) {
      return Optional.of(e.getMessage() == null ? displayName() + " fails" : e.getMessage());
    } catch (RuntimeException e) {
      return Optional.of(displayName() + " threw " + e);
    }
  }

  @Override
  public String toString() {
    return displayName();
  }
}
