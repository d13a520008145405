package dk.kvalitetsstandard.randers;

import dk.kvalitetsstandard.conformance.DeadlineExpectations;
import static org.junit.jupiter.api.Assertions.assertAll;
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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Example cases run through the deadline engine for Randers: the treatment guarantee (RAN-G1,
 * RAN-G2, NAT-G1..G3), plan reviews (RAN-U1), the provider's notice (RAN-D1) and follow-ups after
 * the end (RAN-U2, NAT-U1). Every expected date is worked out by hand from RULES.md section 0
 * (calendar days, calendar months) and written as a literal. Complaints are in
 * {@link RandersComplaintDeadlinesTest}.
 */
class RandersDeadlinesTest {

  static final DeadlineEngine ENGINE =
      DeadlineEngine.of(StandardRegistry.defaultRegistry(), PublicHolidays.denmark());

  static final String GUARANTEE_BASIS = "SEL § 101, stk. 4";
  static final String UNDER_18_BASIS = "Barnets lov § 33";
  static final String FREE_CHOICE_BASIS = "SEL § 101, stk. 6";
  static final String TREATMENT_PLAN_BASIS = "SEL § 101, stk. 8";
  static final String FOLLOW_UP_BASIS = "BEK nr. 1477 af 17/12/2019 § 4, stk. 2";
  static final String SOCIAL_TREATMENT_BASIS = "SEL § 101";

  // ------------------------------------------------------------------ helpers

  static Citizen adult() {
    return Citizen.builder().age(34).build();
  }

  static Citizen aged(int age) {
    return Citizen.builder().age(age).build();
  }

  static DeadlineReport report(LocalDate asOf, Track track, Citizen citizen, CaseEvent... events) {
    return report(asOf, track, citizen, Locale.ENGLISH, events);
  }

  static DeadlineReport report(LocalDate asOf, Track track, Citizen citizen, Locale locale, CaseEvent... events) {
    CaseFile c = CaseFile.builder().municipality("randers").asOf(asOf).track(track).citizen(citizen)
        .addEvents(events).build();
    return ENGINE.report(c, locale);
  }

  static DeadlineReport social(LocalDate asOf, CaseEvent... events) {
    return report(asOf, Track.SOCIAL_DRUG, adult(), events);
  }

  static CaseEvent contact(LocalDate date) {
    return CaseEvent.contact(date, ContactChannel.PHONE);
  }

  static CaseEvent start(LocalDate date) {
    return CaseEvent.treatmentStart(date, "OUTPATIENT");
  }

  static CaseEvent residential(LocalDate date) {
    return CaseEvent.treatmentStart(date, "RESIDENTIAL");
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

  /** The deadlines of {@code kind}, in report order (by due date). */
  static List<Deadline> all(DeadlineReport r, DeadlineKind kind) {
    return DeadlineExpectations.all(r, kind);
  }

  /** The one deadline of {@code kind}; fails if there is not exactly one. */
  static Deadline only(DeadlineReport r, DeadlineKind kind) {
    return DeadlineExpectations.only(r, kind);
  }

  static void assertDeadline(Deadline d, DeadlineKind kind, String rule, String legalBasis, LocalDate startedBy,
      LocalDate due, LocalDate closedBy, Status status) {
    DeadlineExpectations.assertDeadline(d, kind, rule, legalBasis, startedBy, due, closedBy, status);
  }

  /** Asserts that the explanation names each of {@code texts}; a date given in ISO form is looked for as English prose writes it. */
  static void assertMentions(Deadline d, String... texts) {
    for (String given : texts) {
      String text = DeadlineExpectations.inProse(given, java.util.Locale.ENGLISH);
      assertTrue(d.explanation().contains(text), () -> "explanation should name " + text + ": " + d.explanation());
    }
  }

  static void assertNoFindings(DeadlineReport r) {
    assertEquals(List.of(), r.findings(), "Randers' standard gives no less than the law here");
  }

  // ------------------------------------------------------------------ treatment guarantee (RAN-G1)

  @Test
  @Tag("RAN-G1")
  @Tag("NAT-G1")
  @DisplayName("RAN-G1 treatment started on day 14 after the first contact meets the guarantee; the clock runs from the first (phone) contact, not the later visit")
  void guaranteeMetOnTheLastDay() {
    DeadlineReport r = social(LocalDate.of(2026, 3, 1),
        contact(LocalDate.of(2026, 1, 5)),
        CaseEvent.contact(LocalDate.of(2026, 1, 8), ContactChannel.IN_PERSON),
        start(LocalDate.of(2026, 1, 19)));
    Deadline g = only(r, DeadlineKind.TREATMENT_GUARANTEE);
    assertDeadline(g, DeadlineKind.TREATMENT_GUARANTEE, "RAN-G1", GUARANTEE_BASIS,
        LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 19), LocalDate.of(2026, 1, 19), Status.MET);
    assertMentions(g, "2026-01-05", "2026-01-19", "RAN-G1");
    assertNoFindings(r);
    assertEquals("randers", r.municipality());
    assertEquals(LocalDate.of(2026, 3, 1), r.asOf());
  }

  @Test
  @Tag("RAN-G1")
  @DisplayName("RAN-G1 treatment started on day 15 breaches the guarantee")
  void guaranteeBreachedByALateStart() {
    DeadlineReport r = social(LocalDate.of(2026, 3, 1),
        contact(LocalDate.of(2026, 1, 5)), start(LocalDate.of(2026, 1, 20)));
    Deadline g = only(r, DeadlineKind.TREATMENT_GUARANTEE);
    assertDeadline(g, DeadlineKind.TREATMENT_GUARANTEE, "RAN-G1", GUARANTEE_BASIS,
        LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 19), LocalDate.of(2026, 1, 20), Status.BREACHED);
    assertMentions(g, "2026-01-19", "2026-01-20");
    assertNoFindings(r);
  }

  @Test
  @Tag("RAN-G1")
  @DisplayName("RAN-G1 no treatment started and the 14 days have passed: breached while still open")
  void guaranteeBreachedWhileOpen() {
    DeadlineReport r = social(LocalDate.of(2026, 1, 20), contact(LocalDate.of(2026, 1, 5)));
    Deadline g = only(r, DeadlineKind.TREATMENT_GUARANTEE);
    assertDeadline(g, DeadlineKind.TREATMENT_GUARANTEE, "RAN-G1", GUARANTEE_BASIS,
        LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 19), null, Status.BREACHED);
    assertMentions(g, "2026-01-19");
  }

  @Test
  @Tag("RAN-G1")
  @DisplayName("RAN-G1 no treatment started yet, report made on the last day of the 14: pending")
  void guaranteePendingOnTheLastDay() {
    DeadlineReport r = social(LocalDate.of(2026, 1, 19), contact(LocalDate.of(2026, 1, 5)));
    assertDeadline(only(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "RAN-G1",
        GUARANTEE_BASIS, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 19), null, Status.PENDING);
  }

  @Test
  @Tag("RAN-G1")
  @Tag("RAN-U1")
  @DisplayName("RAN-G1, RAN-U1 a case with no contact and no start yet: the guarantee and the plan review have not started")
  void nothingHasHappenedYet() {
    DeadlineReport r = social(LocalDate.of(2026, 3, 1));
    assertDeadline(only(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "RAN-G1",
        GUARANTEE_BASIS, null, null, null, Status.NOT_STARTED);
    assertDeadline(only(r, DeadlineKind.PLAN_REVIEW), DeadlineKind.PLAN_REVIEW, "RAN-U1", TREATMENT_PLAN_BASIS,
        null, null, null, Status.NOT_STARTED);
    assertNoFindings(r);
  }

  @Test
  @Tag("RAN-G1")
  @DisplayName("RAN-G1 the 14 days are calendar days and do not move: a contact on 20 March 2026 is due on Good Friday, 3 April 2026; a start after Easter breaches")
  void guaranteeDoesNotMovePastEaster() {
    DeadlineReport r = social(LocalDate.of(2026, 4, 10),
        CaseEvent.contact(LocalDate.of(2026, 3, 20), ContactChannel.DIGITAL), start(LocalDate.of(2026, 4, 7)));
    assertDeadline(only(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "RAN-G1",
        GUARANTEE_BASIS, LocalDate.of(2026, 3, 20), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 7),
        Status.BREACHED);
  }

  @Test
  @Tag("RAN-G1")
  @DisplayName("RAN-G1 across February: 20 Feb 2024 (leap year) is due 5 March 2024, 20 Feb 2026 is due 6 March 2026, 31 Jan 2026 is due 14 Feb 2026")
  void guaranteeAcrossFebruary() {
    DeadlineReport leap = social(LocalDate.of(2024, 4, 1),
        contact(LocalDate.of(2024, 2, 20)), start(LocalDate.of(2024, 3, 6)));
    assertDeadline(only(leap, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "RAN-G1",
        GUARANTEE_BASIS, LocalDate.of(2024, 2, 20), LocalDate.of(2024, 3, 5), LocalDate.of(2024, 3, 6),
        Status.BREACHED);
    assertNoFindings(leap);

    DeadlineReport common = social(LocalDate.of(2026, 4, 1),
        contact(LocalDate.of(2026, 2, 20)), start(LocalDate.of(2026, 3, 6)));
    assertDeadline(only(common, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "RAN-G1",
        GUARANTEE_BASIS, LocalDate.of(2026, 2, 20), LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 6), Status.MET);

    DeadlineReport monthEnd = social(LocalDate.of(2026, 3, 1),
        contact(LocalDate.of(2026, 1, 31)), start(LocalDate.of(2026, 2, 14)));
    assertDeadline(only(monthEnd, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "RAN-G1",
        GUARANTEE_BASIS, LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 14), Status.MET);
  }

  // ------------------------------------------------------------------ free choice (NAT-G2)

  @Test
  @Tag("NAT-G2")
  @Tag("RAN-F2")
  @DisplayName("NAT-G2 the citizen chose another provider within the 14 days: the guarantee is waived, not breached, though treatment started late")
  void freeChoiceWaivesTheGuarantee() {
    DeadlineReport r = social(LocalDate.of(2026, 2, 1),
        contact(LocalDate.of(2026, 1, 5)), event(EventType.FREE_CHOICE, LocalDate.of(2026, 1, 12)),
        start(LocalDate.of(2026, 1, 28)));
    Deadline g = only(r, DeadlineKind.TREATMENT_GUARANTEE);
    assertDeadline(g, DeadlineKind.TREATMENT_GUARANTEE, "NAT-G2", FREE_CHOICE_BASIS,
        LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 19), LocalDate.of(2026, 1, 28), Status.WAIVED);
    assertMentions(g, "2026-01-12", "NAT-G2");
    assertNoFindings(r);
  }

  @Test
  @Tag("NAT-G2")
  @DisplayName("NAT-G2 free choice on the last day of the 14 (19 Jan 2026) still waives the guarantee")
  void freeChoiceOnTheDueDayWaives() {
    DeadlineReport r = social(LocalDate.of(2026, 2, 1),
        contact(LocalDate.of(2026, 1, 5)), event(EventType.FREE_CHOICE, LocalDate.of(2026, 1, 19)));
    assertDeadline(only(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "NAT-G2",
        FREE_CHOICE_BASIS, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 19), null, Status.WAIVED);
  }

  @Test
  @Tag("NAT-G2")
  @DisplayName("RAN-G1, NAT-G2 a guarantee met within the 14 days stays MET although the citizen also chose another provider")
  void timelyStartStaysMetDespiteFreeChoice() {
    DeadlineReport r = social(LocalDate.of(2026, 3, 1),
        contact(LocalDate.of(2026, 1, 5)), event(EventType.FREE_CHOICE, LocalDate.of(2026, 1, 10)),
        start(LocalDate.of(2026, 1, 15)));
    assertDeadline(only(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "RAN-G1",
        GUARANTEE_BASIS, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 19), LocalDate.of(2026, 1, 15),
        Status.MET);
  }

  @Test
  @Tag("NAT-G2")
  @Tag("RAN-G1")
  @DisplayName("NAT-G2 free choice only after the deadline has passed does not undo the breach")
  void freeChoiceAfterTheDueDayDoesNotWaive() {
    DeadlineReport r = social(LocalDate.of(2026, 2, 1),
        contact(LocalDate.of(2026, 1, 5)), event(EventType.FREE_CHOICE, LocalDate.of(2026, 1, 20)));
    assertDeadline(only(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "RAN-G1",
        GUARANTEE_BASIS, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 19), null, Status.BREACHED);
  }

  // ------------------------------------------------------------------ refusal

  @Test
  @Tag("RAN-G1")
  @Tag("RAN-C1")
  @DisplayName("RAN-G1 treatment refused within the 14 days: nothing to start, the guarantee is not applicable and the complaint limit runs")
  void refusalWithinTheDeadline() {
    DeadlineReport r = social(LocalDate.of(2026, 3, 1),
        contact(LocalDate.of(2026, 1, 5)),
        decision(LocalDate.of(2026, 1, 15), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED));
    Deadline g = only(r, DeadlineKind.TREATMENT_GUARANTEE);
    assertDeadline(g, DeadlineKind.TREATMENT_GUARANTEE, "RAN-G1", GUARANTEE_BASIS,
        LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 19), null, Status.NOT_APPLICABLE);
    assertMentions(g, "2026-01-15");
    // 15 Jan 2026 (Thursday) + 4 weeks = Thursday 12 Feb 2026, a working day; no complaint by 1 March.
    assertDeadline(only(r, DeadlineKind.COMPLAINT), DeadlineKind.COMPLAINT, "RAN-C1", "Retssikkerhedsloven § 67",
        LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 12), null, Status.LAPSED);
    assertNoFindings(r);
  }

  @Test
  @Tag("RAN-G1")
  @DisplayName("RAN-G1 a refusal only after the 14 days leaves the guarantee breached")
  void refusalAfterTheDeadline() {
    DeadlineReport r = social(LocalDate.of(2026, 3, 1),
        contact(LocalDate.of(2026, 1, 5)),
        decision(LocalDate.of(2026, 1, 22), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED));
    assertDeadline(only(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "RAN-G1",
        GUARANTEE_BASIS, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 19), null, Status.BREACHED);
  }

  // ------------------------------------------------------------------ under 18 (RAN-G2)

  @Test
  @Tag("RAN-G2")
  @DisplayName("RAN-G2 a 16-year-old with no decision from Myndighedscenteret: the guarantee needs a decision, even after day 14")
  void minorWithoutDecisionNeedsDecision() {
    DeadlineReport r = report(LocalDate.of(2026, 3, 1), Track.SOCIAL_DRUG, aged(16),
        contact(LocalDate.of(2026, 1, 5)), start(LocalDate.of(2026, 1, 26)));
    Deadline g = only(r, DeadlineKind.TREATMENT_GUARANTEE);
    assertDeadline(g, DeadlineKind.TREATMENT_GUARANTEE, "RAN-G2", UNDER_18_BASIS,
        LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 19), LocalDate.of(2026, 1, 26), Status.NEEDS_DECISION);
    assertMentions(g, "RAN-G2");
    assertNoFindings(r);
  }

  @Test
  @Tag("RAN-G2")
  @DisplayName("RAN-G2 Myndighedscenteret decided the guarantee does not apply to this minor: not applicable")
  void minorRefusedIsNotApplicable() {
    DeadlineReport r = report(LocalDate.of(2026, 3, 1), Track.SOCIAL_DRUG, aged(16),
        contact(LocalDate.of(2026, 1, 5)), CaseEvent.under18Decision(LocalDate.of(2026, 1, 10), false));
    Deadline g = only(r, DeadlineKind.TREATMENT_GUARANTEE);
    assertDeadline(g, DeadlineKind.TREATMENT_GUARANTEE, "RAN-G2", UNDER_18_BASIS,
        LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 19), null, Status.NOT_APPLICABLE);
    assertMentions(g, "2026-01-10", "RAN-G2");
  }

  @Test
  @Tag("RAN-G2")
  @Tag("RAN-G1")
  @DisplayName("RAN-G2 the guarantee granted to a minor: counted as for adults, 14 days from the contact (met on 16 Jan, breached on 21 Jan)")
  void minorGrantedComputesNormally() {
    DeadlineReport met = report(LocalDate.of(2026, 3, 1), Track.SOCIAL_DRUG, aged(15),
        contact(LocalDate.of(2026, 1, 5)), CaseEvent.under18Decision(LocalDate.of(2026, 1, 9), true),
        start(LocalDate.of(2026, 1, 16)));
    assertDeadline(only(met, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "RAN-G1",
        UNDER_18_BASIS, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 19), LocalDate.of(2026, 1, 16), Status.MET);

    DeadlineReport late = report(LocalDate.of(2026, 3, 1), Track.SOCIAL_DRUG, aged(15),
        contact(LocalDate.of(2026, 1, 5)), CaseEvent.under18Decision(LocalDate.of(2026, 1, 9), true),
        start(LocalDate.of(2026, 1, 21)));
    assertDeadline(only(late, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "RAN-G1",
        UNDER_18_BASIS, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 19), LocalDate.of(2026, 1, 21),
        Status.BREACHED);
  }

  @Test
  @Tag("RAN-G1")
  @Tag("RAN-G2")
  @Tag("NAT-X2")
  @DisplayName("RAN-G1, RAN-G2 'over 18' means 18 or older: an 18-year-old has the guarantee without a decision, a 17-year-old needs one")
  void eighteenIsAnAdult() {
    DeadlineReport eighteen = report(LocalDate.of(2026, 3, 1), Track.SOCIAL_DRUG, aged(18),
        contact(LocalDate.of(2026, 1, 5)), start(LocalDate.of(2026, 1, 20)));
    assertDeadline(only(eighteen, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "RAN-G1",
        GUARANTEE_BASIS, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 19), LocalDate.of(2026, 1, 20),
        Status.BREACHED);

    DeadlineReport seventeen = report(LocalDate.of(2026, 3, 1), Track.SOCIAL_DRUG, aged(17),
        contact(LocalDate.of(2026, 1, 5)), start(LocalDate.of(2026, 1, 20)));
    assertEquals(Status.NEEDS_DECISION, only(seventeen, DeadlineKind.TREATMENT_GUARANTEE).status());
    assertEquals("RAN-G2", only(seventeen, DeadlineKind.TREATMENT_GUARANTEE).rule());
  }

  // ------------------------------------------------------------------ anonymous track (NAT-G3)

  @Test
  @Tag("NAT-G3")
  @Tag("RAN-O4")
  @DisplayName("NAT-G3 anonymous outpatient treatment (§ 101 a) is outside the 14-day guarantee, even when it starts 46 days after contact")
  void anonymousTrackHasNoGuarantee() {
    DeadlineReport r = report(LocalDate.of(2026, 3, 1), Track.ANONYMOUS_DRUG, Citizen.builder().age(30).build(),
        CaseEvent.contact(LocalDate.of(2026, 1, 5), ContactChannel.DIGITAL),
        CaseEvent.treatmentStart(LocalDate.of(2026, 2, 20), "ANONYMOUS_OUTPATIENT"));
    Deadline g = only(r, DeadlineKind.TREATMENT_GUARANTEE);
    assertDeadline(g, DeadlineKind.TREATMENT_GUARANTEE, "NAT-G3", "SEL § 101 a", null, null, null,
        Status.NOT_APPLICABLE);
    assertMentions(g, "SEL § 101 a");
    assertEquals(List.of(), all(r, DeadlineKind.PROVIDER_NOTICE));
    assertNoFindings(r);
  }

  // ------------------------------------------------------------------ plan review (RAN-U1)

  @Test
  @Tag("RAN-U1")
  @DisplayName("RAN-U1 the plan is reviewed within 6 months of the start (20 Jan 2026, due 20 Jul); the next review is due 6 months after that review")
  void planReviewMetThenPending() {
    DeadlineReport r = social(LocalDate.of(2026, 9, 1),
        contact(LocalDate.of(2026, 1, 8)), start(LocalDate.of(2026, 1, 20)),
        event(EventType.PLAN_REVIEW, LocalDate.of(2026, 7, 1)));
    List<Deadline> reviews = all(r, DeadlineKind.PLAN_REVIEW);
    assertEquals(2, reviews.size(), reviews::toString);
    assertDeadline(reviews.get(0), DeadlineKind.PLAN_REVIEW, "RAN-U1", TREATMENT_PLAN_BASIS,
        LocalDate.of(2026, 1, 20), LocalDate.of(2026, 7, 20), LocalDate.of(2026, 7, 1), Status.MET);
    assertDeadline(reviews.get(1), DeadlineKind.PLAN_REVIEW, "RAN-U1", TREATMENT_PLAN_BASIS,
        LocalDate.of(2026, 7, 1), LocalDate.of(2027, 1, 1), null, Status.PENDING);
    assertMentions(reviews.get(0), "2026-01-20", "2026-07-20", "2026-07-01");
    assertNoFindings(r);
  }

  @Test
  @Tag("RAN-U1")
  @DisplayName("RAN-U1 a review 5 days late breaches; the next one counts from the late review and is open past its due date")
  void planReviewBreachedLateAndOpen() {
    DeadlineReport r = social(LocalDate.of(2026, 3, 1),
        contact(LocalDate.of(2025, 1, 10)), start(LocalDate.of(2025, 1, 20)),
        event(EventType.PLAN_REVIEW, LocalDate.of(2025, 7, 25)));
    List<Deadline> reviews = all(r, DeadlineKind.PLAN_REVIEW);
    assertEquals(2, reviews.size(), reviews::toString);
    assertDeadline(reviews.get(0), DeadlineKind.PLAN_REVIEW, "RAN-U1", TREATMENT_PLAN_BASIS,
        LocalDate.of(2025, 1, 20), LocalDate.of(2025, 7, 20), LocalDate.of(2025, 7, 25), Status.BREACHED);
    assertDeadline(reviews.get(1), DeadlineKind.PLAN_REVIEW, "RAN-U1", TREATMENT_PLAN_BASIS,
        LocalDate.of(2025, 7, 25), LocalDate.of(2026, 1, 25), null, Status.BREACHED);
  }

  @Test
  @Tag("RAN-U1")
  @DisplayName("RAN-U1 reviewed continuously: each review closes the open one and starts the next 6 months")
  void planReviewedSeveralTimes() {
    DeadlineReport r = social(LocalDate.of(2026, 6, 1),
        contact(LocalDate.of(2026, 1, 8)), start(LocalDate.of(2026, 1, 20)),
        event(EventType.PLAN_REVIEW, LocalDate.of(2026, 3, 1)), event(EventType.PLAN_REVIEW, LocalDate.of(2026, 5, 1)));
    List<Deadline> reviews = all(r, DeadlineKind.PLAN_REVIEW);
    assertEquals(3, reviews.size(), reviews::toString);
    assertDeadline(reviews.get(0), DeadlineKind.PLAN_REVIEW, "RAN-U1", TREATMENT_PLAN_BASIS,
        LocalDate.of(2026, 1, 20), LocalDate.of(2026, 7, 20), LocalDate.of(2026, 3, 1), Status.MET);
    assertDeadline(reviews.get(1), DeadlineKind.PLAN_REVIEW, "RAN-U1", TREATMENT_PLAN_BASIS,
        LocalDate.of(2026, 3, 1), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 5, 1), Status.MET);
    assertDeadline(reviews.get(2), DeadlineKind.PLAN_REVIEW, "RAN-U1", TREATMENT_PLAN_BASIS,
        LocalDate.of(2026, 5, 1), LocalDate.of(2026, 11, 1), null, Status.PENDING);
  }

  @Test
  @Tag("RAN-U1")
  @DisplayName("RAN-U1 month ends: a start on 31 Aug 2023 is due 29 Feb 2024 (leap year), the review that day makes the next due 29 Aug 2024; 31 Aug 2025 is due 28 Feb 2026")
  void planReviewAtMonthEnds() {
    DeadlineReport leap = social(LocalDate.of(2024, 3, 15),
        contact(LocalDate.of(2023, 8, 20)), start(LocalDate.of(2023, 8, 31)),
        event(EventType.PLAN_REVIEW, LocalDate.of(2024, 2, 29)));
    List<Deadline> reviews = all(leap, DeadlineKind.PLAN_REVIEW);
    assertEquals(2, reviews.size(), reviews::toString);
    assertDeadline(reviews.get(0), DeadlineKind.PLAN_REVIEW, "RAN-U1", TREATMENT_PLAN_BASIS,
        LocalDate.of(2023, 8, 31), LocalDate.of(2024, 2, 29), LocalDate.of(2024, 2, 29), Status.MET);
    assertDeadline(reviews.get(1), DeadlineKind.PLAN_REVIEW, "RAN-U1", TREATMENT_PLAN_BASIS,
        LocalDate.of(2024, 2, 29), LocalDate.of(2024, 8, 29), null, Status.PENDING);

    DeadlineReport common = social(LocalDate.of(2026, 3, 1),
        contact(LocalDate.of(2025, 8, 20)), start(LocalDate.of(2025, 8, 31)));
    assertDeadline(only(common, DeadlineKind.PLAN_REVIEW), DeadlineKind.PLAN_REVIEW, "RAN-U1", TREATMENT_PLAN_BASIS,
        LocalDate.of(2025, 8, 31), LocalDate.of(2026, 2, 28), null, Status.BREACHED);
  }

  @Test
  @Tag("RAN-U1")
  @DisplayName("RAN-U1 no review falls due after the treatment ended: one review before the end, none after it; a course shorter than 6 months has none")
  void noPlanReviewAfterTheEnd() {
    DeadlineReport r = social(LocalDate.of(2027, 3, 1),
        contact(LocalDate.of(2026, 1, 8)), start(LocalDate.of(2026, 1, 20)),
        event(EventType.PLAN_REVIEW, LocalDate.of(2026, 7, 10)),
        end(LocalDate.of(2026, 10, 1), EndStatus.DROPPED_OUT));
    assertDeadline(only(r, DeadlineKind.PLAN_REVIEW), DeadlineKind.PLAN_REVIEW, "RAN-U1", TREATMENT_PLAN_BASIS,
        LocalDate.of(2026, 1, 20), LocalDate.of(2026, 7, 20), LocalDate.of(2026, 7, 10), Status.MET);

    DeadlineReport shortCourse = social(LocalDate.of(2026, 9, 1),
        contact(LocalDate.of(2026, 1, 8)), start(LocalDate.of(2026, 1, 20)),
        end(LocalDate.of(2026, 5, 1), EndStatus.DROPPED_OUT));
    assertEquals(List.of(), all(shortCourse, DeadlineKind.PLAN_REVIEW));
  }

  // ------------------------------------------------------------------ provider notice (RAN-D1)

  private static DeadlineReport interrupted(LocalDate asOf, CaseEvent... later) {
    CaseEvent[] events = new CaseEvent[later.length + 2];
    events[0] = contact(LocalDate.of(2026, 1, 5));
    events[1] = residential(LocalDate.of(2026, 1, 15));
    System.arraycopy(later, 0, events, 2, later.length);
    return social(asOf, events);
  }

  @Test
  @Tag("RAN-D1")
  @DisplayName("RAN-D1 the residential provider told the municipality 2 days after the interruption: met")
  void providerNoticeMet() {
    DeadlineReport r = interrupted(LocalDate.of(2026, 3, 1),
        event(EventType.TREATMENT_INTERRUPTED, LocalDate.of(2026, 2, 10)),
        event(EventType.PROVIDER_NOTIFIED, LocalDate.of(2026, 2, 12)));
    Deadline n = only(r, DeadlineKind.PROVIDER_NOTICE);
    assertDeadline(n, DeadlineKind.PROVIDER_NOTICE, "RAN-D1", SOCIAL_TREATMENT_BASIS,
        LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 12), LocalDate.of(2026, 2, 12), Status.MET);
    assertMentions(n, "2026-02-10", "2026-02-12", "RAN-D1");
    assertNoFindings(r);
  }

  @Test
  @Tag("RAN-D1")
  @DisplayName("RAN-D1 the provider's notice came on day 3: breached")
  void providerNoticeLate() {
    DeadlineReport r = interrupted(LocalDate.of(2026, 3, 1),
        event(EventType.TREATMENT_INTERRUPTED, LocalDate.of(2026, 2, 10)),
        event(EventType.PROVIDER_NOTIFIED, LocalDate.of(2026, 2, 13)));
    assertDeadline(only(r, DeadlineKind.PROVIDER_NOTICE), DeadlineKind.PROVIDER_NOTICE, "RAN-D1",
        SOCIAL_TREATMENT_BASIS, LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 12), LocalDate.of(2026, 2, 13),
        Status.BREACHED);
  }

  @Test
  @Tag("RAN-D1")
  @DisplayName("RAN-D1 no notice yet: pending on day 2, breached on day 3")
  void providerNoticeOpen() {
    DeadlineReport pending = interrupted(LocalDate.of(2026, 2, 12),
        event(EventType.TREATMENT_INTERRUPTED, LocalDate.of(2026, 2, 10)));
    assertDeadline(only(pending, DeadlineKind.PROVIDER_NOTICE), DeadlineKind.PROVIDER_NOTICE, "RAN-D1",
        SOCIAL_TREATMENT_BASIS, LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 12), null, Status.PENDING);

    DeadlineReport breached = interrupted(LocalDate.of(2026, 2, 13),
        event(EventType.TREATMENT_INTERRUPTED, LocalDate.of(2026, 2, 10)));
    assertDeadline(only(breached, DeadlineKind.PROVIDER_NOTICE), DeadlineKind.PROVIDER_NOTICE, "RAN-D1",
        SOCIAL_TREATMENT_BASIS, LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 12), null, Status.BREACHED);
  }

  @Test
  @Tag("RAN-D1")
  @DisplayName("RAN-D1 each interruption has its own notice deadline, closed by the next notice after it")
  void providerNoticePerInterruption() {
    DeadlineReport r = interrupted(LocalDate.of(2026, 4, 1),
        event(EventType.TREATMENT_INTERRUPTED, LocalDate.of(2026, 3, 1)),
        event(EventType.PROVIDER_NOTIFIED, LocalDate.of(2026, 3, 2)),
        event(EventType.TREATMENT_INTERRUPTED, LocalDate.of(2026, 3, 20)),
        event(EventType.PROVIDER_NOTIFIED, LocalDate.of(2026, 3, 25)));
    List<Deadline> notices = all(r, DeadlineKind.PROVIDER_NOTICE);
    assertEquals(2, notices.size(), notices::toString);
    assertDeadline(notices.get(0), DeadlineKind.PROVIDER_NOTICE, "RAN-D1", SOCIAL_TREATMENT_BASIS,
        LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 2), Status.MET);
    assertDeadline(notices.get(1), DeadlineKind.PROVIDER_NOTICE, "RAN-D1", SOCIAL_TREATMENT_BASIS,
        LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 22), LocalDate.of(2026, 3, 25), Status.BREACHED);
  }

  @Test
  @Tag("RAN-D1")
  @DisplayName("RAN-D1 two calendar days: an interruption on Maundy Thursday 2026 is due Saturday 4 April, not moved past Easter")
  void providerNoticeOverEaster() {
    DeadlineReport r = interrupted(LocalDate.of(2026, 4, 10),
        event(EventType.TREATMENT_INTERRUPTED, LocalDate.of(2026, 4, 2)),
        event(EventType.PROVIDER_NOTIFIED, LocalDate.of(2026, 4, 7)));
    assertDeadline(only(r, DeadlineKind.PROVIDER_NOTICE), DeadlineKind.PROVIDER_NOTICE, "RAN-D1",
        SOCIAL_TREATMENT_BASIS, LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 4), LocalDate.of(2026, 4, 7),
        Status.BREACHED);
  }

  @Test
  @Tag("RAN-D1")
  @DisplayName("RAN-D1 across the end of February: 28 Feb 2024 is due 1 March 2024 (leap year), 28 Feb 2026 is due 2 March 2026")
  void providerNoticeAcrossFebruary() {
    DeadlineReport leap = social(LocalDate.of(2024, 3, 10),
        contact(LocalDate.of(2024, 1, 5)), residential(LocalDate.of(2024, 1, 15)),
        event(EventType.TREATMENT_INTERRUPTED, LocalDate.of(2024, 2, 28)),
        event(EventType.PROVIDER_NOTIFIED, LocalDate.of(2024, 3, 2)));
    assertDeadline(only(leap, DeadlineKind.PROVIDER_NOTICE), DeadlineKind.PROVIDER_NOTICE, "RAN-D1",
        SOCIAL_TREATMENT_BASIS, LocalDate.of(2024, 2, 28), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 2),
        Status.BREACHED);

    DeadlineReport common = interrupted(LocalDate.of(2026, 3, 10),
        event(EventType.TREATMENT_INTERRUPTED, LocalDate.of(2026, 2, 28)),
        event(EventType.PROVIDER_NOTIFIED, LocalDate.of(2026, 3, 2)));
    assertDeadline(only(common, DeadlineKind.PROVIDER_NOTICE), DeadlineKind.PROVIDER_NOTICE, "RAN-D1",
        SOCIAL_TREATMENT_BASIS, LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2),
        Status.MET);
  }

  @Test
  @Tag("RAN-D1")
  @DisplayName("RAN-D1 no interruption, no provider's notice deadline")
  void noInterruptionNoNotice() {
    DeadlineReport r = interrupted(LocalDate.of(2026, 3, 1));
    assertEquals(List.of(), all(r, DeadlineKind.PROVIDER_NOTICE));
  }

  // ------------------------------------------------------------------ follow-up after the end (RAN-U2, NAT-U1)

  @Test
  @Tag("RAN-U2")
  @Tag("NAT-U1")
  @DisplayName("RAN-U2 completed on 31 Jan 2026: follow-ups due 28 Feb 2026 (month end) and 31 Jul 2026, both met; no finding, as Randers matches the law")
  void followUpsMet() {
    DeadlineReport r = social(LocalDate.of(2026, 8, 1),
        contact(LocalDate.of(2025, 8, 20)), start(LocalDate.of(2025, 9, 1)),
        end(LocalDate.of(2026, 1, 31), EndStatus.COMPLETED),
        event(EventType.FOLLOW_UP, LocalDate.of(2026, 2, 20)), event(EventType.FOLLOW_UP, LocalDate.of(2026, 7, 31)));
    List<Deadline> followUps = all(r, DeadlineKind.FOLLOW_UP);
    assertEquals(2, followUps.size(), followUps::toString);
    assertDeadline(followUps.get(0), DeadlineKind.FOLLOW_UP, "RAN-U2", FOLLOW_UP_BASIS,
        LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 2, 20), Status.MET);
    assertDeadline(followUps.get(1), DeadlineKind.FOLLOW_UP, "RAN-U2", FOLLOW_UP_BASIS,
        LocalDate.of(2026, 1, 31), LocalDate.of(2026, 7, 31), LocalDate.of(2026, 7, 31), Status.MET);
    assertMentions(followUps.get(0), "2026-01-31", "2026-02-28");
    // Start 1 Sep 2025 + 6 months = 1 Mar 2026, after the end: no plan review falls due.
    assertEquals(List.of(), all(r, DeadlineKind.PLAN_REVIEW));
    assertNoFindings(r);
  }

  @Test
  @Tag("RAN-U2")
  @DisplayName("RAN-U2 leap year: transferred to another offer on 31 Jan 2024, follow-ups due 29 Feb 2024 and 31 Jul 2024, none held: both breached")
  void followUpsBreachedOpenInALeapYear() {
    DeadlineReport r = social(LocalDate.of(2024, 8, 15),
        contact(LocalDate.of(2023, 12, 1)), start(LocalDate.of(2023, 12, 10)),
        end(LocalDate.of(2024, 1, 31), EndStatus.OTHER_OFFER));
    List<Deadline> followUps = all(r, DeadlineKind.FOLLOW_UP);
    assertEquals(2, followUps.size(), followUps::toString);
    assertDeadline(followUps.get(0), DeadlineKind.FOLLOW_UP, "RAN-U2", FOLLOW_UP_BASIS,
        LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 29), null, Status.BREACHED);
    assertDeadline(followUps.get(1), DeadlineKind.FOLLOW_UP, "RAN-U2", FOLLOW_UP_BASIS,
        LocalDate.of(2024, 1, 31), LocalDate.of(2024, 7, 31), null, Status.BREACHED);
    assertNoFindings(r);
  }

  @Test
  @Tag("RAN-U2")
  @DisplayName("RAN-U2 follow-ups close in date order: a first follow-up on 10 Mar 2026 is late for 28 Feb; the 6-month one is still pending")
  void followUpLateThenPending() {
    DeadlineReport r = social(LocalDate.of(2026, 4, 1),
        contact(LocalDate.of(2025, 8, 20)), start(LocalDate.of(2025, 9, 1)),
        end(LocalDate.of(2026, 1, 31), EndStatus.HOSPITAL),
        event(EventType.FOLLOW_UP, LocalDate.of(2026, 3, 10)));
    List<Deadline> followUps = all(r, DeadlineKind.FOLLOW_UP);
    assertEquals(2, followUps.size(), followUps::toString);
    assertDeadline(followUps.get(0), DeadlineKind.FOLLOW_UP, "RAN-U2", FOLLOW_UP_BASIS,
        LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 10), Status.BREACHED);
    assertDeadline(followUps.get(1), DeadlineKind.FOLLOW_UP, "RAN-U2", FOLLOW_UP_BASIS,
        LocalDate.of(2026, 1, 31), LocalDate.of(2026, 7, 31), null, Status.PENDING);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = EndStatus.class, names = {"COMPLETED", "OTHER_OFFER", "HOSPITAL", "OTHER_REASON"})
  @Tag("RAN-U2")
  @Tag("NAT-U1")
  @DisplayName("RAN-U2 each of the four qualifying endings on 31 Aug 2025 gets follow-ups due 30 Sep 2025 and 28 Feb 2026")
  void qualifyingEndingsGetTwoFollowUps(EndStatus status) {
    DeadlineReport r = social(LocalDate.of(2025, 9, 15),
        contact(LocalDate.of(2025, 5, 1)), start(LocalDate.of(2025, 5, 10)),
        end(LocalDate.of(2025, 8, 31), status));
    List<Deadline> followUps = all(r, DeadlineKind.FOLLOW_UP);
    assertEquals(2, followUps.size(), followUps::toString);
    assertDeadline(followUps.get(0), DeadlineKind.FOLLOW_UP, "RAN-U2", FOLLOW_UP_BASIS,
        LocalDate.of(2025, 8, 31), LocalDate.of(2025, 9, 30), null, Status.PENDING);
    assertDeadline(followUps.get(1), DeadlineKind.FOLLOW_UP, "RAN-U2", FOLLOW_UP_BASIS,
        LocalDate.of(2025, 8, 31), LocalDate.of(2026, 2, 28), null, Status.PENDING);
    assertNoFindings(r);
  }

  @Test
  @Tag("RAN-U2")
  @DisplayName("RAN-U2 a citizen who dropped out gets no follow-up, and that is no shortfall against the law")
  void droppedOutGetsNoFollowUp() {
    DeadlineReport r = social(LocalDate.of(2026, 9, 1),
        contact(LocalDate.of(2025, 8, 20)), start(LocalDate.of(2025, 9, 1)),
        end(LocalDate.of(2026, 1, 31), EndStatus.DROPPED_OUT));
    assertEquals(List.of(), all(r, DeadlineKind.FOLLOW_UP));
    assertNoFindings(r);
  }

  @Test
  @Tag("RAN-U2")
  @Tag("NAT-U1")
  @DisplayName("RAN-U2 a citizen who died (DECEASED) is never followed up")
  void deceasedGetsNoFollowUp() {
    DeadlineReport r = social(LocalDate.of(2026, 9, 1),
        contact(LocalDate.of(2025, 8, 20)), start(LocalDate.of(2025, 9, 1)),
        end(LocalDate.of(2026, 1, 31), EndStatus.DECEASED));
    assertEquals(List.of(), all(r, DeadlineKind.FOLLOW_UP));
    assertNoFindings(r);
  }

  @Test
  @Tag("RAN-U2")
  @DisplayName("RAN-U2 follow-ups do not move for holidays: ended 3 March 2026, the 1-month follow-up is due Good Friday 3 April 2026")
  void followUpDueOnGoodFriday() {
    DeadlineReport r = social(LocalDate.of(2026, 4, 10),
        contact(LocalDate.of(2025, 12, 1)), start(LocalDate.of(2025, 12, 10)),
        end(LocalDate.of(2026, 3, 3), EndStatus.COMPLETED),
        event(EventType.FOLLOW_UP, LocalDate.of(2026, 4, 7)));
    List<Deadline> followUps = all(r, DeadlineKind.FOLLOW_UP);
    assertEquals(2, followUps.size(), followUps::toString);
    assertDeadline(followUps.get(0), DeadlineKind.FOLLOW_UP, "RAN-U2", FOLLOW_UP_BASIS,
        LocalDate.of(2026, 3, 3), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 7), Status.BREACHED);
    assertDeadline(followUps.get(1), DeadlineKind.FOLLOW_UP, "RAN-U2", FOLLOW_UP_BASIS,
        LocalDate.of(2026, 3, 3), LocalDate.of(2026, 9, 3), null, Status.PENDING);
  }

  // ------------------------------------------------------------------ the whole report

  @Test
  @Tag("RAN-G1")
  @Tag("RAN-D1")
  @Tag("RAN-U1")
  @Tag("RAN-U2")
  @DisplayName("RAN-G1, RAN-D1, RAN-U1, RAN-U2 a full residential course: every deadline listed once, ordered by due date")
  void fullCourseInDueOrder() {
    DeadlineReport r = social(LocalDate.of(2026, 6, 1),
        contact(LocalDate.of(2025, 9, 1)), residential(LocalDate.of(2025, 9, 12)),
        event(EventType.TREATMENT_INTERRUPTED, LocalDate.of(2025, 10, 6)),
        event(EventType.PROVIDER_NOTIFIED, LocalDate.of(2025, 10, 7)),
        event(EventType.PLAN_REVIEW, LocalDate.of(2025, 12, 15)),
        end(LocalDate.of(2026, 4, 10), EndStatus.COMPLETED),
        event(EventType.FOLLOW_UP, LocalDate.of(2026, 4, 30)));
    assertEquals(List.of(DeadlineKind.TREATMENT_GUARANTEE, DeadlineKind.PROVIDER_NOTICE, DeadlineKind.PLAN_REVIEW,
        DeadlineKind.FOLLOW_UP, DeadlineKind.FOLLOW_UP),
        r.deadlines().stream().map(Deadline::kind).toList(), r.deadlines()::toString);
    assertDeadline(r.deadlines().get(0), DeadlineKind.TREATMENT_GUARANTEE, "RAN-G1", GUARANTEE_BASIS,
        LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 15), LocalDate.of(2025, 9, 12), Status.MET);
    assertDeadline(r.deadlines().get(1), DeadlineKind.PROVIDER_NOTICE, "RAN-D1", SOCIAL_TREATMENT_BASIS,
        LocalDate.of(2025, 10, 6), LocalDate.of(2025, 10, 8), LocalDate.of(2025, 10, 7), Status.MET);
    // Start 12 Sep 2025 + 6 months = 12 Mar 2026, closed by the review of 15 Dec 2025; the next one
    // (15 Jun 2026) would fall due after the end on 10 Apr 2026 and is not listed.
    assertDeadline(r.deadlines().get(2), DeadlineKind.PLAN_REVIEW, "RAN-U1", TREATMENT_PLAN_BASIS,
        LocalDate.of(2025, 9, 12), LocalDate.of(2026, 3, 12), LocalDate.of(2025, 12, 15), Status.MET);
    assertDeadline(r.deadlines().get(3), DeadlineKind.FOLLOW_UP, "RAN-U2", FOLLOW_UP_BASIS,
        LocalDate.of(2026, 4, 10), LocalDate.of(2026, 5, 10), LocalDate.of(2026, 4, 30), Status.MET);
    assertDeadline(r.deadlines().get(4), DeadlineKind.FOLLOW_UP, "RAN-U2", FOLLOW_UP_BASIS,
        LocalDate.of(2026, 4, 10), LocalDate.of(2026, 10, 10), null, Status.PENDING);
    assertNoFindings(r);
  }

  @Test
  @Tag("RAN-M1")
  @Tag("NAT-Q2")
  @DisplayName("RAN-M1 the draft, undated standard applies on every date: a 2019 case gets no 'not in force' finding, and the report shows no adoption or validity dates")
  void undatedDraftAppliesOnEveryDate() {
    DeadlineReport r = report(LocalDate.of(2019, 3, 1), Track.SOCIAL_DRUG, adult(),
        contact(LocalDate.of(2019, 1, 7)), start(LocalDate.of(2019, 1, 21)));
    assertNoFindings(r);
    assertEquals(Optional.empty(), r.standard().adopted());
    assertEquals(Optional.empty(), r.standard().validFrom());
    assertEquals(Optional.empty(), r.standard().validTo());
    assertDeadline(only(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "RAN-G1",
        GUARANTEE_BASIS, LocalDate.of(2019, 1, 7), LocalDate.of(2019, 1, 21), LocalDate.of(2019, 1, 21), Status.MET);

    CaseFile byCode = CaseFile.builder().municipality("0730").asOf(LocalDate.of(2026, 3, 1)).track(Track.SOCIAL_DRUG)
        .citizen(adult()).addEvents(contact(LocalDate.of(2026, 1, 5))).build();
    assertEquals("randers", ENGINE.report(byCode).municipality());
  }

  // ------------------------------------------------------------------ Danish

  @Test
  @Tag("RAN-G1")
  @DisplayName("RAN-G1 the explanation in Danish names the rule, the provision and the dates of a breached guarantee")
  void danishExplanation() {
    DeadlineReport da = report(LocalDate.of(2026, 3, 1), Track.SOCIAL_DRUG, adult(), Locale.forLanguageTag("da"),
        contact(LocalDate.of(2026, 1, 5)), start(LocalDate.of(2026, 1, 20)));
    Deadline g = only(da, DeadlineKind.TREATMENT_GUARANTEE);
    assertDeadline(g, DeadlineKind.TREATMENT_GUARANTEE, "RAN-G1", GUARANTEE_BASIS,
        LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 19), LocalDate.of(2026, 1, 20), Status.BREACHED);
    assertMentions(g, "senest 14 dage", "henvendelsen den 5. januar 2026", "senest den 19. januar 2026",
        "RAN-G1, SEL § 101, stk. 4", "Overskredet", "først den 20. januar 2026");

    DeadlineReport minor = report(LocalDate.of(2026, 3, 1), Track.SOCIAL_DRUG, aged(16), Locale.forLanguageTag("da"),
        contact(LocalDate.of(2026, 1, 5)));
    assertMentions(only(minor, DeadlineKind.TREATMENT_GUARANTEE), "Afventer afgørelse", "under 18 år", "RAN-G2");
  }
}
