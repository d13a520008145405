package dk.kvalitetsstandard.cases;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dk.kvalitetsstandard.problem.Problem;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A CPR number: ten digits that identify a citizen. Its {@link #toString()} never shows the
 * digits, and no message of the library repeats them; only {@link #digits()} gives them out.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Cpr {

  /** Ten digits, with or without a hyphen after the sixth: the form of a CPR number. */
  private static final Pattern WELL_FORMED = Pattern.compile("[0-9]{6}-?[0-9]{4}");

  /** What a masked CPR-like value is shown as. */
  public static final String MASK = Problem.MASK;

  private final String digits;

  private Cpr(String digits) {
    this.digits = digits;
  }

  /**
   * Obtains a CPR number from ten digits, with or without a hyphen after the sixth. Only the form is
   * checked, not the date or the check digit.
   *
   * @param value the ten digits, not null
   * @return the CPR number, not null
   * @throws IllegalArgumentException if the value is not ten digits; the message does not repeat it
   */
  @JsonCreator
  public static Cpr of(String value) {
    Objects.requireNonNull(value, "value");
    String digits = value.replace("-", "");
    if (!isWellFormed(value)) {
      throw new IllegalArgumentException("a CPR number must be ten digits");
    }
    return new Cpr(digits);
  }

  /**
   * Checks whether a value has the form of a CPR number, as {@link #of} requires.
   *
   * @param value the value to check, may be null
   * @return true if {@code value} is ten digits, with or without a hyphen after the sixth; false if
   *     it is null
   */
  public static boolean isWellFormed(String value) {
    return value != null && WELL_FORMED.matcher(value).matches();
  }

  /**
   * Masks every CPR-like run of characters in a text: every run that looks like a CPR number (ten
   * digits, or six digits, a hyphen and four) is replaced by {@link #MASK}, wherever it stands: in a
   * value, in a key, inside a JSON path, or within a longer run of digits. Runs in linear time.
   *
   * @param text the text to mask, may be null
   * @return {@code text} with every CPR-like run masked; null if {@code text} is null
   */
  public static String mask(String text) {
    return Problem.mask(text);
  }

  /** {@return the ten digits, without a hyphen; callers must not log or print them} */
  @JsonValue
  public String digits() {
    return digits;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Cpr c && c.digits.equals(digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  /** Always {@code Cpr[**********]}: the number is never shown. */
  @Override
  public String toString() {
    return "Cpr[**********]";
  }
}
