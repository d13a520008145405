package dk.kvalitetsstandard.cases;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A case file or a question with problems: every one of them, with its JSON path. The message lists
 * them in path order (the first {@value #LISTED}, then how many more there are; {@link #problems()}
 * holds them all) and never repeats a CPR number.
 */
public final class InvalidCaseException extends IllegalArgumentException {

  /** How many problems the message lists; a document with more gets a count of the rest. */
  public static final int LISTED = 1000;

  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  public InvalidCaseException(List<Problem> problems) {
    this("case file", problems);
  }

  /** Problems in a {@code document} ("case file", "question"). */
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

  /** Every problem, ordered by path. */
  public List<Problem> problems() {
    return problems;
  }
}
