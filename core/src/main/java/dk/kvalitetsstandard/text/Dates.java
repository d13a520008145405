package dk.kvalitetsstandard.text;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Dates as people read them: in Danish {@code 5. januar 2026}, in English {@code 5 January 2026}
 * in prose, and {@code 05.01.2026} or {@code 5 Jan 2026} where a table has little room. Any locale
 * whose language is Danish gets Danish, every other locale English, as in every text of the library. ISO
 * dates ({@code 2026-01-05}) are for machines: JSON fields and options, never prose. The month
 * names are the project's own, so the JVM's locale data never decides. Immutable and thread-safe.
 */
public final class Dates {

  private static final String[] DANISH_MONTHS = {"januar", "februar", "marts", "april", "maj", "juni", "juli",
      "august", "september", "oktober", "november", "december"};
  private static final String[] ENGLISH_MONTHS = {"January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December"};

  private Dates() {}

  /**
   * The date as prose writes it: {@code 5. januar 2026} or {@code 5 January 2026}.
   *
   * @param date the date, not null
   * @param locale the language
   * @return the date in words
   */
  public static String longForm(LocalDate date, Locale locale) {
    int month = date.getMonthValue() - 1;
    return Language.isDanish(locale) ? date.getDayOfMonth() + ". " + DANISH_MONTHS[month] + " " + year(date)
        : date.getDayOfMonth() + " " + ENGLISH_MONTHS[month] + " " + year(date);
  }

  /**
   * The date as a table cell writes it: {@code 05.01.2026} in Danish, {@code 5 Jan 2026} in
   * English.
   *
   * @param date the date, not null
   * @param locale the language
   * @return the date in at most 11 characters for years of four digits
   */
  public static String shortForm(LocalDate date, Locale locale) {
    if (Language.isDanish(locale)) {
      return two(date.getDayOfMonth()) + "." + two(date.getMonthValue()) + "." + year(date);
    }
    return date.getDayOfMonth() + " " + ENGLISH_MONTHS[date.getMonthValue() - 1].substring(0, 3) + " " + year(date);
  }

  private static String two(int value) {
    return value < 10 ? "0" + value : String.valueOf(value);
  }

  private static String year(LocalDate date) {
    return String.valueOf(date.getYear());
  }
}
