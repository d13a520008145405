package dk.kvalitetsstandard.examples.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.conformance.ExhaustiveDates;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The date arithmetic for every date from 2020 to 2030, not a sample, for each of the five
 * standards and every track each covers (see {@link ExhaustiveDates}), and the holiday calendar it
 * relies on, held against the church holidays worked out from the date of Easter.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExhaustiveDatesTest {

  private static final StandardRegistry REGISTRY = StandardRegistry.defaultRegistry();
  private static final ExhaustiveDates DATES = ExhaustiveDates.of(REGISTRY, PublicHolidays.denmark());

  /** The bound on the processor time of the five standards' checks together: they take a few seconds. */
  private static final Duration BOUND = Duration.ofSeconds(20);

  private static final AtomicLong CPU_NANOS = new AtomicLong();
  private static final AtomicLong WALL_NANOS = new AtomicLong();
  private static final AtomicInteger REPORTS = new AtomicInteger();
  private static final AtomicInteger STANDARDS = new AtomicInteger();

  @TestFactory
  @Order(1)
  @DisplayName("D0-1 D0-2 D0-3 D0-5 D0-7 NAT-G1 NAT-C1 NAT-C5 NAT-U1 every date from 2020 to 2030")
  Stream<DynamicTest> everyDate() {
    return REGISTRY.all().stream().map(standard -> DynamicTest.dynamicTest(standard.municipality().toString(),
        () -> checked(standard)));
  }

  private static ExhaustiveDates.Result checked(QualityStandard standard) {
    long cpu = processCpuNanos();
    long wall = System.nanoTime();
    ExhaustiveDates.Result result = DATES.check(standard);
    CPU_NANOS.addAndGet(processCpuNanos() - cpu);
    WALL_NANOS.addAndGet(System.nanoTime() - wall);
    REPORTS.addAndGet(result.reports());
    STANDARDS.incrementAndGet();
    result.assertNone();
    assertEquals(4018, result.dates());
    long tracks = standard.tracks().stream().filter(t -> t != Track.ANONYMOUS_DRUG).count();
    assertEquals(4018 * tracks, result.reports(), "one report per date and track with a guarantee");
    return result;
  }

  /**
   * The processor time of the checks, not the time on the clock, which on a shared machine depends on
   * everything else running: under the bound, the checks of all five standards take well under that
   * on an idle machine of two cores.
   */
  @Test
  @Order(2)
  @DisplayName("The five standards' dates together take well under 20 seconds of processor time")
  void inSeconds() {
    if (STANDARDS.get() < REGISTRY.all().size()) {
      REGISTRY.all().forEach(ExhaustiveDatesTest::checked);
    }
    Duration cpu = Duration.ofNanos(CPU_NANOS.get());
    System.out.printf("Every date 2020-2030 for the five standards: %d reports, %d ms of processor time, %d ms on the clock%n",
        REPORTS.get(), cpu.toMillis(), Duration.ofNanos(WALL_NANOS.get()).toMillis());
    assertTrue(REPORTS.get() > 0);
    assertTrue(cpu.compareTo(BOUND) < 0, REPORTS.get() + " reports took " + cpu.toMillis() + " ms of processor time");
  }

  /** The processor time this JVM has used so far; where the platform cannot tell, the time on the clock. */
  private static long processCpuNanos() {
    return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElseGet(System::nanoTime);
  }

  @Test
  @Order(3)
  @DisplayName("D0-5 the calendar's public holidays 2020-2030 are exactly the church holidays of the guidance, Store Bededag to 2023")
  void calendarAgainstEaster() {
    PublicHolidays calendar = PublicHolidays.denmark();
    for (int year = 2020; year <= 2030; year++) {
      Set<LocalDate> expected = churchHolidays(year);
      Set<LocalDate> found = new TreeSet<>();
      for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
        if (calendar.isPublicHoliday(day)) {
          found.add(day);
        }
      }
      assertEquals(expected, found, "public holidays of " + year);
    }
  }

  /** D0-5's list, from Easter Sunday by the Gregorian computus (Meeus/Jones/Butcher). */
  private static Set<LocalDate> churchHolidays(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    LocalDate easter = LocalDate.of(year, month, day);
    assertEquals(DayOfWeek.SUNDAY, easter.getDayOfWeek());
    List<LocalDate> days = new ArrayList<>(List.of(LocalDate.of(year, Month.JANUARY, 1), easter.minusDays(3), easter.minusDays(2),
        easter, easter.plusDays(1), easter.plusDays(39), easter.plusDays(49), easter.plusDays(50),
        LocalDate.of(year, Month.DECEMBER, 25), LocalDate.of(year, Month.DECEMBER, 26)));
    if (year <= 2023) {
      days.add(easter.plusDays(26));
    }
    return new TreeSet<>(days);
  }
}
