package dk.kvalitetsstandard.standardfile;

import dk.kvalitetsstandard.cases.Problem;
import java.util.List;
import java.util.stream.Collectors;

/** A standard file that cannot be read into a valid standard; the message names the file and every problem with its path. */
public final class InvalidStandardFileException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The file's name, as given when it was read. */
  private final String file;

  private final transient List<Problem> problems;

  /**
   * The problems of the file named {@code file}.
   *
   * @param file the file's name, as the messages show it
   * @param problems at least one problem
   */
  public InvalidStandardFileException(String file, List<Problem> problems) {
    super(message(file, problems.stream().sorted().toList()));
    this.file = file;
    this.problems = problems.stream().sorted().toList();
  }

  private static String message(String file, List<Problem> sorted) {
    return sorted.size() + (sorted.size() == 1 ? " problem" : " problems") + " in the standard file " + file + ":\n"
        + sorted.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
  }

  /** {@return the file's name, as given when it was read} */
  public String file() {
    return file;
  }

  /** {@return every problem, ordered by path; unmodifiable} */
  public List<Problem> problems() {
    return problems;
  }
}
