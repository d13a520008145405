package dk.kvalitetsstandard.text.internal;

import dk.kvalitetsstandard.text.Dates;
import dk.kvalitetsstandard.text.Language;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Texts from a resource bundle in English or Danish: any locale whose language is Danish gets the
 * bundle's {@code _da} file, every other locale its {@code _en} file (so the JVM's default locale
 * never decides). The patterns follow {@link MessageFormat}; a date given as an argument is written
 * as prose writes dates in the language ({@link Dates}). Each pattern is parsed once, when the bundle
 * is first asked for, and a pattern with only plain arguments ({@code {0}}) is filled in without
 * {@code MessageFormat} at all. Instances are shared per bundle and language. Immutable and
 * thread-safe.
 */
public final class Messages {

  private static final Map<String, Messages> SHARED = new ConcurrentHashMap<>();

  private final Locale locale;
  private final Map<String, Template> templates = new HashMap<>();

  private Messages(String bundleName, Locale language) {
    this.locale = language;
    ResourceBundle bundle = ResourceBundle.getBundle(bundleName, language);
    for (Enumeration<String> keys = bundle.getKeys(); keys.hasMoreElements(); ) {
      String key = keys.nextElement();
      templates.put(key, Template.parse(bundle.getString(key), language));
    }
  }

  /**
   * Obtains the texts of a bundle in a locale's language: Danish for a Danish locale, English for
   * any other.
   *
   * @param bundleName the bundle's base name, as for {@link ResourceBundle#getBundle(String, Locale)}, not null
   * @param locale the locale whose language is wanted, not null
   * @return the texts, shared with every other caller asking for the same bundle and language
   * @throws MissingResourceException if the bundle cannot be found
   */
  public static Messages of(String bundleName, Locale locale) {
    Locale language = Language.isDanish(locale) ? Language.DANISH : Locale.ENGLISH;
    return SHARED.computeIfAbsent(bundleName + "_" + language.getLanguage(), k -> new Messages(bundleName, language));
  }

  /**
   * Formats the text of a key with arguments filled in.
   *
   * @param key the text's key in the bundle, not null
   * @param args the arguments for the pattern's {@code {0}}, {@code {1}}, …; a {@link LocalDate}
   *     is written as prose writes dates
   * @return the text, not null
   * @throws MissingResourceException if the bundle has no such key
   */
  public String format(String key, Object... args) {
    return template(key).format(args);
  }

  /**
   * Appends the text of a key, with arguments filled in, to a builder: as {@link #format}, for a
   * text made of several, without making a string of each first.
   *
   * @param text the builder the text is appended to, not null
   * @param key the text's key in the bundle, not null
   * @param args the arguments for the pattern's {@code {0}}, {@code {1}}, …; a {@link LocalDate}
   *     is written as prose writes dates
   * @return {@code text}
   * @throws MissingResourceException if the bundle has no such key
   */
  public StringBuilder formatTo(StringBuilder text, String key, Object... args) {
    return template(key).formatTo(text, args);
  }

  private Template template(String key) {
    Template template = templates.get(key);
    if (template == null) {
      throw new MissingResourceException("no text '" + key + "'", Messages.class.getName(), key);
    }
    return template;
  }

  /**
   * Returns the text of a key, with no arguments (quotes written as in {@link MessageFormat} patterns).
   *
   * @param key the text's key in the bundle, not null
   * @return the text, not null
   * @throws MissingResourceException if the bundle has no such key
   */
  public String text(String key) {
    return format(key);
  }

  /**
   * Writes a date as prose writes it in this language: {@code 5. januar 2026} or {@code 5 January 2026}.
   *
   * @param date the date, not null
   * @return the date in words, not null
   */
  public String date(LocalDate date) {
    return Dates.longForm(date, locale);
  }

  /** {@return the language chosen: Danish or English} */
  public Locale locale() {
    return locale;
  }
}
