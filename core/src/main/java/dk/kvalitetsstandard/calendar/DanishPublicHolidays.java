package dk.kvalitetsstandard.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Denmark's public holidays from Jollyday's maintained calendar, cached per year. Jollyday's Danish
 * data holds exactly the church holidays of D0-5, with Store Bededag valid to 2023. This class is
 * thread-safe.
 */
final class DanishPublicHolidays implements PublicHolidays {

  static final DanishPublicHolidays INSTANCE = new DanishPublicHolidays();

  /** The first year kept in {@link #years}: the earliest a case may name. */
  private static final int FIRST_YEAR = 1900;

  /** The years kept in {@link #years}: those a case may name, 1900 to 2199. */
  private static final int YEARS = 300;

  /** Each year's public holidays as one bit per day of the year, loaded on first use; null until then. */
  private final AtomicReferenceArray<long[]> years = new AtomicReferenceArray<>(YEARS);

  /** The holidays of any year outside {@link #years}, in the same form. */
  private final Map<Integer, long[]> otherYears = new ConcurrentHashMap<>();

  private DanishPublicHolidays() {}

  @Override
  public boolean isPublicHoliday(LocalDate date) {
    int year = date.getYear();
    int index = year - FIRST_YEAR;
    long[] days;
    if (index >= 0 && index < YEARS) {
      days = years.get(index);
      if (days == null) {
        years.compareAndSet(index, null, load(year));
        days = years.get(index);
      }
    } else {
      days = otherYears.computeIfAbsent(year, this::load);
    }
    int day = date.getDayOfYear() - 1;
    return (days[day >>> 6] & 1L << day) != 0;
  }

  /** The public holidays of {@code year} as Jollyday gives them, one bit per day of the year. */
  private long[] load(int year) {
    long[] days = new long[(366 + 63) / 64];
    HolidayManager manager = Jollyday.DENMARK;
    synchronized (manager) {
      for (Holiday holiday : manager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY)) {
        LocalDate date = holiday.getDate();
        if (date.getYear() == year) {
          int day = date.getDayOfYear() - 1;
          days[day >>> 6] |= 1L << day;
        }
      }
    }
    return days;
  }

  /** Jollyday's calendar, loaded when a holiday is first asked for, not when the class is: a command that needs none never pays for it. */
  private static final class Jollyday {
    static final HolidayManager DENMARK = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.DENMARK));
  }

  @Override
  public String toString() {
    return "PublicHolidays[Denmark, Jollyday]";
  }
}
