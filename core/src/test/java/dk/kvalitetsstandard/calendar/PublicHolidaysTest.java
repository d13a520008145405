package dk.kvalitetsstandard.calendar;

import dk.kvalitetsstandard.calendar.internal.TimeLimits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** D0-3 and D0-5: the Danish public holidays and the counting of complaint limits. */
class PublicHolidaysTest {

  private final PublicHolidays denmark = PublicHolidays.denmark();

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  @Test
  @DisplayName("D0-5 Easter 2026: Maundy Thursday, Good Friday, Easter Sunday and Monday are holidays; the Saturday between is not")
  void easter2026() {
    for (LocalDate day : List.of(d(2026, 4, 2), d(2026, 4, 3), d(2026, 4, 5), d(2026, 4, 6))) {
      assertTrue(denmark.isPublicHoliday(day), day.toString());
    }
    assertFalse(denmark.isPublicHoliday(d(2026, 4, 4)));
    assertFalse(denmark.isPublicHoliday(d(2026, 4, 7)));
  }

  @Test
  @DisplayName("D0-5 Ascension Day and Whitsun 2026")
  void ascensionAndWhitsun2026() {
    assertTrue(denmark.isPublicHoliday(d(2026, 5, 14)));
    assertTrue(denmark.isPublicHoliday(d(2026, 5, 24)));
    assertTrue(denmark.isPublicHoliday(d(2026, 5, 25)));
    assertFalse(denmark.isPublicHoliday(d(2026, 5, 15)));
  }

  @Test
  @DisplayName("D0-5 Christmas Day, Boxing Day and New Year's Day; not 24 or 31 December, nor Constitution Day")
  void christmasAndTheDaysThatAreNot() {
    assertTrue(denmark.isPublicHoliday(d(2025, 12, 25)));
    assertTrue(denmark.isPublicHoliday(d(2025, 12, 26)));
    assertTrue(denmark.isPublicHoliday(d(2026, 1, 1)));
    assertFalse(denmark.isPublicHoliday(d(2025, 12, 24)));
    assertFalse(denmark.isPublicHoliday(d(2025, 12, 31)));
    assertFalse(denmark.isPublicHoliday(d(2026, 6, 5)));
  }

  @Test
  @DisplayName("D0-5 Store Bededag is a holiday in 2023 (5 May) and no longer in 2024 (26 April)")
  void storeBededag() {
    assertTrue(denmark.isPublicHoliday(d(2023, 5, 5)));
    assertFalse(denmark.isPublicHoliday(d(2024, 4, 26)));
    assertTrue(denmark.isPublicHoliday(d(2022, 5, 13)));
  }

  @Test
  @DisplayName("Weekends are not working days; the next working day skips weekends and holidays")
  void workingDays() {
    assertFalse(denmark.isWorkingDay(d(2026, 3, 7)));
    assertTrue(denmark.isWorkingDay(d(2026, 3, 9)));
    assertEquals(d(2026, 4, 7), denmark.thisOrNextWorkingDay(d(2026, 4, 2)));
    assertEquals(d(2026, 3, 9), denmark.thisOrNextWorkingDay(d(2026, 3, 9)));
  }

  @Test
  @DisplayName("D0-5 a complaint received 7 April 2023: four weeks end on Store Bededag, so the limit is Monday 8 May 2023")
  void complaintPastStoreBededag() {
    assertEquals(d(2023, 5, 8), TimeLimits.with(denmark).weeksFrom(d(2023, 4, 7), 4));
  }

  @Test
  @DisplayName("D0-5 the same complaint a year later: 26 April 2024 is a working day")
  void complaintAfterStoreBededagWasAbolished() {
    assertEquals(d(2024, 4, 26), TimeLimits.with(denmark).weeksFrom(d(2024, 3, 29), 4));
  }

  @Test
  @DisplayName("A caller may supply its own calendar")
  void ownCalendar() {
    PublicHolidays none = date -> false;
    assertEquals(d(2023, 5, 5), TimeLimits.with(none).weeksFrom(d(2023, 4, 7), 4));
  }

  @Test
  @DisplayName("D0-5 the calendar kept as one bit per day agrees with Jollyday on every day of 1900-2199 and of years outside")
  void everyDayAsJollydayHasIt() {
    HolidayManager jollyday = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.DENMARK));
    int holidays = 0;
    for (int year : IntStream.concat(IntStream.rangeClosed(1900, 2199), IntStream.of(1899, 1800, 2200, 2400)).toArray()) {
      Set<LocalDate> expected = jollyday.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY).stream()
          .map(Holiday::getDate).collect(Collectors.toSet());
      for (LocalDate day = d(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
        assertEquals(expected.contains(day), denmark.isPublicHoliday(day), day.toString());
      }
      holidays += expected.size();
    }
    assertTrue(holidays > 300 * 10, "about eleven public holidays a year, not " + holidays + " in 304 years");
  }
}
