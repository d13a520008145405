package dk.kvalitetsstandard.cases;

import java.util.List;
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
    super(message(document, sorted));
    this.problems = sorted;
  }

  private static String message(String document, List<Problem> sorted) {
    String listed = sorted.stream().limit(LISTED).map(p -> "  " + p).collect(Collectors.joining("\n"));
    String rest = sorted.size() > LISTED ? "\n  … and " + (sorted.size() - LISTED) + " more" : "";
    return sorted.size() + (sorted.size() == 1 ? " problem" : " problems") + " in the " + document + ":\n" + listed + rest;
  }

  /** {@return every problem, ordered by path} */
  public List<Problem> problems() {
    return problems;
  }
}
