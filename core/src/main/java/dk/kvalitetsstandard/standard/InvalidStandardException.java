package dk.kvalitetsstandard.standard;

import java.util.List;

/** A quality standard that breaks its constraints; the message names the municipality and every problem. */
public final class InvalidStandardException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final transient List<String> problems;

  /**
   * Creates the exception for a standard's problems.
   *
   * @param municipality the municipality whose standard it is, as the message names it
   * @param problems every problem, each as {@code path message}
   */
  public InvalidStandardException(String municipality, List<String> problems) {
    super("The quality standard of " + municipality + " is invalid: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  /** {@return every problem, each as {@code path message}, sorted by path; unmodifiable} */
  public List<String> problems() {
    return problems;
  }
}
