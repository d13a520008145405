package dk.kvalitetsstandard.cases;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A case file or a question with problems: every one of them, with its JSON path. The message never
 * repeats a CPR number.
 */
public final class InvalidCaseException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  public InvalidCaseException(List<Problem> problems) {
    this("case file", problems);
  }

  /** Problems in a {@code document} ("case file", "question"). */
  public InvalidCaseException(String document, List<Problem> problems) {
    super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the " + document + ":\n"
        + problems.stream().sorted().map(p -> "  " + p).collect(Collectors.joining("\n")));
    this.problems = problems.stream().sorted().toList();
  }

  /** Every problem, ordered by path. */
  public List<Problem> problems() {
    return problems;
  }
}
