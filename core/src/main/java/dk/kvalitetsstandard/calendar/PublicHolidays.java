package dk.kvalitetsstandard.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Which days are public holidays (helligdage). Procedural time limits that end on a Saturday,
 * Sunday or public holiday move to the next day that is none of these (D0-3, D0-5); the treatment
 * guarantee does not move.
 *
 * <p>Implementations must be thread-safe. {@link #denmark()} is the Danish calendar of D0-5, from
 * Jollyday; a caller may supply another.
 */
@FunctionalInterface
public interface PublicHolidays {

  /**
   * Checks whether a date is a public holiday. Weekends are not public holidays as such.
   *
   * @param date the date to check, not null
   * @return true if {@code date} is a public holiday in this calendar
   */
  boolean isPublicHoliday(LocalDate date);

  /**
   * Checks whether a date is a working day: neither a Saturday, a Sunday nor a public holiday.
   *
   * @param date the date to check, not null
   * @return true if {@code date} is a working day
   */
  default boolean isWorkingDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isPublicHoliday(date);
  }

  /**
   * Finds the working day on which a time limit that ends on a given date really ends.
   *
   * @param date the date the limit would end on, not null
   * @return {@code date} itself if it is a working day, else the first working day after it
   */
  default LocalDate thisOrNextWorkingDay(LocalDate date) {
    LocalDate day = date;
    while (!isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /**
   * The Danish public holidays of D0-5: New Year's Day, Maundy Thursday, Good Friday, Easter Sunday
   * and Monday, Ascension Day, Whit Sunday and Monday, Christmas Day and Boxing Day, and Store
   * Bededag up to and including 2023. Constitution Day, 24 and 31 December are not public holidays
   * for this purpose.
   *
   * @return the Danish calendar, a shared instance; never null
   */
  static PublicHolidays denmark() {
    return DanishPublicHolidays.INSTANCE;
  }
}
