package dk.kvalitetsstandard.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.standard.SampleStandards;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StandardCheckerTest {

  @Test
  @DisplayName("NAT-U1 a standard with no rule on follow-up at all: the finding names its metadata rule, and the example shows it")
  void noFollowUpRuleAtAll() {
    QualityStandard bare = QualityStandard.builder().from(SampleStandards.complete()).followUps(List.of()).build();
    StandardRegistry registry = StandardRegistry.of(List.of(() -> bare));
    FloorFinding finding = StandardChecker.of(registry, PublicHolidays.denmark()).check(bare, LocalDate.of(2026, 6, 1))
        .findings().stream().filter(f -> f.kind() == FloorFinding.Kind.NO_FOLLOW_UP).findFirst().orElseThrow();
    assertEquals("TST-M1", finding.rule());
    assertEquals("NAT-U1", finding.nationalRule());
    assertTrue(finding.difference().orElseThrow().contains("names no follow-up after treatment ends"),
        finding.difference().toString());
  }

  @Test
  @DisplayName("A standard that follows the national schedule gets no follow-up finding")
  void nationalScheduleNoFinding() {
    QualityStandard sample = SampleStandards.complete();
    StandardRegistry registry = StandardRegistry.of(List.of(() -> sample));
    assertTrue(StandardChecker.of(registry, PublicHolidays.denmark()).check(sample, LocalDate.of(2026, 6, 1)).findings()
        .stream().noneMatch(f -> f.kind() == FloorFinding.Kind.NO_FOLLOW_UP || f.kind() == FloorFinding.Kind.FOLLOW_UP_OMITTED));
  }
}
