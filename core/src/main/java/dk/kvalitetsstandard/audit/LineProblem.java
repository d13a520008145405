package dk.kvalitetsstandard.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.kvalitetsstandard.cases.Problem;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One problem of one line of a file of case files: the line's number (from 1), the JSON path
 * within the line's case file ({@code events[2].date}; empty for the line as a whole) and what is
 * wrong. Anything that looks like a CPR number, in the path or the message, is masked when the
 * problem is made, so no problem of an audit can repeat one.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param line the line number, from 1
 * @param path the JSON path within the line; empty for the line as a whole
 * @param message what is wrong, in English
 */
@JsonPropertyOrder({"line", "path", "message"})
public record LineProblem(@JsonProperty("line") long line, @JsonProperty("path") String path,
    @JsonProperty("message") String message) {

  /** Ten digits, with or without a hyphen after the sixth, also inside a longer run of digits. */
  private static final Pattern CPR_LIKE = Pattern.compile("\\d{6}-?\\d{4}");

  /** The masked form of a CPR-like value. */
  static final String MASK = "**********";

  /**
   * Creates a problem, masking CPR-like values in the path and the message.
   *
   * @param line the line number, 1 or more
   * @param path the JSON path within the line; empty for the line as a whole; not null
   * @param message what is wrong, in English; not null
   * @throws IllegalArgumentException if {@code line} is less than 1
   * @throws NullPointerException if {@code path} or {@code message} is null
   */
  public LineProblem {
    if (line < 1) {
      throw new IllegalArgumentException("line numbers start at 1: " + line);
    }
    path = mask(Objects.requireNonNull(path, "path"));
    message = mask(Objects.requireNonNull(message, "message"));
  }

  /**
   * Obtains the problem of a case file, on the line it was read from.
   *
   * @param line the line number, 1 or more
   * @param problem the case file's problem, not null
   * @return the problem with its line number, CPR-like values masked
   * @throws IllegalArgumentException if {@code line} is less than 1
   */
  public static LineProblem of(long line, Problem problem) {
    return new LineProblem(line, problem.path(), problem.message());
  }

  private static String mask(String text) {
    return CPR_LIKE.matcher(text).replaceAll(MASK);
  }

  /**
   * Gives the problem as text: {@code line 17: events[2].date: …}, without the path for the line as
   * a whole.
   *
   * @return the problem as text
   */
  @Override
  public String toString() {
    return "line " + line + ": " + (path.isEmpty() ? "" : path + ": ") + message;
  }
}
