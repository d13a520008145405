package dk.kvalitetsstandard.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.cases.CaseEvent;
import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.cases.internal.CaseValidator;
import dk.kvalitetsstandard.conformance.property.Boundaries;
import dk.kvalitetsstandard.conformance.property.CaseFiles;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.standard.SampleStandards;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The case generator: valid, repeatable, several courses, awkward dates and boundary ages, shrinking to valid cases. */
class CaseFilesTest {

  private final QualityStandard standard = SampleStandards.complete();
  private final StandardRegistry registry = StandardRegistry.of(List.of(() -> standard));
  private final CaseValidator validator = CaseValidator.with(registry);

  @Test
  @DisplayName("D0-7 every case is valid and the same for the same seed; histories of one to five requested courses all occur")
  void validAndRepeatable() {
    CaseFiles generator = CaseFiles.of(standard);
    Set<Integer> courses = new TreeSet<>();
    for (long seed = 0; seed < 500; seed++) {
      CaseFile generated = generator.generate(seed);
      assertEquals(List.of(), validator.problems(generated), "seed " + seed);
      assertEquals(generated, generator.generate(seed));
      courses.add(requests(generated));
    }
    assertEquals(Set.of(1, 2, 3, 4, 5), courses);
  }

  /** The courses opened by a request (a refusal among the decisions may split one without a request off). */
  private static int requests(CaseFile c) {
    return (int) CourseModel.of(c).courses().stream().filter(CourseModel.Course::hasContact).count();
  }

  @Test
  @DisplayName("D0-7 courses(3, 4) and onTrack give exactly that; a track the standard does not cover is refused")
  void coursesAndTrack() {
    Track track = standard.tracks().iterator().next();
    CaseFiles generator = CaseFiles.of(standard).onTrack(track).courses(3, 4);
    for (long seed = 0; seed < 200; seed++) {
      CaseFile generated = generator.generate(seed);
      assertEquals(track, generated.track());
      int count = requests(generated);
      assertTrue(count == 3 || count == 4, "seed " + seed + ": " + count + " courses");
    }
    assertFalse(standard.covers(Track.ALCOHOL));
    assertThrows(IllegalArgumentException.class, () -> CaseFiles.of(standard).onTrack(Track.ALCOHOL));
    assertThrows(IllegalArgumentException.class, () -> CaseFiles.of(standard).courses(0, 2));
  }

  @Test
  @DisplayName("D0-3 D0-5 dates fall often on awkward days: a fifth of the cases has an event on one, and leap days occur")
  void awkwardDates() {
    Set<LocalDate> awkward = new HashSet<>(Boundaries.awkwardDates(2019, 2032, PublicHolidays.denmark()));
    CaseFiles generator = CaseFiles.of(standard);
    int onAwkward = 0;
    boolean leapDay = false;
    for (long seed = 0; seed < 500; seed++) {
      List<LocalDate> dates = generator.generate(seed).events().stream().map(CaseEvent::date).toList();
      if (dates.stream().anyMatch(awkward::contains)) {
        onAwkward++;
      }
      leapDay |= dates.stream().anyMatch(d -> d.getMonthValue() == 2 && d.getDayOfMonth() == 29);
    }
    assertTrue(onAwkward > 100, onAwkward + " of 500 cases touch an awkward date");
    assertTrue(leapDay, "no event on 29 February in 500 cases");
  }

  @Test
  @DisplayName("NAT-X2 ages fall on either side of every age limit the standard names")
  void boundaryAges() {
    Set<Integer> seen = new HashSet<>();
    CaseFiles generator = CaseFiles.of(standard);
    for (long seed = 0; seed < 1000; seed++) {
      generator.generate(seed).citizen().age().ifPresent(seen::add);
    }
    Set<Integer> missing = new TreeSet<>(Boundaries.ages(standard));
    missing.removeAll(seen);
    assertEquals(Set.of(), missing, "boundary ages never generated");
    assertTrue(Boundaries.ages(standard).containsAll(Set.of(17, 18, 19)));
  }

  @Test
  @DisplayName("Every shrink candidate is valid and smaller or plainer; the shown case masks the CPR number")
  void shrinking() {
    CaseFiles generator = CaseFiles.of(standard);
    for (long seed = 0; seed < 50; seed++) {
      CaseFile generated = generator.generate(seed);
      List<CaseFile> candidates = generator.shrink(generated);
      assertFalse(candidates.isEmpty(), "seed " + seed);
      for (CaseFile candidate : candidates) {
        assertEquals(List.of(), validator.problems(candidate));
        assertTrue(candidate.events().size() <= generated.events().size());
        assertTrue(!candidate.asOf().isAfter(generated.asOf()));
        assertFalse(candidate.equals(generated));
      }
      assertFalse(generator.show(generated).matches("(?s).*\\d{10}.*"), "a CPR number in " + generator.show(generated));
    }
  }
}
