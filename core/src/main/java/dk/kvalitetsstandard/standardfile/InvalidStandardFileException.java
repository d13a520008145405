package dk.kvalitetsstandard.standardfile;

import dk.kvalitetsstandard.problem.Problem;
import dk.kvalitetsstandard.problem.internal.Problems;
import java.util.List;
import java.util.Locale;
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
    super(message(file, problems.stream().sorted().toList(), Locale.ENGLISH));
    this.file = file;
    this.problems = problems.stream().sorted().toList();
  }

  /**
   * Gives the message in a locale's language: Danish for a Danish locale, English for any other.
   *
   * @param locale the locale whose language is wanted, not null
   * @return the file's name and every problem with its path
   */
  public String message(Locale locale) {
    return problems == null ? getMessage() : message(file, problems, locale);
  }

  private static String message(String file, List<Problem> sorted, Locale locale) {
    return Problems.heading(sorted.size(), "standard file", locale, file) + "\n"
        + sorted.stream().map(p -> "  " + p.toString(locale)).collect(Collectors.joining("\n"));
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
