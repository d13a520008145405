package dk.kvalitetsstandard.text;

import dk.kvalitetsstandard.text.internal.Messages;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The words a person reads in place of the library's codes, in English or Danish: the names of
 * its enum constants ({@code BREACHED} is "overskredet", {@code OUTPATIENT} "ambulant
 * behandling"), the labels of the fields of reports and answers ("Senest", "Status"), and dates
 * ({@link Dates}). JSON keeps the codes; text for people uses these words. The words are in the
 * bundle {@code dk/kvalitetsstandard/text/Words_en} and {@code _da}, an enum constant under the
 * name of its type and its own name ({@code Status.MET}, {@code FloorFinding.Kind.EXPIRED}).
 * Immutable and thread-safe.
 */
public final class Words {

  private static final String BUNDLE = "dk.kvalitetsstandard.text.Words";
  private static final Words ENGLISH = new Words(Messages.of(BUNDLE, Locale.ENGLISH));
  private static final Words DANISH = new Words(Messages.of(BUNDLE, Locale.forLanguageTag("da")));

  private final Messages messages;

  private Words(Messages messages) {
    this.messages = messages;
  }

  /**
   * Obtains the words of a locale's language: Danish for any Danish locale, else English.
   *
   * @param locale the locale whose language is wanted, not null
   * @return the words, not null
   */
  public static Words of(Locale locale) {
    return Language.isDanish(locale) ? DANISH : ENGLISH;
  }

  /** {@return the language chosen: Danish or English} */
  public Locale locale() {
    return messages.locale();
  }

  /**
   * Returns the word for an enum constant, as prose writes it (lower case where the language does).
   *
   * @param value the constant, not null
   * @return the word, not null
   * @throws java.util.MissingResourceException if the bundle has no word for it
   */
  public String name(Enum<?> value) {
    return messages.text(key(value.getDeclaringClass()) + "." + value.name());
  }

  /** The key of an enum type: its name without the package, a nested type after its outer type's. */
  private static String key(Class<?> type) {
    String name = type.getName();
    return name.substring(name.lastIndexOf('.') + 1).replace('$', '.');
  }

  /**
   * Returns a label or a short phrase, {@code label.}{@code key} in the bundle, with arguments
   * filled in.
   *
   * @param key the label's key, without the {@code label.} prefix, not null
   * @param args the arguments for the pattern's {@code {0}}, {@code {1}}, …
   * @return the label, not null
   * @throws java.util.MissingResourceException if the bundle has no such label
   */
  public String label(String key, Object... args) {
    return messages.format("label." + key, args);
  }

  /**
   * Writes a date as prose writes it ({@link Dates#longForm}).
   *
   * @param date the date, not null
   * @return the date in words, not null
   */
  public String date(LocalDate date) {
    return Dates.longForm(date, messages.locale());
  }

  /**
   * Writes a date as a table writes it ({@link Dates#shortForm}).
   *
   * @param date the date, not null
   * @return the date in at most 11 characters for years of four digits, not null
   */
  public String shortDate(LocalDate date) {
    return Dates.shortForm(date, messages.locale());
  }

  /**
   * Returns a text with its first letter in upper case, for a word that begins a cell or a sentence.
   *
   * @param text the text, not null; may be empty
   * @return the text with its first code point in upper case; an empty text unchanged
   */
  public static String capitalized(String text) {
    if (text.isEmpty()) {
      return text;
    }
    int first = text.codePointAt(0);
    return new StringBuilder().appendCodePoint(Character.toUpperCase(first)).append(text, Character.charCount(first),
        text.length()).toString();
  }
}
