package dk.kvalitetsstandard.ringsted;

import static dk.kvalitetsstandard.ringsted.RingstedDeadlinesTest.ENGINE;
import static dk.kvalitetsstandard.ringsted.RingstedDeadlinesTest.all;
import static dk.kvalitetsstandard.ringsted.RingstedDeadlinesTest.anonymousCase;
import static dk.kvalitetsstandard.ringsted.RingstedDeadlinesTest.assertDeadline;
import static dk.kvalitetsstandard.ringsted.RingstedDeadlinesTest.assertMentions;
import static dk.kvalitetsstandard.ringsted.RingstedDeadlinesTest.d;
import static dk.kvalitetsstandard.ringsted.RingstedDeadlinesTest.decision;
import static dk.kvalitetsstandard.ringsted.RingstedDeadlinesTest.event;
import static dk.kvalitetsstandard.ringsted.RingstedDeadlinesTest.only;
import static dk.kvalitetsstandard.ringsted.RingstedDeadlinesTest.phone;
import static dk.kvalitetsstandard.ringsted.RingstedDeadlinesTest.socialCase;
import static dk.kvalitetsstandard.ringsted.RingstedDeadlinesTest.start;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.cases.CaseEvent;
import dk.kvalitetsstandard.cases.EventType;
import dk.kvalitetsstandard.cases.Outcome;
import dk.kvalitetsstandard.deadline.Deadline;
import dk.kvalitetsstandard.deadline.DeadlineReport;
import dk.kvalitetsstandard.deadline.Status;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import dk.kvalitetsstandard.standard.DeadlineKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Complaint limits (RIN-C1, NAT-C1..C4, NAT-A4) and the municipality's reconsideration (NAT-C5) for
 * Ringsted, counted by D0-5: the day of receipt is not counted, four weeks end on the same weekday
 * 28 days later, and a limit that ends on a Saturday, Sunday or public holiday moves to the next
 * day that is none of these. Every expected date is worked out by hand.
 */
class RingstedComplaintDeadlinesTest {

  private static final String COMPLAINT_BASIS = "Retssikkerhedsloven § 67";
  private static final String RECONSIDERATION_BASIS = "Retssikkerhedsloven § 66";

  private static CaseEvent refusal(LocalDate date) {
    return decision(date, ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED);
  }

  private static CaseEvent complaint(LocalDate date) {
    return event(EventType.COMPLAINT, date);
  }

  private static CaseEvent reconsidered(LocalDate date) {
    return event(EventType.RECONSIDERED, date);
  }

  /**
   * A social case in which the citizen got in touch and received a refusal of social treatment on
   * the same day, {@code received}, followed by {@code more} events.
   */
  private static DeadlineReport refused(LocalDate asOf, LocalDate received, CaseEvent... more) {
    CaseEvent[] events = new CaseEvent[more.length + 2];
    events[0] = phone(received);
    events[1] = refusal(received);
    System.arraycopy(more, 0, events, 2, more.length);
    return ENGINE.report(socialCase(asOf, events));
  }

  private static Deadline complaintLimit(DeadlineReport r) {
    return only(r, DeadlineKind.COMPLAINT);
  }

  // ------------------------------------------------------------------ RIN-C1: the citizen's 4 weeks

  @Test
  @DisplayName("RIN-C1 the complaint goes to Rådgivningscentret within 4 weeks of receiving the decision: a complaint on the last day is in time")
  void complaintOnTheLastDay() {
    // Received Thursday 15 January 2026; four weeks later is Thursday 12 February.
    DeadlineReport r = refused(d(2026, 3, 1), d(2026, 1, 15), complaint(d(2026, 2, 12)));

    Deadline c = complaintLimit(r);
    assertDeadline(c, DeadlineKind.COMPLAINT, "RIN-C1", COMPLAINT_BASIS,
        d(2026, 1, 15), d(2026, 2, 12), d(2026, 2, 12), Status.MET);
    assertMentions(c.explanation(), "RIN-C1", "2026-01-15", "2026-02-12", "4 weeks");
  }

  @Test
  @DisplayName("RIN-C1 no complaint yet and the 4 weeks end on the report date: pending")
  void complaintPendingOnTheDueDate() {
    DeadlineReport r = refused(d(2026, 2, 12), d(2026, 1, 15));

    assertDeadline(complaintLimit(r), DeadlineKind.COMPLAINT, "RIN-C1", COMPLAINT_BASIS,
        d(2026, 1, 15), d(2026, 2, 12), null, Status.PENDING);
  }

  @Test
  @DisplayName("RIN-C1 no complaint within the 4 weeks: the right lapsed")
  void complaintLapsedOpen() {
    DeadlineReport r = refused(d(2026, 2, 13), d(2026, 1, 15));

    Deadline c = complaintLimit(r);
    assertDeadline(c, DeadlineKind.COMPLAINT, "RIN-C1", COMPLAINT_BASIS,
        d(2026, 1, 15), d(2026, 2, 12), null, Status.LAPSED);
    assertMentions(c.explanation(), "2026-02-12");
  }

  @Test
  @DisplayName("RIN-C1 a complaint made a day after the 4 weeks came too late: lapsed")
  void complaintLapsedClosedLate() {
    DeadlineReport r = refused(d(2026, 3, 1), d(2026, 1, 15), complaint(d(2026, 2, 13)));

    Deadline c = complaintLimit(r);
    assertDeadline(c, DeadlineKind.COMPLAINT, "RIN-C1", COMPLAINT_BASIS,
        d(2026, 1, 15), d(2026, 2, 12), d(2026, 2, 13), Status.LAPSED);
    assertMentions(c.explanation(), "2026-02-13");
  }

  @Test
  @DisplayName("RIN-C1 a partly granted decision can be complained about too; a granted one gives no complaint limit")
  void partlyGrantedAndGranted() {
    DeadlineReport r = ENGINE.report(socialCase(d(2026, 3, 1), phone(d(2026, 1, 5)),
        decision(d(2026, 1, 12), ComplaintSubject.SOCIAL_TREATMENT, Outcome.GRANTED),
        decision(d(2026, 1, 20), ComplaintSubject.SOCIAL_TREATMENT, Outcome.PARTLY_GRANTED)));

    // Only the partly granted decision (Tuesday 20 January) counts: due Tuesday 17 February.
    assertDeadline(complaintLimit(r), DeadlineKind.COMPLAINT, "RIN-C1", COMPLAINT_BASIS,
        d(2026, 1, 20), d(2026, 2, 17), null, Status.LAPSED);
  }

  // ------------------------------------------------------------------ D0-5 calendar edges

  @Test
  @DisplayName("RIN-C1 D0-5 Easter 2026: four weeks from 5 March end on Maundy Thursday 2 April; Good Friday, the weekend and Easter Monday follow, so the limit is Tuesday 7 April")
  void easter2026() {
    DeadlineReport r = refused(d(2026, 4, 7), d(2026, 3, 5), complaint(d(2026, 4, 7)));

    assertDeadline(complaintLimit(r), DeadlineKind.COMPLAINT, "RIN-C1", COMPLAINT_BASIS,
        d(2026, 3, 5), d(2026, 4, 7), d(2026, 4, 7), Status.MET);
  }

  @Test
  @DisplayName("RIN-C1 D0-5 Store Bededag 2023: a decision received on 7 April 2023 can be complained about until Monday 8 May 2023")
  void storeBededag2023() {
    // 7 April + 28 days = Friday 5 May 2023, Store Bededag (a holiday to 2023); then Saturday, Sunday.
    DeadlineReport r = refused(d(2023, 5, 8), d(2023, 4, 7), complaint(d(2023, 5, 8)));

    assertDeadline(complaintLimit(r), DeadlineKind.COMPLAINT, "RIN-C1", COMPLAINT_BASIS,
        d(2023, 4, 7), d(2023, 5, 8), d(2023, 5, 8), Status.MET);
  }

  @Test
  @DisplayName("RIN-C1 D0-5 Store Bededag abolished: 26 April 2024 is a working day, so a complaint on Monday 29 April 2024 is too late")
  void storeBededag2024() {
    // 29 March 2024 + 28 days = Friday 26 April 2024, no longer a holiday.
    DeadlineReport r = refused(d(2024, 5, 1), d(2024, 3, 29), complaint(d(2024, 4, 29)));

    assertDeadline(complaintLimit(r), DeadlineKind.COMPLAINT, "RIN-C1", COMPLAINT_BASIS,
        d(2024, 3, 29), d(2024, 4, 26), d(2024, 4, 29), Status.LAPSED);
  }

  @Test
  @DisplayName("RIN-C1 D0-5 a limit ending on a Saturday moves to Monday: received Saturday 31 January 2026, due Monday 2 March")
  void weekendMovesToMonday() {
    DeadlineReport r = refused(d(2026, 3, 2), d(2026, 1, 31));

    assertDeadline(complaintLimit(r), DeadlineKind.COMPLAINT, "RIN-C1", COMPLAINT_BASIS,
        d(2026, 1, 31), d(2026, 3, 2), null, Status.PENDING);
  }

  @Test
  @DisplayName("RIN-C1 D0-5 Christmas: ending on Christmas Day 2025 moves past Boxing Day and the weekend to Monday 29 December; 24 December itself is no holiday")
  void christmas2025() {
    DeadlineReport christmasDay = refused(d(2026, 1, 5), d(2025, 11, 27));
    assertDeadline(complaintLimit(christmasDay), DeadlineKind.COMPLAINT, "RIN-C1", COMPLAINT_BASIS,
        d(2025, 11, 27), d(2025, 12, 29), null, Status.LAPSED);

    DeadlineReport christmasEve = refused(d(2026, 1, 5), d(2025, 11, 26));
    assertDeadline(complaintLimit(christmasEve), DeadlineKind.COMPLAINT, "RIN-C1", COMPLAINT_BASIS,
        d(2025, 11, 26), d(2025, 12, 24), null, Status.LAPSED);
  }

  @Test
  @DisplayName("RIN-C1 D0-5 New Year's Day 2026 moves the limit to Friday 2 January; Ascension Day and Whit Monday 2026 move it a day; Constitution Day does not")
  void otherHolidays2026() {
    assertEquals(d(2026, 1, 2), complaintLimit(refused(d(2026, 1, 2), d(2025, 12, 4))).due().orElseThrow());
    // 16 April + 28 = Ascension Day, Thursday 14 May.
    assertEquals(d(2026, 5, 15), complaintLimit(refused(d(2026, 5, 1), d(2026, 4, 16))).due().orElseThrow());
    // 27 April + 28 = Whit Monday, 25 May.
    assertEquals(d(2026, 5, 26), complaintLimit(refused(d(2026, 5, 1), d(2026, 4, 27))).due().orElseThrow());
    // 8 May + 28 = Friday 5 June, Constitution Day: not a public holiday for this purpose.
    assertEquals(d(2026, 6, 5), complaintLimit(refused(d(2026, 5, 10), d(2026, 5, 8))).due().orElseThrow());
  }

  // ------------------------------------------------------------------ NAT-C5: reconsideration

  @Test
  @DisplayName("NAT-C5 Rådgivningscentret reconsiders a complaint within 4 weeks of receiving it: done in time (met)")
  void reconsideredInTime() {
    // Complaint Thursday 12 February 2026: reconsideration due Thursday 12 March.
    DeadlineReport r = refused(d(2026, 3, 15), d(2026, 1, 15), complaint(d(2026, 2, 12)), reconsidered(d(2026, 3, 10)));

    Deadline rec = only(r, DeadlineKind.RECONSIDERATION);
    assertDeadline(rec, DeadlineKind.RECONSIDERATION, "NAT-C5", RECONSIDERATION_BASIS,
        d(2026, 2, 12), d(2026, 3, 12), d(2026, 3, 10), Status.MET);
    assertMentions(rec.explanation(), "NAT-C5", "2026-02-12", "2026-03-12", "Ankestyrelsen");
  }

  @Test
  @DisplayName("NAT-C5 reconsideration pending, then breached when nothing is done, then breached when done late")
  void reconsiderationPendingAndBreached() {
    assertDeadline(only(refused(d(2026, 3, 1), d(2026, 1, 15), complaint(d(2026, 2, 12))), DeadlineKind.RECONSIDERATION),
        DeadlineKind.RECONSIDERATION, "NAT-C5", RECONSIDERATION_BASIS,
        d(2026, 2, 12), d(2026, 3, 12), null, Status.PENDING);
    assertDeadline(only(refused(d(2026, 3, 13), d(2026, 1, 15), complaint(d(2026, 2, 12))), DeadlineKind.RECONSIDERATION),
        DeadlineKind.RECONSIDERATION, "NAT-C5", RECONSIDERATION_BASIS,
        d(2026, 2, 12), d(2026, 3, 12), null, Status.BREACHED);
    assertDeadline(only(refused(d(2026, 3, 20), d(2026, 1, 15), complaint(d(2026, 2, 12)), reconsidered(d(2026, 3, 13))),
            DeadlineKind.RECONSIDERATION),
        DeadlineKind.RECONSIDERATION, "NAT-C5", RECONSIDERATION_BASIS,
        d(2026, 2, 12), d(2026, 3, 12), d(2026, 3, 13), Status.BREACHED);
  }

  @Test
  @DisplayName("NAT-C5 D0-5 a complaint received on 7 April 2023 is reconsidered by 8 May 2023 (Store Bededag and the weekend)")
  void reconsiderationStoreBededag2023() {
    DeadlineReport r = refused(d(2023, 5, 10), d(2023, 3, 20), complaint(d(2023, 4, 7)), reconsidered(d(2023, 5, 8)));

    assertDeadline(only(r, DeadlineKind.RECONSIDERATION), DeadlineKind.RECONSIDERATION, "NAT-C5", RECONSIDERATION_BASIS,
        d(2023, 4, 7), d(2023, 5, 8), d(2023, 5, 8), Status.MET);
  }

  @Test
  @DisplayName("NAT-C5 D0-5 a complaint received on 29 March 2024 is reconsidered by 26 April 2024, a working day since Store Bededag was abolished")
  void reconsiderationStoreBededag2024() {
    DeadlineReport r = refused(d(2024, 5, 1), d(2024, 3, 11), complaint(d(2024, 3, 29)), reconsidered(d(2024, 4, 29)));

    assertDeadline(only(r, DeadlineKind.RECONSIDERATION), DeadlineKind.RECONSIDERATION, "NAT-C5", RECONSIDERATION_BASIS,
        d(2024, 3, 29), d(2024, 4, 26), d(2024, 4, 29), Status.BREACHED);
  }

  @Test
  @DisplayName("NAT-C5 D0-5 Easter 2026: a complaint of 5 March is reconsidered in time on Tuesday 7 April")
  void reconsiderationEaster2026() {
    DeadlineReport r = refused(d(2026, 4, 10), d(2026, 2, 20), complaint(d(2026, 3, 5)), reconsidered(d(2026, 4, 7)));

    assertDeadline(only(r, DeadlineKind.RECONSIDERATION), DeadlineKind.RECONSIDERATION, "NAT-C5", RECONSIDERATION_BASIS,
        d(2026, 3, 5), d(2026, 4, 7), d(2026, 4, 7), Status.MET);
  }

  @Test
  @DisplayName("NAT-C5 each complaint gets its own reconsideration, closed by the next reconsideration after it")
  void twoComplaintsTwoReconsiderations() {
    // Refusal 5 January, complaint Tuesday 20 January (due 17 February), reconsidered 10 February;
    // partly granted 2 March, complaint Monday 9 March (due 6 April, Easter Monday, so Tuesday 7 April), open.
    DeadlineReport r = ENGINE.report(socialCase(d(2026, 3, 20), phone(d(2026, 1, 2)),
        refusal(d(2026, 1, 5)), complaint(d(2026, 1, 20)), reconsidered(d(2026, 2, 10)),
        decision(d(2026, 3, 2), ComplaintSubject.SOCIAL_TREATMENT, Outcome.PARTLY_GRANTED), complaint(d(2026, 3, 9))));

    List<Deadline> recs = all(r, DeadlineKind.RECONSIDERATION);
    assertEquals(2, recs.size(), recs::toString);
    assertDeadline(recs.get(0), DeadlineKind.RECONSIDERATION, "NAT-C5", RECONSIDERATION_BASIS,
        d(2026, 1, 20), d(2026, 2, 17), d(2026, 2, 10), Status.MET);
    assertDeadline(recs.get(1), DeadlineKind.RECONSIDERATION, "NAT-C5", RECONSIDERATION_BASIS,
        d(2026, 3, 9), d(2026, 4, 7), null, Status.PENDING);

    List<Deadline> limits = all(r, DeadlineKind.COMPLAINT);
    assertEquals(2, limits.size(), limits::toString);
    // 5 January + 28 = Monday 2 February; 2 March + 28 = Monday 30 March.
    assertDeadline(limits.get(0), DeadlineKind.COMPLAINT, "RIN-C1", COMPLAINT_BASIS,
        d(2026, 1, 5), d(2026, 2, 2), d(2026, 1, 20), Status.MET);
    assertDeadline(limits.get(1), DeadlineKind.COMPLAINT, "RIN-C1", COMPLAINT_BASIS,
        d(2026, 3, 2), d(2026, 3, 30), d(2026, 3, 9), Status.MET);
  }

  // ------------------------------------------------------------------ no limit: anonymous, case handling, health

  @Test
  @DisplayName("NAT-A4 NAT-C2 a decision on anonymous treatment (SEL § 101 a) cannot be appealed: no complaint limit and no reconsideration")
  void anonymousDecisionNotAppealable() {
    DeadlineReport r = ENGINE.report(anonymousCase(d(2026, 3, 1), phone(d(2026, 1, 5)),
        decision(d(2026, 1, 12), ComplaintSubject.ANONYMOUS_TREATMENT, Outcome.REFUSED), complaint(d(2026, 1, 20))));

    Deadline c = complaintLimit(r);
    assertDeadline(c, DeadlineKind.COMPLAINT, "NAT-A4", "SEL § 101 a, stk. 6", d(2026, 1, 12), null, null,
        Status.NOT_APPLICABLE);
    assertTrue(all(r, DeadlineKind.RECONSIDERATION).isEmpty(), r.deadlines()::toString);
  }

  @Test
  @DisplayName("NAT-C4 a complaint about case handling has no time limit and does not go to Ankestyrelsen")
  void caseHandling() {
    DeadlineReport r = ENGINE.report(socialCase(d(2026, 3, 1), phone(d(2026, 1, 5)), start(d(2026, 1, 5)),
        decision(d(2026, 1, 12), ComplaintSubject.CASE_HANDLING, Outcome.REFUSED)));

    Deadline c = complaintLimit(r);
    assertDeadline(c, DeadlineKind.COMPLAINT, "NAT-C4", null, d(2026, 1, 12), null, null, Status.NOT_APPLICABLE);
    assertMentions(c.explanation(), "Ringsted Kommune", "not to Ankestyrelsen");
    assertEquals(DeadlineKind.COMPLAINT, r.deadlines().get(r.deadlines().size() - 1).kind(), "undated deadlines last");
  }

  @Test
  @DisplayName("NAT-C3 a complaint about the health-professional part goes to Styrelsen for Patientklager, with no limit here")
  void healthComplaint() {
    DeadlineReport r = ENGINE.report(socialCase(d(2026, 3, 1), phone(d(2026, 1, 5)),
        decision(d(2026, 1, 12), ComplaintSubject.HEALTH_TREATMENT, Outcome.REFUSED)));

    Deadline c = complaintLimit(r);
    assertEquals("NAT-C3", c.rule());
    assertEquals(Status.NOT_APPLICABLE, c.status());
    assertEquals(d(2026, 1, 12), c.startedBy().orElseThrow());
    assertTrue(c.due().isEmpty());
    assertTrue(c.closedBy().isEmpty());
    assertMentions(c.explanation(), "Styrelsen for Patientklager");
    assertFalse(c.explanation().contains("Patientombuddet"), c.explanation());
  }

  @Test
  @DisplayName("RIN-C1 NAT-C5 the complaint limit and the reconsideration explained in Danish")
  void danish() {
    DeadlineReport r = ENGINE.report(socialCase(d(2026, 3, 15), phone(d(2026, 1, 5)), refusal(d(2026, 1, 15)),
        complaint(d(2026, 2, 12)), reconsidered(d(2026, 3, 10))), Locale.forLanguageTag("da"));

    assertMentions(complaintLimit(r).explanation(), "modtaget den 15. januar 2026", "senest den 12. februar 2026", "4 uger",
        "RIN-C1, Retssikkerhedsloven § 67", "Overholdt: det skete den 12. februar 2026");
    assertMentions(only(r, DeadlineKind.RECONSIDERATION).explanation(), "modtaget klagen den 12. februar 2026",
        "senest den 12. marts 2026", "Ankestyrelsen", "NAT-C5, Retssikkerhedsloven § 66", "Overholdt");
  }
}
