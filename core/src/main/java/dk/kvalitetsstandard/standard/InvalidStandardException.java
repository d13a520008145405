package dk.kvalitetsstandard.standard;

import dk.kvalitetsstandard.problem.Problem;
import dk.kvalitetsstandard.problem.internal.Problems;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A quality standard that breaks the constraints of the model: the message names the municipality
 * and every problem, each with its path and the code {@link
 * dk.kvalitetsstandard.problem.ProblemCode#CONSTRAINT_VIOLATED}.
 *
 * <p>The problems are not serialized: an exception that has been deserialized keeps its message,
 * and its {@link #problems()} returns null.
 */
public final class InvalidStandardException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  /** The municipality whose standard it is, as the message names it. */
  private final String municipality;

  private final transient List<Problem> problems;

  /**
   * Creates the exception for a standard's problems.
   *
   * @param municipality the municipality whose standard it is, as the message names it, not null
   * @param problems every problem, in any order, not null
   */
  public InvalidStandardException(String municipality, List<Problem> problems) {
    this(municipality, problems.stream().sorted().toList(), true);
  }

  private InvalidStandardException(String municipality, List<Problem> sorted, boolean unused) {
    super(message(municipality, sorted, Locale.ENGLISH));
    this.municipality = municipality;
    this.problems = sorted;
  }

  /** {@return every problem, ordered by path; unmodifiable} */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * Gives the message in a locale's language: Danish for a Danish locale, English for any other.
   *
   * @param locale the locale whose language is wanted, not null
   * @return the municipality and every problem
   */
  public String message(Locale locale) {
    return problems == null ? getMessage() : message(municipality, problems, locale);
  }

  private static String message(String municipality, List<Problem> sorted, Locale locale) {
    return Problems.wording("heading.standard", locale, municipality, sorted.stream()
        .map(p -> (p.path().isEmpty() ? Problems.wording("path.standard", locale) : p.path()) + " " + p.message(locale))
        .collect(Collectors.joining("; ")));
  }
}
