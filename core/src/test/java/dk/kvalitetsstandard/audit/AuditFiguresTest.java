package dk.kvalitetsstandard.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.cases.CaseEvent;
import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.cases.Outcome;
import dk.kvalitetsstandard.conformance.CaseHistory;
import dk.kvalitetsstandard.deadline.DeadlineEngine;
import dk.kvalitetsstandard.deadline.Status;
import dk.kvalitetsstandard.law.ContactChannel;
import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import dk.kvalitetsstandard.standard.SampleStandards;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The audit's aggregate over hand-written histories under Testrup's sample standard (social and
 * anonymous tracks): what is counted, under which year, and what the register's convention (D0-8)
 * changes. Every expected figure is worked out by hand from the dates.
 */
class AuditFiguresTest {

  private static final DeadlineEngine ENGINE = DeadlineEngine.of(StandardRegistry.of(List.of(SampleStandards::complete)),
      PublicHolidays.denmark());
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  private static LocalDate d(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  private static AuditSummary audit(Counting counting, CaseFile... cases) {
    return Stream.of(cases).collect(AuditFigures.collector(ENGINE, counting)).summary();
  }

  private static GroupFigures group(AuditSummary summary, int year, Track track) {
    return summary.groups().stream().filter(g -> g.year() == year && g.track() == track).findFirst()
        .orElseThrow(() -> new AssertionError("no group " + year + " " + track + " in " + summary.groups()));
  }

  /**
   * Course 1: phone 1 December 2025, start 10 December (9 days: met), end 5 January 2026. Course 2:
   * phone {@code gap} days after the end, start 20 days later (breached).
   */
  private static CaseFile relapse(int gap) {
    LocalDate end = d(2026, 1, 5);
    LocalDate again = end.plusDays(gap);
    return CaseHistory.of("testrup", Track.SOCIAL_DRUG).age(30)
        .phone(d(2025, 12, 1)).start(d(2025, 12, 10), "OUTPATIENT").end(end, EndStatus.DROPPED_OUT)
        .phone(again).start(again.plusDays(20), "OUTPATIENT")
        .asOf(AS_OF);
  }

  @Test
  @DisplayName("D0-7 by law: two courses, two guarantees, each filed under the year of its own request, with its days to start")
  void lawCountsEveryCourse() {
    AuditSummary summary = audit(Counting.LAW, relapse(8));
    assertEquals(2, summary.guarantees());
    GroupFigures first = group(summary, 2025, Track.SOCIAL_DRUG);
    GroupFigures second = group(summary, 2026, Track.SOCIAL_DRUG);
    assertEquals(1, first.count(Status.MET));
    assertEquals(Optional.of(9), first.daysToStart().median());
    assertEquals(1, second.count(Status.BREACHED));
    assertEquals(Optional.of(20), second.daysToStart().p90());
    assertEquals(Optional.of(d(2025, 12, 1)), summary.firstRequest());
    assertEquals(Optional.of(d(2026, 1, 13)), summary.lastRequest());
    assertEquals(0, summary.mergedCourses());
  }

  @Test
  @DisplayName("D0-8 registry: a request 10 days after the end is merged into the course and not counted again; 11 days is a new course")
  void registryMergesShortGaps() {
    AuditSummary tenDays = audit(Counting.REGISTRY, relapse(10));
    assertEquals(1, tenDays.guarantees());
    assertEquals(1, tenDays.mergedCourses());
    assertEquals(1, group(tenDays, 2025, Track.SOCIAL_DRUG).count(Status.MET));
    assertTrue(tenDays.groups().stream().noneMatch(g -> g.year() == 2026), tenDays.groups().toString());

    AuditSummary elevenDays = audit(Counting.REGISTRY, relapse(11));
    assertEquals(2, elevenDays.guarantees());
    assertEquals(0, elevenDays.mergedCourses());
    assertEquals(1, group(elevenDays, 2026, Track.SOCIAL_DRUG).count(Status.BREACHED));
  }

  @Test
  @DisplayName("D0-8 registry: a chain of short gaps merges into the first course; a refusal is no ending to merge into")
  void registryChainsAndRefusals() {
    CaseFile chain = CaseHistory.of("testrup", Track.SOCIAL_DRUG).age(30)
        .phone(d(2026, 1, 5)).start(d(2026, 1, 12), "OUTPATIENT").end(d(2026, 2, 1), EndStatus.DROPPED_OUT)
        .phone(d(2026, 2, 4)).start(d(2026, 2, 9), "OUTPATIENT").end(d(2026, 3, 1), EndStatus.DROPPED_OUT)
        .phone(d(2026, 3, 11)).start(d(2026, 3, 30), "OUTPATIENT")
        .asOf(AS_OF);
    assertEquals(3, audit(Counting.LAW, chain).guarantees());
    AuditSummary registry = audit(Counting.REGISTRY, chain);
    assertEquals(1, registry.guarantees());
    assertEquals(2, registry.mergedCourses());

    CaseFile refused = CaseHistory.of("testrup", Track.SOCIAL_DRUG).age(30)
        .phone(d(2026, 1, 5)).decision(d(2026, 1, 9), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED)
        .phone(d(2026, 1, 12)).start(d(2026, 1, 20), "OUTPATIENT")
        .asOf(AS_OF);
    AuditSummary afterRefusal = audit(Counting.REGISTRY, refused);
    assertEquals(2, afterRefusal.guarantees());
    assertEquals(Map.of(Status.NOT_APPLICABLE, 1L, Status.MET, 1L), nonZero(group(afterRefusal, 2026, Track.SOCIAL_DRUG)));
  }

  @Test
  @DisplayName("NAT-G3, D0-8: an anonymous course is counted as not applicable by law, and left out by the register's convention")
  void anonymousTrack() {
    CaseFile anonymous = CaseHistory.of("testrup", Track.ANONYMOUS_DRUG)
        .then(CaseEvent.contact(d(2025, 11, 20), ContactChannel.DIGITAL)).start(d(2025, 12, 1), "ANONYMOUS_OUTPATIENT")
        .asOf(AS_OF);
    AuditSummary law = audit(Counting.LAW, anonymous);
    // The guarantee has no clock (NAT-G3), so it is filed under the year of the course's request.
    assertEquals(Map.of(Status.NOT_APPLICABLE, 1L), nonZero(group(law, 2025, Track.ANONYMOUS_DRUG)));
    assertEquals(0, group(law, 2025, Track.ANONYMOUS_DRUG).daysToStart().started());

    AuditSummary registry = audit(Counting.REGISTRY, anonymous, relapse(30));
    assertEquals(1, registry.anonymousLeftOut());
    assertTrue(registry.groups().stream().noneMatch(g -> g.track() == Track.ANONYMOUS_DRUG));
    assertEquals(2, registry.guarantees());
    assertEquals(2, registry.valid());
  }

  @Test
  @DisplayName("D0-6: a course whose only request came via a provider has no running clock and is filed under that request's year")
  void clockNeverStarted() {
    CaseFile viaProvider = CaseHistory.of("testrup", Track.SOCIAL_DRUG).age(40)
        .then(CaseEvent.contact(d(2025, 12, 30), ContactChannel.VIA_PROVIDER))
        .asOf(AS_OF);
    AuditSummary summary = audit(Counting.LAW, viaProvider);
    assertEquals(Map.of(Status.NOT_STARTED, 1L), nonZero(group(summary, 2025, Track.SOCIAL_DRUG)));
  }

  @Test
  @DisplayName("Invalid cases count among the cases, not in the figures; counts must add up")
  void invalidCases() {
    AuditFigures figures = AuditFigures.of(Counting.LAW).addInvalid().addInvalid();
    figures.add(AuditedCase.of(ENGINE, relapse(40)));
    AuditSummary summary = figures.summary();
    assertEquals(3, summary.cases());
    assertEquals(2, summary.invalid());
    assertEquals(1, summary.valid());
    assertEquals(2, summary.guarantees());
  }

  @Test
  @DisplayName("Aggregates of different countings do not combine, and a report must belong to its case")
  void refusesMismatches() {
    assertThrows(IllegalArgumentException.class, () -> AuditFigures.of(Counting.LAW).combine(AuditFigures.of(Counting.REGISTRY)));
    CaseFile one = relapse(40);
    CaseFile later = CaseHistory.of("testrup", Track.SOCIAL_DRUG).phone(d(2026, 1, 5)).asOf(d(2026, 7, 1));
    assertThrows(IllegalArgumentException.class, () -> AuditFigures.of(Counting.LAW).add(one, ENGINE.report(later)));
  }

  @Test
  @DisplayName("Median and 90th percentile by nearest rank: the smallest value reached by half, or nine in ten, of the starts")
  void percentiles() {
    DaysToStart days = DaysToStart.of(Map.of(1, 1L, 2, 1L, 3, 1L, 30, 1L));
    assertEquals(Optional.of(2), days.median());
    assertEquals(Optional.of(30), days.p90());
    DaysToStart skewed = DaysToStart.of(Map.of(5, 9L, 40, 1L));
    assertEquals(Optional.of(5), skewed.median());
    assertEquals(Optional.of(5), skewed.p90());
    DaysToStart tail = DaysToStart.of(Map.of(5, 8L, 40, 2L));
    assertEquals(Optional.of(40), tail.p90());
    assertEquals(Optional.empty(), DaysToStart.of(Map.of()).median());
  }

  private static Map<Status, Long> nonZero(GroupFigures group) {
    return group.byStatus().entrySet().stream().filter(e -> e.getValue() > 0)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }
}
