package dk.kvalitetsstandard.examples.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.cases.CaseFileReader;
import dk.kvalitetsstandard.conformance.property.CaseFiles;
import dk.kvalitetsstandard.conformance.property.ForAll;
import dk.kvalitetsstandard.conformance.property.Mutations;
import dk.kvalitetsstandard.conformance.property.PropertyFailure;
import dk.kvalitetsstandard.deadline.DeadlineEngine;
import dk.kvalitetsstandard.examples.property.RemindersPropertiesTest.OurCaseTool;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.DeadlineKind;
import dk.kvalitetsstandard.standard.GuaranteeRule;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;

/**
 * A fresh test class written as the README shows, over a registry that serves a planted bug:
 * Randers' standard with a guarantee of 21 days instead of 14. The vendor's property finds it and
 * prints the seed and a shrunk case of at most three events.
 */
class PlantedBugPropertiesTest {

  static final QualityStandard PLANTED = Mutations.all(StandardRegistry.defaultRegistry().find("randers", LocalDate.of(2026, 1, 1))
      .standard()).stream().filter(m -> m.name().equals("RAN-G1: a guarantee of 21 days")).findFirst().orElseThrow().standard();

  static final StandardRegistry REGISTRY = StandardRegistry.of(List.of(() -> PLANTED));
  static final DeadlineEngine ENGINE = DeadlineEngine.of(REGISTRY, PublicHolidays.denmark());

  /** The README's property, line for line; not a test factory here, as it must fail. */
  Stream<DynamicTest> remindersAreNeverLate() {
    return REGISTRY.all().stream().map(standard -> DynamicTest.dynamicTest(standard.municipality().name(), () ->
        ForAll.forAll("our reminder is never after the guarantee's due date", CaseFiles.of(standard), c ->
            ENGINE.report(c).deadlines().stream()
                .filter(d -> d.kind() == DeadlineKind.TREATMENT_GUARANTEE && d.due().isPresent())
                .filter(d -> OurCaseTool.reminder(standard, d.startedBy().orElseThrow()).isAfter(d.due().get()))
                .findFirst().map(d -> "our reminder comes after " + d.due().get()))));
  }

  @Test
  @DisplayName("NAT-G1 the README's property finds a planted guarantee of 21 days and prints a shrunk case of at most three events")
  void findsThePlantedBug() {
    assertEquals(List.of(21), PLANTED.guarantees().stream().map(GuaranteeRule::days).toList());
    DynamicTest randers = remindersAreNeverLate().findFirst().orElseThrow();
    assertEquals("Randers", randers.getDisplayName());
    PropertyFailure failure = assertThrows(PropertyFailure.class, () -> randers.getExecutable().execute());
    System.out.println(failure.getMessage());

    CaseFile shrunk = (CaseFile) failure.shrunk();
    assertTrue(shrunk.events().size() <= 3, shrunk.events().size() + " events in the shrunk case:\n" + failure.shown());
    assertTrue(failure.getMessage().startsWith("Property 'our reminder is never after the guarantee's due date' fails at seed "
        + failure.seed()), failure.getMessage());
    assertTrue(failure.getMessage().contains("Replay: -Dkvalitetsstandard.seed=" + failure.seed()), failure.getMessage());
    assertTrue(failure.violation().startsWith("our reminder comes after "), failure.violation());

    // The printed case is ready for `standards-cli report -`: it reads back, and still shows the bug.
    CaseFile pasted = CaseFileReader.with(REGISTRY).read(failure.shown());
    assertEquals(shrunk, pasted);
    assertTrue(ENGINE.report(pasted).deadlines().stream().anyMatch(d -> d.kind() == DeadlineKind.TREATMENT_GUARANTEE
        && d.due().isPresent() && OurCaseTool.reminder(PLANTED, d.startedBy().orElseThrow()).isAfter(d.due().get())));

    // Replaying the seed finds it at once.
    PropertyFailure replayed = assertThrows(PropertyFailure.class, () -> ForAll.settings().seed(failure.seed())
        .assertHolds("replay", CaseFiles.of(PLANTED), c -> ENGINE.report(c).deadlines().stream()
            .filter(d -> d.kind() == DeadlineKind.TREATMENT_GUARANTEE && d.due().isPresent())
            .filter(d -> OurCaseTool.reminder(PLANTED, d.startedBy().orElseThrow()).isAfter(d.due().get()))
            .findFirst().map(d -> "our reminder comes after " + d.due().get())));
    assertEquals(0, replayed.passed());
    assertEquals(failure.shown(), replayed.shown());
  }
}
