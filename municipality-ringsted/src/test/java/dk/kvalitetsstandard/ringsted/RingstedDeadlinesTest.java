package dk.kvalitetsstandard.ringsted;

import dk.kvalitetsstandard.conformance.DeadlineExpectations;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.cases.CaseEvent;
import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.cases.Citizen;
import dk.kvalitetsstandard.cases.EventType;
import dk.kvalitetsstandard.cases.Outcome;
import dk.kvalitetsstandard.deadline.Deadline;
import dk.kvalitetsstandard.deadline.DeadlineEngine;
import dk.kvalitetsstandard.deadline.DeadlineReport;
import dk.kvalitetsstandard.deadline.Finding;
import dk.kvalitetsstandard.deadline.Status;
import dk.kvalitetsstandard.law.ContactChannel;
import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import dk.kvalitetsstandard.standard.DeadlineKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Example cases run through the deadline engine with Ringsted's standard: the treatment guarantee
 * (RIN-G1, NAT-G2, NAT-G3, refusal), the action-plan clarification (RIN-D1, NAT-Y2), the review of
 * the treatment plan (RIN-U1), the follow-ups after the end (RIN-U3, NAT-U1) and the standard's
 * period in force (RIN-M1, NAT-Q2). Every expected date is worked out by hand from RULES.md and
 * CASE-FORMAT.md and written as a literal.
 */
class RingstedDeadlinesTest {

  static final DeadlineEngine ENGINE =
      DeadlineEngine.of(StandardRegistry.defaultRegistry(), PublicHolidays.denmark());

  static final String GUARANTEE_BASIS = "SEL § 101, stk. 4";
  static final String FREE_CHOICE_BASIS = "SEL § 101, stk. 6";
  static final String ACTION_PLAN_BASIS = "SEL § 141";
  static final String TREATMENT_PLAN_BASIS = "SEL § 101, stk. 8";
  static final String FOLLOW_UP_BASIS = "BEK nr. 1477 af 17/12/2019 § 4, stk. 2";

  // ------------------------------------------------------------------ helpers (shared with the complaint tests)

  static LocalDate d(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  static CaseFile socialCase(LocalDate asOf, CaseEvent... events) {
    return caseFile(Track.SOCIAL_DRUG, asOf, Citizen.builder().age(34).build(), events);
  }

  static CaseFile anonymousCase(LocalDate asOf, CaseEvent... events) {
    return caseFile(Track.ANONYMOUS_DRUG, asOf, Citizen.builder().age(30).build(), events);
  }

  static CaseFile caseFile(Track track, LocalDate asOf, Citizen citizen, CaseEvent... events) {
    return CaseFile.builder().municipality("ringsted").asOf(asOf).track(track).citizen(citizen)
        .addEvents(events).build();
  }

  static CaseEvent phone(LocalDate date) {
    return CaseEvent.contact(date, ContactChannel.PHONE);
  }

  static CaseEvent inPerson(LocalDate date) {
    return CaseEvent.contact(date, ContactChannel.IN_PERSON);
  }

  static CaseEvent start(LocalDate date) {
    return CaseEvent.treatmentStart(date, "OUTPATIENT");
  }

  static CaseEvent end(LocalDate date, EndStatus status) {
    return CaseEvent.treatmentEnd(date, status);
  }

  static CaseEvent event(EventType type, LocalDate date) {
    return CaseEvent.of(type, date);
  }

  static CaseEvent decision(LocalDate date, ComplaintSubject subject, Outcome outcome) {
    return CaseEvent.decision(date, subject, outcome);
  }

  static List<Deadline> all(DeadlineReport report, DeadlineKind kind) {
    return DeadlineExpectations.all(report, kind);
  }

  static Deadline only(DeadlineReport report, DeadlineKind kind) {
    return DeadlineExpectations.only(report, kind);
  }

  static List<DeadlineKind> kinds(DeadlineReport report) {
    return report.deadlines().stream().map(Deadline::kind).toList();
  }

  /** Asserts every field of a deadline but its explanation; a null expectation means the field is absent. */
  static void assertDeadline(Deadline actual, DeadlineKind kind, String rule, String legalBasis, LocalDate startedBy,
      LocalDate due, LocalDate closedBy, Status status) {
    DeadlineExpectations.assertDeadline(actual, kind, rule, legalBasis, startedBy, due, closedBy, status);
  }

  /** Asserts that {@code text} names each of {@code parts}; a date given in ISO form is looked for as English prose writes it. */
  static void assertMentions(String text, String... parts) {
    for (String given : parts) {
      String part = DeadlineExpectations.inProse(given, java.util.Locale.ENGLISH);
      assertTrue(text.contains(part), () -> "expected '" + part + "' in: " + text);
    }
  }

  // ------------------------------------------------------------------ RIN-G1: the 14-day treatment guarantee

  @Test
  @DisplayName("RIN-G1 NAT-G1 the clock starts at the first contact (a phone call), not the later visit: due 14 days later, a start one day late is a breach")
  void guaranteeFromFirstContactBreachedWhenStartedLate() {
    DeadlineReport r = ENGINE.report(socialCase(d(2026, 3, 1),
        phone(d(2026, 1, 5)), inPerson(d(2026, 1, 8)), start(d(2026, 1, 20))));

    Deadline g = only(r, DeadlineKind.TREATMENT_GUARANTEE);
    assertDeadline(g, DeadlineKind.TREATMENT_GUARANTEE, "RIN-G1", GUARANTEE_BASIS,
        d(2026, 1, 5), d(2026, 1, 19), d(2026, 1, 20), Status.BREACHED);
    assertMentions(g.explanation(), "RIN-G1", "2026-01-05", "2026-01-19", "2026-01-20");
    assertTrue(r.findings().isEmpty(), "Ringsted's clock is the law's clock: no finding " + r.findings());
    assertEquals("ringsted", r.municipality());
  }

  @Test
  @DisplayName("RIN-G1 a start on the 14th day after contact is in time (met)")
  void guaranteeMetOnTheLastDay() {
    DeadlineReport r = ENGINE.report(socialCase(d(2026, 3, 1), phone(d(2026, 1, 5)), start(d(2026, 1, 19))));

    assertDeadline(only(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "RIN-G1",
        GUARANTEE_BASIS, d(2026, 1, 5), d(2026, 1, 19), d(2026, 1, 19), Status.MET);
  }

  @Test
  @DisplayName("RIN-G1 no start recorded and the 14 days have passed: breached, still open")
  void guaranteeBreachedOpen() {
    DeadlineReport r = ENGINE.report(socialCase(d(2026, 3, 1), inPerson(d(2026, 1, 5))));

    Deadline g = only(r, DeadlineKind.TREATMENT_GUARANTEE);
    assertDeadline(g, DeadlineKind.TREATMENT_GUARANTEE, "RIN-G1", GUARANTEE_BASIS,
        d(2026, 1, 5), d(2026, 1, 19), null, Status.BREACHED);
    assertMentions(g.explanation(), "2026-01-19");
  }

  @Test
  @DisplayName("RIN-G1 no start yet and the report date is the last day of the 14: still pending")
  void guaranteePendingOnTheDueDate() {
    DeadlineReport r = ENGINE.report(socialCase(d(2026, 3, 1), phone(d(2026, 2, 15))));

    assertDeadline(only(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "RIN-G1",
        GUARANTEE_BASIS, d(2026, 2, 15), d(2026, 3, 1), null, Status.PENDING);
  }

  @Test
  @DisplayName("RIN-G1 D0-3 the guarantee counts calendar days and does not move past Easter: contact 20 March 2026, due Good Friday 3 April")
  void guaranteeDoesNotMovePastEaster2026() {
    DeadlineReport r = ENGINE.report(socialCase(d(2026, 4, 30), phone(d(2026, 3, 20)), start(d(2026, 4, 7))));

    assertDeadline(only(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "RIN-G1",
        GUARANTEE_BASIS, d(2026, 3, 20), d(2026, 4, 3), d(2026, 4, 7), Status.BREACHED);
  }

  @Test
  @DisplayName("RIN-G1 no contact recorded: the guarantee has not started (nothing is guessed, D0-4)")
  void guaranteeNotStartedWithoutContact() {
    DeadlineReport r = ENGINE.report(socialCase(d(2026, 3, 1)));

    assertDeadline(only(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "RIN-G1",
        GUARANTEE_BASIS, null, null, null, Status.NOT_STARTED);
    assertDeadline(only(r, DeadlineKind.ACTION_PLAN_CLARIFICATION), DeadlineKind.ACTION_PLAN_CLARIFICATION, "RIN-D1",
        ACTION_PLAN_BASIS, null, null, null, Status.NOT_STARTED);
    assertDeadline(only(r, DeadlineKind.PLAN_REVIEW), DeadlineKind.PLAN_REVIEW, "RIN-U1",
        TREATMENT_PLAN_BASIS, null, null, null, Status.NOT_STARTED);
  }

  @Test
  @DisplayName("RIN-G1 Ringsted names no rule for under-18s: the 14 days run for a 16-year-old without any decision (no NEEDS_DECISION), under Barnets lov since 2024 (NAT-Y1)")
  void guaranteeForAMinorNeedsNoDecision() {
    DeadlineReport r = ENGINE.report(caseFile(Track.SOCIAL_DRUG, d(2026, 3, 1), Citizen.builder().age(16).build(),
        phone(d(2026, 2, 2)), start(d(2026, 2, 10))));

    assertDeadline(only(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "RIN-G1",
        "Barnets lov § 33", d(2026, 2, 2), d(2026, 2, 16), d(2026, 2, 10), Status.MET);
  }

  @Test
  @DisplayName("RIN-G1 NAT-G1 NAT-Y1 before 2024 a 16-year-old's treatment was SEL § 101 treatment, so the guarantee cites SEL § 101, stk. 4 as for adults")
  void guaranteeForAMinorBefore2024CitesTheGuaranteeProvision() {
    DeadlineReport r = ENGINE.report(caseFile(Track.SOCIAL_DRUG, d(2023, 3, 1), Citizen.builder().age(16).build(),
        phone(d(2023, 2, 1)), start(d(2023, 2, 10))));

    assertDeadline(only(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "RIN-G1",
        GUARANTEE_BASIS, d(2023, 2, 1), d(2023, 2, 15), d(2023, 2, 10), Status.MET);
  }

  // ------------------------------------------------------------------ NAT-G2: free choice waives the guarantee

  @Test
  @DisplayName("NAT-G2 NAT-X1 the citizen chose another provider before the 14 days ran out: the late start is waived, not breached, though Ringsted's text does not say so")
  void freeChoiceWaivesTheGuarantee() {
    DeadlineReport r = ENGINE.report(socialCase(d(2026, 3, 1),
        phone(d(2026, 1, 5)), event(EventType.FREE_CHOICE, d(2026, 1, 12)), start(d(2026, 1, 26))));

    Deadline g = only(r, DeadlineKind.TREATMENT_GUARANTEE);
    assertDeadline(g, DeadlineKind.TREATMENT_GUARANTEE, "NAT-G2", FREE_CHOICE_BASIS,
        d(2026, 1, 5), d(2026, 1, 19), d(2026, 1, 26), Status.WAIVED);
    assertMentions(g.explanation(), "2026-01-12", "NAT-G2");
  }

  @Test
  @DisplayName("RIN-G1, NAT-G2 a guarantee met within the 14 days stays MET although the citizen also chose another provider")
  void startInTimeStaysMetDespiteFreeChoice() {
    DeadlineReport r = ENGINE.report(socialCase(d(2026, 3, 1),
        phone(d(2026, 1, 5)), event(EventType.FREE_CHOICE, d(2026, 1, 12)), start(d(2026, 1, 16))));

    assertDeadline(only(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "RIN-G1",
        GUARANTEE_BASIS, d(2026, 1, 5), d(2026, 1, 19), d(2026, 1, 16), Status.MET);
  }

  @Test
  @DisplayName("NAT-G2 free choice on the last day of the 14 still waives an open guarantee")
  void freeChoiceOnTheDueDateWaives() {
    DeadlineReport r = ENGINE.report(socialCase(d(2026, 3, 1),
        phone(d(2026, 1, 5)), event(EventType.FREE_CHOICE, d(2026, 1, 19))));

    assertDeadline(only(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "NAT-G2",
        FREE_CHOICE_BASIS, d(2026, 1, 5), d(2026, 1, 19), null, Status.WAIVED);
  }

  @Test
  @DisplayName("NAT-G2 free choice made only after the 14 days had run out does not undo the breach")
  void freeChoiceAfterDueLeavesTheBreach() {
    DeadlineReport r = ENGINE.report(socialCase(d(2026, 3, 1),
        phone(d(2026, 1, 5)), event(EventType.FREE_CHOICE, d(2026, 1, 20)), start(d(2026, 1, 26))));

    assertDeadline(only(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "RIN-G1",
        GUARANTEE_BASIS, d(2026, 1, 5), d(2026, 1, 19), d(2026, 1, 26), Status.BREACHED);
  }

  // ------------------------------------------------------------------ refusal

  @Test
  @DisplayName("RIN-G1 RIN-C1 treatment refused within the 14 days: nothing to start, the guarantee is not applicable and the 4-week complaint limit counts instead")
  void refusalBeforeDueMakesTheGuaranteeNotApplicable() {
    DeadlineReport r = ENGINE.report(socialCase(d(2026, 3, 1),
        phone(d(2026, 1, 5)), decision(d(2026, 1, 12), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED)));

    Deadline g = only(r, DeadlineKind.TREATMENT_GUARANTEE);
    assertDeadline(g, DeadlineKind.TREATMENT_GUARANTEE, "RIN-G1", GUARANTEE_BASIS,
        d(2026, 1, 5), d(2026, 1, 19), null, Status.NOT_APPLICABLE);
    assertMentions(g.explanation(), "2026-01-12");
    // Received Monday 12 January; four weeks later is Monday 9 February, a working day; no complaint by 1 March.
    assertDeadline(only(r, DeadlineKind.COMPLAINT), DeadlineKind.COMPLAINT, "RIN-C1", "Retssikkerhedsloven § 67",
        d(2026, 1, 12), d(2026, 2, 9), null, Status.LAPSED);
  }

  @Test
  @DisplayName("RIN-G1 a refusal received on the 14th day itself still makes the guarantee not applicable")
  void refusalOnTheDueDate() {
    DeadlineReport r = ENGINE.report(socialCase(d(2026, 2, 1),
        phone(d(2026, 1, 5)), decision(d(2026, 1, 19), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED)));

    assertDeadline(only(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "RIN-G1",
        GUARANTEE_BASIS, d(2026, 1, 5), d(2026, 1, 19), null, Status.NOT_APPLICABLE);
  }

  @Test
  @DisplayName("RIN-G1 a refusal that comes after the 14 days does not excuse the breach")
  void refusalAfterDueStaysBreached() {
    DeadlineReport r = ENGINE.report(socialCase(d(2026, 2, 10),
        phone(d(2026, 1, 5)), decision(d(2026, 1, 20), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED)));

    assertDeadline(only(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "RIN-G1",
        GUARANTEE_BASIS, d(2026, 1, 5), d(2026, 1, 19), null, Status.BREACHED);
    // Received Tuesday 20 January; four weeks later is Tuesday 17 February; on 10 February still open.
    assertDeadline(only(r, DeadlineKind.COMPLAINT), DeadlineKind.COMPLAINT, "RIN-C1", "Retssikkerhedsloven § 67",
        d(2026, 1, 20), d(2026, 2, 17), null, Status.PENDING);
  }

  @Test
  @DisplayName("RIN-G1 only a refusal of social treatment stops the guarantee: a partly granted decision or a refused health treatment leaves it running")
  void partlyGrantedOrHealthRefusalLeavesTheGuarantee() {
    DeadlineReport partly = ENGINE.report(socialCase(d(2026, 3, 1),
        phone(d(2026, 1, 5)), decision(d(2026, 1, 12), ComplaintSubject.SOCIAL_TREATMENT, Outcome.PARTLY_GRANTED)));
    DeadlineReport health = ENGINE.report(socialCase(d(2026, 3, 1),
        phone(d(2026, 1, 5)), decision(d(2026, 1, 12), ComplaintSubject.HEALTH_TREATMENT, Outcome.REFUSED)));

    for (DeadlineReport r : List.of(partly, health)) {
      assertDeadline(only(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "RIN-G1",
          GUARANTEE_BASIS, d(2026, 1, 5), d(2026, 1, 19), null, Status.BREACHED);
    }
  }

  // ------------------------------------------------------------------ RIN-D1: action-plan clarification

  @Test
  @DisplayName("RIN-D1 within 2 months of the start it is decided whether an SEL § 141 action plan is needed: decided in time (met)")
  void actionPlanClarifiedInTime() {
    DeadlineReport r = ENGINE.report(socialCase(d(2026, 3, 1),
        phone(d(2026, 1, 5)), start(d(2026, 1, 15)), event(EventType.ACTION_PLAN_CLARIFIED, d(2026, 2, 20))));

    Deadline a = only(r, DeadlineKind.ACTION_PLAN_CLARIFICATION);
    assertDeadline(a, DeadlineKind.ACTION_PLAN_CLARIFICATION, "RIN-D1", ACTION_PLAN_BASIS,
        d(2026, 1, 15), d(2026, 3, 15), d(2026, 2, 20), Status.MET);
    assertMentions(a.explanation(), "RIN-D1", "2026-01-15", "2026-03-15", "2026-02-20", "2 months");
  }

  @Test
  @DisplayName("RIN-D1 D0-2 a start on 31 December 2025 gives 28 February 2026 (no 29th), and a decision that day is in time")
  void actionPlanMonthEnd2026() {
    DeadlineReport r = ENGINE.report(socialCase(d(2026, 3, 10),
        phone(d(2025, 12, 22)), start(d(2025, 12, 31)), event(EventType.ACTION_PLAN_CLARIFIED, d(2026, 2, 28))));

    assertDeadline(only(r, DeadlineKind.ACTION_PLAN_CLARIFICATION), DeadlineKind.ACTION_PLAN_CLARIFICATION, "RIN-D1",
        ACTION_PLAN_BASIS, d(2025, 12, 31), d(2026, 2, 28), d(2026, 2, 28), Status.MET);
  }

  @Test
  @DisplayName("RIN-D1 D0-2 start 31 December 2025, decided on 1 March 2026: one day after 28 February, breached")
  void actionPlanClarifiedLate() {
    DeadlineReport r = ENGINE.report(socialCase(d(2026, 3, 10),
        phone(d(2025, 12, 22)), start(d(2025, 12, 31)), event(EventType.ACTION_PLAN_CLARIFIED, d(2026, 3, 1))));

    assertDeadline(only(r, DeadlineKind.ACTION_PLAN_CLARIFICATION), DeadlineKind.ACTION_PLAN_CLARIFICATION, "RIN-D1",
        ACTION_PLAN_BASIS, d(2025, 12, 31), d(2026, 2, 28), d(2026, 3, 1), Status.BREACHED);
  }

  @Test
  @DisplayName("RIN-D1 D0-2 leap year: a start on 31 December 2023 gives 29 February 2024; nothing decided by 1 March is a breach")
  void actionPlanLeapYearBreachedOpen() {
    DeadlineReport r = ENGINE.report(socialCase(d(2024, 3, 1), phone(d(2023, 12, 20)), start(d(2023, 12, 31))));

    assertDeadline(only(r, DeadlineKind.ACTION_PLAN_CLARIFICATION), DeadlineKind.ACTION_PLAN_CLARIFICATION, "RIN-D1",
        ACTION_PLAN_BASIS, d(2023, 12, 31), d(2024, 2, 29), null, Status.BREACHED);
  }

  @Test
  @DisplayName("RIN-D1 D0-2 leap year: start 31 December 2023, on 29 February 2024 the clarification is still pending")
  void actionPlanLeapYearPending() {
    DeadlineReport r = ENGINE.report(socialCase(d(2024, 2, 29), phone(d(2023, 12, 20)), start(d(2023, 12, 31))));

    assertDeadline(only(r, DeadlineKind.ACTION_PLAN_CLARIFICATION), DeadlineKind.ACTION_PLAN_CLARIFICATION, "RIN-D1",
        ACTION_PLAN_BASIS, d(2023, 12, 31), d(2024, 2, 29), null, Status.PENDING);
  }

  @Test
  @DisplayName("RIN-D1 no treatment has started: the 2 months are not running yet")
  void actionPlanNotStarted() {
    DeadlineReport r = ENGINE.report(socialCase(d(2026, 1, 10), phone(d(2026, 1, 5))));

    Deadline a = only(r, DeadlineKind.ACTION_PLAN_CLARIFICATION);
    assertDeadline(a, DeadlineKind.ACTION_PLAN_CLARIFICATION, "RIN-D1", ACTION_PLAN_BASIS, null, null, null,
        Status.NOT_STARTED);
    assertDeadline(only(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "RIN-G1",
        GUARANTEE_BASIS, d(2026, 1, 5), d(2026, 1, 19), null, Status.PENDING);
  }

  // ------------------------------------------------------------------ the anonymous track

  @Test
  @DisplayName("NAT-G3 NAT-Y2 anonymous treatment (SEL § 101 a): no 14-day guarantee and no action-plan clarification (RIN-D1 not applicable)")
  void anonymousTrack() {
    DeadlineReport r = ENGINE.report(anonymousCase(d(2026, 6, 1),
        phone(d(2026, 1, 5)), CaseEvent.treatmentStart(d(2026, 1, 31), "ANONYMOUS_OUTPATIENT")));

    Deadline g = only(r, DeadlineKind.TREATMENT_GUARANTEE);
    assertDeadline(g, DeadlineKind.TREATMENT_GUARANTEE, "NAT-G3", "SEL § 101 a", null, null, null,
        Status.NOT_APPLICABLE);
    assertMentions(g.explanation(), "101 a");
    Deadline a = only(r, DeadlineKind.ACTION_PLAN_CLARIFICATION);
    assertDeadline(a, DeadlineKind.ACTION_PLAN_CLARIFICATION, "NAT-Y2", "SEL § 141, stk. 6", null, null, null,
        Status.NOT_APPLICABLE);
    assertTrue(r.findings().isEmpty(), r.findings()::toString);
    // Undated deadlines come last (CASE-FORMAT.md).
    assertTrue(r.deadlines().stream().dropWhile(x -> x.due().isPresent()).allMatch(x -> x.due().isEmpty()));
  }

  // ------------------------------------------------------------------ RIN-U1: review of the treatment plan

  @Test
  @DisplayName("RIN-U1 the treatment plan is reviewed no later than 6 months after the start: pending")
  void planReviewPending() {
    DeadlineReport r = ENGINE.report(socialCase(d(2026, 3, 1), phone(d(2026, 1, 5)), start(d(2026, 1, 20))));

    Deadline p = only(r, DeadlineKind.PLAN_REVIEW);
    assertDeadline(p, DeadlineKind.PLAN_REVIEW, "RIN-U1", TREATMENT_PLAN_BASIS,
        d(2026, 1, 20), d(2026, 7, 20), null, Status.PENDING);
    assertMentions(p.explanation(), "RIN-U1", "2026-07-20", "6 months");
  }

  @Test
  @DisplayName("RIN-U1 D0-2 the next review falls due 6 months after each actual review: met, then late, then the next one open")
  void planReviewsChainFromEachActualReview() {
    // Start 31 August 2025: first review due 28 February 2026 (no 31st), held 27 February (met);
    // next due 27 August 2026, held 1 September 2026 (late); next due 1 March 2027, open on 10 March 2027.
    DeadlineReport r = ENGINE.report(socialCase(d(2027, 3, 10),
        phone(d(2025, 8, 20)), start(d(2025, 8, 31)),
        event(EventType.PLAN_REVIEW, d(2026, 2, 27)), event(EventType.PLAN_REVIEW, d(2026, 9, 1))));

    List<Deadline> reviews = all(r, DeadlineKind.PLAN_REVIEW);
    assertEquals(3, reviews.size(), reviews::toString);
    assertDeadline(reviews.get(0), DeadlineKind.PLAN_REVIEW, "RIN-U1", TREATMENT_PLAN_BASIS,
        d(2025, 8, 31), d(2026, 2, 28), d(2026, 2, 27), Status.MET);
    assertDeadline(reviews.get(1), DeadlineKind.PLAN_REVIEW, "RIN-U1", TREATMENT_PLAN_BASIS,
        d(2026, 2, 27), d(2026, 8, 27), d(2026, 9, 1), Status.BREACHED);
    assertDeadline(reviews.get(2), DeadlineKind.PLAN_REVIEW, "RIN-U1", TREATMENT_PLAN_BASIS,
        d(2026, 9, 1), d(2027, 3, 1), null, Status.BREACHED);
  }

  @Test
  @DisplayName("RIN-U1 D0-2 leap year: a start on 31 August 2023 gives a review by 29 February 2024")
  void planReviewLeapYear() {
    DeadlineReport r = ENGINE.report(socialCase(d(2024, 3, 1), phone(d(2023, 8, 21)), start(d(2023, 8, 31)),
        event(EventType.PLAN_REVIEW, d(2024, 2, 29))));

    List<Deadline> reviews = all(r, DeadlineKind.PLAN_REVIEW);
    assertDeadline(reviews.get(0), DeadlineKind.PLAN_REVIEW, "RIN-U1", TREATMENT_PLAN_BASIS,
        d(2023, 8, 31), d(2024, 2, 29), d(2024, 2, 29), Status.MET);
    assertDeadline(reviews.get(1), DeadlineKind.PLAN_REVIEW, "RIN-U1", TREATMENT_PLAN_BASIS,
        d(2024, 2, 29), d(2024, 8, 29), null, Status.PENDING);
    assertEquals(2, reviews.size());
  }

  @Test
  @DisplayName("RIN-U1 no review falls due after the treatment has ended")
  void noPlanReviewAfterTheEnd() {
    // Start 10 January 2025, review 20 June (due 10 July, met); the next would be due 20 December 2025,
    // after the end on 1 October 2025, so there is none.
    DeadlineReport r = ENGINE.report(socialCase(d(2026, 3, 1), phone(d(2025, 1, 2)), start(d(2025, 1, 10)),
        event(EventType.PLAN_REVIEW, d(2025, 6, 20)), end(d(2025, 10, 1), EndStatus.COMPLETED)));

    Deadline p = only(r, DeadlineKind.PLAN_REVIEW);
    assertDeadline(p, DeadlineKind.PLAN_REVIEW, "RIN-U1", TREATMENT_PLAN_BASIS,
        d(2025, 1, 10), d(2025, 7, 10), d(2025, 6, 20), Status.MET);

    // A course shorter than 6 months has no review deadline at all.
    DeadlineReport shortCourse = ENGINE.report(socialCase(d(2026, 3, 1), phone(d(2025, 1, 27)), start(d(2025, 2, 3)),
        end(d(2025, 6, 30), EndStatus.COMPLETED)));
    assertTrue(all(shortCourse, DeadlineKind.PLAN_REVIEW).isEmpty(), shortCourse.deadlines()::toString);
  }

  // ------------------------------------------------------------------ RIN-U3: follow-up after the end

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = EndStatus.class, names = {"COMPLETED", "OTHER_OFFER", "HOSPITAL", "OTHER_REASON"})
  @DisplayName("RIN-U3 NAT-U1 after completed, another offer, hospital or other reason: follow-up by 1 month and again by 6 months")
  void followUpsForTheFourStatuses(EndStatus status) {
    DeadlineReport r = ENGINE.report(socialCase(d(2026, 3, 1),
        phone(d(2025, 10, 1)), start(d(2025, 10, 6)), end(d(2026, 1, 15), status),
        event(EventType.FOLLOW_UP, d(2026, 2, 10))));

    List<Deadline> followUps = all(r, DeadlineKind.FOLLOW_UP);
    assertEquals(2, followUps.size(), followUps::toString);
    assertDeadline(followUps.get(0), DeadlineKind.FOLLOW_UP, "RIN-U3", FOLLOW_UP_BASIS,
        d(2026, 1, 15), d(2026, 2, 15), d(2026, 2, 10), Status.MET);
    assertDeadline(followUps.get(1), DeadlineKind.FOLLOW_UP, "RIN-U3", FOLLOW_UP_BASIS,
        d(2026, 1, 15), d(2026, 7, 15), null, Status.PENDING);
    assertMentions(followUps.get(1).explanation(), "RIN-U3", "2026-01-15", "2026-07-15");
    assertTrue(r.findings().isEmpty(), "Ringsted restates NAT-U1: no finding " + r.findings());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = EndStatus.class, names = {"DROPPED_OUT", "DECEASED"})
  @DisplayName("RIN-U3 NAT-U1 a citizen who dropped out or died gets no follow-up")
  void noFollowUpAfterDropOutOrDeath(EndStatus status) {
    DeadlineReport r = ENGINE.report(socialCase(d(2026, 3, 1),
        phone(d(2025, 10, 1)), start(d(2025, 10, 6)), end(d(2026, 1, 15), status)));

    assertTrue(all(r, DeadlineKind.FOLLOW_UP).isEmpty(), r.deadlines()::toString);
    assertTrue(r.findings().isEmpty(), r.findings()::toString);
  }

  @Test
  @DisplayName("RIN-U3 a DECEASED ending gets no follow-up, even where a follow-up conversation is recorded")
  void deceasedNeverFollowedUp() {
    DeadlineReport r = ENGINE.report(socialCase(d(2026, 9, 1),
        phone(d(2025, 10, 1)), start(d(2025, 10, 6)), end(d(2026, 1, 15), EndStatus.DECEASED),
        event(EventType.FOLLOW_UP, d(2026, 2, 10))));

    assertTrue(all(r, DeadlineKind.FOLLOW_UP).isEmpty(), r.deadlines()::toString);
  }

  @Test
  @DisplayName("RIN-U3 a late follow-up is breached; with none recorded after 6 months the second is breached too")
  void followUpsBreached() {
    // End 30 June 2025 (another offer): due 30 July 2025 and 30 December 2025.
    DeadlineReport r = ENGINE.report(socialCase(d(2026, 3, 1),
        phone(d(2025, 1, 27)), start(d(2025, 2, 3)), end(d(2025, 6, 30), EndStatus.OTHER_OFFER),
        event(EventType.FOLLOW_UP, d(2025, 8, 5))));

    List<Deadline> followUps = all(r, DeadlineKind.FOLLOW_UP);
    assertEquals(2, followUps.size());
    assertDeadline(followUps.get(0), DeadlineKind.FOLLOW_UP, "RIN-U3", FOLLOW_UP_BASIS,
        d(2025, 6, 30), d(2025, 7, 30), d(2025, 8, 5), Status.BREACHED);
    assertDeadline(followUps.get(1), DeadlineKind.FOLLOW_UP, "RIN-U3", FOLLOW_UP_BASIS,
        d(2025, 6, 30), d(2025, 12, 30), null, Status.BREACHED);
    assertMentions(followUps.get(0).explanation(), "2025-08-05");
  }

  @Test
  @DisplayName("RIN-U3 D0-2 an end on 31 January 2026 gives follow-ups by 28 February and 31 July 2026")
  void followUpMonthEnd() {
    DeadlineReport r = ENGINE.report(socialCase(d(2026, 3, 1),
        phone(d(2025, 10, 1)), start(d(2025, 10, 6)), end(d(2026, 1, 31), EndStatus.COMPLETED),
        event(EventType.FOLLOW_UP, d(2026, 2, 28))));

    List<Deadline> followUps = all(r, DeadlineKind.FOLLOW_UP);
    assertDeadline(followUps.get(0), DeadlineKind.FOLLOW_UP, "RIN-U3", FOLLOW_UP_BASIS,
        d(2026, 1, 31), d(2026, 2, 28), d(2026, 2, 28), Status.MET);
    assertDeadline(followUps.get(1), DeadlineKind.FOLLOW_UP, "RIN-U3", FOLLOW_UP_BASIS,
        d(2026, 1, 31), d(2026, 7, 31), null, Status.PENDING);
  }

  @Test
  @DisplayName("RIN-U3 D0-2 leap year: an end on 31 January 2024 gives follow-ups by 29 February and 31 July 2024")
  void followUpLeapYear() {
    DeadlineReport r = ENGINE.report(socialCase(d(2024, 8, 15),
        phone(d(2023, 10, 2)), start(d(2023, 10, 9)), end(d(2024, 1, 31), EndStatus.HOSPITAL),
        event(EventType.FOLLOW_UP, d(2024, 3, 1)), event(EventType.FOLLOW_UP, d(2024, 7, 31))));

    List<Deadline> followUps = all(r, DeadlineKind.FOLLOW_UP);
    assertDeadline(followUps.get(0), DeadlineKind.FOLLOW_UP, "RIN-U3", FOLLOW_UP_BASIS,
        d(2024, 1, 31), d(2024, 2, 29), d(2024, 3, 1), Status.BREACHED);
    assertDeadline(followUps.get(1), DeadlineKind.FOLLOW_UP, "RIN-U3", FOLLOW_UP_BASIS,
        d(2024, 1, 31), d(2024, 7, 31), d(2024, 7, 31), Status.MET);
  }

  // ------------------------------------------------------------------ a whole course

  @Test
  @DisplayName("RIN-G1 RIN-D1 RIN-U1 RIN-U3 a whole course: every deadline of the case, ordered by due date, no findings")
  void wholeCourse() {
    DeadlineReport r = ENGINE.report(socialCase(d(2026, 3, 1),
        phone(d(2025, 3, 3)), inPerson(d(2025, 3, 6)), start(d(2025, 3, 14)),
        event(EventType.ACTION_PLAN_CLARIFIED, d(2025, 4, 30)), event(EventType.PLAN_REVIEW, d(2025, 9, 10)),
        end(d(2025, 12, 19), EndStatus.COMPLETED), event(EventType.FOLLOW_UP, d(2026, 1, 15))));

    assertEquals(List.of(DeadlineKind.TREATMENT_GUARANTEE, DeadlineKind.ACTION_PLAN_CLARIFICATION,
        DeadlineKind.PLAN_REVIEW, DeadlineKind.FOLLOW_UP, DeadlineKind.FOLLOW_UP), kinds(r));
    List<Deadline> all = r.deadlines();
    assertDeadline(all.get(0), DeadlineKind.TREATMENT_GUARANTEE, "RIN-G1", GUARANTEE_BASIS,
        d(2025, 3, 3), d(2025, 3, 17), d(2025, 3, 14), Status.MET);
    assertDeadline(all.get(1), DeadlineKind.ACTION_PLAN_CLARIFICATION, "RIN-D1", ACTION_PLAN_BASIS,
        d(2025, 3, 14), d(2025, 5, 14), d(2025, 4, 30), Status.MET);
    // The next review would be due 10 March 2026, after the end on 19 December 2025: none.
    assertDeadline(all.get(2), DeadlineKind.PLAN_REVIEW, "RIN-U1", TREATMENT_PLAN_BASIS,
        d(2025, 3, 14), d(2025, 9, 14), d(2025, 9, 10), Status.MET);
    assertDeadline(all.get(3), DeadlineKind.FOLLOW_UP, "RIN-U3", FOLLOW_UP_BASIS,
        d(2025, 12, 19), d(2026, 1, 19), d(2026, 1, 15), Status.MET);
    assertDeadline(all.get(4), DeadlineKind.FOLLOW_UP, "RIN-U3", FOLLOW_UP_BASIS,
        d(2025, 12, 19), d(2026, 6, 19), null, Status.PENDING);
    assertTrue(r.findings().isEmpty(), r.findings()::toString);
  }

  @Test
  @DisplayName("RIN-M1 the case may name Ringsted by its municipality code 0329; the report names the standard approved 20 June 2017, open-ended")
  void byMunicipalityCode() {
    CaseFile c = CaseFile.builder().municipality("0329").asOf(d(2026, 3, 1)).track(Track.SOCIAL_DRUG)
        .addEvents(phone(d(2026, 1, 5)), start(d(2026, 1, 19))).build();
    DeadlineReport r = ENGINE.report(c);

    assertEquals("ringsted", r.municipality());
    assertEquals("Kvalitetsstandard for social behandling for stofmisbrug", r.standard().title());
    assertEquals(Optional.of(d(2017, 6, 20)), r.standard().adopted());
    assertEquals(Optional.of(d(2017, 6, 20)), r.standard().validFrom());
    assertEquals(Optional.empty(), r.standard().validTo());
    assertEquals(Status.MET, only(r, DeadlineKind.TREATMENT_GUARANTEE).status());
  }

  // ------------------------------------------------------------------ RIN-M1 / NAT-Q2: the standard in force

  @Test
  @DisplayName("RIN-M1 NAT-Q2 a case that began before the standard's approval on 20 June 2017 gets a finding naming both dates; from that day on, none")
  void standardNotYetInForce() {
    DeadlineReport before = ENGINE.report(socialCase(d(2017, 8, 1), phone(d(2017, 6, 19)), start(d(2017, 6, 26))));

    assertEquals(1, before.findings().size(), before.findings()::toString);
    Finding f = before.findings().get(0);
    assertEquals("NAT-Q2", f.rule());
    assertMentions(f.message(), "2017-06-20", "2017-06-19");
    assertDeadline(only(before, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "RIN-G1",
        GUARANTEE_BASIS, d(2017, 6, 19), d(2017, 7, 3), d(2017, 6, 26), Status.MET);

    DeadlineReport onTheDay = ENGINE.report(socialCase(d(2017, 8, 1), phone(d(2017, 6, 20)), start(d(2017, 6, 26))));
    assertTrue(onTheDay.findings().isEmpty(), onTheDay.findings()::toString);
  }

  // ------------------------------------------------------------------ Danish

  @Test
  @DisplayName("RIN-G1 RIN-D1 the explanations in Danish name the rule, the provision and the dates")
  void danishExplanation() {
    DeadlineReport r = ENGINE.report(socialCase(d(2026, 4, 1),
        phone(d(2026, 1, 5)), inPerson(d(2026, 1, 8)), start(d(2026, 1, 20))), Locale.forLanguageTag("da"));

    String g = only(r, DeadlineKind.TREATMENT_GUARANTEE).explanation();
    assertMentions(g, "Behandlingen skal iværksættes senest 14 dage efter henvendelsen den 5. januar 2026",
        "senest den 19. januar 2026", "RIN-G1, SEL § 101, stk. 4", "Overskredet", "først den 20. januar 2026");
    String a = only(r, DeadlineKind.ACTION_PLAN_CLARIFICATION).explanation();
    assertMentions(a, "2 måneder", "behandlingsstarten den 20. januar 2026", "senest den 20. marts 2026", "handleplan",
        "RIN-D1, SEL § 141", "Overskredet");
    assertFalse(g.contains("Breached"), g);
  }
}
