package dk.kvalitetsstandard.jammerbugt;

import dk.kvalitetsstandard.conformance.DeadlineExpectations;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Example cases run through the deadline engine under Jammerbugt's "Kvalitetsstandard for
 * Rusmiddelindsatsen 2022-2023": the treatment guarantee (JAM-G1 with NAT-G1..G5), the medical
 * examination (JAM-D2), the follow-ups the law requires (NAT-U1), the relapse-prevention talks
 * (JAM-D1) and the standard's period of validity (NAT-Q2). Every expected date is worked out by hand
 * from RULES.md and CASE-FORMAT.md and written as a literal.
 *
 * <p>Complaint limits and reconsideration are in {@link JammerbugtComplaintDeadlinesTest}.
 */
class JammerbugtDeadlinesTest {

  static final DeadlineEngine ENGINE = DeadlineEngine.of(StandardRegistry.defaultRegistry(), PublicHolidays.denmark());

  static final Citizen ADULT = Citizen.builder().age(34).build();

  static final String SEL_101_4 = "SEL § 101, stk. 4";
  static final String SUL_142_6 = "SUL § 142, stk. 6";
  static final String SUL_141_2 = "SUL § 141, stk. 2";
  static final String SUL_142_2 = "SUL § 142, stk. 2";
  static final String BEK_1477_4_2 = "BEK nr. 1477 af 17/12/2019 § 4, stk. 2";

  // ------------------------------------------------------------------ helpers

  static LocalDate d(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  static CaseFile caseOf(Track track, LocalDate asOf, Citizen citizen, CaseEvent... events) {
    return CaseFile.builder().municipality("jammerbugt").asOf(asOf).track(track).citizen(citizen)
        .addEvents(events).build();
  }

  static DeadlineReport report(Track track, LocalDate asOf, CaseEvent... events) {
    return ENGINE.report(caseOf(track, asOf, ADULT, events));
  }

  static CaseEvent phone(LocalDate date) {
    return CaseEvent.contact(date, ContactChannel.PHONE);
  }

  static CaseEvent inPerson(LocalDate date) {
    return CaseEvent.contact(date, ContactChannel.IN_PERSON);
  }

  static CaseEvent start(LocalDate date, String offer) {
    return CaseEvent.treatmentStart(date, offer);
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

  /** Asserts every field of a deadline but its explanation; {@code null} means the field is empty. */
  static void assertDeadline(Deadline actual, DeadlineKind kind, String rule, String legalBasis, LocalDate startedBy,
      LocalDate due, LocalDate closedBy, Status status) {
    DeadlineExpectations.assertDeadline(actual, kind, rule, legalBasis, startedBy, due, closedBy, status);
  }

  /** Asserts that {@code text} names each of {@code parts}; a date given in ISO form is looked for as English prose writes it. */
  static void assertContains(String text, String... parts) {
    for (String given : parts) {
      String part = DeadlineExpectations.inProse(given, java.util.Locale.ENGLISH);
      assertTrue(text.contains(part), () -> "expected '" + part + "' in: " + text);
    }
  }

  static Finding onlyFinding(DeadlineReport report, String rule) {
    List<Finding> found = report.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    assertEquals(1, found.size(), () -> "exactly one finding " + rule + " in " + report.findings());
    return found.get(0);
  }

  // ------------------------------------------------------------------ treatment guarantee

  @Nested
  @DisplayName("Treatment guarantee (JAM-G1, NAT-G1..G5)")
  class Guarantee {

    @Test
    @DisplayName("JAM-G1 NAT-G1 treatment started 9 days after the phone call is within the 14 days: met")
    void metSocial() {
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2023, 6, 1), phone(d(2023, 3, 1)), start(d(2023, 3, 10), "OUTPATIENT"));
      assertDeadline(only(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "JAM-G1", SEL_101_4,
          d(2023, 3, 1), d(2023, 3, 15), d(2023, 3, 10), Status.MET);
      assertEquals(List.of(), r.findings(), "a 2023 case under the standard in force, nothing below the floor");
      assertEquals("jammerbugt", r.municipality());
      assertEquals(Optional.of(d(2022, 1, 1)), r.standard().validFrom());
      assertEquals(Optional.of(d(2023, 12, 31)), r.standard().validTo());
      assertEquals(Optional.empty(), r.standard().adopted(), "the seed gives no adoption date");
    }

    @Test
    @DisplayName("JAM-G1 NAT-G1 treatment starting on day 14 itself is on time: met")
    void metOnTheLastDay() {
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2023, 6, 1), phone(d(2023, 3, 1)), start(d(2023, 3, 15), "OUTPATIENT"));
      assertDeadline(only(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "JAM-G1", SEL_101_4,
          d(2023, 3, 1), d(2023, 3, 15), d(2023, 3, 15), Status.MET);
    }

    @Test
    @DisplayName("JAM-G1 NAT-G1 treatment starting on day 15 is one day late: breached, closed late")
    void breachedClosedLate() {
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2023, 6, 1), phone(d(2023, 3, 1)), start(d(2023, 3, 16), "OUTPATIENT"));
      Deadline g = only(r, DeadlineKind.TREATMENT_GUARANTEE);
      assertDeadline(g, DeadlineKind.TREATMENT_GUARANTEE, "JAM-G1", SEL_101_4,
          d(2023, 3, 1), d(2023, 3, 15), d(2023, 3, 16), Status.BREACHED);
      assertContains(g.explanation(), "2023-03-01", "2023-03-15", "2023-03-16", "JAM-G1");
    }

    @Test
    @DisplayName("JAM-G1 NAT-G1 no treatment started and the 14 days have passed: breached, still open")
    void breachedOpen() {
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2023, 3, 16), phone(d(2023, 3, 1)));
      Deadline g = only(r, DeadlineKind.TREATMENT_GUARANTEE);
      assertDeadline(g, DeadlineKind.TREATMENT_GUARANTEE, "JAM-G1", SEL_101_4,
          d(2023, 3, 1), d(2023, 3, 15), null, Status.BREACHED);
      assertContains(g.explanation(), "2023-03-15");
    }

    @Test
    @DisplayName("JAM-G1 NAT-G1 no treatment yet, report made on day 14: pending")
    void pendingOnTheDueDate() {
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2023, 3, 15), phone(d(2023, 3, 1)));
      assertDeadline(only(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "JAM-G1", SEL_101_4,
          d(2023, 3, 1), d(2023, 3, 15), null, Status.PENDING);
    }

    @Test
    @DisplayName("JAM-G1 D0-3 the guarantee counts calendar days and does not move off Store Bededag 2023 (5 May)")
    void guaranteeDoesNotMoveOffAHoliday() {
      // 21 April 2023 + 14 days = Friday 5 May 2023, Store Bededag: the service promise stays on that day.
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2023, 6, 1), phone(d(2023, 4, 21)), start(d(2023, 5, 8), "OUTPATIENT"));
      assertDeadline(only(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "JAM-G1", SEL_101_4,
          d(2023, 4, 21), d(2023, 5, 5), d(2023, 5, 8), Status.BREACHED);
    }

    @Test
    @DisplayName("JAM-G1 D0-6 the clock starts at the first contact (a phone call), not at a later visit; no finding")
    void clockAtFirstContact() {
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2023, 6, 1), phone(d(2023, 3, 1)), inPerson(d(2023, 3, 6)),
          start(d(2023, 3, 17), "OUTPATIENT"));
      assertDeadline(only(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "JAM-G1", SEL_101_4,
          d(2023, 3, 1), d(2023, 3, 15), d(2023, 3, 17), Status.BREACHED);
      assertEquals(List.of(), r.findings(), "Jammerbugt's clock is the law's: nothing below the floor");
    }

    @Test
    @DisplayName("JAM-G1 NAT-G4 substitution treatment (SUL § 142) started within 14 days of the contact: met")
    void medicalTrackMet() {
      DeadlineReport r = report(Track.MEDICAL_DRUG, d(2023, 6, 30), phone(d(2023, 5, 2)), start(d(2023, 5, 12), "SUBSTITUTION"));
      assertDeadline(only(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "JAM-G1", SUL_142_6,
          d(2023, 5, 2), d(2023, 5, 16), d(2023, 5, 12), Status.MET);
    }

    @Test
    @DisplayName("NAT-G4 the citizen chose another institution for substitution treatment before day 14: waived (SUL § 142, stk. 8)")
    void medicalTrackWaived() {
      DeadlineReport r = report(Track.MEDICAL_DRUG, d(2023, 6, 30), phone(d(2023, 5, 2)),
          event(EventType.FREE_CHOICE, d(2023, 5, 10)));
      Deadline g = only(r, DeadlineKind.TREATMENT_GUARANTEE);
      assertDeadline(g, DeadlineKind.TREATMENT_GUARANTEE, "NAT-G4", "SUL § 142, stk. 8",
          d(2023, 5, 2), d(2023, 5, 16), null, Status.WAIVED);
      assertContains(g.explanation(), "2023-05-10");
    }

    @Test
    @DisplayName("JAM-G1 NAT-G5 alcohol treatment (SUL § 141) started on day 15: breached; no medical examination on alcohol")
    void alcoholBreached() {
      DeadlineReport r = report(Track.ALCOHOL, d(2023, 12, 1), phone(d(2023, 9, 20)), start(d(2023, 10, 5), "OUTPATIENT"));
      assertDeadline(only(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "JAM-G1", SUL_141_2,
          d(2023, 9, 20), d(2023, 10, 4), d(2023, 10, 5), Status.BREACHED);
      assertEquals(List.of(), all(r, DeadlineKind.MEDICAL_EXAMINATION), "JAM-D2 covers drug treatment only");
    }

    @Test
    @DisplayName("JAM-G1 NAT-G5 alcohol: SUL § 141 has no free-choice waiver, so choosing another place does not set the 14 days aside")
    void alcoholFreeChoiceIsNoWaiver() {
      // NAT-G2 (SEL § 101, stk. 6) and NAT-G4 (SUL § 142, stk. 8) carry the waiver; NAT-G5 (SUL § 141, stk. 2) names none.
      DeadlineReport r = report(Track.ALCOHOL, d(2023, 12, 1), phone(d(2023, 9, 20)),
          event(EventType.FREE_CHOICE, d(2023, 9, 25)), start(d(2023, 10, 5), "OUTPATIENT"));
      assertDeadline(only(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "JAM-G1", SUL_141_2,
          d(2023, 9, 20), d(2023, 10, 4), d(2023, 10, 5), Status.BREACHED);
    }

    @Test
    @DisplayName("NAT-G2 NAT-X1 free choice of another provider before day 14 waives the guarantee, though the standard is silent")
    void socialWaived() {
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2023, 4, 1), phone(d(2023, 3, 1)),
          event(EventType.FREE_CHOICE, d(2023, 3, 8)), start(d(2023, 3, 20), "OUTPATIENT"));
      Deadline g = only(r, DeadlineKind.TREATMENT_GUARANTEE);
      assertDeadline(g, DeadlineKind.TREATMENT_GUARANTEE, "NAT-G2", "SEL § 101, stk. 6",
          d(2023, 3, 1), d(2023, 3, 15), d(2023, 3, 20), Status.WAIVED);
      assertContains(g.explanation(), "2023-03-08", "NAT-G2");
    }

    @Test
    @DisplayName("JAM-G1 NAT-G2 free choice only after day 14 does not waive a guarantee already breached")
    void lateFreeChoiceIsNoWaiver() {
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2023, 4, 1), phone(d(2023, 3, 1)),
          event(EventType.FREE_CHOICE, d(2023, 3, 16)));
      assertDeadline(only(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "JAM-G1", SEL_101_4,
          d(2023, 3, 1), d(2023, 3, 15), null, Status.BREACHED);
    }

    @Test
    @DisplayName("NAT-G3 anonymous treatment (SEL § 101 a) is outside the 14-day guarantee and gets no medical examination")
    void anonymousNotApplicable() {
      DeadlineReport r = ENGINE.report(caseOf(Track.ANONYMOUS_DRUG, d(2023, 6, 1), Citizen.unknown(),
          phone(d(2023, 3, 1)), start(d(2023, 4, 20), "ANONYMOUS_OUTPATIENT")));
      Deadline g = only(r, DeadlineKind.TREATMENT_GUARANTEE);
      assertDeadline(g, DeadlineKind.TREATMENT_GUARANTEE, "NAT-G3", "SEL § 101 a", null, null, null, Status.NOT_APPLICABLE);
      assertEquals(List.of(), all(r, DeadlineKind.MEDICAL_EXAMINATION), "JAM-D2 does not cover the anonymous track");
    }

    @Test
    @DisplayName("JAM-G1 a refusal of social treatment received before day 14 leaves nothing to start: not applicable")
    void refusedBeforeDue() {
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2023, 4, 1), phone(d(2023, 3, 1)),
          decision(d(2023, 3, 10), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED));
      Deadline g = only(r, DeadlineKind.TREATMENT_GUARANTEE);
      assertDeadline(g, DeadlineKind.TREATMENT_GUARANTEE, "JAM-G1", SEL_101_4,
          d(2023, 3, 1), d(2023, 3, 15), null, Status.NOT_APPLICABLE);
      assertContains(g.explanation(), "2023-03-10");
    }

    @Test
    @DisplayName("JAM-G1 a refusal received only after day 14 leaves the guarantee breached")
    void refusedAfterDue() {
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2023, 4, 1), phone(d(2023, 3, 1)),
          decision(d(2023, 3, 20), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED));
      assertDeadline(only(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "JAM-G1", SEL_101_4,
          d(2023, 3, 1), d(2023, 3, 15), null, Status.BREACHED);
    }

    @Test
    @DisplayName("JAM-G1 JAM-D2 D0-4 no contact recorded yet: the guarantee and the medical examination are not started")
    void notStarted() {
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2023, 3, 1));
      assertDeadline(only(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "JAM-G1", SEL_101_4,
          null, null, null, Status.NOT_STARTED);
      assertDeadline(only(r, DeadlineKind.MEDICAL_EXAMINATION), DeadlineKind.MEDICAL_EXAMINATION, "JAM-D2", SUL_142_2,
          null, null, null, Status.NOT_STARTED);
      assertEquals(List.of(), r.findings());
    }

    @Test
    @DisplayName("JAM-G1 NAT-X1 a 16-year-old in 2023: the standard is silent on minors, so the guarantee runs (never needs a decision)")
    void minorIn2023() {
      DeadlineReport r = ENGINE.report(caseOf(Track.SOCIAL_DRUG, d(2023, 8, 10), Citizen.builder().age(16).build(),
          phone(d(2023, 8, 1))));
      Deadline g = only(r, DeadlineKind.TREATMENT_GUARANTEE);
      assertEquals(Status.PENDING, g.status(), "not NEEDS_DECISION: that is Randers' rule (RAN-G2), not Jammerbugt's");
      assertEquals("JAM-G1", g.rule());
      assertEquals(Optional.of(d(2023, 8, 15)), g.due());
    }

    @Test
    @DisplayName("JAM-G1 NAT-Y1 a 16-year-old's guarantee in 2023 rests on SEL § 101, stk. 4, the provision in force then")
    void minorIn2023LegalBasis() {
      DeadlineReport r = ENGINE.report(caseOf(Track.SOCIAL_DRUG, d(2023, 8, 10), Citizen.builder().age(16).build(),
          phone(d(2023, 8, 1))));
      assertDeadline(only(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "JAM-G1", SEL_101_4,
          d(2023, 8, 1), d(2023, 8, 15), null, Status.PENDING);
    }

    @Test
    @DisplayName("JAM-G1 NAT-Y1 NAT-Q2 a 16-year-old in 2024: treatment under Barnets lov § 33, under the expired standard")
    void minorIn2024() {
      DeadlineReport r = ENGINE.report(caseOf(Track.SOCIAL_DRUG, d(2024, 3, 1), Citizen.builder().age(16).build(),
          phone(d(2024, 2, 1)), start(d(2024, 2, 12), "OUTPATIENT")));
      assertDeadline(only(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "JAM-G1",
          "Barnets lov § 33", d(2024, 2, 1), d(2024, 2, 15), d(2024, 2, 12), Status.MET);
      assertContains(onlyFinding(r, "NAT-Q2").message(), "2023-12-31", "2024-02-01");
    }

    @Test
    @DisplayName("JAM-G1 D0-1 14 calendar days across 29 February 2024: a contact on 20 February is due 5 March")
    void acrossLeapDay() {
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2024, 3, 5), phone(d(2024, 2, 20)));
      assertDeadline(only(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "JAM-G1", SEL_101_4,
          d(2024, 2, 20), d(2024, 3, 5), null, Status.PENDING);
      assertDeadline(only(r, DeadlineKind.MEDICAL_EXAMINATION), DeadlineKind.MEDICAL_EXAMINATION, "JAM-D2", SUL_142_2,
          d(2024, 2, 20), d(2024, 3, 5), null, Status.PENDING);
    }
  }

  // ------------------------------------------------------------------ the standard's validity (NAT-Q2)

  @Nested
  @DisplayName("The standard's period of validity, 2022-2023 (JAM-M1, NAT-Q2)")
  class Validity {

    @Test
    @DisplayName("NAT-Q2 a case starting in 2026 still gets Jammerbugt's standard, with a finding that it expired on 2023-12-31")
    void expired() {
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2026, 3, 1), phone(d(2026, 1, 5)), start(d(2026, 1, 20), "OUTPATIENT"));
      assertDeadline(only(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "JAM-G1", SEL_101_4,
          d(2026, 1, 5), d(2026, 1, 19), d(2026, 1, 20), Status.BREACHED);
      assertEquals(1, r.findings().size(), () -> r.findings().toString());
      assertContains(onlyFinding(r, "NAT-Q2").message(), "Jammerbugt", "2023-12-31", "2026-01-05");
      assertEquals("Kvalitetsstandard for Rusmiddelindsatsen 2022-2023", r.standard().title());
    }

    @Test
    @DisplayName("NAT-Q2 a case whose first event is 31 December 2023 is within the standard's validity: no finding")
    void lastDayInForce() {
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2024, 1, 10), phone(d(2023, 12, 31)), start(d(2024, 1, 8), "OUTPATIENT"));
      assertDeadline(only(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "JAM-G1", SEL_101_4,
          d(2023, 12, 31), d(2024, 1, 14), d(2024, 1, 8), Status.MET);
      assertEquals(List.of(), r.findings());
    }

    @Test
    @DisplayName("NAT-Q2 a case whose first event is 1 January 2024 falls after the standard expired: finding")
    void firstDayExpired() {
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2024, 1, 10), phone(d(2024, 1, 1)));
      assertContains(onlyFinding(r, "NAT-Q2").message(), "2023-12-31", "2024-01-01");
      assertDeadline(only(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "JAM-G1", SEL_101_4,
          d(2024, 1, 1), d(2024, 1, 15), null, Status.PENDING);
    }

    @Test
    @DisplayName("NAT-Q2 a case begun in December 2021, before the standard came into force: applied, with a finding")
    void notYetInForce() {
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2022, 2, 1), phone(d(2021, 12, 20)), start(d(2022, 1, 3), "OUTPATIENT"));
      assertDeadline(only(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "JAM-G1", SEL_101_4,
          d(2021, 12, 20), d(2022, 1, 3), d(2022, 1, 3), Status.MET);
      assertContains(onlyFinding(r, "NAT-Q2").message(), "2022-01-01", "2021-12-20");
    }

    @Test
    @DisplayName("NAT-Q2 the case's first event of any kind decides: a decision in December 2023, contact in January 2024, no finding")
    void firstEventOfAnyKind() {
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2024, 1, 10),
          decision(d(2023, 12, 20), ComplaintSubject.CASE_HANDLING, Outcome.REFUSED), phone(d(2024, 1, 3)));
      assertEquals(List.of(), r.findings());
      assertDeadline(only(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "JAM-G1", SEL_101_4,
          d(2024, 1, 3), d(2024, 1, 17), null, Status.PENDING);
    }

    @Test
    @DisplayName("NAT-Q2 the municipality code 0849 names Jammerbugt as the slug does")
    void byCode() {
      DeadlineReport r = ENGINE.report(CaseFile.builder().municipality("0849").asOf(d(2023, 3, 10))
          .track(Track.SOCIAL_DRUG).addEvents(phone(d(2023, 3, 1))).build());
      assertEquals("jammerbugt", r.municipality());
      assertDeadline(only(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "JAM-G1", SEL_101_4,
          d(2023, 3, 1), d(2023, 3, 15), null, Status.PENDING);
    }
  }

  // ------------------------------------------------------------------ medical examination (JAM-D2)

  @Nested
  @DisplayName("Medical examination within 14 days of the contact (JAM-D2, NAT-G6)")
  class MedicalExamination {

    @Test
    @DisplayName("JAM-D2 the doctor's examination a week after the contact, before treatment starts: met")
    void met() {
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2023, 6, 1), phone(d(2023, 3, 1)),
          event(EventType.MEDICAL_EXAMINATION, d(2023, 3, 8)), start(d(2023, 3, 20), "OUTPATIENT"));
      Deadline m = only(r, DeadlineKind.MEDICAL_EXAMINATION);
      assertDeadline(m, DeadlineKind.MEDICAL_EXAMINATION, "JAM-D2", SUL_142_2,
          d(2023, 3, 1), d(2023, 3, 15), d(2023, 3, 8), Status.MET);
      assertContains(m.explanation(), "2023-03-01", "2023-03-15", "2023-03-08");
    }

    @Test
    @DisplayName("JAM-D2 NAT-G6 treatment started on day 8, before contact + 14: the examination was due by then, and day 9 is late")
    void dueAtTreatmentStart() {
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2023, 6, 1), phone(d(2023, 3, 1)),
          start(d(2023, 3, 9), "OUTPATIENT"), event(EventType.MEDICAL_EXAMINATION, d(2023, 3, 10)));
      assertDeadline(only(r, DeadlineKind.MEDICAL_EXAMINATION), DeadlineKind.MEDICAL_EXAMINATION, "JAM-D2", SUL_142_2,
          d(2023, 3, 1), d(2023, 3, 9), d(2023, 3, 10), Status.BREACHED);
    }

    @Test
    @DisplayName("JAM-D2 the examination on the day treatment starts (the earlier limit) is on time")
    void onTheDayOfTreatmentStart() {
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2023, 6, 1), phone(d(2023, 3, 1)),
          start(d(2023, 3, 9), "OUTPATIENT"), event(EventType.MEDICAL_EXAMINATION, d(2023, 3, 9)));
      assertDeadline(only(r, DeadlineKind.MEDICAL_EXAMINATION), DeadlineKind.MEDICAL_EXAMINATION, "JAM-D2", SUL_142_2,
          d(2023, 3, 1), d(2023, 3, 9), d(2023, 3, 9), Status.MET);
    }

    @Test
    @DisplayName("JAM-D2 no examination and contact + 14 days has passed: breached, still open")
    void breachedOpen() {
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2023, 3, 20), phone(d(2023, 3, 1)));
      Deadline m = only(r, DeadlineKind.MEDICAL_EXAMINATION);
      assertDeadline(m, DeadlineKind.MEDICAL_EXAMINATION, "JAM-D2", SUL_142_2,
          d(2023, 3, 1), d(2023, 3, 15), null, Status.BREACHED);
      assertContains(m.explanation(), "2023-03-15");
    }

    @Test
    @DisplayName("JAM-D2 no examination yet, within the 14 days and no treatment started: pending")
    void pending() {
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2023, 3, 10), phone(d(2023, 3, 1)));
      assertDeadline(only(r, DeadlineKind.MEDICAL_EXAMINATION), DeadlineKind.MEDICAL_EXAMINATION, "JAM-D2", SUL_142_2,
          d(2023, 3, 1), d(2023, 3, 15), null, Status.PENDING);
    }

    @Test
    @DisplayName("JAM-D2 substitution track: examination on day 14, treatment on day 18: met")
    void medicalTrack() {
      DeadlineReport r = report(Track.MEDICAL_DRUG, d(2023, 6, 30), phone(d(2023, 5, 2)),
          event(EventType.MEDICAL_EXAMINATION, d(2023, 5, 16)), start(d(2023, 5, 20), "SUBSTITUTION"));
      assertDeadline(only(r, DeadlineKind.MEDICAL_EXAMINATION), DeadlineKind.MEDICAL_EXAMINATION, "JAM-D2", SUL_142_2,
          d(2023, 5, 2), d(2023, 5, 16), d(2023, 5, 16), Status.MET);
    }

    @Test
    @DisplayName("JAM-D2 the clock is the first contact: an examination 14 days after a later visit is late")
    void firstContactStartsIt() {
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2023, 6, 1), phone(d(2023, 3, 1)), inPerson(d(2023, 3, 6)),
          event(EventType.MEDICAL_EXAMINATION, d(2023, 3, 20)), start(d(2023, 3, 27), "OUTPATIENT"));
      assertDeadline(only(r, DeadlineKind.MEDICAL_EXAMINATION), DeadlineKind.MEDICAL_EXAMINATION, "JAM-D2", SUL_142_2,
          d(2023, 3, 1), d(2023, 3, 15), d(2023, 3, 20), Status.BREACHED);
    }

    @Test
    @DisplayName("JAM-D2 D0-1 a contact on 20 February 2023 (no leap day) is due 6 March")
    void acrossFebruary2023() {
      DeadlineReport r = report(Track.MEDICAL_DRUG, d(2023, 3, 6), phone(d(2023, 2, 20)));
      assertDeadline(only(r, DeadlineKind.MEDICAL_EXAMINATION), DeadlineKind.MEDICAL_EXAMINATION, "JAM-D2", SUL_142_2,
          d(2023, 2, 20), d(2023, 3, 6), null, Status.PENDING);
    }
  }

  // ------------------------------------------------------------------ after the end (JAM-D1, NAT-U1)

  @Nested
  @DisplayName("After treatment ends: relapse prevention (JAM-D1) and the law's follow-ups (NAT-U1)")
  class AfterTheEnd {

    @Test
    @DisplayName("JAM-D1 NAT-U1 a completed course: two relapse talks due in 12 months, the law's 1- and 6-month follow-ups, and a finding")
    void completed() {
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2024, 6, 1), phone(d(2022, 9, 1)), start(d(2022, 9, 10), "OUTPATIENT"),
          end(d(2023, 3, 15), EndStatus.COMPLETED),
          event(EventType.FOLLOW_UP, d(2023, 4, 10)), event(EventType.RELAPSE_PREVENTION_TALK, d(2023, 6, 1)),
          event(EventType.FOLLOW_UP, d(2023, 9, 20)), event(EventType.RELAPSE_PREVENTION_TALK, d(2024, 3, 1)));

      List<Deadline> followUps = all(r, DeadlineKind.FOLLOW_UP);
      assertEquals(2, followUps.size(), () -> followUps.toString());
      assertDeadline(followUps.get(0), DeadlineKind.FOLLOW_UP, "NAT-U1", BEK_1477_4_2,
          d(2023, 3, 15), d(2023, 4, 15), d(2023, 4, 10), Status.MET);
      assertDeadline(followUps.get(1), DeadlineKind.FOLLOW_UP, "NAT-U1", BEK_1477_4_2,
          d(2023, 3, 15), d(2023, 9, 15), d(2023, 9, 20), Status.BREACHED);

      List<Deadline> talks = all(r, DeadlineKind.RELAPSE_PREVENTION);
      assertEquals(2, talks.size(), () -> talks.toString());
      assertDeadline(talks.get(0), DeadlineKind.RELAPSE_PREVENTION, "JAM-D1", "SEL § 101",
          d(2023, 3, 15), d(2024, 3, 15), d(2023, 6, 1), Status.MET);
      assertDeadline(talks.get(1), DeadlineKind.RELAPSE_PREVENTION, "JAM-D1", "SEL § 101",
          d(2023, 3, 15), d(2024, 3, 15), d(2024, 3, 1), Status.MET);

      assertEquals(1, r.findings().size(), () -> r.findings().toString());
      assertContains(onlyFinding(r, "JAM-D1").message(), "Jammerbugt", "2023-03-15", "2023-04-15", "2023-09-15");
    }

    @Test
    @DisplayName("CASE-FORMAT the report lists the deadlines by due date: follow-ups, then relapse talks, undated ones last")
    void orderedByDue() {
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2023, 5, 1), phone(d(2022, 9, 1)),
          event(EventType.MEDICAL_EXAMINATION, d(2022, 9, 5)), start(d(2022, 9, 10), "OUTPATIENT"),
          end(d(2023, 3, 15), EndStatus.COMPLETED),
          decision(d(2023, 3, 20), ComplaintSubject.CASE_HANDLING, Outcome.REFUSED));
      List<DeadlineKind> kinds = r.deadlines().stream().map(Deadline::kind).toList();
      assertEquals(List.of(DeadlineKind.MEDICAL_EXAMINATION, DeadlineKind.TREATMENT_GUARANTEE, DeadlineKind.FOLLOW_UP,
          DeadlineKind.FOLLOW_UP, DeadlineKind.RELAPSE_PREVENTION, DeadlineKind.RELAPSE_PREVENTION, DeadlineKind.COMPLAINT),
          kinds);
      List<Optional<LocalDate>> dues = r.deadlines().stream().map(Deadline::due).toList();
      assertEquals(List.of(Optional.of(d(2022, 9, 10)), Optional.of(d(2022, 9, 15)), Optional.of(d(2023, 4, 15)),
          Optional.of(d(2023, 9, 15)), Optional.of(d(2024, 3, 15)), Optional.of(d(2024, 3, 15)), Optional.empty()), dues);
    }

    @Test
    @DisplayName("JAM-D1 one talk held, the second still within the 12 months: met and pending")
    void secondTalkPending() {
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2024, 3, 15), phone(d(2022, 9, 1)), start(d(2022, 9, 10), "OUTPATIENT"),
          end(d(2023, 3, 15), EndStatus.COMPLETED), event(EventType.RELAPSE_PREVENTION_TALK, d(2023, 9, 1)));
      List<Deadline> talks = all(r, DeadlineKind.RELAPSE_PREVENTION);
      assertEquals(2, talks.size());
      assertDeadline(talks.get(0), DeadlineKind.RELAPSE_PREVENTION, "JAM-D1", "SEL § 101",
          d(2023, 3, 15), d(2024, 3, 15), d(2023, 9, 1), Status.MET);
      assertDeadline(talks.get(1), DeadlineKind.RELAPSE_PREVENTION, "JAM-D1", "SEL § 101",
          d(2023, 3, 15), d(2024, 3, 15), null, Status.PENDING);
    }

    @Test
    @DisplayName("JAM-D1 no talk within the 12 months: both breached; a talk after the 12 months is late")
    void talksBreached() {
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2024, 5, 1), phone(d(2022, 9, 1)), start(d(2022, 9, 10), "OUTPATIENT"),
          end(d(2023, 3, 15), EndStatus.COMPLETED), event(EventType.RELAPSE_PREVENTION_TALK, d(2024, 3, 18)));
      List<Deadline> talks = all(r, DeadlineKind.RELAPSE_PREVENTION);
      assertEquals(2, talks.size());
      assertDeadline(talks.get(0), DeadlineKind.RELAPSE_PREVENTION, "JAM-D1", "SEL § 101",
          d(2023, 3, 15), d(2024, 3, 15), d(2024, 3, 18), Status.BREACHED);
      assertDeadline(talks.get(1), DeadlineKind.RELAPSE_PREVENTION, "JAM-D1", "SEL § 101",
          d(2023, 3, 15), d(2024, 3, 15), null, Status.BREACHED);
      assertContains(talks.get(1).explanation(), "2023-03-15", "2024-03-15", "JAM-D1");
    }

    @Test
    @DisplayName("JAM-D1 NAT-U1 a completed alcohol course gets the talks too (SUL § 141), but no follow-ups: NAT-U1 is social treatment only")
    void alcoholCompleted() {
      DeadlineReport r = report(Track.ALCOHOL, d(2023, 10, 1), phone(d(2023, 1, 9)), start(d(2023, 1, 16), "OUTPATIENT"),
          end(d(2023, 6, 30), EndStatus.COMPLETED), event(EventType.FOLLOW_UP, d(2023, 7, 28)));
      List<Deadline> talks = all(r, DeadlineKind.RELAPSE_PREVENTION);
      assertEquals(2, talks.size());
      for (Deadline talk : talks) {
        assertDeadline(talk, DeadlineKind.RELAPSE_PREVENTION, "JAM-D1", "SUL § 141",
            d(2023, 6, 30), d(2024, 6, 30), null, Status.PENDING);
      }
      assertEquals(List.of(), all(r, DeadlineKind.FOLLOW_UP), "BEK nr. 1477 § 4, stk. 2 concerns social treatment under SEL § 101");
      assertTrue(r.findings().stream().noneMatch(f -> f.rule().equals("JAM-D1")), "no finding of a follow-up the law does not require");
    }

    @Test
    @DisplayName("NAT-U1 JAM-D1 transferred to another offer: the law's two follow-ups and a finding, but no relapse talks")
    void otherOffer() {
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2023, 6, 1), phone(d(2023, 1, 9)), start(d(2023, 1, 16), "OUTPATIENT"),
          end(d(2023, 4, 20), EndStatus.OTHER_OFFER));
      List<Deadline> followUps = all(r, DeadlineKind.FOLLOW_UP);
      assertEquals(2, followUps.size());
      assertDeadline(followUps.get(0), DeadlineKind.FOLLOW_UP, "NAT-U1", BEK_1477_4_2,
          d(2023, 4, 20), d(2023, 5, 20), null, Status.BREACHED);
      assertDeadline(followUps.get(1), DeadlineKind.FOLLOW_UP, "NAT-U1", BEK_1477_4_2,
          d(2023, 4, 20), d(2023, 10, 20), null, Status.PENDING);
      assertEquals(List.of(), all(r, DeadlineKind.RELAPSE_PREVENTION), "JAM-D1: completed courses only");
      assertContains(onlyFinding(r, "JAM-D1").message(), "2023-04-20", "2023-05-20", "2023-10-20");
    }

    @Test
    @DisplayName("NAT-U1 D0-2 ended 31 January 2023 (other reason): follow-ups due 28 February and 31 July 2023")
    void monthEnd2023() {
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2023, 3, 1), phone(d(2022, 10, 3)), start(d(2022, 10, 10), "OUTPATIENT"),
          end(d(2023, 1, 31), EndStatus.OTHER_REASON), event(EventType.FOLLOW_UP, d(2023, 2, 28)));
      List<Deadline> followUps = all(r, DeadlineKind.FOLLOW_UP);
      assertEquals(2, followUps.size());
      assertDeadline(followUps.get(0), DeadlineKind.FOLLOW_UP, "NAT-U1", BEK_1477_4_2,
          d(2023, 1, 31), d(2023, 2, 28), d(2023, 2, 28), Status.MET);
      assertDeadline(followUps.get(1), DeadlineKind.FOLLOW_UP, "NAT-U1", BEK_1477_4_2,
          d(2023, 1, 31), d(2023, 7, 31), null, Status.PENDING);
      assertContains(onlyFinding(r, "JAM-D1").message(), "2023-01-31", "2023-02-28", "2023-07-31");
    }

    @Test
    @DisplayName("NAT-U1 D0-2 ended 31 January 2024 (to hospital): the 1-month follow-up is due 29 February 2024")
    void leapYear2024() {
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2024, 3, 1), phone(d(2023, 10, 2)), start(d(2023, 10, 10), "RESIDENTIAL"),
          end(d(2024, 1, 31), EndStatus.HOSPITAL));
      List<Deadline> followUps = all(r, DeadlineKind.FOLLOW_UP);
      assertEquals(2, followUps.size());
      assertDeadline(followUps.get(0), DeadlineKind.FOLLOW_UP, "NAT-U1", BEK_1477_4_2,
          d(2024, 1, 31), d(2024, 2, 29), null, Status.BREACHED);
      assertDeadline(followUps.get(1), DeadlineKind.FOLLOW_UP, "NAT-U1", BEK_1477_4_2,
          d(2024, 1, 31), d(2024, 7, 31), null, Status.PENDING);
      assertEquals(List.of(), all(r, DeadlineKind.RELAPSE_PREVENTION));
      assertEquals(List.of("JAM-D1"), r.findings().stream().map(Finding::rule).toList(),
          "first event in 2023: the standard was in force, so no NAT-Q2 finding");
    }

    @Test
    @DisplayName("JAM-D1 D0-2 completed on 29 February 2024: talks due 28 February 2025, follow-ups 29 March and 29 August 2024")
    void endOnLeapDay() {
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2024, 4, 2), phone(d(2023, 11, 1)), start(d(2023, 11, 6), "OUTPATIENT"),
          end(d(2024, 2, 29), EndStatus.COMPLETED), event(EventType.RELAPSE_PREVENTION_TALK, d(2024, 4, 2)));
      List<Deadline> talks = all(r, DeadlineKind.RELAPSE_PREVENTION);
      assertEquals(2, talks.size());
      assertDeadline(talks.get(0), DeadlineKind.RELAPSE_PREVENTION, "JAM-D1", "SEL § 101",
          d(2024, 2, 29), d(2025, 2, 28), d(2024, 4, 2), Status.MET);
      assertDeadline(talks.get(1), DeadlineKind.RELAPSE_PREVENTION, "JAM-D1", "SEL § 101",
          d(2024, 2, 29), d(2025, 2, 28), null, Status.PENDING);
      List<Deadline> followUps = all(r, DeadlineKind.FOLLOW_UP);
      assertEquals(2, followUps.size());
      assertDeadline(followUps.get(0), DeadlineKind.FOLLOW_UP, "NAT-U1", BEK_1477_4_2,
          d(2024, 2, 29), d(2024, 3, 29), null, Status.BREACHED);
      assertDeadline(followUps.get(1), DeadlineKind.FOLLOW_UP, "NAT-U1", BEK_1477_4_2,
          d(2024, 2, 29), d(2024, 8, 29), null, Status.PENDING);
    }

    @Test
    @DisplayName("NAT-U1 JAM-D1 a citizen who dropped out gets neither follow-ups nor relapse talks, and no finding")
    void droppedOut() {
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2023, 6, 1), phone(d(2023, 1, 9)), start(d(2023, 1, 16), "OUTPATIENT"),
          end(d(2023, 3, 1), EndStatus.DROPPED_OUT));
      assertEquals(List.of(), all(r, DeadlineKind.FOLLOW_UP));
      assertEquals(List.of(), all(r, DeadlineKind.RELAPSE_PREVENTION));
      assertEquals(List.of(), r.findings());
    }

    @Test
    @DisplayName("NAT-U1 JAM-D1 a citizen who died gets no follow-up and no relapse talk, and no finding")
    void deceased() {
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2023, 6, 1), phone(d(2023, 1, 9)), start(d(2023, 1, 16), "OUTPATIENT"),
          end(d(2023, 3, 1), EndStatus.DECEASED));
      assertEquals(List.of(), all(r, DeadlineKind.FOLLOW_UP));
      assertEquals(List.of(), all(r, DeadlineKind.RELAPSE_PREVENTION));
      assertEquals(List.of(), r.findings());
    }
  }

  // ------------------------------------------------------------------ Danish

  @Test
  @DisplayName("JAM-G1 NAT-Q2 a Danish report explains the guarantee and the expired standard in Danish")
  void danish() {
    DeadlineReport r = ENGINE.report(caseOf(Track.SOCIAL_DRUG, d(2026, 3, 1), ADULT, phone(d(2026, 1, 5)),
        start(d(2026, 1, 20), "OUTPATIENT")), Locale.forLanguageTag("da"));
    Deadline g = only(r, DeadlineKind.TREATMENT_GUARANTEE);
    assertDeadline(g, DeadlineKind.TREATMENT_GUARANTEE, "JAM-G1", SEL_101_4,
        d(2026, 1, 5), d(2026, 1, 19), d(2026, 1, 20), Status.BREACHED);
    assertContains(g.explanation(), "Behandlingen skal iværksættes senest 14 dage", "henvendelsen den 5. januar 2026",
        "senest den 19. januar 2026", "Overskredet", "først den 20. januar 2026", "JAM-G1", "SEL § 101, stk. 4");
    assertContains(onlyFinding(r, "NAT-Q2").message(), "Jammerbugt Kommunes kvalitetsstandard udløb den 31. december 2023",
        "sagen begyndte den 5. januar 2026");
  }
}
