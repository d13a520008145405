package dk.kvalitetsstandard.calendar.internal;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Counting procedural time limits by the Ministry of Justice's guidance (VEJ nr. 9533 af 26/6/2018;
 * D0-5): the day of receipt is not counted; N weeks end on the same weekday N weeks later; a limit
 * that ends on a Saturday, Sunday or public holiday moves to the next day that is none of these.
 * This class is immutable and thread-safe.
 */
public final class TimeLimits {

  private final PublicHolidays holidays;

  private TimeLimits(PublicHolidays holidays) {
    this.holidays = Objects.requireNonNull(holidays, "holidays");
  }

  /**
   * Obtains time limits counted with the given calendar.
   *
   * @param holidays the public holidays to skip, not null
   * @return time limits counted with {@code holidays}
   * @throws NullPointerException if {@code holidays} is null
   */
  public static TimeLimits with(PublicHolidays holidays) {
    return new TimeLimits(holidays);
  }

  /**
   * Calculates the last day of a limit counted in weeks (D0-5): the same weekday {@code weeks}
   * weeks after {@code received}, moved to the next working day if that is a Saturday, a Sunday or
   * a public holiday.
   *
   * @param received the day the application or request was received, not null; it is not counted
   * @param weeks the length of the limit in weeks
   * @return the last day of the limit, always a working day
   */
  public LocalDate weeksFrom(LocalDate received, int weeks) {
    return holidays.thisOrNextWorkingDay(received.plusWeeks(weeks));
  }

  /** {@return the calendar of public holidays these limits skip} */
  public PublicHolidays holidays() {
    return holidays;
  }
}
