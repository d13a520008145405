package dk.kvalitetsstandard.jammerbugt;

import static dk.kvalitetsstandard.jammerbugt.JammerbugtDeadlinesTest.ADULT;
import static dk.kvalitetsstandard.jammerbugt.JammerbugtDeadlinesTest.ENGINE;
import static dk.kvalitetsstandard.jammerbugt.JammerbugtDeadlinesTest.all;
import static dk.kvalitetsstandard.jammerbugt.JammerbugtDeadlinesTest.assertContains;
import static dk.kvalitetsstandard.jammerbugt.JammerbugtDeadlinesTest.assertDeadline;
import static dk.kvalitetsstandard.jammerbugt.JammerbugtDeadlinesTest.caseOf;
import static dk.kvalitetsstandard.jammerbugt.JammerbugtDeadlinesTest.d;
import static dk.kvalitetsstandard.jammerbugt.JammerbugtDeadlinesTest.decision;
import static dk.kvalitetsstandard.jammerbugt.JammerbugtDeadlinesTest.event;
import static dk.kvalitetsstandard.jammerbugt.JammerbugtDeadlinesTest.only;
import static dk.kvalitetsstandard.jammerbugt.JammerbugtDeadlinesTest.onlyFinding;
import static dk.kvalitetsstandard.jammerbugt.JammerbugtDeadlinesTest.phone;
import static dk.kvalitetsstandard.jammerbugt.JammerbugtDeadlinesTest.report;
import static dk.kvalitetsstandard.jammerbugt.JammerbugtDeadlinesTest.start;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dk.kvalitetsstandard.cases.Citizen;
import dk.kvalitetsstandard.cases.EventType;
import dk.kvalitetsstandard.cases.Outcome;
import dk.kvalitetsstandard.deadline.Deadline;
import dk.kvalitetsstandard.deadline.DeadlineReport;
import dk.kvalitetsstandard.deadline.Status;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import dk.kvalitetsstandard.standard.DeadlineKind;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Complaint limits and reconsideration under Jammerbugt's standard: the citizen's 4-week limit on
 * a decision on social treatment (NAT-C1; JAM-C1 names the recipient but no limit), counted as D0-5
 * with the Danish public holidays (Easter, Store Bededag up to 2023); the municipality's 4 weeks to
 * reconsider (NAT-C5); decisions on anonymous treatment that cannot be appealed (NAT-A4);
 * case-handling complaints without a limit (JAM-C2); health complaints to Styrelsen for
 * Patientklager, where the standard still names Patientombuddet (JAM-C3, NAT-C3).
 */
class JammerbugtComplaintDeadlinesTest {

  static final String RSL_67 = "Retssikkerhedsloven § 67";
  static final String RSL_66 = "Retssikkerhedsloven § 66";

  @Nested
  @DisplayName("The citizen's 4-week complaint limit on social treatment (NAT-C1, JAM-C1, D0-5)")
  class SocialTreatment {

    @Test
    @DisplayName("NAT-C1 JAM-C1 D0-5 refusal received 7 April 2023: 4 weeks end on Store Bededag (5 May 2023), so the limit is Monday 8 May; a complaint that day is in time")
    void storeBededag2023() {
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2023, 5, 8),
          decision(d(2023, 4, 7), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED),
          event(EventType.COMPLAINT, d(2023, 5, 8)));
      Deadline c = only(r, DeadlineKind.COMPLAINT);
      assertDeadline(c, DeadlineKind.COMPLAINT, "NAT-C1", RSL_67, d(2023, 4, 7), d(2023, 5, 8), d(2023, 5, 8), Status.MET);
      assertContains(c.explanation(), "2023-04-07", "2023-05-08");
    }

    @Test
    @DisplayName("NAT-C1 D0-5 refusal received 7 April 2023, no complaint yet on 8 May 2023: pending")
    void pendingOnTheLastDay() {
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2023, 5, 8),
          decision(d(2023, 4, 7), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED));
      assertDeadline(only(r, DeadlineKind.COMPLAINT), DeadlineKind.COMPLAINT, "NAT-C1", RSL_67,
          d(2023, 4, 7), d(2023, 5, 8), null, Status.PENDING);
    }

    @Test
    @DisplayName("NAT-C1 D0-5 refusal received 7 April 2023, no complaint by 8 May: the right has lapsed")
    void lapsedOpen() {
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2023, 5, 9),
          decision(d(2023, 4, 7), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED));
      Deadline c = only(r, DeadlineKind.COMPLAINT);
      assertDeadline(c, DeadlineKind.COMPLAINT, "NAT-C1", RSL_67, d(2023, 4, 7), d(2023, 5, 8), null, Status.LAPSED);
      assertContains(c.explanation(), "2023-05-08");
    }

    @Test
    @DisplayName("NAT-C1 D0-5 refusal received 7 April 2023, complaint only on 9 May: too late, lapsed")
    void lapsedClosedLate() {
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2023, 5, 20),
          decision(d(2023, 4, 7), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED),
          event(EventType.COMPLAINT, d(2023, 5, 9)));
      Deadline c = only(r, DeadlineKind.COMPLAINT);
      assertDeadline(c, DeadlineKind.COMPLAINT, "NAT-C1", RSL_67, d(2023, 4, 7), d(2023, 5, 8), d(2023, 5, 9), Status.LAPSED);
      assertContains(c.explanation(), "2023-05-09");
    }

    @Test
    @DisplayName("NAT-C1 NAT-Q2 D0-5 Store Bededag 2024 (26 April) is a working day: a refusal received 29 March 2024 has its limit on 26 April 2024")
    void storeBededag2024() {
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2024, 4, 29),
          decision(d(2024, 3, 29), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED));
      assertDeadline(only(r, DeadlineKind.COMPLAINT), DeadlineKind.COMPLAINT, "NAT-C1", RSL_67,
          d(2024, 3, 29), d(2024, 4, 26), null, Status.LAPSED);
      assertContains(onlyFinding(r, "NAT-Q2").message(), "2023-12-31", "2024-03-29");
    }

    @Test
    @DisplayName("NAT-C1 D0-5 Easter 2023: a refusal received 10 March ends on Good Friday 7 April, moved past Easter to Tuesday 11 April")
    void easter2023() {
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2023, 4, 1), phone(d(2023, 3, 1)),
          decision(d(2023, 3, 10), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED));
      assertDeadline(only(r, DeadlineKind.COMPLAINT), DeadlineKind.COMPLAINT, "NAT-C1", RSL_67,
          d(2023, 3, 10), d(2023, 4, 11), null, Status.PENDING);
      assertEquals(Status.NOT_APPLICABLE, only(r, DeadlineKind.TREATMENT_GUARANTEE).status(),
          "refused before day 14: no guarantee, the complaint limit matters instead");
    }

    @Test
    @DisplayName("NAT-C1 NAT-Q2 D0-5 Easter 2026 (2-6 April): a refusal received 5 March 2026 may be appealed until Tuesday 7 April")
    void easter2026() {
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2026, 4, 7),
          decision(d(2026, 3, 5), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED));
      assertDeadline(only(r, DeadlineKind.COMPLAINT), DeadlineKind.COMPLAINT, "NAT-C1", RSL_67,
          d(2026, 3, 5), d(2026, 4, 7), null, Status.PENDING);
      assertContains(onlyFinding(r, "NAT-Q2").message(), "2023-12-31", "2026-03-05");
    }

    @Test
    @DisplayName("NAT-C1 D0-5 a limit ending on Saturday 1 July 2023 moves to Monday 3 July")
    void weekend() {
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2023, 7, 1),
          decision(d(2023, 6, 3), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED));
      assertDeadline(only(r, DeadlineKind.COMPLAINT), DeadlineKind.COMPLAINT, "NAT-C1", RSL_67,
          d(2023, 6, 3), d(2023, 7, 3), null, Status.PENDING);
    }

    @Test
    @DisplayName("NAT-C1 D0-5 Constitution Day (5 June 2023) is no public holiday: a limit ending then stays on it")
    void constitutionDay() {
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2023, 6, 6),
          decision(d(2023, 5, 8), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED));
      assertDeadline(only(r, DeadlineKind.COMPLAINT), DeadlineKind.COMPLAINT, "NAT-C1", RSL_67,
          d(2023, 5, 8), d(2023, 6, 5), null, Status.LAPSED);
    }

    @Test
    @DisplayName("NAT-C1 D0-5 a limit ending on Christmas Day 2023 moves past Boxing Day to Wednesday 27 December")
    void christmas() {
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2023, 12, 27),
          decision(d(2023, 11, 27), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED));
      assertDeadline(only(r, DeadlineKind.COMPLAINT), DeadlineKind.COMPLAINT, "NAT-C1", RSL_67,
          d(2023, 11, 27), d(2023, 12, 27), null, Status.PENDING);
    }

    @Test
    @DisplayName("NAT-C1 a decision only partly granted can be appealed too; a granted one gives no complaint limit")
    void partlyGrantedAndGranted() {
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2023, 10, 10),
          decision(d(2023, 9, 4), ComplaintSubject.SOCIAL_TREATMENT, Outcome.PARTLY_GRANTED),
          event(EventType.COMPLAINT, d(2023, 9, 20)));
      assertDeadline(only(r, DeadlineKind.COMPLAINT), DeadlineKind.COMPLAINT, "NAT-C1", RSL_67,
          d(2023, 9, 4), d(2023, 10, 2), d(2023, 9, 20), Status.MET);

      DeadlineReport granted = report(Track.SOCIAL_DRUG, d(2023, 10, 10),
          decision(d(2023, 9, 4), ComplaintSubject.SOCIAL_TREATMENT, Outcome.GRANTED));
      assertEquals(List.of(), all(granted, DeadlineKind.COMPLAINT));
    }

    @Test
    @DisplayName("NAT-C1 NAT-C5 two refusals, two complaints: each limit closed by the first complaint after its own decision")
    void twoDecisions() {
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2023, 8, 1),
          decision(d(2023, 3, 1), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED),
          event(EventType.COMPLAINT, d(2023, 3, 20)), event(EventType.RECONSIDERED, d(2023, 4, 12)),
          decision(d(2023, 6, 3), ComplaintSubject.SOCIAL_TREATMENT, Outcome.PARTLY_GRANTED),
          event(EventType.COMPLAINT, d(2023, 6, 10)));
      List<Deadline> complaints = all(r, DeadlineKind.COMPLAINT);
      assertEquals(2, complaints.size());
      assertDeadline(complaints.get(0), DeadlineKind.COMPLAINT, "NAT-C1", RSL_67,
          d(2023, 3, 1), d(2023, 3, 29), d(2023, 3, 20), Status.MET);
      assertDeadline(complaints.get(1), DeadlineKind.COMPLAINT, "NAT-C1", RSL_67,
          d(2023, 6, 3), d(2023, 7, 3), d(2023, 6, 10), Status.MET);
      List<Deadline> reconsiderations = all(r, DeadlineKind.RECONSIDERATION);
      assertEquals(2, reconsiderations.size());
      assertDeadline(reconsiderations.get(0), DeadlineKind.RECONSIDERATION, "NAT-C5", RSL_66,
          d(2023, 3, 20), d(2023, 4, 17), d(2023, 4, 12), Status.MET);
      // 10 June 2023 is a Saturday; 4 weeks later, Saturday 8 July, moves to Monday 10 July.
      assertDeadline(reconsiderations.get(1), DeadlineKind.RECONSIDERATION, "NAT-C5", RSL_66,
          d(2023, 6, 10), d(2023, 7, 10), null, Status.BREACHED);
    }
  }

  @Nested
  @DisplayName("The municipality's 4 weeks to reconsider a complaint (NAT-C5)")
  class Reconsideration {

    @Test
    @DisplayName("NAT-C5 D0-5 complaint on 7 April 2023: reconsideration due Monday 8 May (past Store Bededag); done 10 May is late")
    void storeBededag2023Breached() {
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2023, 6, 1),
          decision(d(2023, 4, 3), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED),
          event(EventType.COMPLAINT, d(2023, 4, 7)), event(EventType.RECONSIDERED, d(2023, 5, 10)));
      assertDeadline(only(r, DeadlineKind.COMPLAINT), DeadlineKind.COMPLAINT, "NAT-C1", RSL_67,
          d(2023, 4, 3), d(2023, 5, 1), d(2023, 4, 7), Status.MET);
      Deadline rc = only(r, DeadlineKind.RECONSIDERATION);
      assertDeadline(rc, DeadlineKind.RECONSIDERATION, "NAT-C5", RSL_66,
          d(2023, 4, 7), d(2023, 5, 8), d(2023, 5, 10), Status.BREACHED);
      assertContains(rc.explanation(), "2023-04-07", "2023-05-08", "2023-05-10");
    }

    @Test
    @DisplayName("NAT-C5 D0-5 complaint on 7 April 2023, not yet reconsidered on 8 May: pending")
    void pending() {
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2023, 5, 8),
          decision(d(2023, 4, 3), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED),
          event(EventType.COMPLAINT, d(2023, 4, 7)));
      assertDeadline(only(r, DeadlineKind.RECONSIDERATION), DeadlineKind.RECONSIDERATION, "NAT-C5", RSL_66,
          d(2023, 4, 7), d(2023, 5, 8), null, Status.PENDING);
    }

    @Test
    @DisplayName("NAT-C5 D0-5 Easter 2026: complaint on 5 March 2026, reconsidered on Tuesday 7 April, the first working day after Easter: met")
    void easter2026Met() {
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2026, 4, 10),
          decision(d(2026, 2, 20), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED),
          event(EventType.COMPLAINT, d(2026, 3, 5)), event(EventType.RECONSIDERED, d(2026, 4, 7)));
      assertDeadline(only(r, DeadlineKind.COMPLAINT), DeadlineKind.COMPLAINT, "NAT-C1", RSL_67,
          d(2026, 2, 20), d(2026, 3, 20), d(2026, 3, 5), Status.MET);
      assertDeadline(only(r, DeadlineKind.RECONSIDERATION), DeadlineKind.RECONSIDERATION, "NAT-C5", RSL_66,
          d(2026, 3, 5), d(2026, 4, 7), d(2026, 4, 7), Status.MET);
    }

    @Test
    @DisplayName("NAT-C5 D0-5 Easter 2026: complaint on 5 March 2026 still not reconsidered on 8 April: breached")
    void easter2026Breached() {
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2026, 4, 8),
          decision(d(2026, 2, 20), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED),
          event(EventType.COMPLAINT, d(2026, 3, 5)));
      assertDeadline(only(r, DeadlineKind.RECONSIDERATION), DeadlineKind.RECONSIDERATION, "NAT-C5", RSL_66,
          d(2026, 3, 5), d(2026, 4, 7), null, Status.BREACHED);
    }
  }

  @Nested
  @DisplayName("Decisions with no complaint limit (NAT-A4, JAM-C2, JAM-C3, NAT-C3)")
  class NoLimit {

    @Test
    @DisplayName("NAT-A4 NAT-C2 a refusal of anonymous treatment cannot be appealed: not applicable, and a complaint gets no reconsideration")
    void anonymousNotAppealable() {
      DeadlineReport r = ENGINE.report(caseOf(Track.ANONYMOUS_DRUG, d(2023, 6, 1), Citizen.unknown(),
          phone(d(2023, 3, 1)), decision(d(2023, 3, 6), ComplaintSubject.ANONYMOUS_TREATMENT, Outcome.REFUSED),
          event(EventType.COMPLAINT, d(2023, 3, 10))));
      Deadline c = only(r, DeadlineKind.COMPLAINT);
      assertDeadline(c, DeadlineKind.COMPLAINT, "NAT-A4", "SEL § 101 a, stk. 6", d(2023, 3, 6), null, null,
          Status.NOT_APPLICABLE);
      assertEquals(List.of(), all(r, DeadlineKind.RECONSIDERATION));
    }

    @Test
    @DisplayName("JAM-C2 NAT-C4 a complaint about case handling has no limit and goes to Job og Tværgående indsats, not Ankestyrelsen")
    void caseHandling() {
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2023, 6, 1), phone(d(2023, 3, 1)), start(d(2023, 3, 10), "OUTPATIENT"),
          decision(d(2023, 4, 3), ComplaintSubject.CASE_HANDLING, Outcome.REFUSED),
          event(EventType.COMPLAINT, d(2023, 4, 20)));
      Deadline c = only(r, DeadlineKind.COMPLAINT);
      assertDeadline(c, DeadlineKind.COMPLAINT, "JAM-C2", null, d(2023, 4, 3), null, null, Status.NOT_APPLICABLE);
      assertContains(c.explanation(), "Job og Tværgående indsats", "Ankestyrelsen", "JAM-C2");
      assertEquals(List.of(), all(r, DeadlineKind.RECONSIDERATION), "no reconsideration by Ankestyrelsen's route");
    }

    @Test
    @DisplayName("JAM-C3 NAT-C3 a complaint about substitution treatment goes to Styrelsen for Patientklager; the standard's Patientombuddet is noted")
    void healthMedicalTrack() {
      DeadlineReport r = report(Track.MEDICAL_DRUG, d(2023, 7, 1), phone(d(2023, 5, 2)), start(d(2023, 5, 12), "SUBSTITUTION"),
          decision(d(2023, 6, 1), ComplaintSubject.HEALTH_TREATMENT, Outcome.PARTLY_GRANTED));
      Deadline c = only(r, DeadlineKind.COMPLAINT);
      assertDeadline(c, DeadlineKind.COMPLAINT, "NAT-C3", null, d(2023, 6, 1), null, null, Status.NOT_APPLICABLE);
      assertContains(c.explanation(), "Styrelsen for Patientklager", "Patientombuddet", "NAT-C3");
    }

    @Test
    @DisplayName("JAM-C3 NAT-C3 the same for alcohol treatment (SUL § 141): no limit here, Styrelsen for Patientklager")
    void healthAlcohol() {
      DeadlineReport r = report(Track.ALCOHOL, d(2023, 7, 1), phone(d(2023, 5, 2)), start(d(2023, 5, 12), "OUTPATIENT"),
          decision(d(2023, 6, 1), ComplaintSubject.HEALTH_TREATMENT, Outcome.REFUSED),
          event(EventType.COMPLAINT, d(2023, 6, 5)));
      Deadline c = only(r, DeadlineKind.COMPLAINT);
      assertDeadline(c, DeadlineKind.COMPLAINT, "NAT-C3", null, d(2023, 6, 1), null, null, Status.NOT_APPLICABLE);
      assertContains(c.explanation(), "Styrelsen for Patientklager", "Patientombuddet");
      assertEquals(List.of(), all(r, DeadlineKind.RECONSIDERATION), "NAT-C5 covers social treatment only");
    }
  }

  @Test
  @DisplayName("NAT-C1 D0-5 in Danish: a refusal received 7 April 2023 may be appealed until 8 May 2023")
  void danish() {
    DeadlineReport r = ENGINE.report(caseOf(Track.SOCIAL_DRUG, d(2023, 4, 20), ADULT,
        decision(d(2023, 4, 7), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED)), Locale.forLanguageTag("da"));
    Deadline c = only(r, DeadlineKind.COMPLAINT);
    assertDeadline(c, DeadlineKind.COMPLAINT, "NAT-C1", RSL_67, d(2023, 4, 7), d(2023, 5, 8), null, Status.PENDING);
    assertContains(c.explanation(), "Borgeren kan klage over afgørelsen, som blev modtaget den 7. april 2023, senest den "
        + "8. maj 2023", "4 uger", "helligdag", "Fristen løber");
    assertFalse(c.explanation().contains("Pending"), "no English in a Danish report");
  }
}
