package dk.kvalitetsstandard.problem;

import dk.kvalitetsstandard.problem.internal.Problems;
import dk.kvalitetsstandard.text.Language;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One problem of a case file, a question, a standard file or the registry: where it is, as a path
 * ({@code events[2].date}), what kind of problem it is ({@link ProblemCode}, stable for programs),
 * and what is wrong, in English and in Danish. Neither the path nor the messages ever show a value
 * that looks like a CPR number: the constructor masks every such value ({@link #mask}), wherever
 * it stands.
 *
 * <p>This record is immutable and thread-safe. Problems are ordered by path, array indices
 * compared as numbers so that {@code events[2]} comes before {@code events[10]}, then by message.
 *
 * @param path the path; empty for the document as a whole
 * @param code what kind of problem it is
 * @param message what is wrong, in English
 * @param messageDa what is wrong, in Danish
 */
public record Problem(String path, ProblemCode code, String message, String messageDa) implements Comparable<Problem> {

  /** Ten digits, with or without a hyphen after the sixth: what a CPR number looks like. */
  private static final Pattern CPR_LIKE = Pattern.compile("[0-9]{6}-?[0-9]{4}");

  /** What a masked CPR-like value is shown as. */
  public static final String MASK = "**********";

  /** The longest value {@link #quote} shows in full. */
  private static final int SHOWN_LENGTH = 60;

  /**
   * Creates a problem, masking every CPR-like value in the path and the messages.
   *
   * @param path the path; empty for the document as a whole; not null
   * @param code what kind of problem it is, not null
   * @param message what is wrong, in English; not null
   * @param messageDa what is wrong, in Danish; not null
   */
  public Problem {
    path = mask(Objects.requireNonNull(path, "path"));
    Objects.requireNonNull(code, "code");
    message = mask(Objects.requireNonNull(message, "message"));
    messageDa = mask(Objects.requireNonNull(messageDa, "messageDa"));
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
   * Obtains the same problem at another path, for a reader that reports a document's parts at their
   * place in the whole.
   *
   * @param otherPath the path, not null
   * @return the problem at {@code otherPath}
   */
  public Problem at(String otherPath) {
    return new Problem(otherPath, code, message, messageDa);
  }

  /**
   * Gives the problem as text in a locale's language: {@code events[2].date: …}.
   *
   * @param locale the locale whose language is wanted, not null
   * @return the path (or {@code (document)}, {@code (dokumentet)}) and the message
   */
  public String toString(Locale locale) {
    return (path.isEmpty() ? Problems.wording("path.document", locale) : path) + ": " + message(locale);
  }

  /**
   * Masks every value that looks like a CPR number: each run of ten digits (or six digits, a hyphen
   * and four) is replaced by {@link #MASK}, wherever it stands: in a value, in a key, inside a JSON
   * path, or within a longer run of digits. Runs in linear time.
   *
   * @param text the text to mask, may be null
   * @return {@code text} with every CPR-like run masked; null if {@code text} is null
   */
  public static String mask(String text) {
    if (text == null || text.length() < 10) {
      return text;
    }
    return CPR_LIKE.matcher(text).replaceAll(MASK);
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
    String masked = mask(String.valueOf(value));
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
    if (byPath != 0) {
      return byPath;
    }
    int byMessage = message.compareTo(other.message);
    return byMessage != 0 ? byMessage : code != other.code ? code.compareTo(other.code) : messageDa.compareTo(other.messageDa);
  }

  /**
   * Gives the problem as text in English: {@code events[2].date: …}.
   *
   * @return the path (or {@code (document)}) and the English message
   */
  @Override
  public String toString() {
    return toString(Locale.ENGLISH);
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
