package dk.kvalitetsstandard.questions;

import dk.kvalitetsstandard.standard.Criterion;
import dk.kvalitetsstandard.text.Language;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A criterion of a standard in the language asked for. A standard states its criteria in English
 * ({@link Criterion#text()}) with the seed's Danish quote as their source; the Danish form a
 * caseworker reads is kept here, in the bundle {@code dk/kvalitetsstandard/questions/Criteria_da},
 * under the criterion's key ({@link #key}): its rule and the start of its English text. A
 * criterion the bundle does not know is shown as the seed's own words, never in English. Immutable
 * and thread-safe.
 */
public final class CriterionText {

  private static final int SLUG_LENGTH = 40;
  private static final ResourceBundle DANISH = ResourceBundle.getBundle("dk.kvalitetsstandard.questions.Criteria",
      Locale.forLanguageTag("da"));

  private CriterionText() {}

  /**
   * The criterion as a person reads it in {@code locale}'s language: Danish for any Danish locale,
   * else English.
   *
   * @param criterion the criterion, not null
   * @param locale the language, not null
   * @return the criterion's text
   */
  public static String of(Criterion criterion, Locale locale) {
    if (!Language.isDanish(locale)) {
      return criterion.text();
    }
    return danish(criterion).orElseGet(() -> seedWords(criterion));
  }

  /**
   * Returns the Danish form the bundle keeps for a criterion.
   *
   * @param criterion the criterion, not null
   * @return the Danish form; empty where the bundle keeps none
   */
  public static java.util.Optional<String> danish(Criterion criterion) {
    try {
      return java.util.Optional.of(DANISH.getString(key(criterion)));
    } catch (MissingResourceException e) {
      return java.util.Optional.empty();
    }
  }

  /**
   * The key of a criterion in the bundle: its rule, a dot, and the first 40 characters of its
   * English text in lower case, each run of other characters than letters and digits written
   * {@code -} ({@code GEN-O3.is-self-supporting}).
   *
   * @param criterion the criterion, not null
   * @return its key, not null
   */
  public static String key(Criterion criterion) {
    StringBuilder slug = new StringBuilder();
    for (char c : criterion.text().toLowerCase(Locale.ROOT).toCharArray()) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        slug.append(c);
      } else if (slug.length() > 0 && slug.charAt(slug.length() - 1) != '-') {
        slug.append('-');
      }
      if (slug.length() >= SLUG_LENGTH) {
        break;
      }
    }
    while (slug.length() > 0 && slug.charAt(slug.length() - 1) == '-') {
      slug.setLength(slug.length() - 1);
    }
    return criterion.source().rule() + "." + slug;
  }

  /** The seed's quote, its first letter in upper case. */
  private static String seedWords(Criterion criterion) {
    String quote = criterion.source().quote().strip();
    return quote.isEmpty() ? quote : Character.toUpperCase(quote.charAt(0)) + quote.substring(1);
  }
}
