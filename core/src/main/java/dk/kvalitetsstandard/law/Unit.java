package dk.kvalitetsstandard.law;

import java.time.LocalDate;

/** The unit of a {@link Span}: time, or a count of sessions or participants. */
public enum Unit {
  MINUTES, HOURS, DAYS, WEEKS, MONTHS, YEARS, SESSIONS, PARTICIPANTS;

  /** Whether a date can be moved by this unit. */
  public boolean isCalendar() {
    return this == DAYS || this == WEEKS || this == MONTHS || this == YEARS;
  }

  /**
   * {@code date} plus {@code amount} of this unit: days as calendar days, weeks as 7 days,
   * months and years as calendar months and years (31 January + 1 month = end of February).
   *
   * @throws UnsupportedOperationException for a unit that is not a calendar unit
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
