package dk.kvalitetsstandard.conformance.property;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Something that should hold for every value: empty when it holds for {@code value}, else what is
 * wrong. A property may also throw (an {@link AssertionError} from a test framework's assertions,
 * or any runtime exception): the runner counts that as a failure with the exception's message.
 *
 * <p>Implementations must be thread-safe and must not read the clock.
 *
 * @param <T> the type of the values
 */
@FunctionalInterface
public interface Property<T> {

  /**
   * What is wrong with {@code value}, if anything.
   *
   * @param value a generated value
   * @return empty when the property holds, else a one-line description of the violation
   */
  Optional<String> violation(T value);

  /**
   * A property that holds when {@code holds} is true.
   *
   * @param <T> the type of the values
   * @param holds the condition
   * @param whyNot describes a value for which it is false
   * @return the property
   */
  static <T> Property<T> that(Predicate<? super T> holds, Function<? super T, String> whyNot) {
    Objects.requireNonNull(holds, "holds");
    Objects.requireNonNull(whyNot, "whyNot");
    return value -> holds.test(value) ? Optional.empty() : Optional.of(whyNot.apply(value));
  }

  /**
   * A property written as assertions (JUnit's, AssertJ's or plain {@code throw}): it holds when
   * {@code assertions} returns normally.
   *
   * @param <T> the type of the values
   * @param assertions throws on a value for which the property fails
   * @return the property
   */
  static <T> Property<T> asserting(Consumer<? super T> assertions) {
    Objects.requireNonNull(assertions, "assertions");
    return value -> {
      assertions.accept(value);
      return Optional.empty();
    };
  }

  /**
   * This property and then {@code other}: the first violation of the two.
   *
   * @param other another property of the same values
   * @return the conjunction
   */
  default Property<T> and(Property<? super T> other) {
    Objects.requireNonNull(other, "other");
    return value -> {
      Optional<String> first = violation(value);
      return first.isPresent() ? first : other.violation(value);
    };
  }
}
