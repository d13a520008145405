package dk.kvalitetsstandard.cases;

import dk.kvalitetsstandard.problem.Problem;
import dk.kvalitetsstandard.problem.internal.Problems;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A case file or a question with problems: every one of them, with its JSON path. The message lists
 * them in path order (the first {@value #LISTED}, then how many more there are; {@link #problems()}
 * holds them all) and never repeats a CPR number.
 *
 * <p>The problems are not serialized: an exception that has been deserialized keeps its message,
 * and its {@link #problems()} returns null.
 */
public final class InvalidCaseException extends IllegalArgumentException {

  /** How many problems the message lists; a document with more gets a count of the rest. */
  public static final int LISTED = 1000;

  private static final long serialVersionUID = 1L;

  /** What the document is, as the message names it: "case file", "question". */
  private final String document;

  private final transient List<Problem> problems;

  /**
   * Creates an exception for the problems of a case file.
   *
   * @param problems the problems, in any order, not null
   */
  public InvalidCaseException(List<Problem> problems) {
    this("case file", problems);
  }

  /**
   * Creates an exception for the problems of a document.
   *
   * @param document what the document is, as the message names it: "case file", "question"
   * @param problems the problems, in any order, not null
   */
  public InvalidCaseException(String document, List<Problem> problems) {
    this(document, problems.stream().sorted().toList(), true);
  }

  private InvalidCaseException(String document, List<Problem> sorted, boolean unused) {
    super(message(document, sorted, Locale.ENGLISH));
    this.document = document;
    this.problems = sorted;
  }

  /**
   * Gives the message in a locale's language: Danish for a Danish locale, English for any other.
   *
   * @param locale the locale whose language is wanted, not null
   * @return how many problems there are, and each with its path
   */
  public String message(Locale locale) {
    return problems == null ? getMessage() : message(document, problems, locale);
  }

  private static String message(String document, List<Problem> sorted, Locale locale) {
    String listed = sorted.stream().limit(LISTED).map(p -> "  " + p.toString(locale)).collect(Collectors.joining("\n"));
    String rest = sorted.size() > LISTED ? "\n  " + Problems.more(sorted.size() - LISTED, locale) : "";
    return Problems.heading(sorted.size(), document, locale) + "\n" + listed + rest;
  }

  /** {@return every problem, ordered by path} */
  public List<Problem> problems() {
    return problems;
  }
}
