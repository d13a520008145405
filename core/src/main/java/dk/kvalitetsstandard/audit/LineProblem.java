package dk.kvalitetsstandard.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.kvalitetsstandard.problem.Problem;
import dk.kvalitetsstandard.problem.ProblemCode;
import dk.kvalitetsstandard.text.Language;
import java.util.Locale;
import java.util.Objects;

/**
 * One problem of one line of a file of case files: the line's number (from 1), the JSON path
 * within the line's case file ({@code events[2].date}; empty for the line as a whole), the
 * problem's stable code, and what is wrong in English and Danish. Anything that looks like a CPR
 * number, in the path or the messages, is masked when the problem is made, so no problem of an
 * audit can repeat one.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param line the line number, from 1
 * @param path the JSON path within the line; empty for the line as a whole
 * @param code what kind of problem it is
 * @param message what is wrong, in English
 * @param messageDa what is wrong, in Danish
 */
@JsonPropertyOrder({"line", "path", "code", "message", "messageDa"})
public record LineProblem(@JsonProperty("line") long line, @JsonProperty("path") String path,
    @JsonProperty("code") ProblemCode code, @JsonProperty("message") String message,
    @JsonProperty("messageDa") String messageDa) {

  /**
   * Creates a problem, masking CPR-like values in the path and the messages.
   *
   * @param line the line number, 1 or more
   * @param path the JSON path within the line; empty for the line as a whole; not null
   * @param code what kind of problem it is, not null
   * @param message what is wrong, in English; not null
   * @param messageDa what is wrong, in Danish; not null
   * @throws IllegalArgumentException if {@code line} is less than 1
   * @throws NullPointerException if an argument is null
   */
  public LineProblem {
    if (line < 1) {
      throw new IllegalArgumentException("line numbers start at 1: " + line);
    }
    path = Problem.mask(Objects.requireNonNull(path, "path"));
    Objects.requireNonNull(code, "code");
    message = Problem.mask(Objects.requireNonNull(message, "message"));
    messageDa = Problem.mask(Objects.requireNonNull(messageDa, "messageDa"));
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
    return new LineProblem(line, problem.path(), problem.code(), problem.message(), problem.messageDa());
  }

  /**
   * Gives what is wrong in a locale's language: Danish for a Danish locale, English for any other.
   *
   * @param locale the locale whose language is wanted, not null
   * @return the message in that language
   */
  public String message(Locale locale) {
    return Language.isDanish(locale) ? messageDa : message;
  }

  /**
   * Gives the problem as text: {@code line 17: events[2].date: …}, without the path for the line as
   * a whole.
   *
   * @return the problem as text, in English
   */
  @Override
  public String toString() {
    return "line " + line + ": " + (path.isEmpty() ? "" : path + ": ") + message;
  }
}
