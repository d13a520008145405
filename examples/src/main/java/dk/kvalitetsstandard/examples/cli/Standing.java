package dk.kvalitetsstandard.examples.cli;

import dk.kvalitetsstandard.standard.QualityStandard;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where a standard stands on the date of a comparison: in force, without a stated period, ending
 * within a year, expired, or not yet in force; and whether its revision is overdue (a standard is
 * revised at least every second year, NAT-Q2).
 *
 * @param kind where it stands
 * @param date the date that matters: the end of the period (ending, expired), its start (not yet in force)
 * @param on the date of the comparison
 * @param revisionDue where the standard is adopted on a known date, still claims force, and was due
 *     for revision before {@code on}: the date it was due
 */
record Standing(Kind kind, Optional<LocalDate> date, LocalDate on, Optional<LocalDate> revisionDue) {

  /** How long before its end a standard counts as ending soon: a municipality needs that long to adopt the next. */
  static final int SOON_MONTHS = 12;

  enum Kind {
    /** In force, with a stated period that does not end within a year. */
    IN_FORCE,
    /** The standard states no period, so it applies on any date. */
    NO_PERIOD,
    /** In force, and its period ends within a year. */
    ENDS_SOON,
    /** Its period ended before the date. */
    EXPIRED,
    /** Its period starts after the date. */
    NOT_YET_IN_FORCE
  }

  static Standing of(QualityStandard standard, LocalDate on) {
    var validity = standard.validity();
    Kind kind;
    Optional<LocalDate> date = Optional.empty();
    if (validity.hasExpiredBy(on)) {
      kind = Kind.EXPIRED;
      date = validity.to();
    } else if (validity.startsAfter(on)) {
      kind = Kind.NOT_YET_IN_FORCE;
      date = validity.from();
    } else if (validity.to().isPresent() && validity.to().get().isBefore(on.plusMonths(SOON_MONTHS))) {
      kind = Kind.ENDS_SOON;
      date = validity.to();
    } else if (validity.from().isEmpty() && validity.to().isEmpty()) {
      kind = Kind.NO_PERIOD;
    } else {
      kind = Kind.IN_FORCE;
    }
    Optional<LocalDate> revisionDue = kind == Kind.EXPIRED ? Optional.empty()
        : standard.adoption().date().map(d -> d.plusYears(2)).filter(on::isAfter);
    return new Standing(kind, date, on, revisionDue);
  }

  /** Whether a reader should be told of it above the table. */
  boolean worthNoting() {
    return kind == Kind.EXPIRED || kind == Kind.ENDS_SOON || kind == Kind.NOT_YET_IN_FORCE || revisionDue.isPresent();
  }
}
