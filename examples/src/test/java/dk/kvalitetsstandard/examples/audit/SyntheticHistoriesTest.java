package dk.kvalitetsstandard.examples.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.audit.SyntheticHistories;
import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.cases.CaseFileReader;
import dk.kvalitetsstandard.cases.EventType;
import dk.kvalitetsstandard.cases.InvalidCaseException;
import dk.kvalitetsstandard.deadline.Deadline;
import dk.kvalitetsstandard.deadline.DeadlineEngine;
import dk.kvalitetsstandard.deadline.DeadlineReport;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.DeadlineKind;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The synthetic histories are what the issue asks of them: seeded, every municipality and every
 * track its standard covers, several courses, waits mostly within the guarantee with a tail beyond,
 * a small share of bad lines of every kind, and every other line a valid case file.
 */
class SyntheticHistoriesTest {

  private static final StandardRegistry REGISTRY = StandardRegistry.defaultRegistry();
  private static final int LINES = 3000;

  @Test
  @DisplayName("Every municipality with every track its standard covers; relapse common; waits mostly within 14 days")
  void realistic() {
    SyntheticHistories histories = SyntheticHistories.of(REGISTRY).withBadShare(0);
    DeadlineEngine engine = DeadlineEngine.of(REGISTRY, PublicHolidays.denmark());
    CaseFileReader reader = CaseFileReader.with(REGISTRY);
    Map<String, Set<Track>> tracks = new HashMap<>();
    int severalCourses = 0;
    int withinGuarantee = 0;
    int started = 0;
    Set<Integer> years = new HashSet<>();
    for (long n = 1; n <= LINES; n++) {
      SyntheticHistories.Line line = histories.line(3, n);
      CaseFile caseFile = reader.read(line.json());
      assertEquals(histories.history(3, n), caseFile, "line " + n + " is the history behind it");
      DeadlineReport report = engine.report(caseFile);
      tracks.computeIfAbsent(report.municipality(), m -> EnumSet.noneOf(Track.class)).add(caseFile.track());
      long guarantees = report.deadlines().stream().filter(d -> d.kind() == DeadlineKind.TREATMENT_GUARANTEE).count();
      severalCourses += guarantees > 1 ? 1 : 0;
      for (Deadline d : report.deadlines()) {
        if (d.kind() == DeadlineKind.TREATMENT_GUARANTEE && d.startedBy().isPresent() && d.closedBy().isPresent()) {
          started++;
          withinGuarantee += ChronoUnit.DAYS.between(d.startedBy().get(), d.closedBy().get()) <= 14 ? 1 : 0;
          years.add(d.startedBy().get().getYear());
        }
      }
      assertTrue(caseFile.events().stream().noneMatch(e -> e.date().isAfter(SyntheticHistories.EXTRACTED)));
      assertTrue(caseFile.events().stream().anyMatch(e -> e.type() == EventType.CONTACT));
    }
    for (QualityStandard standard : REGISTRY.all()) {
      assertEquals(standard.tracks(), tracks.get(standard.municipality().slug()), standard.municipality().name());
    }
    assertTrue(severalCourses > LINES / 5 && severalCourses < LINES / 2, "histories with several courses: " + severalCourses);
    double share = (double) withinGuarantee / started;
    assertTrue(share > 0.65 && share < 0.9, "share of starts within 14 days: " + share);
    assertEquals(Set.of(2022, 2023, 2024, 2025, 2026), years);
  }

  @Test
  @DisplayName("About the share of bad lines asked for, of every kind, each one rejected by the reader; the rest valid")
  void badLines() {
    SyntheticHistories histories = SyntheticHistories.of(REGISTRY).withBadShare(0.05);
    CaseFileReader reader = CaseFileReader.with(REGISTRY);
    Set<SyntheticHistories.Defect> kinds = EnumSet.noneOf(SyntheticHistories.Defect.class);
    int bad = 0;
    for (long n = 1; n <= LINES; n++) {
      SyntheticHistories.Line line = histories.line(5, n);
      if (line.defect().isPresent()) {
        bad++;
        kinds.add(line.defect().get());
        assertThrows(InvalidCaseException.class, () -> reader.read(line.json()), line.defect() + ": " + line.json());
      } else {
        reader.read(line.json());
      }
    }
    assertTrue(bad > LINES * 0.03 && bad < LINES * 0.07, "bad lines: " + bad);
    assertEquals(EnumSet.allOf(SyntheticHistories.Defect.class), kinds);
  }
}
