package dk.kvalitetsstandard.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.law.Span;
import dk.kvalitetsstandard.law.Unit;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.ComplaintRoute;
import dk.kvalitetsstandard.standard.DeadlineKind;
import dk.kvalitetsstandard.standard.DeadlineRule;
import dk.kvalitetsstandard.standard.FollowUpRule;
import dk.kvalitetsstandard.standard.GuaranteeRule;
import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.standard.SampleStandards;
import dk.kvalitetsstandard.standard.Source;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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

  private static List<FloorFinding> findings(QualityStandard standard) {
    StandardRegistry registry = StandardRegistry.of(List.of(() -> standard));
    return StandardChecker.of(registry, PublicHolidays.denmark()).check(standard, LocalDate.of(2026, 6, 1)).findings();
  }

  private static FloorFinding only(List<FloorFinding> findings, FloorFinding.Kind kind) {
    List<FloorFinding> found = findings.stream().filter(f -> f.kind() == kind).toList();
    assertEquals(1, found.size(), kind + " in " + findings);
    return found.get(0);
  }

  @Test
  @DisplayName("NAT-G1 a guarantee of 21 days: the law's 14 decide, and a start on day 15 is in time only by the standard")
  void guaranteeLongerThanTheLaw() {
    QualityStandard sample = SampleStandards.complete();
    QualityStandard longer = QualityStandard.builder().from(sample)
        .guarantees(List.of(GuaranteeRule.builder().from(sample.guarantees().get(0)).days(21).build())).build();
    assertTrue(findings(sample).stream().noneMatch(f -> f.kind() == FloorFinding.Kind.GUARANTEE_LONGER));
    FloorFinding f = only(findings(longer), FloorFinding.Kind.GUARANTEE_LONGER);
    assertEquals("TST-G1", f.rule());
    assertEquals("NAT-G1", f.nationalRule());
    assertEquals("The standard gives 21 days to start treatment; the law gives 14 days.", f.message());
    assertTrue(f.difference().orElseThrow().matches("A start on \\d+ \\w+ \\d{4} is in time by the standard alone "
        + "\\(due \\d+ \\w+ \\d{4}\\); by the law it is due \\d+ \\w+ \\d{4} and is breached\\."), f.difference().toString());
  }

  @Test
  @DisplayName("NAT-C1 NAT-C5 a complaint limit of 2 weeks and a reconsideration of 6 weeks are found; the law's 4 weeks decide")
  void limits() {
    QualityStandard sample = SampleStandards.complete();
    QualityStandard changed = QualityStandard.builder().from(sample)
        .complaints(List.of(ComplaintRoute.builder().from(sample.complaints().get(0)).limit(Span.of(2, Unit.WEEKS)).build()))
        .addDeadlines(DeadlineRule.builder().kind(DeadlineKind.RECONSIDERATION).limit(Span.of(6, Unit.WEEKS))
            .source(Source.of("TST-C2", "Genvurdering inden for 6 uger")).build())
        .build();
    FloorFinding complaint = only(findings(changed), FloorFinding.Kind.COMPLAINT_LIMIT_SHORTER);
    assertEquals("TST-C1", complaint.rule());
    assertEquals("NAT-C1", complaint.nationalRule());
    assertTrue(complaint.difference().orElseThrow().contains(", after the standard's 2 weeks, is met: the law's limit ends "),
        complaint.difference().toString());
    FloorFinding reconsideration = only(findings(changed), FloorFinding.Kind.RECONSIDERATION_LONGER);
    assertEquals("TST-C2", reconsideration.rule());
    assertEquals("NAT-C5", reconsideration.nationalRule());
    assertTrue(reconsideration.difference().orElseThrow().contains(", within the standard's 6 weeks, is breached"),
        reconsideration.difference().toString());
    QualityStandard generous = QualityStandard.builder().from(sample)
        .complaints(List.of(ComplaintRoute.builder().from(sample.complaints().get(0)).limit(Span.of(6, Unit.WEEKS)).build())).build();
    assertTrue(findings(generous).stream().noneMatch(f -> f.kind() == FloorFinding.Kind.COMPLAINT_LIMIT_SHORTER));
  }

  @Test
  @DisplayName("NAT-U1 follow-ups only after a completed treatment leave out three endings the law follows up")
  void followUpEndings() {
    QualityStandard sample = SampleStandards.complete();
    QualityStandard narrower = QualityStandard.builder().from(sample).followUps(List.of(FollowUpRule.builder()
        .from(sample.followUps().get(0)).qualifyingEndings(Set.of(EndStatus.COMPLETED)).build())).build();
    FloorFinding f = only(findings(narrower), FloorFinding.Kind.FOLLOW_UP_NARROWER);
    assertEquals("TST-U2", f.rule());
    assertEquals("The standard's follow-ups leave out endings the law follows up: transferred to another offer, "
        + "transferred to hospital, other reason.", f.message());
    assertTrue(f.difference().orElseThrow().contains("After an ending 'transferred to another offer' on "),
        f.difference().toString());
    assertTrue(f.difference().get().endsWith("(NAT-U1)."), f.difference().toString());
  }
}
