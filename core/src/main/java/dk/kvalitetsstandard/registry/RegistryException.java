package dk.kvalitetsstandard.registry;

import dk.kvalitetsstandard.problem.Problem;
import dk.kvalitetsstandard.problem.ProblemCode;
import java.util.Locale;

/**
 * The registry cannot answer: an unknown municipality, a provider that cannot be loaded or fails,
 * or providers that contradict each other. The problem behind it carries a stable {@link
 * #code() code} and the message in English ({@link #getMessage()}) and Danish ({@link
 * #message(Locale)}).
 *
 * <p>The problem is not serialized: an exception that has been deserialized keeps its message,
 * and its {@link #problem()} returns null.
 */
public final class RegistryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Problem problem;

  RegistryException(Problem problem) {
    this(problem, null);
  }

  RegistryException(Problem problem, Throwable cause) {
    super(problem.message(), cause);
    this.problem = problem;
  }

  /** {@return the problem: its code and its message in English and Danish} */
  public Problem problem() {
    return problem;
  }

  /** {@return what kind of problem it is; null for an exception that has been deserialized} */
  public ProblemCode code() {
    return problem == null ? null : problem.code();
  }

  /**
   * Gives the message in a locale's language: Danish for a Danish locale, English for any other.
   *
   * @param locale the locale whose language is wanted, not null
   * @return the message
   */
  public String message(Locale locale) {
    return problem == null ? getMessage() : problem.message(locale);
  }
}
