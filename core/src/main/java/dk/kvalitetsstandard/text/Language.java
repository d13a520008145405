package dk.kvalitetsstandard.text;

import java.util.Locale;

/**
 * The two languages the library writes in. Any locale whose language is Danish ({@code da},
 * {@code da-DK}) gets Danish; every other locale gets English, so the JVM's default locale never
 * decides. Every text of the library follows this one rule.
 */
public final class Language {

  /** The locale of Danish texts. */
  public static final Locale DANISH = Locale.forLanguageTag("da");

  private Language() {}

  /**
   * Whether a locale gets the library's Danish texts.
   *
   * @param locale the locale, not null
   * @return true if its language is Danish
   */
  public static boolean isDanish(Locale locale) {
    return "da".equals(locale.getLanguage());
  }
}
