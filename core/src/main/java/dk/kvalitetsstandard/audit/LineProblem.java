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

  /** Masks CPR-like values; {@code line} must be 1 or more. */
  public LineProblem {
    if (line < 1) {
      throw new IllegalArgumentException("line numbers start at 1: " + line);
    }
    path = mask(Objects.requireNonNull(path, "path"));
    message = mask(Objects.requireNonNull(message, "message"));
  }

  /** The problem {@code problem} of the case file on line {@code line}. */
  public static LineProblem of(long line, Problem problem) {
    return new LineProblem(line, problem.path(), problem.message());
  }

  private static String mask(String text) {
    return CPR_LIKE.matcher(text).replaceAll(MASK);
  }

  /** {@code line 17: events[2].date: …}. */
  @Override
  public String toString() {
    return "line " + line + ": " + (path.isEmpty() ? "" : path + ": ") + message;
  }
}
