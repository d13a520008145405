package dk.kvalitetsstandard.gentofte;

import static dk.kvalitetsstandard.gentofte.GentofteDeadlinesTest.ENGINE;
import static dk.kvalitetsstandard.gentofte.GentofteDeadlinesTest.assertDeadline;
import static dk.kvalitetsstandard.gentofte.GentofteDeadlinesTest.assertMentions;
import static dk.kvalitetsstandard.gentofte.GentofteDeadlinesTest.assertNoFindings;
import static dk.kvalitetsstandard.gentofte.GentofteDeadlinesTest.contact;
import static dk.kvalitetsstandard.gentofte.GentofteDeadlinesTest.decision;
import static dk.kvalitetsstandard.gentofte.GentofteDeadlinesTest.event;
import static dk.kvalitetsstandard.gentofte.GentofteDeadlinesTest.gentofte;
import static dk.kvalitetsstandard.gentofte.GentofteDeadlinesTest.ofKind;
import static dk.kvalitetsstandard.gentofte.GentofteDeadlinesTest.single;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Example cases for Gentofte's complaint limit (GEN-C1: 4 weeks, equal to the law's NAT-C1, so the
 * municipal rule is named), the municipality's reconsideration (NAT-C5: 4 weeks, Gentofte states
 * none of its own), and the decisions that carry no time limit: anonymous treatment (NAT-A4), case
 * handling (NAT-C4) and the health-professional part (NAT-C3).
 *
 * <p>Four weeks are counted as D0-5 says: the day of receipt is not counted, the limit ends on the
 * same weekday four weeks later, and moves past Saturdays, Sundays and public holidays. Every
 * expected date is worked out by hand.
 */
class GentofteComplaintDeadlinesTest {

  private static final String RETSSIKKERHEDSLOVEN_67 = "Retssikkerhedsloven § 67";
  private static final String RETSSIKKERHEDSLOVEN_66 = "Retssikkerhedsloven § 66";

  private static CaseEvent complaint(LocalDate date) {
    return event(EventType.COMPLAINT, date);
  }

  private static CaseEvent reconsidered(LocalDate date) {
    return event(EventType.RECONSIDERED, date);
  }

  private static CaseEvent socialDecision(LocalDate date, Outcome outcome) {
    return decision(date, ComplaintSubject.SOCIAL_TREATMENT, outcome);
  }

  /** The complaint limit of a social-treatment decision received on {@code received}, nothing else recorded. */
  private static Deadline complaintLimit(LocalDate received, LocalDate asOf) {
    return single(ENGINE.report(gentofte(Track.SOCIAL_DRUG, asOf, socialDecision(received, Outcome.REFUSED))),
        DeadlineKind.COMPLAINT);
  }

  // ------------------------------------------------------------------ GEN-C1: the complaint limit

  @Test
  @DisplayName("GEN-C1 NAT-C5 Partly granted on 7 January, complaint on 20 January: in time (limit 4 February); "
      + "Gentofte reconsiders on 10 February, in time (limit 17 February)")
  void complaintAndReconsiderationMet() {
    DeadlineReport r = ENGINE.report(gentofte(Track.SOCIAL_DRUG, LocalDate.of(2026, 3, 1),
        socialDecision(LocalDate.of(2026, 1, 7), Outcome.PARTLY_GRANTED),
        complaint(LocalDate.of(2026, 1, 20)),
        reconsidered(LocalDate.of(2026, 2, 10))));

    Deadline c = single(r, DeadlineKind.COMPLAINT);
    assertDeadline(c, DeadlineKind.COMPLAINT, "GEN-C1", RETSSIKKERHEDSLOVEN_67,
        LocalDate.of(2026, 1, 7), LocalDate.of(2026, 2, 4), LocalDate.of(2026, 1, 20), Status.MET);
    assertMentions(c.explanation(), "2026-01-07", "2026-02-04", "GEN-C1");
    Deadline rc = single(r, DeadlineKind.RECONSIDERATION);
    assertDeadline(rc, DeadlineKind.RECONSIDERATION, "NAT-C5", RETSSIKKERHEDSLOVEN_66,
        LocalDate.of(2026, 1, 20), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 10), Status.MET);
    assertMentions(rc.explanation(), "2026-01-20", "2026-02-17", "Ankestyrelsen");
    assertNoFindings(r);
  }

  @Test
  @DisplayName("GEN-C1 A complaint on the last day of the 4 weeks is in time; its reconsideration is pending")
  void complaintOnTheLastDay() {
    DeadlineReport r = ENGINE.report(gentofte(Track.SOCIAL_DRUG, LocalDate.of(2026, 3, 1),
        socialDecision(LocalDate.of(2026, 1, 7), Outcome.REFUSED),
        complaint(LocalDate.of(2026, 2, 4))));

    assertDeadline(single(r, DeadlineKind.COMPLAINT), DeadlineKind.COMPLAINT, "GEN-C1", RETSSIKKERHEDSLOVEN_67,
        LocalDate.of(2026, 1, 7), LocalDate.of(2026, 2, 4), LocalDate.of(2026, 2, 4), Status.MET);
    assertDeadline(single(r, DeadlineKind.RECONSIDERATION), DeadlineKind.RECONSIDERATION, "NAT-C5",
        RETSSIKKERHEDSLOVEN_66, LocalDate.of(2026, 2, 4), LocalDate.of(2026, 3, 4), null, Status.PENDING);
  }

  @Test
  @DisplayName("GEN-C1 No complaint yet, reported on the last day: pending; reported the day after: lapsed")
  void complaintPendingThenLapsed() {
    Deadline lastDay = complaintLimit(LocalDate.of(2026, 1, 7), LocalDate.of(2026, 2, 4));
    assertDeadline(lastDay, DeadlineKind.COMPLAINT, "GEN-C1", RETSSIKKERHEDSLOVEN_67,
        LocalDate.of(2026, 1, 7), LocalDate.of(2026, 2, 4), null, Status.PENDING);

    Deadline dayAfter = complaintLimit(LocalDate.of(2026, 1, 7), LocalDate.of(2026, 2, 5));
    assertDeadline(dayAfter, DeadlineKind.COMPLAINT, "GEN-C1", RETSSIKKERHEDSLOVEN_67,
        LocalDate.of(2026, 1, 7), LocalDate.of(2026, 2, 4), null, Status.LAPSED);
    assertMentions(dayAfter.explanation(), "Lapsed", "2026-02-04");
  }

  @Test
  @DisplayName("GEN-C1 A complaint one day after the limit: the right lapsed; the complaint is still reconsidered "
      + "within 4 weeks (NAT-C5)")
  void lateComplaintLapsed() {
    DeadlineReport r = ENGINE.report(gentofte(Track.SOCIAL_DRUG, LocalDate.of(2026, 3, 1),
        socialDecision(LocalDate.of(2026, 1, 7), Outcome.REFUSED),
        complaint(LocalDate.of(2026, 2, 5))));

    Deadline c = single(r, DeadlineKind.COMPLAINT);
    assertDeadline(c, DeadlineKind.COMPLAINT, "GEN-C1", RETSSIKKERHEDSLOVEN_67,
        LocalDate.of(2026, 1, 7), LocalDate.of(2026, 2, 4), LocalDate.of(2026, 2, 5), Status.LAPSED);
    assertMentions(c.explanation(), "Lapsed", "2026-02-05");
    assertDeadline(single(r, DeadlineKind.RECONSIDERATION), DeadlineKind.RECONSIDERATION, "NAT-C5",
        RETSSIKKERHEDSLOVEN_66, LocalDate.of(2026, 2, 5), LocalDate.of(2026, 3, 5), null, Status.PENDING);
  }

  @Test
  @DisplayName("GEN-C1 A decision fully granted gives nothing to complain about: no complaint limit, no reconsideration")
  void grantedDecisionHasNoComplaintLimit() {
    DeadlineReport r = ENGINE.report(gentofte(Track.SOCIAL_DRUG, LocalDate.of(2026, 3, 1),
        contact(LocalDate.of(2026, 1, 5), ContactChannel.PHONE),
        socialDecision(LocalDate.of(2026, 1, 7), Outcome.GRANTED)));

    assertEquals(List.of(), ofKind(r, DeadlineKind.COMPLAINT));
    assertEquals(List.of(), ofKind(r, DeadlineKind.RECONSIDERATION));
  }

  // ------------------------------------------------------------------ D0-5 calendar

  @Test
  @DisplayName("GEN-C1 D0-5 Received Saturday 10 January 2026: 4 weeks end on a Saturday, so the limit moves to "
      + "Monday 9 February")
  void limitMovesPastTheWeekend() {
    assertDeadline(complaintLimit(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 3, 1)), DeadlineKind.COMPLAINT,
        "GEN-C1", RETSSIKKERHEDSLOVEN_67, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 2, 9), null, Status.LAPSED);
  }

  @Test
  @DisplayName("GEN-C1 D0-5 Received 5 March 2026: 4 weeks end on Maundy Thursday; Good Friday, Saturday, Easter "
      + "Sunday and Easter Monday follow, so a complaint on Tuesday 7 April is in time")
  void limitMovesPastEaster2026() {
    DeadlineReport r = ENGINE.report(gentofte(Track.SOCIAL_DRUG, LocalDate.of(2026, 4, 10),
        socialDecision(LocalDate.of(2026, 3, 5), Outcome.REFUSED),
        complaint(LocalDate.of(2026, 4, 7))));

    assertDeadline(single(r, DeadlineKind.COMPLAINT), DeadlineKind.COMPLAINT, "GEN-C1", RETSSIKKERHEDSLOVEN_67,
        LocalDate.of(2026, 3, 5), LocalDate.of(2026, 4, 7), LocalDate.of(2026, 4, 7), Status.MET);
  }

  @Test
  @DisplayName("GEN-C1 D0-5 Received 16 April 2026: 4 weeks end on Ascension Day; the Friday after is a working "
      + "day, so the limit is 15 May")
  void limitMovesPastAscensionDay() {
    assertDeadline(complaintLimit(LocalDate.of(2026, 4, 16), LocalDate.of(2026, 5, 15)), DeadlineKind.COMPLAINT,
        "GEN-C1", RETSSIKKERHEDSLOVEN_67, LocalDate.of(2026, 4, 16), LocalDate.of(2026, 5, 15), null, Status.PENDING);
  }

  @Test
  @DisplayName("GEN-C1 D0-5 Received 7 April 2023: 4 weeks end on Store Bededag (5 May 2023, still a holiday), "
      + "then a weekend: a complaint on Monday 8 May 2023 is in time")
  void storeBededag2023IsAHoliday() {
    DeadlineReport r = ENGINE.report(gentofte(Track.SOCIAL_DRUG, LocalDate.of(2023, 6, 1),
        socialDecision(LocalDate.of(2023, 4, 7), Outcome.REFUSED),
        complaint(LocalDate.of(2023, 5, 8))));

    assertDeadline(single(r, DeadlineKind.COMPLAINT), DeadlineKind.COMPLAINT, "GEN-C1", RETSSIKKERHEDSLOVEN_67,
        LocalDate.of(2023, 4, 7), LocalDate.of(2023, 5, 8), LocalDate.of(2023, 5, 8), Status.MET);
    assertNoFindings(r);
  }

  @Test
  @DisplayName("GEN-C1 D0-5 Received 29 March 2024: 4 weeks end on 26 April 2024, the old Store Bededag, now a "
      + "working day: a complaint on Monday 29 April 2024 is too late")
  void storeBededag2024IsAWorkingDay() {
    DeadlineReport r = ENGINE.report(gentofte(Track.SOCIAL_DRUG, LocalDate.of(2024, 6, 1),
        socialDecision(LocalDate.of(2024, 3, 29), Outcome.REFUSED),
        complaint(LocalDate.of(2024, 4, 29))));

    assertDeadline(single(r, DeadlineKind.COMPLAINT), DeadlineKind.COMPLAINT, "GEN-C1", RETSSIKKERHEDSLOVEN_67,
        LocalDate.of(2024, 3, 29), LocalDate.of(2024, 4, 26), LocalDate.of(2024, 4, 29), Status.LAPSED);
  }

  @Test
  @DisplayName("GEN-C1 D0-5 Christmas 2025: 4 weeks ending on Christmas Day move past Boxing Day and the weekend to "
      + "29 December; ending on 24 December (no public holiday) they stay")
  void christmas2025() {
    assertDeadline(complaintLimit(LocalDate.of(2025, 11, 27), LocalDate.of(2026, 1, 5)), DeadlineKind.COMPLAINT,
        "GEN-C1", RETSSIKKERHEDSLOVEN_67, LocalDate.of(2025, 11, 27), LocalDate.of(2025, 12, 29), null, Status.LAPSED);
    assertDeadline(complaintLimit(LocalDate.of(2025, 11, 26), LocalDate.of(2026, 1, 5)), DeadlineKind.COMPLAINT,
        "GEN-C1", RETSSIKKERHEDSLOVEN_67, LocalDate.of(2025, 11, 26), LocalDate.of(2025, 12, 24), null, Status.LAPSED);
  }

  @Test
  @DisplayName("GEN-C1 D0-5 Constitution Day (5 June 2025) is not a public holiday for time limits: the limit stays")
  void constitutionDayIsNoHoliday() {
    assertDeadline(complaintLimit(LocalDate.of(2025, 5, 8), LocalDate.of(2025, 6, 5)), DeadlineKind.COMPLAINT,
        "GEN-C1", RETSSIKKERHEDSLOVEN_67, LocalDate.of(2025, 5, 8), LocalDate.of(2025, 6, 5), null, Status.PENDING);
  }

  // ------------------------------------------------------------------ NAT-C5: reconsideration

  @Test
  @DisplayName("NAT-C5 D0-5 Complaint on Monday 9 March 2026: 4 weeks end on Easter Monday, so Gentofte must "
      + "reconsider by 7 April; reconsidered on 8 April it is breached")
  void reconsiderationLateOverEaster() {
    DeadlineReport r = ENGINE.report(gentofte(Track.SOCIAL_DRUG, LocalDate.of(2026, 5, 1),
        socialDecision(LocalDate.of(2026, 3, 2), Outcome.REFUSED),
        complaint(LocalDate.of(2026, 3, 9)),
        reconsidered(LocalDate.of(2026, 4, 8))));

    assertDeadline(single(r, DeadlineKind.COMPLAINT), DeadlineKind.COMPLAINT, "GEN-C1", RETSSIKKERHEDSLOVEN_67,
        LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 30), LocalDate.of(2026, 3, 9), Status.MET);
    Deadline rc = single(r, DeadlineKind.RECONSIDERATION);
    assertDeadline(rc, DeadlineKind.RECONSIDERATION, "NAT-C5", RETSSIKKERHEDSLOVEN_66,
        LocalDate.of(2026, 3, 9), LocalDate.of(2026, 4, 7), LocalDate.of(2026, 4, 8), Status.BREACHED);
    assertMentions(rc.explanation(), "2026-04-07", "2026-04-08", "Breached");
  }

  @Test
  @DisplayName("NAT-C5 Not reconsidered: pending on the last day (17 February), breached after it")
  void reconsiderationPendingThenBreached() {
    CaseEvent received = socialDecision(LocalDate.of(2026, 1, 7), Outcome.REFUSED);
    CaseEvent complained = complaint(LocalDate.of(2026, 1, 20));

    DeadlineReport onDueDay = ENGINE.report(gentofte(Track.SOCIAL_DRUG, LocalDate.of(2026, 2, 17), received, complained));
    assertDeadline(single(onDueDay, DeadlineKind.RECONSIDERATION), DeadlineKind.RECONSIDERATION, "NAT-C5",
        RETSSIKKERHEDSLOVEN_66, LocalDate.of(2026, 1, 20), LocalDate.of(2026, 2, 17), null, Status.PENDING);

    DeadlineReport later = ENGINE.report(gentofte(Track.SOCIAL_DRUG, LocalDate.of(2026, 3, 1), received, complained));
    assertDeadline(single(later, DeadlineKind.RECONSIDERATION), DeadlineKind.RECONSIDERATION, "NAT-C5",
        RETSSIKKERHEDSLOVEN_66, LocalDate.of(2026, 1, 20), LocalDate.of(2026, 2, 17), null, Status.BREACHED);
  }

  @Test
  @DisplayName("GEN-C1 NAT-C5 Two decisions, two complaints: one limit and one reconsideration each, reconsiderations "
      + "closed in order")
  void twoComplaints() {
    DeadlineReport r = ENGINE.report(gentofte(Track.SOCIAL_DRUG, LocalDate.of(2026, 3, 20),
        socialDecision(LocalDate.of(2026, 1, 5), Outcome.REFUSED),
        complaint(LocalDate.of(2026, 1, 12)),
        socialDecision(LocalDate.of(2026, 2, 2), Outcome.PARTLY_GRANTED),
        reconsidered(LocalDate.of(2026, 2, 3)),
        complaint(LocalDate.of(2026, 2, 9)),
        reconsidered(LocalDate.of(2026, 3, 2))));

    List<Deadline> complaints = ofKind(r, DeadlineKind.COMPLAINT);
    assertEquals(2, complaints.size());
    assertDeadline(complaints.get(0), DeadlineKind.COMPLAINT, "GEN-C1", RETSSIKKERHEDSLOVEN_67,
        LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 2), LocalDate.of(2026, 1, 12), Status.MET);
    assertDeadline(complaints.get(1), DeadlineKind.COMPLAINT, "GEN-C1", RETSSIKKERHEDSLOVEN_67,
        LocalDate.of(2026, 2, 2), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 2, 9), Status.MET);

    List<Deadline> reconsiderations = ofKind(r, DeadlineKind.RECONSIDERATION);
    assertEquals(2, reconsiderations.size());
    assertDeadline(reconsiderations.get(0), DeadlineKind.RECONSIDERATION, "NAT-C5", RETSSIKKERHEDSLOVEN_66,
        LocalDate.of(2026, 1, 12), LocalDate.of(2026, 2, 9), LocalDate.of(2026, 2, 3), Status.MET);
    assertDeadline(reconsiderations.get(1), DeadlineKind.RECONSIDERATION, "NAT-C5", RETSSIKKERHEDSLOVEN_66,
        LocalDate.of(2026, 2, 9), LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 2), Status.MET);
    assertNoFindings(r);
  }

  // ------------------------------------------------------------------ no time limit

  @Test
  @DisplayName("NAT-A4 NAT-C2 A refused anonymous treatment (SEL § 101 a) cannot be appealed: no limit, nothing to "
      + "reconsider")
  void anonymousDecisionNotAppealable() {
    DeadlineReport r = ENGINE.report(gentofte(Track.ANONYMOUS_DRUG, LocalDate.of(2026, 3, 1),
        Citizen.builder().age(30).build(),
        contact(LocalDate.of(2026, 1, 5), ContactChannel.PHONE),
        decision(LocalDate.of(2026, 1, 14), ComplaintSubject.ANONYMOUS_TREATMENT, Outcome.REFUSED),
        complaint(LocalDate.of(2026, 1, 20))));

    Deadline c = single(r, DeadlineKind.COMPLAINT);
    assertDeadline(c, DeadlineKind.COMPLAINT, "NAT-A4", "SEL § 101 a, stk. 6",
        LocalDate.of(2026, 1, 14), null, null, Status.NOT_APPLICABLE);
    assertMentions(c.explanation(), "cannot be appealed");
    assertEquals(List.of(), ofKind(r, DeadlineKind.RECONSIDERATION));
    assertNoFindings(r);
  }

  @Test
  @DisplayName("NAT-C4 A complaint about case handling has no time limit and goes to Gentofte Kommune, not "
      + "Ankestyrelsen; nothing to reconsider under NAT-C5")
  void caseHandlingComplaint() {
    DeadlineReport r = ENGINE.report(gentofte(Track.SOCIAL_DRUG, LocalDate.of(2026, 3, 1),
        decision(LocalDate.of(2026, 1, 7), ComplaintSubject.CASE_HANDLING, Outcome.REFUSED),
        complaint(LocalDate.of(2026, 1, 12))));

    Deadline c = single(r, DeadlineKind.COMPLAINT);
    assertDeadline(c, DeadlineKind.COMPLAINT, "NAT-C4", null, LocalDate.of(2026, 1, 7), null, null,
        Status.NOT_APPLICABLE);
    assertMentions(c.explanation(), "Gentofte Kommune");
    assertEquals(List.of(), ofKind(r, DeadlineKind.RECONSIDERATION));
  }

  @Test
  @DisplayName("NAT-C3 A complaint about the health-professional part of substitution treatment goes to Styrelsen "
      + "for Patientklager: no limit here, nothing to reconsider")
  void healthComplaint() {
    DeadlineReport r = ENGINE.report(gentofte(Track.MEDICAL_DRUG, LocalDate.of(2026, 3, 1),
        contact(LocalDate.of(2026, 1, 5), ContactChannel.PHONE),
        decision(LocalDate.of(2026, 1, 7), ComplaintSubject.HEALTH_TREATMENT, Outcome.PARTLY_GRANTED),
        complaint(LocalDate.of(2026, 1, 12))));

    Deadline c = single(r, DeadlineKind.COMPLAINT);
    assertDeadline(c, DeadlineKind.COMPLAINT, "NAT-C3", null, LocalDate.of(2026, 1, 7), null, null,
        Status.NOT_APPLICABLE);
    assertMentions(c.explanation(), "Styrelsen for Patientklager");
    assertEquals(List.of(), ofKind(r, DeadlineKind.RECONSIDERATION));
  }

  // ------------------------------------------------------------------ Danish

  @Test
  @DisplayName("GEN-C1 Danish explanation: a lapsed complaint limit explained in Danish")
  void danishLapsedComplaint() {
    DeadlineReport r = ENGINE.report(gentofte(Track.SOCIAL_DRUG, LocalDate.of(2026, 3, 1),
        socialDecision(LocalDate.of(2026, 1, 7), Outcome.REFUSED)), Locale.forLanguageTag("da"));

    Deadline c = single(r, DeadlineKind.COMPLAINT);
    assertDeadline(c, DeadlineKind.COMPLAINT, "GEN-C1", RETSSIKKERHEDSLOVEN_67,
        LocalDate.of(2026, 1, 7), LocalDate.of(2026, 2, 4), null, Status.LAPSED);
    assertMentions(c.explanation(), "Borgeren kan klage over afgørelsen, som blev modtaget den 7. januar 2026, senest den "
        + "4. februar 2026", "4 uger", "GEN-C1", RETSSIKKERHEDSLOVEN_67, "Klagefristen er udløbet");
  }
}
