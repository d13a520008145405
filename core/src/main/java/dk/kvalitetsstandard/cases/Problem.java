package dk.kvalitetsstandard.cases;

import java.util.Objects;

/**
 * One problem of a case file or a question: where it is, as a JSON path ({@code events[2].date}),
 * and what is wrong. Neither the path nor the message ever shows a value that looks like a CPR
 * number: the constructor masks every such value ({@link Cpr#mask}), wherever it stands.
 *
 * <p>This record is immutable and thread-safe. Problems are ordered by path, array indices
 * compared as numbers so that {@code events[2]} comes before {@code events[10]}, then by message.
 *
 * @param path the JSON path; empty for the document as a whole
 * @param message what is wrong, in English
 */
public record Problem(String path, String message) implements Comparable<Problem> {

  /** The longest value {@link #quote} shows in full. */
  private static final int SHOWN_LENGTH = 60;

  /**
   * Creates a problem, masking every CPR-like value in the path and the message.
   *
   * @param path the JSON path; empty for the document as a whole; not null
   * @param message what is wrong, in English; not null
   */
  public Problem {
    path = Cpr.mask(Objects.requireNonNull(path, "path"));
    message = Cpr.mask(Objects.requireNonNull(message, "message"));
  }

  /**
   * Quotes a value as a message may show it: in single quotes, with control and other invisible
   * characters written as {@code \}{@code uXXXX}, CPR-like digits masked, and cut short after 60
   * characters. Use it for every value that comes from the input.
   *
   * @param value the value to show; null is shown as {@code 'null'}
   * @return the value, quoted and made safe to show
   */
  public static String quote(String value) {
    return "'" + shown(value) + "'";
  }

  /**
   * Shows a value as {@link #quote} does, without the quotes.
   *
   * @param value the value to show; null is shown as {@code null}
   * @return the value made safe to show
   */
  public static String shown(String value) {
    String masked = Cpr.mask(String.valueOf(value));
    StringBuilder out = new StringBuilder(Math.min(masked.length(), SHOWN_LENGTH) + 8);
    int shown = 0;
    for (int i = 0; i < masked.length(); i++) {
      if (shown == SHOWN_LENGTH) {
        out.append("… (").append(masked.length()).append(" characters)");
        break;
      }
      char c = masked.charAt(i);
      if (Character.isISOControl(c) || Character.isSurrogate(c) || !Character.isDefined(c)
          || Character.getType(c) == Character.FORMAT || c == '\u2028' || c == '\u2029') {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
      shown++;
    }
    return out.toString();
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

  /** Orders paths so that {@code events[2]} comes before {@code events[10]}: array indices compare as numbers. */
  private static final class PathOrder {
    static int compare(String a, String b) {
      int i = 0;
      int j = 0;
      while (i < a.length() && j < b.length()) {
        char ca = a.charAt(i);
        char cb = b.charAt(j);
        if (ca == '[' && cb == '[' && i + 1 < a.length() && j + 1 < b.length()
            && isDigit(a.charAt(i + 1)) && isDigit(b.charAt(j + 1))) {
          int ea = digitsEnd(a, i + 1);
          int eb = digitsEnd(b, j + 1);
          int byNumber = compareDigits(a.substring(i + 1, ea), b.substring(j + 1, eb));
          if (byNumber != 0) {
            return byNumber;
          }
          i = ea;
          j = eb;
          continue;
        }
        if (ca != cb) {
          return Character.compare(ca, cb);
        }
        i++;
        j++;
      }
      return Integer.compare(a.length() - i, b.length() - j);
    }

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }

    private static int digitsEnd(String s, int from) {
      int end = from;
      while (end < s.length() && isDigit(s.charAt(end))) {
        end++;
      }
      return end;
    }

    /** Indices are written without leading zeros, so the longer number is the larger. */
    private static int compareDigits(String a, String b) {
      return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }
  }
}
