package dk.kvalitetsstandard.cases;

import java.util.Objects;

/**
 * One problem of a case file: where it is, as a JSON path ({@code events[2].date}), and what is
 * wrong. A message never repeats a CPR number.
 *
 * @param path the JSON path; empty for the document as a whole
 * @param message what is wrong, in English
 */
public record Problem(String path, String message) implements Comparable<Problem> {

  public Problem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public int compareTo(Problem other) {
    int byPath = PathOrder.compare(path, other.path);
    return byPath != 0 ? byPath : message.compareTo(other.message);
  }

  @Override
  public String toString() {
    return (path.isEmpty() ? "(document)" : path) + ": " + message;
  }

  /** Orders paths so that {@code events[2]} comes before {@code events[10]}. */
  private static final class PathOrder {
    static int compare(String a, String b) {
      return pad(a).compareTo(pad(b));
    }

    private static String pad(String path) {
      return java.util.regex.Pattern.compile("\\[(\\d+)]").matcher(path)
          .replaceAll(m -> "[" + String.format("%06d", Integer.parseInt(m.group(1))) + "]");
    }
  }
}
