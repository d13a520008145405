package dk.kvalitetsstandard.calendar;

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

  /** Time limits counted with {@code holidays}. */
  public static TimeLimits with(PublicHolidays holidays) {
    return new TimeLimits(holidays);
  }

  /** The last day of a limit of {@code weeks} weeks from {@code received} (D0-5). */
  public LocalDate weeksFrom(LocalDate received, int weeks) {
    return holidays.thisOrNextWorkingDay(received.plusWeeks(weeks));
  }

  /** The calendar used. */
  public PublicHolidays holidays() {
    return holidays;
  }
}
