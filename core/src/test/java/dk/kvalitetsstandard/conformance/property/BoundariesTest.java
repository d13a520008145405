package dk.kvalitetsstandard.conformance.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.standard.SampleStandards;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BoundariesTest {

  @Test
  @DisplayName("D0-5 the awkward dates of 2023-2024: holidays and their neighbours, month ends, leap day, Store Bededag both years")
  void awkwardDates() {
    List<LocalDate> dates = Boundaries.awkwardDates(2023, 2024, PublicHolidays.denmark());
    for (LocalDate d : List.of(LocalDate.of(2023, 5, 5), LocalDate.of(2024, 4, 26), LocalDate.of(2024, 2, 29),
        LocalDate.of(2023, 2, 28), LocalDate.of(2024, 3, 1), LocalDate.of(2023, 12, 24), LocalDate.of(2023, 12, 27),
        LocalDate.of(2024, 3, 27), LocalDate.of(2024, 4, 2), LocalDate.of(2023, 6, 5), LocalDate.of(2024, 6, 30))) {
      assertTrue(dates.contains(d), d + " is missing");
    }
    assertFalse(dates.contains(LocalDate.of(2023, 2, 18)), "18 February 2023 is an ordinary day");
    assertEquals(dates.stream().sorted().distinct().toList(), dates);
    assertTrue(dates.stream().allMatch(d -> d.getYear() == 2023 || d.getYear() == 2024));
    assertThrows(IllegalArgumentException.class, () -> Boundaries.awkwardDates(2024, 2023, PublicHolidays.denmark()));
  }

  @Test
  @DisplayName("NAT-X2 the age limits of a standard: 18, each minimum, each maximum plus one; the ages are one either side")
  void ages() {
    QualityStandard standard = SampleStandards.complete();
    Set<Integer> limits = Boundaries.ageLimits(standard);
    assertTrue(limits.contains(Boundaries.ADULT));
    standard.offers().forEach(o -> {
      o.minAge().ifPresent(min -> assertTrue(limits.contains(min)));
      o.maxAge().ifPresent(max -> assertTrue(limits.contains(max + 1)));
    });
    for (int limit : limits) {
      assertTrue(Boundaries.ages(standard).containsAll(Set.of(limit - 1, limit, limit + 1)));
    }
  }
}
