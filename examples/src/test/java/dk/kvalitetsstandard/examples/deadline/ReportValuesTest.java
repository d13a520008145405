package dk.kvalitetsstandard.examples.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.conformance.property.CaseFiles;
import dk.kvalitetsstandard.deadline.DeadlineEngine;
import dk.kvalitetsstandard.deadline.DeadlineReport;
import dk.kvalitetsstandard.json.Json;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The report and its deadlines and complaint guidance are values: a report read back from its own
 * JSON is equal to it both ways, hashes alike and writes the same JSON; the lists a report hands
 * out cannot be changed.
 */
class ReportValuesTest {

  private static final DeadlineEngine ENGINE = DeadlineEngine.withDefaults();

  @Test
  @DisplayName("Every generated report reads back from its JSON equal both ways, with the same hash code and the same JSON")
  void readsBackEqual() {
    int deadlines = 0;
    int guidance = 0;
    for (QualityStandard standard : StandardRegistry.defaultRegistry().all()) {
      CaseFiles generator = CaseFiles.of(standard);
      for (long seed = 1; seed <= 60; seed++) {
        CaseFile c = generator.generate(seed * 104_729L);
        DeadlineReport report = ENGINE.report(c, seed % 2 == 0 ? Locale.ENGLISH : Locale.forLanguageTag("da"));
        String json = Json.mapper().writeValueAsString(report);
        DeadlineReport read = Json.mapper().readValue(json, DeadlineReport.class);
        assertEquals(report, read, generator.show(c));
        assertEquals(read, report, generator.show(c));
        assertEquals(report.hashCode(), read.hashCode(), generator.show(c));
        assertEquals(json, Json.mapper().writeValueAsString(read), generator.show(c));
        deadlines += report.deadlines().size();
        guidance += report.complaintGuidance().size();
      }
    }
    assertTrue(deadlines > 300 && guidance > 30, "deadlines and guidance were generated: " + deadlines + ", " + guidance);
  }

  @Test
  @DisplayName("A report in another language is another value: its explanations differ")
  void languageMatters() {
    QualityStandard randers = StandardRegistry.defaultRegistry().all().stream()
        .filter(s -> s.municipality().slug().equals("randers")).findFirst().orElseThrow();
    CaseFile c = CaseFiles.of(randers).generate(11);
    DeadlineReport english = ENGINE.report(c, Locale.ENGLISH);
    DeadlineReport danish = ENGINE.report(c, Locale.forLanguageTag("da"));
    assertNotEquals(english, danish);
    assertEquals(english.deadlines().size(), danish.deadlines().size());
    for (int i = 0; i < english.deadlines().size(); i++) {
      assertEquals(english.deadlines().get(i).due(), danish.deadlines().get(i).due());
      assertNotEquals(english.deadlines().get(i), danish.deadlines().get(i));
    }
  }

  @Test
  @DisplayName("The lists a report hands out, computed or read from JSON, cannot be changed")
  void listsReadOnly() {
    for (QualityStandard standard : StandardRegistry.defaultRegistry().all()) {
      CaseFiles generator = CaseFiles.of(standard);
      for (long seed = 1; seed <= 10; seed++) {
        DeadlineReport report = ENGINE.report(generator.generate(seed));
        DeadlineReport read = Json.mapper().readValue(Json.mapper().writeValueAsString(report), DeadlineReport.class);
        for (DeadlineReport r : new DeadlineReport[] {report, read}) {
          assertThrows(UnsupportedOperationException.class, () -> r.deadlines().clear());
          assertThrows(UnsupportedOperationException.class, () -> r.findings().clear());
          assertThrows(UnsupportedOperationException.class, () -> r.complaintGuidance().clear());
        }
      }
    }
  }
}
