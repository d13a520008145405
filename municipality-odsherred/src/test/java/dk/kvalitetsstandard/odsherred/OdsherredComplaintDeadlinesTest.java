package dk.kvalitetsstandard.odsherred;

import static dk.kvalitetsstandard.odsherred.OdsherredCases.ENGINE;
import static dk.kvalitetsstandard.odsherred.OdsherredCases.all;
import static dk.kvalitetsstandard.odsherred.OdsherredCases.anonymous;
import static dk.kvalitetsstandard.odsherred.OdsherredCases.assertDeadline;
import static dk.kvalitetsstandard.odsherred.OdsherredCases.assertNames;
import static dk.kvalitetsstandard.odsherred.OdsherredCases.complaint;
import static dk.kvalitetsstandard.odsherred.OdsherredCases.date;
import static dk.kvalitetsstandard.odsherred.OdsherredCases.decision;
import static dk.kvalitetsstandard.odsherred.OdsherredCases.finding;
import static dk.kvalitetsstandard.odsherred.OdsherredCases.inPerson;
import static dk.kvalitetsstandard.odsherred.OdsherredCases.odsherred;
import static dk.kvalitetsstandard.odsherred.OdsherredCases.only;
import static dk.kvalitetsstandard.odsherred.OdsherredCases.phone;
import static dk.kvalitetsstandard.odsherred.OdsherredCases.reconsidered;
import static dk.kvalitetsstandard.odsherred.OdsherredCases.start;
import static dk.kvalitetsstandard.standard.DeadlineKind.COMPLAINT;
import static dk.kvalitetsstandard.standard.DeadlineKind.RECONSIDERATION;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.kvalitetsstandard.cases.Outcome;
import dk.kvalitetsstandard.deadline.Deadline;
import dk.kvalitetsstandard.deadline.DeadlineReport;
import dk.kvalitetsstandard.deadline.Status;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Complaints in Odsherred through the deadline engine: the citizen's 4-week limit (NAT-C1, counted by
 * D0-5), the municipality's 4 weeks to reconsider (ODS-C1, NAT-C5), decisions on anonymous treatment
 * that cannot be appealed (NAT-A4), health complaints to Styrelsen for Patientklager (ODS-C2,
 * NAT-C3) and complaints about staff and case handling (ODS-C3, NAT-C4). Every expected date is
 * worked out by hand: receipt + 28 days, moved past Saturdays, Sundays and the church holidays.
 */
@DisplayName("Odsherred complaint deadlines: the citizen's limit, the municipality's reconsideration, other routes")
class OdsherredComplaintDeadlinesTest {

  private static final String RTL_67 = "Retssikkerhedsloven § 67";
  private static final String RTL_66 = "Retssikkerhedsloven § 66";

  @Nested
  @DisplayName("The citizen's complaint limit (NAT-C1)")
  class ComplaintLimit {

    @Test
    @Tag("NAT-C1")
    @Tag("ODS-C1")
    @DisplayName("NAT-C1 a refusal received Monday 12 January 2026 can be appealed until Monday 9 February; "
        + "a complaint on 26 January meets the limit and starts the municipality's 4 weeks (ODS-C1)")
    void complaintInTime() {
      DeadlineReport report = ENGINE.report(odsherred(Track.SOCIAL_DRUG, date(2026, 2, 2))
          .addEvents(inPerson(date(2026, 1, 5)),
              decision(date(2026, 1, 12), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED),
              complaint(date(2026, 1, 26)))
          .build());

      Deadline limit = only(report, COMPLAINT);
      assertDeadline(limit, COMPLAINT, "NAT-C1", RTL_67,
          date(2026, 1, 12), date(2026, 2, 9), date(2026, 1, 26), Status.MET);
      assertNames(limit.explanation(), "NAT-C1", "2026-01-12", "2026-02-09");
      assertDeadline(only(report, RECONSIDERATION), RECONSIDERATION, "ODS-C1", RTL_66,
          date(2026, 1, 26), date(2026, 2, 23), null, Status.PENDING);
    }

    @Test
    @Tag("NAT-C1")
    @DisplayName("NAT-C1 a partly granted decision received 2 February 2026 can be appealed too: pending on the last "
        + "day, Monday 2 March")
    void partlyGrantedPendingOnTheLastDay() {
      DeadlineReport report = ENGINE.report(odsherred(Track.SOCIAL_DRUG, date(2026, 3, 2))
          .addEvents(decision(date(2026, 2, 2), ComplaintSubject.SOCIAL_TREATMENT, Outcome.PARTLY_GRANTED))
          .build());

      assertDeadline(only(report, COMPLAINT), COMPLAINT, "NAT-C1", RTL_67,
          date(2026, 2, 2), date(2026, 3, 2), null, Status.PENDING);
    }

    @Test
    @Tag("NAT-C1")
    @DisplayName("NAT-C1 a decision that grants what was asked gives no complaint limit")
    void grantedNoComplaintLimit() {
      DeadlineReport report = ENGINE.report(odsherred(Track.SOCIAL_DRUG, date(2026, 3, 2))
          .addEvents(decision(date(2026, 2, 2), ComplaintSubject.SOCIAL_TREATMENT, Outcome.GRANTED))
          .build());

      assertEquals(List.of(), all(report, COMPLAINT));
    }

    @Test
    @Tag("NAT-C1")
    @DisplayName("NAT-C1 no complaint by Monday 9 February 2026 about the refusal of 12 January: lapsed on 10 February")
    void noComplaintLapsed() {
      DeadlineReport report = ENGINE.report(odsherred(Track.SOCIAL_DRUG, date(2026, 2, 10))
          .addEvents(decision(date(2026, 1, 12), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED))
          .build());

      Deadline limit = only(report, COMPLAINT);
      assertDeadline(limit, COMPLAINT, "NAT-C1", RTL_67, date(2026, 1, 12), date(2026, 2, 9), null, Status.LAPSED);
      assertNames(limit.explanation(), "Lapsed", "2026-02-09");
    }

    @Test
    @Tag("NAT-C1")
    @Tag("NAT-C5")
    @DisplayName("NAT-C1 a complaint on 10 February 2026, one day after the limit of 9 February: lapsed; the "
        + "municipality must still reconsider it by 10 March")
    void lateComplaintLapsed() {
      DeadlineReport report = ENGINE.report(odsherred(Track.SOCIAL_DRUG, date(2026, 3, 1))
          .addEvents(decision(date(2026, 1, 12), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED),
              complaint(date(2026, 2, 10)))
          .build());

      assertDeadline(only(report, COMPLAINT), COMPLAINT, "NAT-C1", RTL_67,
          date(2026, 1, 12), date(2026, 2, 9), date(2026, 2, 10), Status.LAPSED);
      assertDeadline(only(report, RECONSIDERATION), RECONSIDERATION, "ODS-C1", RTL_66,
          date(2026, 2, 10), date(2026, 3, 10), null, Status.PENDING);
    }

    @Test
    @Tag("NAT-C1")
    @Tag("D0-5")
    @DisplayName("NAT-C1 D0-5 Easter 2026: 4 weeks from Thursday 5 March end on Maundy Thursday 2 April and move past "
        + "Good Friday, the weekend and Easter Monday to Tuesday 7 April; a complaint that day is in time")
    void easter2026() {
      DeadlineReport report = ENGINE.report(odsherred(Track.SOCIAL_DRUG, date(2026, 4, 8))
          .addEvents(decision(date(2026, 3, 5), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED),
              complaint(date(2026, 4, 7)))
          .build());

      assertDeadline(only(report, COMPLAINT), COMPLAINT, "NAT-C1", RTL_67,
          date(2026, 3, 5), date(2026, 4, 7), date(2026, 4, 7), Status.MET);
    }

    @Test
    @Tag("NAT-C1")
    @Tag("D0-5")
    @Tag("NAT-Q2")
    @DisplayName("NAT-C1 D0-5 Store Bededag 2023: 4 weeks from Friday 7 April 2023 end on Store Bededag, Friday 5 May "
        + "(then a holiday), and move to Monday 8 May; the case predates Odsherred's standard, which a finding says")
    void storeBededag2023() {
      DeadlineReport report = ENGINE.report(odsherred(Track.SOCIAL_DRUG, date(2023, 5, 10))
          .addEvents(decision(date(2023, 4, 7), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED),
              complaint(date(2023, 5, 8)))
          .build());

      assertDeadline(only(report, COMPLAINT), COMPLAINT, "NAT-C1", RTL_67,
          date(2023, 4, 7), date(2023, 5, 8), date(2023, 5, 8), Status.MET);
      assertEquals(1, report.findings().size(), () -> report.findings().toString());
      assertNames(finding(report, "NAT-Q2").message(), "2025-01-01", "2023-04-07");
    }

    @Test
    @Tag("NAT-C1")
    @Tag("D0-5")
    @DisplayName("NAT-C1 D0-5 Store Bededag is no holiday from 2024: 4 weeks from 29 March 2024 end on Friday 26 April "
        + "2024, a working day; no complaint by then: lapsed")
    void storeBededag2024() {
      DeadlineReport report = ENGINE.report(odsherred(Track.SOCIAL_DRUG, date(2024, 4, 29))
          .addEvents(decision(date(2024, 3, 29), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED))
          .build());

      assertDeadline(only(report, COMPLAINT), COMPLAINT, "NAT-C1", RTL_67,
          date(2024, 3, 29), date(2024, 4, 26), null, Status.LAPSED);
    }

    @ParameterizedTest(name = "D0-5 received {0}: 4 weeks end {1}; {3}: due {2}")
    @Tag("NAT-C1")
    @Tag("D0-5")
    @DisplayName("NAT-C1 D0-5 which days move the limit: the church holidays do; Constitution Day, 24 and 31 December "
        + "do not")
    @CsvSource({
        "2026-03-06, 2026-04-03, 2026-04-07, 'Good Friday, then the weekend and Easter Monday'",
        "2026-03-09, 2026-04-06, 2026-04-07, 'Easter Monday'",
        "2026-04-16, 2026-05-14, 2026-05-15, 'Ascension Day'",
        "2026-04-27, 2026-05-25, 2026-05-26, 'Whit Monday'",
        "2026-05-08, 2026-06-05, 2026-06-05, 'Constitution Day is no public holiday here'",
        "2026-11-26, 2026-12-24, 2026-12-24, '24 December is no public holiday here'",
        "2026-11-27, 2026-12-25, 2026-12-28, 'Christmas Day, Boxing Day (a Saturday) and Sunday'",
        "2026-12-03, 2026-12-31, 2026-12-31, '31 December is no public holiday here'",
        "2026-12-04, 2027-01-01, 2027-01-04, 'New Year''s Day, then the weekend'"})
    void holidays(LocalDate received, LocalDate fourWeeksLater, LocalDate due, String why) {
      DeadlineReport report = ENGINE.report(odsherred(Track.SOCIAL_DRUG, received)
          .addEvents(decision(received, ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED))
          .build());

      assertDeadline(only(report, COMPLAINT), COMPLAINT, "NAT-C1", RTL_67, received, due, null, Status.PENDING);
    }
  }

  @Nested
  @DisplayName("The municipality's reconsideration (ODS-C1, NAT-C5)")
  class Reconsideration {

    @Test
    @Tag("ODS-C1")
    @Tag("NAT-C5")
    @DisplayName("ODS-C1 the municipality has 4 weeks to reconsider a complaint of Monday 26 January 2026: due Monday "
        + "23 February, reconsidered 13 February, met")
    void met() {
      DeadlineReport report = ENGINE.report(odsherred(Track.SOCIAL_DRUG, date(2026, 3, 1))
          .addEvents(decision(date(2026, 1, 12), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED),
              complaint(date(2026, 1, 26)), reconsidered(date(2026, 2, 13)))
          .build());

      Deadline reconsideration = only(report, RECONSIDERATION);
      assertDeadline(reconsideration, RECONSIDERATION, "ODS-C1", RTL_66,
          date(2026, 1, 26), date(2026, 2, 23), date(2026, 2, 13), Status.MET);
      assertNames(reconsideration.explanation(), "ODS-C1", "Ankestyrelsen", "2026-01-26", "2026-02-23");
    }

    @Test
    @Tag("ODS-C1")
    @DisplayName("ODS-C1 reconsidered only on 24 February 2026, the day after the 4 weeks ended: breached")
    void breachedClosedLate() {
      DeadlineReport report = ENGINE.report(odsherred(Track.SOCIAL_DRUG, date(2026, 3, 1))
          .addEvents(decision(date(2026, 1, 12), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED),
              complaint(date(2026, 1, 26)), reconsidered(date(2026, 2, 24)))
          .build());

      assertDeadline(only(report, RECONSIDERATION), RECONSIDERATION, "ODS-C1", RTL_66,
          date(2026, 1, 26), date(2026, 2, 23), date(2026, 2, 24), Status.BREACHED);
    }

    @Test
    @Tag("ODS-C1")
    @DisplayName("ODS-C1 not reconsidered by 23 February 2026 and still open on 1 March: breached")
    void breachedOpen() {
      DeadlineReport report = ENGINE.report(odsherred(Track.SOCIAL_DRUG, date(2026, 3, 1))
          .addEvents(decision(date(2026, 1, 12), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED),
              complaint(date(2026, 1, 26)))
          .build());

      assertDeadline(only(report, RECONSIDERATION), RECONSIDERATION, "ODS-C1", RTL_66,
          date(2026, 1, 26), date(2026, 2, 23), null, Status.BREACHED);
    }

    @Test
    @Tag("ODS-C1")
    @Tag("D0-5")
    @DisplayName("ODS-C1 D0-5 a complaint made on Saturday 7 February 2026: the 4 weeks end on Saturday 7 March and "
        + "move to Monday 9 March; pending that day")
    void weekendMovesToMonday() {
      DeadlineReport report = ENGINE.report(odsherred(Track.SOCIAL_DRUG, date(2026, 3, 9))
          .addEvents(decision(date(2026, 2, 2), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED),
              complaint(date(2026, 2, 7)))
          .build());

      assertDeadline(only(report, RECONSIDERATION), RECONSIDERATION, "ODS-C1", RTL_66,
          date(2026, 2, 7), date(2026, 3, 9), null, Status.PENDING);
    }

    @Test
    @Tag("ODS-C1")
    @Tag("D0-5")
    @DisplayName("ODS-C1 D0-5 Store Bededag 2023: a complaint received Friday 7 April 2023 must be reconsidered by "
        + "Monday 8 May 2023; reconsidered that day, met")
    void storeBededag2023() {
      DeadlineReport report = ENGINE.report(odsherred(Track.SOCIAL_DRUG, date(2023, 5, 10))
          .addEvents(decision(date(2023, 3, 24), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED),
              complaint(date(2023, 4, 7)), reconsidered(date(2023, 5, 8)))
          .build());

      assertDeadline(only(report, COMPLAINT), COMPLAINT, "NAT-C1", RTL_67,
          date(2023, 3, 24), date(2023, 4, 21), date(2023, 4, 7), Status.MET);
      assertDeadline(only(report, RECONSIDERATION), RECONSIDERATION, "ODS-C1", RTL_66,
          date(2023, 4, 7), date(2023, 5, 8), date(2023, 5, 8), Status.MET);
    }

    @Test
    @Tag("ODS-C1")
    @Tag("NAT-C1")
    @DisplayName("ODS-C1 NAT-C1 two decisions, two complaints: each complaint limit is met by the first complaint after "
        + "its decision, and the reconsiderations are closed in order (the second one late)")
    void twoComplaintsInOrder() {
      DeadlineReport report = ENGINE.report(odsherred(Track.SOCIAL_DRUG, date(2026, 3, 1))
          .addEvents(decision(date(2026, 1, 5), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED),
              complaint(date(2026, 1, 8)),
              decision(date(2026, 1, 12), ComplaintSubject.SOCIAL_TREATMENT, Outcome.PARTLY_GRANTED),
              complaint(date(2026, 1, 15)), reconsidered(date(2026, 1, 20)), reconsidered(date(2026, 2, 20)))
          .build());

      List<Deadline> limits = all(report, COMPLAINT);
      assertEquals(2, limits.size(), () -> limits.toString());
      assertDeadline(limits.get(0), COMPLAINT, "NAT-C1", RTL_67,
          date(2026, 1, 5), date(2026, 2, 2), date(2026, 1, 8), Status.MET);
      assertDeadline(limits.get(1), COMPLAINT, "NAT-C1", RTL_67,
          date(2026, 1, 12), date(2026, 2, 9), date(2026, 1, 15), Status.MET);

      List<Deadline> reconsiderations = all(report, RECONSIDERATION);
      assertEquals(2, reconsiderations.size(), () -> reconsiderations.toString());
      assertDeadline(reconsiderations.get(0), RECONSIDERATION, "ODS-C1", RTL_66,
          date(2026, 1, 8), date(2026, 2, 5), date(2026, 1, 20), Status.MET);
      assertDeadline(reconsiderations.get(1), RECONSIDERATION, "ODS-C1", RTL_66,
          date(2026, 1, 15), date(2026, 2, 12), date(2026, 2, 20), Status.BREACHED);
    }
  }

  @Nested
  @DisplayName("Decisions without a complaint limit")
  class NoLimit {

    @Test
    @Tag("NAT-A4")
    @Tag("ODS-C1")
    @DisplayName("NAT-A4 a decision on anonymous treatment (SEL § 101 a) cannot be appealed, although ODS-C1 lists "
        + "§ 101 a: not applicable, and a complaint about it gets no reconsideration deadline")
    void anonymousNotAppealable() {
      DeadlineReport report = ENGINE.report(anonymous(date(2026, 2, 1))
          .addEvents(phone(date(2026, 1, 5)),
              decision(date(2026, 1, 8), ComplaintSubject.ANONYMOUS_TREATMENT, Outcome.REFUSED),
              complaint(date(2026, 1, 12)))
          .build());

      Deadline limit = only(report, COMPLAINT);
      assertDeadline(limit, COMPLAINT, "NAT-A4", "SEL § 101 a, stk. 6", date(2026, 1, 8), null, null,
          Status.NOT_APPLICABLE);
      assertEquals(List.of(), all(report, RECONSIDERATION));
      assertEquals(List.of(), report.findings());
    }

    @Test
    @Tag("ODS-C2")
    @Tag("NAT-C3")
    @DisplayName("ODS-C2 NAT-C3 a complaint about the health-professional part of substitution treatment goes to "
        + "Styrelsen for Patientklager, not to Styrelsen for Patientsikkerhed as the standard says: no limit here, not "
        + "applicable, and no reconsideration by the municipality")
    void healthComplaint() {
      DeadlineReport report = ENGINE.report(odsherred(Track.MEDICAL_DRUG, date(2026, 3, 1))
          .addEvents(inPerson(date(2026, 1, 5)), start(date(2026, 1, 12), "SUBSTITUTION"),
              decision(date(2026, 2, 2), ComplaintSubject.HEALTH_TREATMENT, Outcome.REFUSED),
              complaint(date(2026, 2, 5)))
          .build());

      Deadline limit = only(report, COMPLAINT);
      assertDeadline(limit, COMPLAINT, "NAT-C3", null, date(2026, 2, 2), null, null, Status.NOT_APPLICABLE);
      assertNames(limit.explanation(), "goes to Styrelsen for Patientklager", "the standard sends to Styrelsen for Patientsikkerhed");
      assertEquals(List.of(), all(report, RECONSIDERATION));
    }

    @Test
    @Tag("ODS-C2")
    @DisplayName("ODS-C2 NAT-C3 in Danish: the alcohol treatment's health complaint goes to Styrelsen for Patientklager, "
        + "and the standard's Styrelsen for Patientsikkerhed is noted")
    void healthComplaintAlcoholInDanish() {
      DeadlineReport report = ENGINE.report(odsherred(Track.ALCOHOL, date(2026, 3, 1))
          .addEvents(inPerson(date(2026, 1, 5)), start(date(2026, 1, 12), "OUTPATIENT"),
              decision(date(2026, 2, 2), ComplaintSubject.HEALTH_TREATMENT, Outcome.PARTLY_GRANTED))
          .build(), Locale.forLanguageTag("da"));

      Deadline limit = only(report, COMPLAINT);
      assertDeadline(limit, COMPLAINT, "NAT-C3", null, date(2026, 2, 2), null, null, Status.NOT_APPLICABLE);
      assertNames(limit.explanation(), "sendes til Styrelsen for Patientklager", "Styrelsen for Patientsikkerhed", "NAT-C3");
    }

    @Test
    @Tag("NAT-C4")
    @Tag("ODS-C3")
    @DisplayName("NAT-C4 ODS-C3 a complaint about staff or case handling has no time limit and goes to the team's "
        + "leader, not Ankestyrelsen: not applicable")
    void caseHandling() {
      DeadlineReport report = ENGINE.report(odsherred(Track.SOCIAL_DRUG, date(2026, 3, 1))
          .addEvents(inPerson(date(2026, 1, 5)), start(date(2026, 1, 12), "OUTPATIENT"),
              decision(date(2026, 2, 2), ComplaintSubject.CASE_HANDLING, Outcome.REFUSED),
              complaint(date(2026, 2, 3)))
          .build());

      Deadline limit = only(report, COMPLAINT);
      assertDeadline(limit, COMPLAINT, "ODS-C3", null, date(2026, 2, 2), null, null, Status.NOT_APPLICABLE);
      assertNames(limit.explanation(), "Lederen af Rusmiddelteamet");
      assertEquals(List.of(), all(report, RECONSIDERATION));
    }
  }
}
