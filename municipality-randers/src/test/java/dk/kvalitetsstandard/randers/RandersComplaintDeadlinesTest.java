package dk.kvalitetsstandard.randers;

import static dk.kvalitetsstandard.randers.RandersDeadlinesTest.adult;
import static dk.kvalitetsstandard.randers.RandersDeadlinesTest.all;
import static dk.kvalitetsstandard.randers.RandersDeadlinesTest.assertDeadline;
import static dk.kvalitetsstandard.randers.RandersDeadlinesTest.assertMentions;
import static dk.kvalitetsstandard.randers.RandersDeadlinesTest.assertNoFindings;
import static dk.kvalitetsstandard.randers.RandersDeadlinesTest.contact;
import static dk.kvalitetsstandard.randers.RandersDeadlinesTest.decision;
import static dk.kvalitetsstandard.randers.RandersDeadlinesTest.event;
import static dk.kvalitetsstandard.randers.RandersDeadlinesTest.only;
import static dk.kvalitetsstandard.randers.RandersDeadlinesTest.report;
import static dk.kvalitetsstandard.randers.RandersDeadlinesTest.social;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dk.kvalitetsstandard.cases.CaseEvent;
import dk.kvalitetsstandard.cases.Citizen;
import dk.kvalitetsstandard.cases.EventType;
import dk.kvalitetsstandard.cases.Outcome;
import dk.kvalitetsstandard.deadline.Deadline;
import dk.kvalitetsstandard.deadline.DeadlineReport;
import dk.kvalitetsstandard.deadline.Status;
import dk.kvalitetsstandard.law.ContactChannel;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import dk.kvalitetsstandard.standard.DeadlineKind;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Example cases for Randers' complaint limits (RAN-C1, RAN-C2, NAT-C1..C5, NAT-A4) run through the
 * deadline engine. Complaint and reconsideration limits are procedural: counted as D0-5 (receipt +
 * 7·N days, moved past Saturdays, Sundays and the church holidays; Store Bededag a holiday up to
 * 2023 only; 5 June, 24 and 31 December are not). Every expected date is worked out by hand.
 */
class RandersComplaintDeadlinesTest {

  static final String COMPLAINT_BASIS = "Retssikkerhedsloven § 67";
  static final String RECONSIDERATION_BASIS = "Retssikkerhedsloven § 66";

  private static CaseEvent refusal(LocalDate received) {
    return decision(received, ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED);
  }

  // ------------------------------------------------------------------ the citizen's complaint limit (RAN-C1, NAT-C1)

  @Test
  @Tag("RAN-C1")
  @Tag("NAT-C1")
  @Tag("NAT-C5")
  @DisplayName("RAN-C1, NAT-C5 complaint on the last day of the 4 weeks is in time; Rusmiddelcenter Randers reconsidered within its 4 weeks")
  void complaintAndReconsiderationMet() {
    DeadlineReport r = social(LocalDate.of(2026, 3, 1),
        contact(LocalDate.of(2026, 1, 5)), refusal(LocalDate.of(2026, 1, 15)),
        event(EventType.COMPLAINT, LocalDate.of(2026, 2, 12)),
        event(EventType.RECONSIDERED, LocalDate.of(2026, 2, 20)));
    // Thursday 15 Jan 2026 + 4 weeks = Thursday 12 Feb 2026.
    Deadline complaint = only(r, DeadlineKind.COMPLAINT);
    assertDeadline(complaint, DeadlineKind.COMPLAINT, "RAN-C1", COMPLAINT_BASIS,
        LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 12), LocalDate.of(2026, 2, 12), Status.MET);
    assertMentions(complaint, "2026-01-15", "2026-02-12", "RAN-C1");
    // Thursday 12 Feb 2026 + 4 weeks = Thursday 12 Mar 2026.
    Deadline reconsideration = only(r, DeadlineKind.RECONSIDERATION);
    assertDeadline(reconsideration, DeadlineKind.RECONSIDERATION, "NAT-C5", RECONSIDERATION_BASIS,
        LocalDate.of(2026, 2, 12), LocalDate.of(2026, 3, 12), LocalDate.of(2026, 2, 20), Status.MET);
    assertMentions(reconsideration, "2026-02-12", "2026-03-12", "Ankestyrelsen");
    assertNoFindings(r);
  }

  @Test
  @Tag("RAN-C1")
  @DisplayName("RAN-C1 no complaint by the day after the 4 weeks: the right to complain has lapsed, and there is nothing to reconsider")
  void complaintLapsedWithoutComplaint() {
    DeadlineReport r = social(LocalDate.of(2026, 2, 13),
        contact(LocalDate.of(2026, 1, 5)), refusal(LocalDate.of(2026, 1, 15)));
    Deadline complaint = only(r, DeadlineKind.COMPLAINT);
    assertDeadline(complaint, DeadlineKind.COMPLAINT, "RAN-C1", COMPLAINT_BASIS,
        LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 12), null, Status.LAPSED);
    assertMentions(complaint, "2026-02-12");
    assertEquals(List.of(), all(r, DeadlineKind.RECONSIDERATION));
  }

  @Test
  @Tag("RAN-C1")
  @Tag("NAT-C5")
  @DisplayName("RAN-C1, NAT-C5 a complaint one day late: the limit has lapsed, but the complaint must still be reconsidered within 4 weeks")
  void complaintTooLate() {
    DeadlineReport r = social(LocalDate.of(2026, 3, 1),
        contact(LocalDate.of(2026, 1, 5)), refusal(LocalDate.of(2026, 1, 15)),
        event(EventType.COMPLAINT, LocalDate.of(2026, 2, 13)));
    Deadline complaint = only(r, DeadlineKind.COMPLAINT);
    assertDeadline(complaint, DeadlineKind.COMPLAINT, "RAN-C1", COMPLAINT_BASIS,
        LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 12), LocalDate.of(2026, 2, 13), Status.LAPSED);
    assertMentions(complaint, "2026-02-13");
    // Friday 13 Feb 2026 + 4 weeks = Friday 13 Mar 2026, after asOf.
    assertDeadline(only(r, DeadlineKind.RECONSIDERATION), DeadlineKind.RECONSIDERATION, "NAT-C5",
        RECONSIDERATION_BASIS, LocalDate.of(2026, 2, 13), LocalDate.of(2026, 3, 13), null, Status.PENDING);
  }

  @Test
  @Tag("RAN-C1")
  @DisplayName("RAN-C1 no complaint yet on the last day of the 4 weeks: pending")
  void complaintPending() {
    DeadlineReport r = social(LocalDate.of(2026, 2, 12),
        contact(LocalDate.of(2026, 1, 5)), refusal(LocalDate.of(2026, 1, 15)));
    assertDeadline(only(r, DeadlineKind.COMPLAINT), DeadlineKind.COMPLAINT, "RAN-C1", COMPLAINT_BASIS,
        LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 12), null, Status.PENDING);
  }

  @Test
  @Tag("RAN-C1")
  @Tag("NAT-C1")
  @DisplayName("RAN-C1 a partly granted decision can be appealed too; a fully granted one gives no complaint limit")
  void partlyGrantedAndGranted() {
    DeadlineReport partly = social(LocalDate.of(2026, 2, 1),
        contact(LocalDate.of(2026, 1, 5)),
        decision(LocalDate.of(2026, 1, 15), ComplaintSubject.SOCIAL_TREATMENT, Outcome.PARTLY_GRANTED));
    assertDeadline(only(partly, DeadlineKind.COMPLAINT), DeadlineKind.COMPLAINT, "RAN-C1", COMPLAINT_BASIS,
        LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 12), null, Status.PENDING);

    DeadlineReport granted = social(LocalDate.of(2026, 2, 1),
        contact(LocalDate.of(2026, 1, 5)),
        decision(LocalDate.of(2026, 1, 15), ComplaintSubject.SOCIAL_TREATMENT, Outcome.GRANTED));
    assertEquals(List.of(), all(granted, DeadlineKind.COMPLAINT));
    assertEquals(List.of(), all(granted, DeadlineKind.RECONSIDERATION));
  }

  @Test
  @Tag("RAN-C1")
  @DisplayName("RAN-C1 one complaint limit per adverse decision, each closed by the first complaint after it")
  void oneLimitPerDecision() {
    DeadlineReport r = social(LocalDate.of(2026, 3, 20),
        contact(LocalDate.of(2026, 1, 5)), refusal(LocalDate.of(2026, 1, 15)),
        event(EventType.COMPLAINT, LocalDate.of(2026, 1, 20)),
        decision(LocalDate.of(2026, 2, 16), ComplaintSubject.SOCIAL_TREATMENT, Outcome.PARTLY_GRANTED));
    List<Deadline> complaints = all(r, DeadlineKind.COMPLAINT);
    assertEquals(2, complaints.size(), complaints::toString);
    assertDeadline(complaints.get(0), DeadlineKind.COMPLAINT, "RAN-C1", COMPLAINT_BASIS,
        LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 12), LocalDate.of(2026, 1, 20), Status.MET);
    // Monday 16 Feb 2026 + 4 weeks = Monday 16 Mar 2026; no complaint after the second decision.
    assertDeadline(complaints.get(1), DeadlineKind.COMPLAINT, "RAN-C1", COMPLAINT_BASIS,
        LocalDate.of(2026, 2, 16), LocalDate.of(2026, 3, 16), null, Status.LAPSED);
  }

  static Stream<Arguments> complaintCalendar() {
    return Stream.of(
        // Good Friday 2023 + 4 weeks = Friday 5 May 2023, Store Bededag (a holiday in 2023), then the weekend.
        Arguments.of(LocalDate.of(2023, 4, 7), LocalDate.of(2023, 5, 8)),
        // Good Friday 2024 + 4 weeks = Friday 26 April 2024: Store Bededag is abolished, a working day.
        Arguments.of(LocalDate.of(2024, 3, 29), LocalDate.of(2024, 4, 26)),
        // Monday 9 March 2026 + 4 weeks = Easter Monday 6 April 2026, moved to Tuesday 7 April.
        Arguments.of(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 4, 7)),
        // Thursday 5 March 2026 + 4 weeks = Maundy Thursday 2 April; Good Friday, the weekend and Easter Monday follow.
        Arguments.of(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 4, 7)),
        // Saturday 31 Jan 2026 (Digital Post, received the day sent) + 4 weeks = Saturday 28 Feb, moved to Monday 2 March.
        Arguments.of(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 3, 2)),
        // Thursday 16 April 2026 + 4 weeks = Ascension Day 14 May 2026, moved to Friday 15 May.
        Arguments.of(LocalDate.of(2026, 4, 16), LocalDate.of(2026, 5, 15)),
        // Monday 27 April 2026 + 4 weeks = Whit Monday 25 May 2026, moved to Tuesday 26 May.
        Arguments.of(LocalDate.of(2026, 4, 27), LocalDate.of(2026, 5, 26)),
        // Friday 8 May 2026 + 4 weeks = Friday 5 June 2026, Constitution Day: not a holiday for this purpose.
        Arguments.of(LocalDate.of(2026, 5, 8), LocalDate.of(2026, 6, 5)),
        // Wednesday 26 Nov 2025 + 4 weeks = Wednesday 24 Dec 2025: not a holiday for this purpose.
        Arguments.of(LocalDate.of(2025, 11, 26), LocalDate.of(2025, 12, 24)),
        // Thursday 27 Nov 2025 + 4 weeks = Christmas Day; Boxing Day and the weekend follow: Monday 29 Dec 2025.
        Arguments.of(LocalDate.of(2025, 11, 27), LocalDate.of(2025, 12, 29)));
  }

  @ParameterizedTest(name = "decision received {0}: complain by {1}")
  @MethodSource("complaintCalendar")
  @Tag("RAN-C1")
  @Tag("NAT-C1")
  @DisplayName("RAN-C1 4 weeks from receipt, moved past weekends and public holidays (D0-5)")
  void complaintLimitCalendar(LocalDate received, LocalDate due) {
    DeadlineReport r = social(received, refusal(received));
    Deadline complaint = only(r, DeadlineKind.COMPLAINT);
    assertDeadline(complaint, DeadlineKind.COMPLAINT, "RAN-C1", COMPLAINT_BASIS, received, due, null, Status.PENDING);
    assertMentions(complaint, received.toString(), due.toString());
  }

  // ------------------------------------------------------------------ reconsideration (NAT-C5)

  @Test
  @Tag("NAT-C5")
  @Tag("RAN-C1")
  @DisplayName("NAT-C5 a complaint received on Good Friday, 7 April 2023 must be reconsidered by Monday 8 May 2023 (Store Bededag 5 May); not done: breached")
  void reconsiderationStoreBededag2023() {
    DeadlineReport open = social(LocalDate.of(2023, 5, 9),
        contact(LocalDate.of(2023, 3, 1)), refusal(LocalDate.of(2023, 3, 20)),
        event(EventType.COMPLAINT, LocalDate.of(2023, 4, 7)));
    // Monday 20 March 2023 + 4 weeks = Monday 17 April 2023 (Easter Monday was 10 April).
    assertDeadline(only(open, DeadlineKind.COMPLAINT), DeadlineKind.COMPLAINT, "RAN-C1", COMPLAINT_BASIS,
        LocalDate.of(2023, 3, 20), LocalDate.of(2023, 4, 17), LocalDate.of(2023, 4, 7), Status.MET);
    Deadline reconsideration = only(open, DeadlineKind.RECONSIDERATION);
    assertDeadline(reconsideration, DeadlineKind.RECONSIDERATION, "NAT-C5", RECONSIDERATION_BASIS,
        LocalDate.of(2023, 4, 7), LocalDate.of(2023, 5, 8), null, Status.BREACHED);
    assertMentions(reconsideration, "2023-04-07", "2023-05-08");

    DeadlineReport done = social(LocalDate.of(2023, 5, 9),
        contact(LocalDate.of(2023, 3, 1)), refusal(LocalDate.of(2023, 3, 20)),
        event(EventType.COMPLAINT, LocalDate.of(2023, 4, 7)), event(EventType.RECONSIDERED, LocalDate.of(2023, 5, 8)));
    assertDeadline(only(done, DeadlineKind.RECONSIDERATION), DeadlineKind.RECONSIDERATION, "NAT-C5",
        RECONSIDERATION_BASIS, LocalDate.of(2023, 4, 7), LocalDate.of(2023, 5, 8), LocalDate.of(2023, 5, 8),
        Status.MET);
  }

  @Test
  @Tag("NAT-C5")
  @DisplayName("NAT-C5 a complaint received on Good Friday 2024 must be reconsidered by Friday 26 April 2024 (no Store Bededag); done on 29 April: breached")
  void reconsiderationLateIn2024() {
    DeadlineReport r = social(LocalDate.of(2024, 5, 1),
        contact(LocalDate.of(2024, 3, 1)), refusal(LocalDate.of(2024, 3, 15)),
        event(EventType.COMPLAINT, LocalDate.of(2024, 3, 29)), event(EventType.RECONSIDERED, LocalDate.of(2024, 4, 29)));
    assertDeadline(only(r, DeadlineKind.RECONSIDERATION), DeadlineKind.RECONSIDERATION, "NAT-C5",
        RECONSIDERATION_BASIS, LocalDate.of(2024, 3, 29), LocalDate.of(2024, 4, 26), LocalDate.of(2024, 4, 29),
        Status.BREACHED);
  }

  @Test
  @Tag("NAT-C5")
  @DisplayName("NAT-C5 one reconsideration per complaint, closed in turn by the next reconsideration after each complaint")
  void oneReconsiderationPerComplaint() {
    DeadlineReport r = social(LocalDate.of(2026, 3, 30),
        contact(LocalDate.of(2026, 1, 5)), refusal(LocalDate.of(2026, 1, 15)),
        event(EventType.COMPLAINT, LocalDate.of(2026, 1, 20)),
        event(EventType.RECONSIDERED, LocalDate.of(2026, 2, 10)),
        decision(LocalDate.of(2026, 2, 16), ComplaintSubject.SOCIAL_TREATMENT, Outcome.PARTLY_GRANTED),
        event(EventType.COMPLAINT, LocalDate.of(2026, 2, 18)));
    List<Deadline> reconsiderations = all(r, DeadlineKind.RECONSIDERATION);
    assertEquals(2, reconsiderations.size(), reconsiderations::toString);
    // Tuesday 20 Jan 2026 + 4 weeks = Tuesday 17 Feb 2026.
    assertDeadline(reconsiderations.get(0), DeadlineKind.RECONSIDERATION, "NAT-C5", RECONSIDERATION_BASIS,
        LocalDate.of(2026, 1, 20), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 10), Status.MET);
    // Wednesday 18 Feb 2026 + 4 weeks = Wednesday 18 Mar 2026; not reconsidered by 30 March.
    assertDeadline(reconsiderations.get(1), DeadlineKind.RECONSIDERATION, "NAT-C5", RECONSIDERATION_BASIS,
        LocalDate.of(2026, 2, 18), LocalDate.of(2026, 3, 18), null, Status.BREACHED);
  }

  // ------------------------------------------------------------------ no limit (NAT-A4, RAN-C2, NAT-C4, NAT-C3)

  @Test
  @Tag("NAT-A4")
  @Tag("NAT-C2")
  @DisplayName("NAT-A4 a refusal of anonymous treatment (§ 101 a) cannot be appealed: no complaint limit and nothing to reconsider")
  void anonymousDecisionNotAppealable() {
    DeadlineReport r = report(LocalDate.of(2026, 3, 1), Track.ANONYMOUS_DRUG, Citizen.builder().age(30).build(),
        CaseEvent.contact(LocalDate.of(2026, 1, 5), ContactChannel.PHONE),
        decision(LocalDate.of(2026, 1, 15), ComplaintSubject.ANONYMOUS_TREATMENT, Outcome.REFUSED),
        event(EventType.COMPLAINT, LocalDate.of(2026, 1, 20)));
    Deadline complaint = only(r, DeadlineKind.COMPLAINT);
    assertDeadline(complaint, DeadlineKind.COMPLAINT, "NAT-A4", "SEL § 101 a, stk. 6",
        LocalDate.of(2026, 1, 15), null, null, Status.NOT_APPLICABLE);
    assertMentions(complaint, "SEL § 101 a, stk. 6");
    assertEquals(List.of(), all(r, DeadlineKind.RECONSIDERATION));
    assertNoFindings(r);
  }

  @Test
  @Tag("RAN-C2")
  @Tag("NAT-C4")
  @DisplayName("RAN-C2 a complaint about case handling goes to socialchefen with no time limit, and is not reconsidered for Ankestyrelsen")
  void caseHandlingHasNoLimit() {
    DeadlineReport r = social(LocalDate.of(2026, 3, 1),
        contact(LocalDate.of(2026, 1, 5)),
        decision(LocalDate.of(2026, 1, 15), ComplaintSubject.CASE_HANDLING, Outcome.REFUSED),
        event(EventType.COMPLAINT, LocalDate.of(2026, 2, 25)));
    Deadline complaint = only(r, DeadlineKind.COMPLAINT);
    assertDeadline(complaint, DeadlineKind.COMPLAINT, "RAN-C2", null,
        LocalDate.of(2026, 1, 15), null, null, Status.NOT_APPLICABLE);
    assertMentions(complaint, "Socialchefen", "RAN-C2");
    assertEquals(List.of(), all(r, DeadlineKind.RECONSIDERATION));
  }

  @Test
  @Tag("NAT-C3")
  @DisplayName("NAT-C3 a complaint about the health-professional part goes to Styrelsen for Patientklager: no limit here")
  void healthComplaintGoesToPatientSafety() {
    DeadlineReport r = social(LocalDate.of(2026, 3, 1),
        contact(LocalDate.of(2026, 1, 5)),
        decision(LocalDate.of(2026, 1, 15), ComplaintSubject.HEALTH_TREATMENT, Outcome.REFUSED));
    Deadline complaint = only(r, DeadlineKind.COMPLAINT);
    assertDeadline(complaint, DeadlineKind.COMPLAINT, "NAT-C3", null,
        LocalDate.of(2026, 1, 15), null, null, Status.NOT_APPLICABLE);
    assertMentions(complaint, "Styrelsen for Patientklager");
    assertFalse(complaint.explanation().contains("Patientombuddet"), complaint::explanation);
    assertFalse(complaint.explanation().contains("Patientsikkerhed"), complaint::explanation);
    assertEquals(List.of(), all(r, DeadlineKind.RECONSIDERATION));
  }

  @Test
  @Tag("RAN-C1")
  @Tag("RAN-C2")
  @DisplayName("RAN-C1, RAN-C2 undated complaint entries come last, after every dated deadline")
  void undatedEntriesLast() {
    DeadlineReport r = social(LocalDate.of(2026, 3, 1),
        contact(LocalDate.of(2026, 1, 5)), RandersDeadlinesTest.start(LocalDate.of(2026, 1, 12)),
        decision(LocalDate.of(2026, 1, 10), ComplaintSubject.CASE_HANDLING, Outcome.REFUSED),
        decision(LocalDate.of(2026, 2, 2), ComplaintSubject.SOCIAL_TREATMENT, Outcome.PARTLY_GRANTED));
    List<DeadlineKind> kinds = r.deadlines().stream().map(Deadline::kind).toList();
    // Guarantee due 19 Jan 2026; complaint about 2 Feb due 2 Mar 2026; plan review due 12 Jul 2026; case handling undated.
    assertEquals(List.of(DeadlineKind.TREATMENT_GUARANTEE, DeadlineKind.COMPLAINT, DeadlineKind.PLAN_REVIEW,
        DeadlineKind.COMPLAINT), kinds, r.deadlines()::toString);
    assertEquals("RAN-C1", r.deadlines().get(1).rule());
    assertEquals(LocalDate.of(2026, 3, 2), r.deadlines().get(1).due().orElseThrow());
    assertEquals("RAN-C2", r.deadlines().get(3).rule());
    assertNoFindings(r);
  }

  @Test
  @Tag("RAN-C1")
  @DisplayName("RAN-C1 the complaint limit explained in Danish names the receipt, the last day and the rule")
  void danishComplaintExplanation() {
    DeadlineReport r = report(LocalDate.of(2023, 4, 10), Track.SOCIAL_DRUG, adult(), java.util.Locale.forLanguageTag("da"),
        refusal(LocalDate.of(2023, 4, 7)));
    Deadline complaint = only(r, DeadlineKind.COMPLAINT);
    assertDeadline(complaint, DeadlineKind.COMPLAINT, "RAN-C1", COMPLAINT_BASIS,
        LocalDate.of(2023, 4, 7), LocalDate.of(2023, 5, 8), null, Status.PENDING);
    assertMentions(complaint, "modtaget den 7. april 2023", "senest den 8. maj 2023", "4 uger", "RAN-C1", "Fristen løber");
  }
}
