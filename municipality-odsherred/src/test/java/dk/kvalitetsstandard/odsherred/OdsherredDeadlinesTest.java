package dk.kvalitetsstandard.odsherred;

import static dk.kvalitetsstandard.odsherred.OdsherredCases.ENGINE;
import static dk.kvalitetsstandard.odsherred.OdsherredCases.all;
import static dk.kvalitetsstandard.odsherred.OdsherredCases.anonymous;
import static dk.kvalitetsstandard.odsherred.OdsherredCases.assertDeadline;
import static dk.kvalitetsstandard.odsherred.OdsherredCases.assertNames;
import static dk.kvalitetsstandard.odsherred.OdsherredCases.date;
import static dk.kvalitetsstandard.odsherred.OdsherredCases.decision;
import static dk.kvalitetsstandard.odsherred.OdsherredCases.digital;
import static dk.kvalitetsstandard.odsherred.OdsherredCases.end;
import static dk.kvalitetsstandard.odsherred.OdsherredCases.finding;
import static dk.kvalitetsstandard.odsherred.OdsherredCases.followUp;
import static dk.kvalitetsstandard.odsherred.OdsherredCases.freeChoice;
import static dk.kvalitetsstandard.odsherred.OdsherredCases.inPerson;
import static dk.kvalitetsstandard.odsherred.OdsherredCases.odsherred;
import static dk.kvalitetsstandard.odsherred.OdsherredCases.only;
import static dk.kvalitetsstandard.odsherred.OdsherredCases.phone;
import static dk.kvalitetsstandard.odsherred.OdsherredCases.start;
import static dk.kvalitetsstandard.standard.DeadlineKind.COMPLAINT;
import static dk.kvalitetsstandard.standard.DeadlineKind.FOLLOW_UP;
import static dk.kvalitetsstandard.standard.DeadlineKind.TREATMENT_GUARANTEE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.kvalitetsstandard.cases.CaseEvent;
import dk.kvalitetsstandard.cases.Citizen;
import dk.kvalitetsstandard.cases.EventType;
import dk.kvalitetsstandard.cases.Outcome;
import dk.kvalitetsstandard.deadline.Deadline;
import dk.kvalitetsstandard.deadline.DeadlineReport;
import dk.kvalitetsstandard.deadline.Finding;
import dk.kvalitetsstandard.deadline.Status;
import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import dk.kvalitetsstandard.standard.DeadlineKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Real Odsherred cases through the deadline engine: the treatment guarantee on every track Odsherred
 * covers, the follow-ups after treatment ends, the standard's period of validity, and which kinds of
 * deadline Odsherred has at all. Every expected date is worked out by hand from RULES.md (D0-1,
 * D0-2, NAT-G1..G5, NAT-U1, ODS-G1..G3, ODS-U1, ODS-U2) and CASE-FORMAT.md.
 */
@DisplayName("Odsherred deadlines: guarantee, follow-up and the standard in force, run through the engine")
class OdsherredDeadlinesTest {

  private static final String SEL_101_4 = "SEL § 101, stk. 4";
  private static final String FOLLOW_UP_BASIS = "BEK nr. 1477 af 17/12/2019 § 4, stk. 2";

  @Nested
  @DisplayName("Treatment guarantee")
  class Guarantee {

    @Test
    @Tag("NAT-G1")
    @Tag("ODS-G2")
    @DisplayName("NAT-G1 ODS-G2 the contract's example: phoned 5 January, attended 8 January, started 20 January 2026: "
        + "the law's 14 days from the phone call (due 19 January) decide, and the guarantee is breached")
    void contractExample() {
      DeadlineReport report = ENGINE.report(odsherred(Track.SOCIAL_DRUG, date(2026, 3, 1))
          .addEvents(phone(date(2026, 1, 5)), inPerson(date(2026, 1, 8)), start(date(2026, 1, 20), "OUTPATIENT"))
          .build());

      assertEquals("odsherred", report.municipality());
      assertEquals(date(2026, 3, 1), report.asOf());
      assertEquals(Optional.of(date(2024, 12, 17)), report.standard().adopted());
      assertEquals(Optional.of(date(2025, 1, 1)), report.standard().validFrom());
      assertEquals(Optional.of(date(2026, 12, 31)), report.standard().validTo());

      assertEquals(1, report.deadlines().size(), () -> "only the guarantee: " + report.deadlines());
      Deadline guarantee = only(report, TREATMENT_GUARANTEE);
      assertDeadline(guarantee, TREATMENT_GUARANTEE, "NAT-G1", SEL_101_4,
          date(2026, 1, 5), date(2026, 1, 19), date(2026, 1, 20), Status.BREACHED);
      assertNames(guarantee.explanation(), "NAT-G1", "2026-01-05", "2026-01-19", "2026-01-20");

      assertEquals(1, report.findings().size(), () -> "one finding: " + report.findings());
      Finding clock = finding(report, "ODS-G2");
      assertNames(clock.message(), "2026-01-08", "2026-01-22", "2026-01-05");
    }

    @Test
    @Tag("NAT-G1")
    @Tag("ODS-G2")
    @DisplayName("NAT-G1 ODS-G2 Danish: the same case explained in Danish, breached (overskredet), and the finding "
        + "names the in-person attendance (personligt fremmøde)")
    void contractExampleInDanish() {
      DeadlineReport report = ENGINE.report(odsherred(Track.SOCIAL_DRUG, date(2026, 3, 1))
          .addEvents(phone(date(2026, 1, 5)), inPerson(date(2026, 1, 8)), start(date(2026, 1, 20), "OUTPATIENT"))
          .build(), Locale.forLanguageTag("da"));

      Deadline guarantee = only(report, TREATMENT_GUARANTEE);
      assertDeadline(guarantee, TREATMENT_GUARANTEE, "NAT-G1", SEL_101_4,
          date(2026, 1, 5), date(2026, 1, 19), date(2026, 1, 20), Status.BREACHED);
      assertNames(guarantee.explanation(), "Behandlingen skal iværksættes", "NAT-G1", SEL_101_4,
          "henvendelsen den 5. januar 2026", "senest den 19. januar 2026", "Overskredet", "først den 20. januar 2026");
      assertNames(finding(report, "ODS-G2").message(), "Odsherred", "personligt fremmøde", "den 8. januar 2026",
          "den 22. januar 2026", "den 5. januar 2026", "frist den 19. januar 2026");
    }

    @Test
    @Tag("ODS-G1")
    @Tag("ODS-G2")
    @DisplayName("ODS-G1 ODS-G2 first contact in person on 2 February 2026: the municipal and national clocks agree; "
        + "treatment started on the 14th day (16 February) meets it, and there is no finding")
    void inPersonFirstClocksAgree() {
      DeadlineReport report = ENGINE.report(odsherred(Track.SOCIAL_DRUG, date(2026, 3, 1))
          .addEvents(inPerson(date(2026, 2, 2)), start(date(2026, 2, 16), "outpatient-medium"))
          .build());

      assertDeadline(only(report, TREATMENT_GUARANTEE), TREATMENT_GUARANTEE, "ODS-G1", SEL_101_4,
          date(2026, 2, 2), date(2026, 2, 16), date(2026, 2, 16), Status.MET);
      assertEquals(List.of(), report.findings());
    }

    @Test
    @Tag("NAT-G1")
    @Tag("ODS-G2")
    @DisplayName("ODS-G2 NAT-G1 a digital request on 16 February 2026 does not start Odsherred's clock, but the law's: "
        + "pending on its due date 2 March, with a finding")
    void digitalRequestStartsOnlyTheLawsClock() {
      DeadlineReport report = ENGINE.report(odsherred(Track.SOCIAL_DRUG, date(2026, 3, 2))
          .addEvents(digital(date(2026, 2, 16)))
          .build());

      assertDeadline(only(report, TREATMENT_GUARANTEE), TREATMENT_GUARANTEE, "NAT-G1", SEL_101_4,
          date(2026, 2, 16), date(2026, 3, 2), null, Status.PENDING);
      assertEquals(1, report.findings().size(), () -> "one finding: " + report.findings());
      assertNames(finding(report, "ODS-G2").message(), "2026-02-16", "2026-03-02");
    }

    @Test
    @Tag("ODS-G1")
    @DisplayName("ODS-G1 attended 5 January 2026 and nothing started by 1 March: breached while still open")
    void openPastDueIsBreached() {
      DeadlineReport report = ENGINE.report(odsherred(Track.SOCIAL_DRUG, date(2026, 3, 1))
          .addEvents(inPerson(date(2026, 1, 5)))
          .build());

      Deadline guarantee = only(report, TREATMENT_GUARANTEE);
      assertDeadline(guarantee, TREATMENT_GUARANTEE, "ODS-G1", SEL_101_4,
          date(2026, 1, 5), date(2026, 1, 19), null, Status.BREACHED);
      assertNames(guarantee.explanation(), "Breached", "2026-01-19");
    }

    @Test
    @Tag("ODS-G1")
    @Tag("D0-3")
    @DisplayName("ODS-G1 D0-3 the 14 days are calendar days and do not move past Easter: attended 19 March 2026, due "
        + "Maundy Thursday 2 April; started Tuesday 7 April is breached")
    void guaranteeDoesNotMovePastEaster() {
      DeadlineReport report = ENGINE.report(odsherred(Track.SOCIAL_DRUG, date(2026, 4, 15))
          .addEvents(inPerson(date(2026, 3, 19)), start(date(2026, 4, 7), "OUTPATIENT"))
          .build());

      assertDeadline(only(report, TREATMENT_GUARANTEE), TREATMENT_GUARANTEE, "ODS-G1", SEL_101_4,
          date(2026, 3, 19), date(2026, 4, 2), date(2026, 4, 7), Status.BREACHED);
    }

    @Test
    @Tag("NAT-G2")
    @Tag("ODS-G3")
    @DisplayName("NAT-G2 ODS-G3 free choice of another provider on the due date itself (19 January 2026) waives the "
        + "guarantee: waived, not breached, although treatment elsewhere started only on 26 January")
    void freeChoiceOnTheDueDateWaives() {
      DeadlineReport report = ENGINE.report(odsherred(Track.SOCIAL_DRUG, date(2026, 3, 1))
          .addEvents(inPerson(date(2026, 1, 5)), freeChoice(date(2026, 1, 19)), start(date(2026, 1, 26), "OUTPATIENT"))
          .build());

      assertDeadline(only(report, TREATMENT_GUARANTEE), TREATMENT_GUARANTEE, "NAT-G2", "SEL § 101, stk. 6",
          date(2026, 1, 5), date(2026, 1, 19), date(2026, 1, 26), Status.WAIVED);
      assertEquals(List.of(), report.findings());
    }

    @Test
    @Tag("NAT-G2")
    @DisplayName("NAT-G2 free choice made only after the due date (20 January 2026) does not waive the guarantee: "
        + "breached")
    void freeChoiceAfterTheDueDateDoesNotWaive() {
      DeadlineReport report = ENGINE.report(odsherred(Track.SOCIAL_DRUG, date(2026, 3, 1))
          .addEvents(inPerson(date(2026, 1, 5)), freeChoice(date(2026, 1, 20)))
          .build());

      assertDeadline(only(report, TREATMENT_GUARANTEE), TREATMENT_GUARANTEE, "ODS-G1", SEL_101_4,
          date(2026, 1, 5), date(2026, 1, 19), null, Status.BREACHED);
    }

    @Test
    @Tag("NAT-G4")
    @Tag("ODS-G2")
    @DisplayName("NAT-G4 substitution treatment (MEDICAL_DRUG) starts within 14 days of the phone call of 2 March 2026 "
        + "(SUL § 142, stk. 6): started 13 March, met; Odsherred's in-person clock (6 March) gets a finding")
    void medicalGuarantee() {
      DeadlineReport report = ENGINE.report(odsherred(Track.MEDICAL_DRUG, date(2026, 4, 1))
          .addEvents(phone(date(2026, 3, 2)), inPerson(date(2026, 3, 6)), start(date(2026, 3, 13), "SUBSTITUTION"))
          .build());

      assertDeadline(only(report, TREATMENT_GUARANTEE), TREATMENT_GUARANTEE, "NAT-G4", "SUL § 142, stk. 6",
          date(2026, 3, 2), date(2026, 3, 16), date(2026, 3, 13), Status.MET);
      assertNames(finding(report, "ODS-G2").message(), "2026-03-06", "2026-03-20", "2026-03-02", "2026-03-16");
    }

    @Test
    @Tag("NAT-G4")
    @DisplayName("NAT-G4 choosing another institution for substitution treatment sets the 14 days aside "
        + "(SUL § 142, stk. 8): waived")
    void medicalFreeChoiceWaives() {
      DeadlineReport report = ENGINE.report(odsherred(Track.MEDICAL_DRUG, date(2026, 4, 1))
          .addEvents(inPerson(date(2026, 3, 2)), freeChoice(date(2026, 3, 10)))
          .build());

      assertDeadline(only(report, TREATMENT_GUARANTEE), TREATMENT_GUARANTEE, "NAT-G4", "SUL § 142, stk. 8",
          date(2026, 3, 2), date(2026, 3, 16), null, Status.WAIVED);
    }

    @Test
    @Tag("NAT-G5")
    @Tag("ODS-G2")
    @DisplayName("NAT-G5 alcohol treatment starts within 14 days of the first contact (SUL § 141, stk. 2): phoned "
        + "4 May 2026, due 18 May, started 20 May: breached, though Odsherred's in-person clock (11 May, due 25 May) "
        + "would call it met; a finding says so")
    void alcoholGuarantee() {
      DeadlineReport report = ENGINE.report(odsherred(Track.ALCOHOL, date(2026, 6, 1))
          .addEvents(phone(date(2026, 5, 4)), inPerson(date(2026, 5, 11)), start(date(2026, 5, 20), "outpatient-low"))
          .build());

      assertDeadline(only(report, TREATMENT_GUARANTEE), TREATMENT_GUARANTEE, "NAT-G5", "SUL § 141, stk. 2",
          date(2026, 5, 4), date(2026, 5, 18), date(2026, 5, 20), Status.BREACHED);
      assertEquals(1, report.findings().size(), () -> "one finding: " + report.findings());
      assertNames(finding(report, "ODS-G2").message(), "2026-05-11", "2026-05-25", "2026-05-04", "2026-05-18");
    }

    @Test
    @Tag("ODS-G1")
    @Tag("NAT-G5")
    @DisplayName("ODS-G1 NAT-G5 alcohol, first contact in person on 4 May 2026: Odsherred's rule and the law agree, "
        + "started 11 May, met")
    void alcoholInPerson() {
      DeadlineReport report = ENGINE.report(odsherred(Track.ALCOHOL, date(2026, 5, 12))
          .addEvents(inPerson(date(2026, 5, 4)), start(date(2026, 5, 11), "OUTPATIENT"))
          .build());

      assertDeadline(only(report, TREATMENT_GUARANTEE), TREATMENT_GUARANTEE, "ODS-G1", "SUL § 141, stk. 2",
          date(2026, 5, 4), date(2026, 5, 18), date(2026, 5, 11), Status.MET);
      assertEquals(List.of(), report.findings());
    }

    @Test
    @Tag("NAT-G3")
    @Tag("ODS-G3")
    @DisplayName("NAT-G3 ODS-G3 anonymous treatment under SEL § 101 a is outside the guarantee: not applicable, "
        + "no dates, and no clock finding")
    void anonymousTrackHasNoGuarantee() {
      DeadlineReport report = ENGINE.report(anonymous(date(2026, 3, 1))
          .addEvents(phone(date(2026, 1, 5)), start(date(2026, 1, 26), "ANONYMOUS_OUTPATIENT"))
          .build());

      assertEquals(1, report.deadlines().size(), () -> "only the guarantee: " + report.deadlines());
      assertDeadline(only(report, TREATMENT_GUARANTEE), TREATMENT_GUARANTEE, "NAT-G3", "SEL § 101 a",
          null, null, null, Status.NOT_APPLICABLE);
      assertEquals(List.of(), report.findings());
    }

    @Test
    @Tag("NAT-G1")
    @Tag("ODS-G1")
    @DisplayName("NAT-G1 a refusal of social treatment received 12 January 2026, before the due date 19 January: "
        + "the guarantee is not applicable and the complaint limit (9 February) now matters")
    void refusalBeforeTheDueDate() {
      DeadlineReport report = ENGINE.report(odsherred(Track.SOCIAL_DRUG, date(2026, 3, 1))
          .addEvents(inPerson(date(2026, 1, 5)),
              decision(date(2026, 1, 12), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED))
          .build());

      assertDeadline(only(report, TREATMENT_GUARANTEE), TREATMENT_GUARANTEE, "ODS-G1", SEL_101_4,
          date(2026, 1, 5), date(2026, 1, 19), null, Status.NOT_APPLICABLE);
      assertDeadline(only(report, COMPLAINT), COMPLAINT, "NAT-C1", "Retssikkerhedsloven § 67",
          date(2026, 1, 12), date(2026, 2, 9), null, Status.LAPSED);
    }

    @Test
    @Tag("NAT-G1")
    @DisplayName("NAT-G1 a refusal received only after the due date (22 January 2026) leaves the guarantee breached")
    void refusalAfterTheDueDate() {
      DeadlineReport report = ENGINE.report(odsherred(Track.SOCIAL_DRUG, date(2026, 2, 1))
          .addEvents(inPerson(date(2026, 1, 5)),
              decision(date(2026, 1, 22), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED))
          .build());

      assertDeadline(only(report, TREATMENT_GUARANTEE), TREATMENT_GUARANTEE, "ODS-G1", SEL_101_4,
          date(2026, 1, 5), date(2026, 1, 19), null, Status.BREACHED);
      assertDeadline(only(report, COMPLAINT), COMPLAINT, "NAT-C1", "Retssikkerhedsloven § 67",
          date(2026, 1, 22), date(2026, 2, 19), null, Status.PENDING);
    }

    @Test
    @Tag("ODS-G1")
    @Tag("ODS-M2")
    @Tag("NAT-Y1")
    @DisplayName("ODS-G1 ODS-M2 NAT-Y1 a citizen of 15 has the guarantee from age 12 without waiting for any decision "
        + "(never NEEDS_DECISION in Odsherred); since 2024 the basis for under-18s is Barnets lov § 33")
    void minorFromTwelve() {
      DeadlineReport report = ENGINE.report(odsherred(Track.SOCIAL_DRUG, date(2026, 3, 1))
          .citizen(Citizen.builder().age(15).build())
          .addEvents(inPerson(date(2026, 2, 2)), start(date(2026, 2, 9), "outpatient-intensive"))
          .build());

      assertDeadline(only(report, TREATMENT_GUARANTEE), TREATMENT_GUARANTEE, "ODS-G1", "Barnets lov § 33",
          date(2026, 2, 2), date(2026, 2, 16), date(2026, 2, 9), Status.MET);
    }

    @Test
    @Tag("ODS-G1")
    @Tag("D0-4")
    @DisplayName("ODS-G1 D0-4 no contact recorded yet: the guarantee has not started and no date is guessed")
    void noContactNotStarted() {
      DeadlineReport report = ENGINE.report(odsherred(Track.SOCIAL_DRUG, date(2026, 3, 1)).build());

      Deadline guarantee = only(report, TREATMENT_GUARANTEE);
      assertDeadline(guarantee, TREATMENT_GUARANTEE, "ODS-G1", SEL_101_4, null, null, null, Status.NOT_STARTED);
      assertNames(guarantee.explanation(), "Not started");
      assertEquals(List.of(), report.findings());
    }
  }

  @Nested
  @DisplayName("Follow-up after treatment ends")
  class FollowUp {

    @Test
    @Tag("ODS-U2")
    @Tag("NAT-U1")
    @DisplayName("ODS-U2 NAT-U1 a course completed 15 September 2025 is followed up after 1 and 3 months (ODS-U2: "
        + "15 October, 15 December) and after 6 months (NAT-U1: 15 March 2026); a finding says Odsherred's "
        + "standard leaves out the 6-month one")
    void completedCourse() {
      DeadlineReport report = ENGINE.report(odsherred(Track.SOCIAL_DRUG, date(2026, 3, 1))
          .addEvents(inPerson(date(2025, 5, 5)), start(date(2025, 5, 12), "OUTPATIENT"),
              end(date(2025, 9, 15), EndStatus.COMPLETED), followUp(date(2025, 10, 10)), followUp(date(2026, 1, 5)))
          .build());

      List<Deadline> followUps = all(report, FOLLOW_UP);
      assertEquals(3, followUps.size(), () -> "1 and 6 months (law), 1 and 3 months (Odsherred): " + followUps);
      assertDeadline(followUps.get(0), FOLLOW_UP, "ODS-U2", FOLLOW_UP_BASIS,
          date(2025, 9, 15), date(2025, 10, 15), date(2025, 10, 10), Status.MET);
      assertDeadline(followUps.get(1), FOLLOW_UP, "ODS-U2", FOLLOW_UP_BASIS,
          date(2025, 9, 15), date(2025, 12, 15), date(2026, 1, 5), Status.BREACHED);
      assertDeadline(followUps.get(2), FOLLOW_UP, "NAT-U1", FOLLOW_UP_BASIS,
          date(2025, 9, 15), date(2026, 3, 15), null, Status.PENDING);

      assertDeadline(only(report, TREATMENT_GUARANTEE), TREATMENT_GUARANTEE, "ODS-G1", SEL_101_4,
          date(2025, 5, 5), date(2025, 5, 19), date(2025, 5, 12), Status.MET);
      assertEquals(1, report.findings().size(), () -> "one finding: " + report.findings());
      assertNames(finding(report, "ODS-U2").message(), "2026-03-15", "2025-09-15");
    }

    @Test
    @Tag("ODS-U2")
    @Tag("NAT-U1")
    @DisplayName("ODS-U2 NAT-U1 transferred to another offer on 15 September 2025 and never followed up: on 1 April "
        + "2026 all three follow-ups are breached")
    void otherOfferNoFollowUps() {
      DeadlineReport report = ENGINE.report(odsherred(Track.SOCIAL_DRUG, date(2026, 4, 1))
          .addEvents(inPerson(date(2025, 5, 5)), start(date(2025, 5, 12), "OUTPATIENT"),
              end(date(2025, 9, 15), EndStatus.OTHER_OFFER))
          .build());

      List<Deadline> followUps = all(report, FOLLOW_UP);
      assertEquals(3, followUps.size(), () -> followUps.toString());
      assertDeadline(followUps.get(0), FOLLOW_UP, "ODS-U2", FOLLOW_UP_BASIS,
          date(2025, 9, 15), date(2025, 10, 15), null, Status.BREACHED);
      assertDeadline(followUps.get(1), FOLLOW_UP, "ODS-U2", FOLLOW_UP_BASIS,
          date(2025, 9, 15), date(2025, 12, 15), null, Status.BREACHED);
      assertDeadline(followUps.get(2), FOLLOW_UP, "NAT-U1", FOLLOW_UP_BASIS,
          date(2025, 9, 15), date(2026, 3, 15), null, Status.BREACHED);
      assertNames(finding(report, "ODS-U2").message(), "2026-03-15", "2025-09-15");
    }

    @Test
    @Tag("ODS-U2")
    @Tag("NAT-U1")
    @Tag("D0-2")
    @DisplayName("ODS-U2 NAT-U1 D0-2 month ends: a course ended on 31 January 2026 (transferred to hospital) is "
        + "followed up by 28 February, 30 April and 31 July")
    void monthEnds() {
      DeadlineReport report = ENGINE.report(odsherred(Track.SOCIAL_DRUG, date(2026, 2, 1))
          .addEvents(inPerson(date(2025, 10, 6)), start(date(2025, 10, 13), "OUTPATIENT"),
              end(date(2026, 1, 31), EndStatus.HOSPITAL))
          .build());

      List<Deadline> followUps = all(report, FOLLOW_UP);
      assertEquals(3, followUps.size(), () -> followUps.toString());
      assertDeadline(followUps.get(0), FOLLOW_UP, "ODS-U2", FOLLOW_UP_BASIS,
          date(2026, 1, 31), date(2026, 2, 28), null, Status.PENDING);
      assertDeadline(followUps.get(1), FOLLOW_UP, "ODS-U2", FOLLOW_UP_BASIS,
          date(2026, 1, 31), date(2026, 4, 30), null, Status.PENDING);
      assertDeadline(followUps.get(2), FOLLOW_UP, "NAT-U1", FOLLOW_UP_BASIS,
          date(2026, 1, 31), date(2026, 7, 31), null, Status.PENDING);
    }

    @Test
    @Tag("ODS-U2")
    @Tag("NAT-U1")
    @Tag("D0-2")
    @Tag("NAT-Q2")
    @DisplayName("ODS-U2 D0-2 leap year: a course ended 31 January 2024 (other reason) is followed up by 29 February "
        + "2024; the case began in 2023, before Odsherred's standard came into force, which a finding says")
    void leapYear() {
      DeadlineReport report = ENGINE.report(odsherred(Track.SOCIAL_DRUG, date(2024, 3, 1))
          .addEvents(inPerson(date(2023, 10, 2)), start(date(2023, 10, 9), "OUTPATIENT"),
              end(date(2024, 1, 31), EndStatus.OTHER_REASON), followUp(date(2024, 2, 29)))
          .build());

      List<Deadline> followUps = all(report, FOLLOW_UP);
      assertEquals(3, followUps.size(), () -> followUps.toString());
      assertDeadline(followUps.get(0), FOLLOW_UP, "ODS-U2", FOLLOW_UP_BASIS,
          date(2024, 1, 31), date(2024, 2, 29), date(2024, 2, 29), Status.MET);
      assertDeadline(followUps.get(1), FOLLOW_UP, "ODS-U2", FOLLOW_UP_BASIS,
          date(2024, 1, 31), date(2024, 4, 30), null, Status.PENDING);
      assertDeadline(followUps.get(2), FOLLOW_UP, "NAT-U1", FOLLOW_UP_BASIS,
          date(2024, 1, 31), date(2024, 7, 31), null, Status.PENDING);

      assertEquals(2, report.findings().size(), () -> report.findings().toString());
      assertNames(finding(report, "ODS-U2").message(), "2024-07-31", "2024-01-31");
      assertNames(finding(report, "NAT-Q2").message(), "2025-01-01", "2023-10-02");
    }

    @Test
    @Tag("ODS-U2")
    @Tag("NAT-U1")
    @DisplayName("ODS-U2 NAT-U1 a citizen who dropped out gets no follow-up under either rule, and no finding")
    void droppedOut() {
      DeadlineReport report = ENGINE.report(odsherred(Track.SOCIAL_DRUG, date(2026, 6, 1))
          .addEvents(inPerson(date(2025, 5, 5)), start(date(2025, 5, 12), "OUTPATIENT"),
              end(date(2025, 9, 15), EndStatus.DROPPED_OUT))
          .build());

      assertEquals(List.of(), all(report, FOLLOW_UP));
      assertEquals(List.of(), report.findings());
    }

    @Test
    @Tag("NAT-U1")
    @DisplayName("NAT-U1 a DECEASED ending never gets a follow-up, and no finding")
    void deceased() {
      DeadlineReport report = ENGINE.report(odsherred(Track.SOCIAL_DRUG, date(2026, 6, 1))
          .addEvents(inPerson(date(2025, 5, 5)), start(date(2025, 5, 12), "OUTPATIENT"),
              end(date(2025, 9, 15), EndStatus.DECEASED))
          .build());

      assertEquals(List.of(), all(report, FOLLOW_UP));
      assertEquals(List.of(), report.findings());
    }
  }

  @Nested
  @DisplayName("The standard applied and the kinds of deadline")
  class StandardAndKinds {

    @Test
    @Tag("NAT-Q2")
    @Tag("ODS-M1")
    @DisplayName("NAT-Q2 ODS-M1 a case whose first event is 4 January 2027, after the standard's validity ended on "
        + "31 December 2026: the standard is still applied (ODS-G1 decides) and a finding says it has expired")
    void expiredStandardStillApplied() {
      DeadlineReport report = ENGINE.report(odsherred(Track.SOCIAL_DRUG, date(2027, 2, 1))
          .addEvents(inPerson(date(2027, 1, 4)), start(date(2027, 1, 11), "OUTPATIENT"))
          .build());

      assertEquals(Optional.of(date(2026, 12, 31)), report.standard().validTo());
      assertDeadline(only(report, TREATMENT_GUARANTEE), TREATMENT_GUARANTEE, "ODS-G1", SEL_101_4,
          date(2027, 1, 4), date(2027, 1, 18), date(2027, 1, 11), Status.MET);
      assertEquals(1, report.findings().size(), () -> report.findings().toString());
      Finding expired = finding(report, "NAT-Q2");
      assertNames(expired.message(), "expired", "2026-12-31", "2027-01-04");
    }

    @Test
    @Tag("NAT-Q2")
    @Tag("ODS-M1")
    @DisplayName("ODS-M1 the validity includes its last day: a case beginning 31 December 2026 gets no NAT-Q2 finding")
    void lastDayOfValidity() {
      DeadlineReport report = ENGINE.report(odsherred(Track.SOCIAL_DRUG, date(2027, 1, 5))
          .addEvents(inPerson(date(2026, 12, 31)))
          .build());

      assertDeadline(only(report, TREATMENT_GUARANTEE), TREATMENT_GUARANTEE, "ODS-G1", SEL_101_4,
          date(2026, 12, 31), date(2027, 1, 14), null, Status.PENDING);
      assertEquals(List.of(), report.findings());
    }

    @Test
    @Tag("ODS-U1")
    @DisplayName("ODS-U1 the plan is evaluated after the agreed period: no PLAN_REVIEW deadline even after 14 months "
        + "of treatment, and none of the other municipalities' kinds (medical examination, action plan, provider's "
        + "notice, relapse prevention)")
    void noPlanReviewNorOtherMunicipalitiesKinds() {
      DeadlineReport report = ENGINE.report(odsherred(Track.SOCIAL_DRUG, date(2026, 3, 1))
          .addEvents(inPerson(date(2025, 1, 6)), CaseEvent.of(EventType.MEDICAL_EXAMINATION, date(2025, 1, 8)),
              start(date(2025, 1, 13), "RESIDENTIAL"), CaseEvent.of(EventType.PLAN_REVIEW, date(2025, 7, 1)),
              CaseEvent.of(EventType.ACTION_PLAN_CLARIFIED, date(2025, 2, 3)),
              CaseEvent.of(EventType.TREATMENT_INTERRUPTED, date(2025, 8, 1)),
              CaseEvent.of(EventType.PROVIDER_NOTIFIED, date(2025, 8, 10)))
          .build());

      Set<DeadlineKind> kinds = report.deadlines().stream().map(Deadline::kind)
          .collect(Collectors.toCollection(() -> EnumSet.noneOf(DeadlineKind.class)));
      assertEquals(EnumSet.of(TREATMENT_GUARANTEE), kinds);
      assertDeadline(only(report, TREATMENT_GUARANTEE), TREATMENT_GUARANTEE, "ODS-G1", SEL_101_4,
          date(2025, 1, 6), date(2025, 1, 20), date(2025, 1, 13), Status.MET);
    }

    @Test
    @Tag("NAT-C4")
    @Tag("ODS-U2")
    @DisplayName("CASE-FORMAT deadlines are ordered by due date, undated last: guarantee, (lapsed) complaint limit, three "
        + "follow-ups, then the case-handling complaint")
    void orderedByDueDate() {
      DeadlineReport report = ENGINE.report(odsherred(Track.SOCIAL_DRUG, date(2026, 3, 1))
          .addEvents(end(date(2026, 2, 27), EndStatus.COMPLETED),
              decision(date(2026, 1, 20), ComplaintSubject.CASE_HANDLING, Outcome.REFUSED),
              decision(date(2026, 1, 14), ComplaintSubject.SOCIAL_TREATMENT, Outcome.PARTLY_GRANTED),
              start(date(2026, 1, 12), "OUTPATIENT"), inPerson(date(2026, 1, 5)))
          .build());

      List<Deadline> deadlines = report.deadlines();
      assertEquals(6, deadlines.size(), () -> deadlines.toString());
      assertDeadline(deadlines.get(0), TREATMENT_GUARANTEE, "ODS-G1", SEL_101_4,
          date(2026, 1, 5), date(2026, 1, 19), date(2026, 1, 12), Status.MET);
      assertDeadline(deadlines.get(1), COMPLAINT, "NAT-C1", "Retssikkerhedsloven § 67",
          date(2026, 1, 14), date(2026, 2, 11), null, Status.LAPSED);
      assertDeadline(deadlines.get(2), FOLLOW_UP, "ODS-U2", FOLLOW_UP_BASIS,
          date(2026, 2, 27), date(2026, 3, 27), null, Status.PENDING);
      assertDeadline(deadlines.get(3), FOLLOW_UP, "ODS-U2", FOLLOW_UP_BASIS,
          date(2026, 2, 27), date(2026, 5, 27), null, Status.PENDING);
      assertDeadline(deadlines.get(4), FOLLOW_UP, "NAT-U1", FOLLOW_UP_BASIS,
          date(2026, 2, 27), date(2026, 8, 27), null, Status.PENDING);
      assertDeadline(deadlines.get(5), COMPLAINT, "ODS-C3", null,
          date(2026, 1, 20), null, null, Status.NOT_APPLICABLE);
      assertEquals(1, report.findings().size(), () -> report.findings().toString());
      assertNames(finding(report, "ODS-U2").message(), "2026-08-27", "2026-02-27");
    }
  }
}
