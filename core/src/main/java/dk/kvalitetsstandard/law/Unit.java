package dk.kvalitetsstandard.law;

import java.time.LocalDate;

/**
 * The unit of a {@link Span}: time, or a count of sessions or participants.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Unit {
  /** Minutes, for the length of a session. */
  MINUTES,
  /** Hours, for the length of a session. */
  HOURS,
  /** Calendar days; a calendar unit. */
  DAYS,
  /** Weeks of 7 days; a calendar unit. */
  WEEKS,
  /** Calendar months; a calendar unit. */
  MONTHS,
  /** Calendar years; a calendar unit. */
  YEARS,
  /** A count of sessions (treatment sessions or conversations). */
  SESSIONS,
  /** A count of participants, for the size of a group. */
  PARTICIPANTS;

  /**
   * Checks whether a date can be moved by this unit.
   *
   * @return true for {@link #DAYS}, {@link #WEEKS}, {@link #MONTHS} and {@link #YEARS}
   */
  public boolean isCalendar() {
    return this == DAYS || this == WEEKS || this == MONTHS || this == YEARS;
  }

  /**
   * Adds an amount of this unit to a date: days as calendar days, weeks as 7 days, months and
   * years as calendar months and years (31 January + 1 month = end of February).
   *
   * @param date the date to add to, not null
   * @param amount the amount of this unit to add, may be negative
   * @return {@code date} plus {@code amount} of this unit
   * @throws UnsupportedOperationException for a unit that is not a calendar unit
   * @throws java.time.DateTimeException if the result is outside the supported date range
   */
  public LocalDate addTo(LocalDate date, int amount) {
    return switch (this) {
      case DAYS -> date.plusDays(amount);
      case WEEKS -> date.plusWeeks(amount);
      case MONTHS -> date.plusMonths(amount);
      case YEARS -> date.plusYears(amount);
      default -> throw new UnsupportedOperationException(this + " is not a calendar unit");
    };
  }
}
