package dk.kvalitetsstandard.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Denmark's public holidays from Jollyday's maintained calendar, cached per year. Jollyday's Danish
 * data holds exactly the church holidays of D0-5, with Store Bededag valid to 2023. This class is
 * thread-safe.
 */
final class DanishPublicHolidays implements PublicHolidays {

  static final DanishPublicHolidays INSTANCE = new DanishPublicHolidays();

  private final Map<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

  private DanishPublicHolidays() {}

  @Override
  public boolean isPublicHoliday(LocalDate date) {
    return byYear.computeIfAbsent(date.getYear(), this::load).contains(date);
  }

  private Set<LocalDate> load(int year) {
    HolidayManager manager = Jollyday.DENMARK;
    synchronized (manager) {
      return manager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY).stream()
          .map(Holiday::getDate)
          .collect(Collectors.toUnmodifiableSet());
    }
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
