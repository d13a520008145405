package dk.kvalitetsstandard.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.standard.SampleStandards;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ExhaustiveDatesTest {

  private static final QualityStandard STANDARD = SampleStandards.complete();
  private static final StandardRegistry REGISTRY = StandardRegistry.of(List.of(() -> STANDARD));

  @Test
  @DisplayName("D0-1 D0-2 D0-3 D0-5 every date of 2020-2030 for the sample standard: nothing wrong")
  void everyDate() {
    ExhaustiveDates.Result result = ExhaustiveDates.of(REGISTRY, PublicHolidays.denmark()).check(STANDARD);
    result.assertNone();
    assertEquals(4018, result.dates());
    assertEquals(4018, result.reports(), "one report per date on the social drug track; the anonymous track has no guarantee");
  }

  @Test
  @DisplayName("D0-5 expectations without Store Bededag 2020-2023 disagree with the engine exactly where a limit ends on one")
  void findsACalendarThatDiffers() {
    Set<LocalDate> bededage = Set.of(LocalDate.of(2020, 5, 8), LocalDate.of(2021, 4, 30), LocalDate.of(2022, 5, 13),
        LocalDate.of(2023, 5, 5));
    PublicHolidays withoutBededag = date -> PublicHolidays.denmark().isPublicHoliday(date) && !bededage.contains(date);
    ExhaustiveDates.Result result = ExhaustiveDates.comparing(REGISTRY, PublicHolidays.denmark(), withoutBededag).check(STANDARD);
    // Four Bededage, and both the complaint limit and the reconsideration can end on one.
    assertEquals(8, result.violationCount(), result.violations().toString());
    assertTrue(result.violations().get(0).startsWith("RECONSIDERATION due [Optional[2020-05-11]]; expected 2020-05-08 (FRIDAY)"),
        result.violations().get(0));
    assertTrue(result.violations().stream().anyMatch(v -> v.startsWith("COMPLAINT due [Optional[2020-05-11]]; expected 2020-05-08 (FRIDAY)")),
        result.violations().toString());
    assertTrue(result.violations().get(0).contains("\"municipality\" : \"testrup\""), "the case is shown as JSON");
    AssertionError error = assertThrows(AssertionError.class, result::assertNone);
    assertTrue(error.getMessage().startsWith("8 of 4018 reports over 4018 dates are wrong; the first:"), error.getMessage());
  }
}
