package dk.kvalitetsstandard.conformance.property;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.standard.AgeLimited;
import dk.kvalitetsstandard.standard.GuaranteeRule;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Where rules are most easily got wrong: dates around public holidays, weekends, month ends and
 * leap days, and ages on either side of every age limit a standard names. The generators draw from
 * these often; a vendor's own generator may too.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Boundaries {

  /** The age from which a citizen counts as an adult ("over 18 år" read as 18 or older, NAT-X2; NAT-Y1). */
  public static final int ADULT = 18;

  private Boundaries() {}

  /**
   * The awkward dates of the years {@code from} to {@code to}: every public holiday with the day
   * before and the day after, the last day of every month and the first of the next, 28 and 29
   * February, Christmas Eve and New Year's Eve, Constitution Day, and the Friday that was Store
   * Bededag (a public holiday to 2023, a working day since). Sorted, no duplicates.
   *
   * @param from the first year
   * @param to the last year, not before {@code from}
   * @param holidays the public holidays
   * @return the dates
   */
  public static List<LocalDate> awkwardDates(int from, int to, PublicHolidays holidays) {
    Objects.requireNonNull(holidays, "holidays");
    if (to < from) {
      throw new IllegalArgumentException("the years run backwards: " + from + " to " + to);
    }
    SortedSet<LocalDate> dates = new TreeSet<>();
    for (int year = from; year <= to; year++) {
      for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
        if (holidays.isPublicHoliday(day)) {
          dates.add(day.minusDays(1));
          dates.add(day);
          dates.add(day.plusDays(1));
        }
        if (day.getDayOfMonth() == day.lengthOfMonth()) {
          dates.add(day);
          dates.add(day.plusDays(1));
        }
      }
      dates.add(LocalDate.of(year, Month.FEBRUARY, 28));
      if (LocalDate.of(year, 1, 1).isLeapYear()) {
        dates.add(LocalDate.of(year, Month.FEBRUARY, 29));
      }
      dates.add(LocalDate.of(year, Month.JUNE, 5));
      dates.add(LocalDate.of(year, Month.DECEMBER, 24));
      dates.add(LocalDate.of(year, Month.DECEMBER, 31));
      easterSunday(year, holidays).ifPresent(easter -> dates.add(easter.plusDays(26)));
    }
    return dates.stream().filter(d -> d.getYear() >= from && d.getYear() <= to).toList();
  }

  /** Easter Sunday as the calendar has it: the Sunday holiday between 22 March and 25 April. */
  private static Optional<LocalDate> easterSunday(int year, PublicHolidays holidays) {
    return Stream.iterate(LocalDate.of(year, Month.MARCH, 22), d -> !d.isAfter(LocalDate.of(year, Month.APRIL, 25)),
            d -> d.plusDays(1))
        .filter(d -> d.getDayOfWeek() == DayOfWeek.SUNDAY && holidays.isPublicHoliday(d)).findFirst();
  }

  /**
   * Every age limit {@code standard} names: the adult age, and the limits of its offers, contact
   * points and gift-card schemes and the youngest age its guarantee serves, each as the first age
   * inside or outside the range (a maximum of 25 gives 26).
   *
   * @param standard the standard
   * @return the limits, sorted
   */
  public static SortedSet<Integer> ageLimits(QualityStandard standard) {
    SortedSet<Integer> limits = new TreeSet<>();
    limits.add(ADULT);
    Stream.of(standard.offers().stream(), standard.contactPoints().stream(), standard.giftCards().stream())
        .flatMap(s -> s.map(AgeLimited.class::cast))
        .forEach(a -> {
          a.minAge().ifPresent(limits::add);
          a.maxAge().map(max -> max + 1).ifPresent(limits::add);
        });
    standard.guarantees().stream().map(GuaranteeRule::fromAge).flatMap(Optional::stream).forEach(limits::add);
    return limits;
  }

  /**
   * The ages on either side of every limit of {@link #ageLimits}: the year before, the limit itself
   * and the year after, none below 0.
   *
   * @param standard the standard
   * @return the ages, sorted
   */
  public static SortedSet<Integer> ages(QualityStandard standard) {
    SortedSet<Integer> ages = new TreeSet<>();
    for (int limit : ageLimits(standard)) {
      for (int age = limit - 1; age <= limit + 1; age++) {
        if (age >= 0) {
          ages.add(age);
        }
      }
    }
    return ages;
  }
}
