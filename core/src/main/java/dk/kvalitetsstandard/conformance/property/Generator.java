package dk.kvalitetsstandard.conformance.property;

import dk.kvalitetsstandard.json.Json;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Makes values for a property from a seed: the same seed always gives the same value, so a failure
 * can be replayed from its seed alone. A generator may also propose smaller values for a failing
 * one ({@link #shrink}) and say how a value is shown in a failure ({@link #show}).
 *
 * <p>The generators of the library are {@link CaseFiles} (case histories), {@link Questions} (the
 * four questions) and {@link Mutations} (changed standards). A vendor's own generator is a lambda
 * over a seed, or {@link #of} over a {@link SplittableRandom}.
 *
 * <p>Implementations must be thread-safe and must not read the clock.
 *
 * @param <T> the type of the values
 */
@FunctionalInterface
public interface Generator<T> {

  /**
   * The value for {@code seed}.
   *
   * @param seed any number
   * @return the value, never null; the same for the same seed
   */
  T generate(long seed);

  /**
   * Values smaller than {@code value}, the most promising first; each must be a valid value of this
   * generator. The property runner keeps the first that still fails and asks again, until none does.
   *
   * @param value a value this generator made or shrank
   * @return smaller values, none by default
   */
  default List<T> shrink(T value) {
    return List.of();
  }

  /**
   * {@code value} as a failure shows it: by default as JSON written by the library's mapper.
   *
   * @param value a value
   * @return its text
   */
  default String show(T value) {
    return Json.mapper().writeValueAsString(value);
  }

  /**
   * What {@link #show} gives, for the failure message: for example "the case file, for
   * {@code standards-cli report -}".
   *
   * @return a short description
   */
  default String shows() {
    return "the value";
  }

  /**
   * A generator over a random source seeded with each seed; it shrinks nothing.
   *
   * @param <T> the type of the values
   * @param make makes a value from the random source
   * @return the generator
   */
  static <T> Generator<T> of(Function<SplittableRandom, T> make) {
    Objects.requireNonNull(make, "make");
    return seed -> make.apply(new SplittableRandom(seed));
  }
}
