package dk.kvalitetsstandard.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Texts from a resource bundle in English or Danish: any locale whose language is Danish gets the
 * bundle's {@code _da} file, every other locale its {@code _en} file (so the JVM's default locale
 * never decides). Immutable and thread-safe.
 */
public final class Messages {

  private static final Locale DANISH = Locale.forLanguageTag("da");

  private final ResourceBundle bundle;
  private final Locale locale;

  private Messages(String bundleName, Locale requested) {
    this.locale = "da".equals(requested.getLanguage()) ? DANISH : Locale.ENGLISH;
    this.bundle = ResourceBundle.getBundle(bundleName, this.locale);
  }

  /** The texts of {@code bundleName} in {@code locale}'s language. */
  public static Messages of(String bundleName, Locale locale) {
    return new Messages(bundleName, locale);
  }

  /** The text of {@code key} with {@code args} filled in ({@link MessageFormat}). */
  public String format(String key, Object... args) {
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }

  /** The text of {@code key}, with no arguments (quotes written as in {@link MessageFormat} patterns). */
  public String text(String key) {
    return format(key);
  }

  /** The language chosen: Danish or English. */
  public Locale locale() {
    return locale;
  }
}
