package dk.kvalitetsstandard.gentofte;

import dk.kvalitetsstandard.conformance.DeadlineExpectations;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Example cases run through the deadline engine for Gentofte: the treatment guarantee (GEN-G1 on
 * social treatment, NAT-G4 on medical treatment, NAT-G3 on anonymous treatment), free choice
 * (NAT-G2, NAT-G4), refusal, follow-up after the end (GEN-U1), the absence of a periodic plan review
 * (Gentofte reviews continuously) and the standard's validity (undated: in force on every date).
 *
 * <p>Every expected date is worked out by hand from RULES.md (sections 0, 1, 3) and CASE-FORMAT.md;
 * none is computed with the code's own helpers. Gentofte's standard never gives less than the law
 * on a case's deadlines (its clock starts on more channels, it follows up after more endings, its
 * complaint limit equals the law's, and it is undated), so every report here has no findings.
 */
class GentofteDeadlinesTest {

  static final DeadlineEngine ENGINE = DeadlineEngine.of(StandardRegistry.defaultRegistry(), PublicHolidays.denmark());

  static final String SEL_101_4 = "SEL § 101, stk. 4";
  static final String SEL_101_6 = "SEL § 101, stk. 6";
  static final String SEL_101_A = "SEL § 101 a";
  static final String SUL_142_6 = "SUL § 142, stk. 6";
  static final String SUL_142_8 = "SUL § 142, stk. 8";
  static final String BEK_1477_4_2 = "BEK nr. 1477 af 17/12/2019 § 4, stk. 2";

  // ------------------------------------------------------------------ helpers

  /** A Gentofte case of an adult (34) on {@code track}, reported on {@code asOf}. */
  static CaseFile gentofte(Track track, LocalDate asOf, CaseEvent... events) {
    return gentofte(track, asOf, Citizen.builder().age(34).build(), events);
  }

  static CaseFile gentofte(Track track, LocalDate asOf, Citizen citizen, CaseEvent... events) {
    return CaseFile.builder().municipality("gentofte").asOf(asOf).track(track).citizen(citizen)
        .addEvents(events).build();
  }

  static CaseEvent contact(LocalDate date, ContactChannel channel) {
    return CaseEvent.contact(date, channel);
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

  static List<Deadline> ofKind(DeadlineReport report, DeadlineKind kind) {
    return report.deadlines().stream().filter(d -> d.kind() == kind).toList();
  }

  static Deadline single(DeadlineReport report, DeadlineKind kind) {
    List<Deadline> found = ofKind(report, kind);
    assertEquals(1, found.size(), () -> "exactly one " + kind + " in " + report.deadlines());
    return found.get(0);
  }

  static List<DeadlineKind> kinds(DeadlineReport report) {
    return report.deadlines().stream().map(Deadline::kind).toList();
  }

  /** Asserts every field of {@code d} but the explanation; {@code null} means absent. */
  static void assertDeadline(Deadline d, DeadlineKind kind, String rule, String legalBasis, LocalDate startedBy,
      LocalDate due, LocalDate closedBy, Status status) {
    DeadlineExpectations.assertDeadline(d, kind, rule, legalBasis, startedBy, due, closedBy, status);
  }

  /** Asserts that {@code text} names each of {@code parts}; a date given in ISO form is looked for as English prose writes it. */
  static void assertMentions(String text, String... parts) {
    for (String given : parts) {
      String part = DeadlineExpectations.inProse(given, java.util.Locale.ENGLISH);
      assertTrue(text.contains(part), () -> "'" + part + "' missing in: " + text);
    }
  }

  static void assertNoFindings(DeadlineReport report) {
    assertEquals(List.of(), report.findings(), "Gentofte's standard gives no less than the law here");
  }

  // ------------------------------------------------------------------ GEN-G1: social treatment

  @Test
  @DisplayName("GEN-G1 Treatment started 10 days after the phone call: the 14-day guarantee is met")
  void guaranteeMet() {
    DeadlineReport r = ENGINE.report(gentofte(Track.SOCIAL_DRUG, LocalDate.of(2026, 3, 1),
        contact(LocalDate.of(2026, 1, 5), ContactChannel.PHONE),
        start(LocalDate.of(2026, 1, 15), "OUTPATIENT")));

    assertEquals("gentofte", r.municipality());
    assertEquals(List.of(DeadlineKind.TREATMENT_GUARANTEE), kinds(r), "no other deadline runs on this case");
    Deadline g = single(r, DeadlineKind.TREATMENT_GUARANTEE);
    assertDeadline(g, DeadlineKind.TREATMENT_GUARANTEE, "GEN-G1", SEL_101_4,
        LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 19), LocalDate.of(2026, 1, 15), Status.MET);
    assertMentions(g.explanation(), "GEN-G1", "2026-01-05", "2026-01-19", "2026-01-15", "Met");
    assertNoFindings(r);
  }

  @Test
  @DisplayName("GEN-G1 D0-1 Treatment started on day 14 itself is in time: met")
  void guaranteeMetOnTheLastDay() {
    DeadlineReport r = ENGINE.report(gentofte(Track.SOCIAL_DRUG, LocalDate.of(2026, 3, 1),
        contact(LocalDate.of(2026, 1, 5), ContactChannel.IN_PERSON),
        start(LocalDate.of(2026, 1, 19), "outpatient")));

    assertDeadline(single(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "GEN-G1", SEL_101_4,
        LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 19), LocalDate.of(2026, 1, 19), Status.MET);
    assertNoFindings(r);
  }

  @Test
  @DisplayName("GEN-G1 Treatment started on day 15: the guarantee is breached (closed late)")
  void guaranteeBreachedClosedLate() {
    DeadlineReport r = ENGINE.report(gentofte(Track.SOCIAL_DRUG, LocalDate.of(2026, 3, 1),
        contact(LocalDate.of(2026, 1, 5), ContactChannel.PHONE),
        start(LocalDate.of(2026, 1, 20), "OUTPATIENT")));

    Deadline g = single(r, DeadlineKind.TREATMENT_GUARANTEE);
    assertDeadline(g, DeadlineKind.TREATMENT_GUARANTEE, "GEN-G1", SEL_101_4,
        LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 19), LocalDate.of(2026, 1, 20), Status.BREACHED);
    assertMentions(g.explanation(), "2026-01-19", "2026-01-20", "Breached");
    assertNoFindings(r);
  }

  @Test
  @DisplayName("GEN-G1 No treatment started and day 14 has passed: the guarantee is breached (still open)")
  void guaranteeBreachedOpen() {
    DeadlineReport r = ENGINE.report(gentofte(Track.SOCIAL_DRUG, LocalDate.of(2026, 3, 1),
        contact(LocalDate.of(2026, 1, 5), ContactChannel.DIGITAL)));

    Deadline g = single(r, DeadlineKind.TREATMENT_GUARANTEE);
    assertDeadline(g, DeadlineKind.TREATMENT_GUARANTEE, "GEN-G1", SEL_101_4,
        LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 19), null, Status.BREACHED);
    assertMentions(g.explanation(), "2026-01-19", "Breached");
    assertNoFindings(r);
  }

  @Test
  @DisplayName("GEN-G1 Not started yet, report made on day 14: pending; the day after: breached")
  void guaranteePendingUntilTheDueDay() {
    CaseEvent phone = contact(LocalDate.of(2026, 1, 5), ContactChannel.PHONE);

    DeadlineReport onDueDay = ENGINE.report(gentofte(Track.SOCIAL_DRUG, LocalDate.of(2026, 1, 19), phone));
    assertDeadline(single(onDueDay, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "GEN-G1",
        SEL_101_4, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 19), null, Status.PENDING);

    DeadlineReport dayAfter = ENGINE.report(gentofte(Track.SOCIAL_DRUG, LocalDate.of(2026, 1, 20), phone));
    assertDeadline(single(dayAfter, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "GEN-G1",
        SEL_101_4, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 19), null, Status.BREACHED);
    assertNoFindings(onDueDay);
    assertNoFindings(dayAfter);
  }

  @Test
  @DisplayName("GEN-G1 Contact via an approved provider starts Gentofte's clock a week before the citizen's call: "
      + "the earlier due date decides, and treatment on day 15 breaches it")
  void viaProviderStartsTheClockEarlier() {
    // Nationally only the phone call of 9 February starts the clock (due 23 February): treatment
    // on 17 February would be in time. GEN-G1 counts from the provider contact of 2 February
    // (due 16 February), which is more favourable to the citizen and so decides.
    DeadlineReport r = ENGINE.report(gentofte(Track.SOCIAL_DRUG, LocalDate.of(2026, 3, 1),
        contact(LocalDate.of(2026, 2, 2), ContactChannel.VIA_PROVIDER),
        contact(LocalDate.of(2026, 2, 9), ContactChannel.PHONE),
        start(LocalDate.of(2026, 2, 17), "OUTPATIENT")));

    Deadline g = single(r, DeadlineKind.TREATMENT_GUARANTEE);
    assertDeadline(g, DeadlineKind.TREATMENT_GUARANTEE, "GEN-G1", SEL_101_4,
        LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), Status.BREACHED);
    assertMentions(g.explanation(), "GEN-G1", "2026-02-02", "2026-02-16");
    assertNoFindings(r);
  }

  @Test
  @DisplayName("GEN-G1 A contact via an approved provider alone starts the clock (the law's clock has not started)")
  void viaProviderAloneStartsTheClock() {
    DeadlineReport r = ENGINE.report(gentofte(Track.SOCIAL_DRUG, LocalDate.of(2026, 2, 10),
        contact(LocalDate.of(2026, 2, 2), ContactChannel.VIA_PROVIDER)));

    assertDeadline(single(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "GEN-G1", SEL_101_4,
        LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 16), null, Status.PENDING);
    assertNoFindings(r);
  }

  @Test
  @DisplayName("GEN-G1 D0-3 The guarantee counts calendar days and does not move: due on Good Friday, 3 April 2026")
  void guaranteeDoesNotMovePastEaster() {
    DeadlineReport r = ENGINE.report(gentofte(Track.SOCIAL_DRUG, LocalDate.of(2026, 5, 1),
        contact(LocalDate.of(2026, 3, 20), ContactChannel.PHONE),
        start(LocalDate.of(2026, 4, 7), "OUTPATIENT")));

    assertDeadline(single(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "GEN-G1", SEL_101_4,
        LocalDate.of(2026, 3, 20), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 7), Status.BREACHED);
    assertNoFindings(r);
  }

  @Test
  @DisplayName("GEN-G1 No contact yet: the guarantee has not started, and no date is guessed (D0-4)")
  void guaranteeNotStarted() {
    DeadlineReport r = ENGINE.report(gentofte(Track.SOCIAL_DRUG, LocalDate.of(2026, 3, 1)));

    Deadline g = single(r, DeadlineKind.TREATMENT_GUARANTEE);
    assertDeadline(g, DeadlineKind.TREATMENT_GUARANTEE, "GEN-G1", SEL_101_4, null, null, null, Status.NOT_STARTED);
    assertMentions(g.explanation(), "Not started");
    assertNoFindings(r);
  }

  // ------------------------------------------------------------------ NAT-G2: free choice, social

  @Test
  @DisplayName("NAT-G2 NAT-X1 The citizen chose another provider before day 14: the guarantee is waived, not breached "
      + "(the law's exception applies though Gentofte's standard does not state it)")
  void freeChoiceWaivesTheGuarantee() {
    DeadlineReport r = ENGINE.report(gentofte(Track.SOCIAL_DRUG, LocalDate.of(2026, 3, 1),
        contact(LocalDate.of(2026, 1, 5), ContactChannel.PHONE),
        event(EventType.FREE_CHOICE, LocalDate.of(2026, 1, 12)),
        start(LocalDate.of(2026, 1, 26), "OUTPATIENT")));

    Deadline g = single(r, DeadlineKind.TREATMENT_GUARANTEE);
    assertDeadline(g, DeadlineKind.TREATMENT_GUARANTEE, "NAT-G2", SEL_101_6,
        LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 19), LocalDate.of(2026, 1, 26), Status.WAIVED);
    assertMentions(g.explanation(), "Waived", "2026-01-12");
    assertNoFindings(r);
  }

  @Test
  @DisplayName("NAT-G2 Free choice on day 14 itself (on or before the due date) still waives the guarantee")
  void freeChoiceOnTheDueDay() {
    DeadlineReport r = ENGINE.report(gentofte(Track.SOCIAL_DRUG, LocalDate.of(2026, 3, 1),
        contact(LocalDate.of(2026, 1, 5), ContactChannel.PHONE),
        event(EventType.FREE_CHOICE, LocalDate.of(2026, 1, 19))));

    assertDeadline(single(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "NAT-G2", SEL_101_6,
        LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 19), null, Status.WAIVED);
  }

  @Test
  @DisplayName("NAT-G2 GEN-G1 Free choice only after day 14 does not undo the breach")
  void freeChoiceAfterTheDueDay() {
    DeadlineReport r = ENGINE.report(gentofte(Track.SOCIAL_DRUG, LocalDate.of(2026, 3, 1),
        contact(LocalDate.of(2026, 1, 5), ContactChannel.PHONE),
        event(EventType.FREE_CHOICE, LocalDate.of(2026, 1, 20)),
        start(LocalDate.of(2026, 1, 28), "OUTPATIENT")));

    assertDeadline(single(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "GEN-G1", SEL_101_4,
        LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 19), LocalDate.of(2026, 1, 28), Status.BREACHED);
  }

  // ------------------------------------------------------------------ refusal

  @Test
  @DisplayName("GEN-G1 GEN-C1 Treatment refused before day 14: no offer to start, so the guarantee does not apply; "
      + "the 4-week complaint limit (11 February) has lapsed unused")
  void refusalBeforeTheDueDate() {
    DeadlineReport r = ENGINE.report(gentofte(Track.SOCIAL_DRUG, LocalDate.of(2026, 3, 1),
        contact(LocalDate.of(2026, 1, 5), ContactChannel.PHONE),
        decision(LocalDate.of(2026, 1, 14), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED)));

    Deadline g = single(r, DeadlineKind.TREATMENT_GUARANTEE);
    assertDeadline(g, DeadlineKind.TREATMENT_GUARANTEE, "GEN-G1", SEL_101_4,
        LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 19), null, Status.NOT_APPLICABLE);
    assertMentions(g.explanation(), "2026-01-14", "Not applicable");
    assertDeadline(single(r, DeadlineKind.COMPLAINT), DeadlineKind.COMPLAINT, "GEN-C1", "Retssikkerhedsloven § 67",
        LocalDate.of(2026, 1, 14), LocalDate.of(2026, 2, 11), null, Status.LAPSED);
    assertEquals(List.of(), ofKind(r, DeadlineKind.RECONSIDERATION), "no complaint, nothing to reconsider");
    assertNoFindings(r);
  }

  @Test
  @DisplayName("GEN-G1 Treatment refused only after day 14: the guarantee stays breached")
  void refusalAfterTheDueDate() {
    DeadlineReport r = ENGINE.report(gentofte(Track.SOCIAL_DRUG, LocalDate.of(2026, 3, 1),
        contact(LocalDate.of(2026, 1, 5), ContactChannel.PHONE),
        decision(LocalDate.of(2026, 1, 21), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED)));

    assertDeadline(single(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "GEN-G1", SEL_101_4,
        LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 19), null, Status.BREACHED);
    assertDeadline(single(r, DeadlineKind.COMPLAINT), DeadlineKind.COMPLAINT, "GEN-C1", "Retssikkerhedsloven § 67",
        LocalDate.of(2026, 1, 21), LocalDate.of(2026, 2, 18), null, Status.LAPSED);
  }

  // ------------------------------------------------------------------ minors

  @Test
  @DisplayName("NAT-Y1 GEN-G1 A 16-year-old in Gentofte: no decision is awaited (that is Randers' rule); the "
      + "guarantee is cited under Barnets lov § 33 since 2024")
  void minorNeedsNoDecision() {
    DeadlineReport r = ENGINE.report(gentofte(Track.SOCIAL_DRUG, LocalDate.of(2026, 3, 1),
        Citizen.builder().age(16).build(),
        contact(LocalDate.of(2026, 1, 5), ContactChannel.PHONE)));

    Deadline g = single(r, DeadlineKind.TREATMENT_GUARANTEE);
    // The rule that decides is asserted in minorOutsideGentoftesGuarantee (disabled).
    assertAll(
        () -> assertEquals(Status.BREACHED, g.status()),
        () -> assertEquals(Optional.of("Barnets lov § 33"), g.legalBasis()),
        () -> assertEquals(Optional.of(LocalDate.of(2026, 1, 5)), g.startedBy()),
        () -> assertEquals(Optional.of(LocalDate.of(2026, 1, 19)), g.due()),
        () -> assertEquals(Optional.empty(), g.closedBy()));
    assertNoFindings(r);
  }

  @Test
  @DisplayName("NAT-G1 GEN-G1 A 16-year-old is outside Gentofte's guarantee (criteria say over 18): the law's clock "
      + "decides, and a contact via a provider does not start it")
  void minorOutsideGentoftesGuarantee() {
    // GEN-G1 is stated for the outpatient offer, whose criteria say over 18 (RULES.md section 8,
    // "guarantee under 18: criteria say over 18"; the plug-in records MinorsRule.NOT_COVERED).
    // For a minor only the national guarantee runs: from the phone call of 9 February, due 23 February.
    DeadlineReport r = ENGINE.report(gentofte(Track.SOCIAL_DRUG, LocalDate.of(2026, 3, 1),
        Citizen.builder().age(16).build(),
        contact(LocalDate.of(2026, 2, 2), ContactChannel.VIA_PROVIDER),
        contact(LocalDate.of(2026, 2, 9), ContactChannel.PHONE)));

    assertDeadline(single(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "NAT-G1",
        "Barnets lov § 33", LocalDate.of(2026, 2, 9), LocalDate.of(2026, 2, 23), null, Status.BREACHED);
  }

  // ------------------------------------------------------------------ NAT-G4: medical treatment

  @Test
  @DisplayName("NAT-G4 Substitution treatment started a week after the call: the 14-day limit of SUL § 142, stk. 6 "
      + "is met")
  void medicalGuaranteeMet() {
    DeadlineReport r = ENGINE.report(gentofte(Track.MEDICAL_DRUG, LocalDate.of(2026, 3, 1),
        contact(LocalDate.of(2026, 1, 5), ContactChannel.PHONE),
        start(LocalDate.of(2026, 1, 12), "SUBSTITUTION")));

    assertEquals(List.of(DeadlineKind.TREATMENT_GUARANTEE), kinds(r), "no plan review and nothing else");
    Deadline g = single(r, DeadlineKind.TREATMENT_GUARANTEE);
    assertDeadline(g, DeadlineKind.TREATMENT_GUARANTEE, "NAT-G4", SUL_142_6,
        LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 19), LocalDate.of(2026, 1, 12), Status.MET);
    assertMentions(g.explanation(), "NAT-G4", SUL_142_6);
    assertNoFindings(r);
  }

  @Test
  @DisplayName("NAT-G4 Substitution treatment started on day 16 after the call: breached")
  void medicalGuaranteeBreached() {
    DeadlineReport r = ENGINE.report(gentofte(Track.MEDICAL_DRUG, LocalDate.of(2026, 3, 1),
        contact(LocalDate.of(2026, 1, 5), ContactChannel.IN_PERSON),
        start(LocalDate.of(2026, 1, 21), "SUBSTITUTION")));

    assertDeadline(single(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "NAT-G4", SUL_142_6,
        LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 19), LocalDate.of(2026, 1, 21), Status.BREACHED);
  }

  @Test
  @DisplayName("NAT-G4 On the medical track GEN-G1 does not apply: a contact via a provider does not start the clock, "
      + "the later written request does")
  void medicalClockIgnoresProviderContact() {
    // GEN-G1 would count from 2 February (due 16 February: breached); NAT-G4 counts from the
    // digital request of 9 February (due 23 February): met on 20 February.
    DeadlineReport r = ENGINE.report(gentofte(Track.MEDICAL_DRUG, LocalDate.of(2026, 3, 1),
        contact(LocalDate.of(2026, 2, 2), ContactChannel.VIA_PROVIDER),
        contact(LocalDate.of(2026, 2, 9), ContactChannel.DIGITAL),
        start(LocalDate.of(2026, 2, 20), "SUBSTITUTION")));

    assertDeadline(single(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "NAT-G4", SUL_142_6,
        LocalDate.of(2026, 2, 9), LocalDate.of(2026, 2, 23), LocalDate.of(2026, 2, 20), Status.MET);
    assertNoFindings(r);
  }

  @Test
  @DisplayName("NAT-G4 Only a contact via a provider on the medical track: the guarantee has not started")
  void medicalGuaranteeNotStarted() {
    DeadlineReport r = ENGINE.report(gentofte(Track.MEDICAL_DRUG, LocalDate.of(2026, 2, 10),
        contact(LocalDate.of(2026, 2, 2), ContactChannel.VIA_PROVIDER)));

    assertDeadline(single(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "NAT-G4", SUL_142_6,
        null, null, null, Status.NOT_STARTED);
    assertNoFindings(r);
  }

  @Test
  @DisplayName("NAT-G4 Not started by the report date, day 14 not passed: pending")
  void medicalGuaranteePending() {
    DeadlineReport r = ENGINE.report(gentofte(Track.MEDICAL_DRUG, LocalDate.of(2026, 1, 12),
        contact(LocalDate.of(2026, 1, 5), ContactChannel.PHONE)));

    assertDeadline(single(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "NAT-G4", SUL_142_6,
        LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 19), null, Status.PENDING);
  }

  @Test
  @DisplayName("NAT-G4 The citizen chose another institution before day 14: waived under SUL § 142, stk. 8")
  void medicalFreeChoiceWaives() {
    DeadlineReport r = ENGINE.report(gentofte(Track.MEDICAL_DRUG, LocalDate.of(2026, 3, 1),
        contact(LocalDate.of(2026, 1, 5), ContactChannel.PHONE),
        event(EventType.FREE_CHOICE, LocalDate.of(2026, 1, 9)),
        start(LocalDate.of(2026, 1, 30), "SUBSTITUTION")));

    Deadline g = single(r, DeadlineKind.TREATMENT_GUARANTEE);
    assertDeadline(g, DeadlineKind.TREATMENT_GUARANTEE, "NAT-G4", SUL_142_8,
        LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 19), LocalDate.of(2026, 1, 30), Status.WAIVED);
    assertMentions(g.explanation(), "2026-01-09", SUL_142_8);
    assertNoFindings(r);
  }

  // ------------------------------------------------------------------ NAT-G3: anonymous treatment

  @Test
  @DisplayName("NAT-G3 Anonymous outpatient treatment (SEL § 101 a) is outside the 14-day guarantee, however late "
      + "it starts; no plan review runs either")
  void anonymousTreatmentHasNoGuarantee() {
    DeadlineReport r = ENGINE.report(gentofte(Track.ANONYMOUS_DRUG, LocalDate.of(2026, 3, 1),
        Citizen.builder().age(30).build(),
        contact(LocalDate.of(2026, 1, 5), ContactChannel.PHONE),
        start(LocalDate.of(2026, 1, 26), "ANONYMOUS_OUTPATIENT")));

    assertEquals(List.of(DeadlineKind.TREATMENT_GUARANTEE), kinds(r));
    Deadline g = single(r, DeadlineKind.TREATMENT_GUARANTEE);
    assertDeadline(g, DeadlineKind.TREATMENT_GUARANTEE, "NAT-G3", SEL_101_A, null, null, null, Status.NOT_APPLICABLE);
    assertMentions(g.explanation(), "Not applicable", SEL_101_A);
    assertNoFindings(r);
  }

  // ------------------------------------------------------------------ plan review: continuous

  @Test
  @DisplayName("GEN-U2 Gentofte reviews the plan continuously: no PLAN_REVIEW deadline, even 14 months into "
      + "treatment, on the social or the medical track")
  void noPlanReviewDeadline() {
    for (Track track : List.of(Track.SOCIAL_DRUG, Track.MEDICAL_DRUG)) {
      DeadlineReport r = ENGINE.report(gentofte(track, LocalDate.of(2026, 3, 1),
          contact(LocalDate.of(2025, 1, 2), ContactChannel.PHONE),
          start(LocalDate.of(2025, 1, 10), track == Track.SOCIAL_DRUG ? "OUTPATIENT" : "SUBSTITUTION"),
          event(EventType.PLAN_REVIEW, LocalDate.of(2025, 9, 1))));

      assertEquals(List.of(), ofKind(r, DeadlineKind.PLAN_REVIEW), track.name());
      assertEquals(List.of(DeadlineKind.TREATMENT_GUARANTEE), kinds(r), track.name());
      assertNoFindings(r);
    }
  }

  // ------------------------------------------------------------------ GEN-U1: follow-up after the end

  @Test
  @DisplayName("GEN-U1 NAT-U1 Completed on 31 January 2026: follow-ups due 28 February and 31 July; the first met, "
      + "the second breached")
  void followUpsAfterCompletion() {
    DeadlineReport r = ENGINE.report(gentofte(Track.SOCIAL_DRUG, LocalDate.of(2026, 8, 1),
        contact(LocalDate.of(2026, 1, 5), ContactChannel.PHONE),
        start(LocalDate.of(2026, 1, 12), "OUTPATIENT"),
        end(LocalDate.of(2026, 1, 31), EndStatus.COMPLETED),
        event(EventType.FOLLOW_UP, LocalDate.of(2026, 2, 20))));

    List<Deadline> f = ofKind(r, DeadlineKind.FOLLOW_UP);
    assertEquals(2, f.size(), "1 and 6 months: the law's and Gentofte's schedules coincide, one deadline each");
    assertDeadline(f.get(0), DeadlineKind.FOLLOW_UP, "GEN-U1", BEK_1477_4_2,
        LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 2, 20), Status.MET);
    assertDeadline(f.get(1), DeadlineKind.FOLLOW_UP, "GEN-U1", BEK_1477_4_2,
        LocalDate.of(2026, 1, 31), LocalDate.of(2026, 7, 31), null, Status.BREACHED);
    assertMentions(f.get(1).explanation(), "2026-01-31", "2026-07-31", "Breached");
    assertNoFindings(r);
  }

  @Test
  @DisplayName("GEN-U1 A drop-out is followed up too (the law asks only for four endings): 31 August 2025 gives "
      + "30 September and 28 February")
  void followUpsAfterDroppingOut() {
    DeadlineReport r = ENGINE.report(gentofte(Track.SOCIAL_DRUG, LocalDate.of(2026, 1, 1),
        contact(LocalDate.of(2025, 8, 1), ContactChannel.PHONE),
        start(LocalDate.of(2025, 8, 8), "OUTPATIENT"),
        end(LocalDate.of(2025, 8, 31), EndStatus.DROPPED_OUT),
        event(EventType.FOLLOW_UP, LocalDate.of(2025, 10, 2))));

    List<Deadline> f = ofKind(r, DeadlineKind.FOLLOW_UP);
    assertEquals(2, f.size());
    assertDeadline(f.get(0), DeadlineKind.FOLLOW_UP, "GEN-U1", BEK_1477_4_2,
        LocalDate.of(2025, 8, 31), LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 2), Status.BREACHED);
    assertDeadline(f.get(1), DeadlineKind.FOLLOW_UP, "GEN-U1", BEK_1477_4_2,
        LocalDate.of(2025, 8, 31), LocalDate.of(2026, 2, 28), null, Status.PENDING);
    assertNoFindings(r);
  }

  @Test
  @DisplayName("GEN-U1 Leap year: ended 31 January 2024, follow-ups due 29 February and 31 July 2024; a follow-up "
      + "on the due day is in time")
  void followUpsInALeapYear() {
    DeadlineReport r = ENGINE.report(gentofte(Track.SOCIAL_DRUG, LocalDate.of(2024, 9, 1),
        contact(LocalDate.of(2024, 1, 2), ContactChannel.PHONE),
        start(LocalDate.of(2024, 1, 10), "OUTPATIENT"),
        end(LocalDate.of(2024, 1, 31), EndStatus.COMPLETED),
        event(EventType.FOLLOW_UP, LocalDate.of(2024, 2, 29)),
        event(EventType.FOLLOW_UP, LocalDate.of(2024, 7, 1))));

    List<Deadline> f = ofKind(r, DeadlineKind.FOLLOW_UP);
    assertEquals(2, f.size());
    assertDeadline(f.get(0), DeadlineKind.FOLLOW_UP, "GEN-U1", BEK_1477_4_2,
        LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 29), LocalDate.of(2024, 2, 29), Status.MET);
    assertDeadline(f.get(1), DeadlineKind.FOLLOW_UP, "GEN-U1", BEK_1477_4_2,
        LocalDate.of(2024, 1, 31), LocalDate.of(2024, 7, 31), LocalDate.of(2024, 7, 1), Status.MET);
    assertDeadline(single(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "GEN-G1", SEL_101_4,
        LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 16), LocalDate.of(2024, 1, 10), Status.MET);
    assertNoFindings(r);
  }

  @Test
  @DisplayName("GEN-U1 Follow-up events close the follow-ups in date order: two early talks close both")
  void followUpsClosedInDateOrder() {
    DeadlineReport r = ENGINE.report(gentofte(Track.SOCIAL_DRUG, LocalDate.of(2026, 3, 1),
        contact(LocalDate.of(2026, 1, 5), ContactChannel.PHONE),
        start(LocalDate.of(2026, 1, 12), "OUTPATIENT"),
        end(LocalDate.of(2026, 1, 31), EndStatus.OTHER_REASON),
        event(EventType.FOLLOW_UP, LocalDate.of(2026, 2, 20)),
        event(EventType.FOLLOW_UP, LocalDate.of(2026, 2, 10))));

    List<Deadline> f = ofKind(r, DeadlineKind.FOLLOW_UP);
    assertEquals(2, f.size());
    assertDeadline(f.get(0), DeadlineKind.FOLLOW_UP, "GEN-U1", BEK_1477_4_2,
        LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 2, 10), Status.MET);
    assertDeadline(f.get(1), DeadlineKind.FOLLOW_UP, "GEN-U1", BEK_1477_4_2,
        LocalDate.of(2026, 1, 31), LocalDate.of(2026, 7, 31), LocalDate.of(2026, 2, 20), Status.MET);
  }

  @Test
  @DisplayName("GEN-U1 Transferred to another offer on 31 January, report on 28 February: both follow-ups pending")
  void followUpsPending() {
    DeadlineReport r = ENGINE.report(gentofte(Track.SOCIAL_DRUG, LocalDate.of(2026, 2, 28),
        contact(LocalDate.of(2026, 1, 5), ContactChannel.PHONE),
        start(LocalDate.of(2026, 1, 12), "OUTPATIENT"),
        end(LocalDate.of(2026, 1, 31), EndStatus.OTHER_OFFER)));

    List<Deadline> f = ofKind(r, DeadlineKind.FOLLOW_UP);
    assertEquals(2, f.size());
    assertDeadline(f.get(0), DeadlineKind.FOLLOW_UP, "GEN-U1", BEK_1477_4_2,
        LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28), null, Status.PENDING);
    assertDeadline(f.get(1), DeadlineKind.FOLLOW_UP, "GEN-U1", BEK_1477_4_2,
        LocalDate.of(2026, 1, 31), LocalDate.of(2026, 7, 31), null, Status.PENDING);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = EndStatus.class, names = "DECEASED", mode = EnumSource.Mode.EXCLUDE)
  @DisplayName("GEN-U1 Every ending but death gets two follow-ups, after 1 and 6 months, decided by GEN-U1")
  void everyEndingButDeathIsFollowedUp(EndStatus status) {
    DeadlineReport r = ENGINE.report(gentofte(Track.SOCIAL_DRUG, LocalDate.of(2026, 4, 1),
        contact(LocalDate.of(2026, 1, 5), ContactChannel.PHONE),
        start(LocalDate.of(2026, 1, 12), "OUTPATIENT"),
        end(LocalDate.of(2026, 3, 15), status)));

    List<Deadline> f = ofKind(r, DeadlineKind.FOLLOW_UP);
    assertEquals(2, f.size());
    assertDeadline(f.get(0), DeadlineKind.FOLLOW_UP, "GEN-U1", BEK_1477_4_2,
        LocalDate.of(2026, 3, 15), LocalDate.of(2026, 4, 15), null, Status.PENDING);
    assertDeadline(f.get(1), DeadlineKind.FOLLOW_UP, "GEN-U1", BEK_1477_4_2,
        LocalDate.of(2026, 3, 15), LocalDate.of(2026, 9, 15), null, Status.PENDING);
    assertNoFindings(r);
  }

  @Test
  @DisplayName("GEN-U1 NAT-U1 A deceased citizen is never followed up")
  void deceasedGetsNoFollowUp() {
    DeadlineReport r = ENGINE.report(gentofte(Track.SOCIAL_DRUG, LocalDate.of(2026, 8, 1),
        contact(LocalDate.of(2026, 1, 5), ContactChannel.PHONE),
        start(LocalDate.of(2026, 1, 12), "OUTPATIENT"),
        end(LocalDate.of(2026, 1, 31), EndStatus.DECEASED)));

    assertEquals(List.of(), ofKind(r, DeadlineKind.FOLLOW_UP));
    assertEquals(List.of(DeadlineKind.TREATMENT_GUARANTEE), kinds(r));
    assertNoFindings(r);
  }

  @Test
  @DisplayName("GEN-U1 NAT-G4 Substitution treatment completed on 31 March: follow-ups due 30 April (met on the day) "
      + "and 30 September (breached)")
  void medicalTreatmentIsFollowedUp() {
    DeadlineReport r = ENGINE.report(gentofte(Track.MEDICAL_DRUG, LocalDate.of(2026, 11, 1),
        contact(LocalDate.of(2026, 1, 5), ContactChannel.PHONE),
        start(LocalDate.of(2026, 1, 12), "SUBSTITUTION"),
        end(LocalDate.of(2026, 3, 31), EndStatus.COMPLETED),
        event(EventType.FOLLOW_UP, LocalDate.of(2026, 4, 30))));

    assertDeadline(single(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "NAT-G4", SUL_142_6,
        LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 19), LocalDate.of(2026, 1, 12), Status.MET);
    List<Deadline> f = ofKind(r, DeadlineKind.FOLLOW_UP);
    assertEquals(2, f.size());
    assertDeadline(f.get(0), DeadlineKind.FOLLOW_UP, "GEN-U1", BEK_1477_4_2,
        LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30), LocalDate.of(2026, 4, 30), Status.MET);
    assertDeadline(f.get(1), DeadlineKind.FOLLOW_UP, "GEN-U1", BEK_1477_4_2,
        LocalDate.of(2026, 3, 31), LocalDate.of(2026, 9, 30), null, Status.BREACHED);
    assertNoFindings(r);
  }

  // ------------------------------------------------------------------ order, validity, language

  @Test
  @DisplayName("GEN-G1 GEN-U1 GEN-C1 Deadlines are listed by due date, undated ones last")
  void orderedByDueDate() {
    DeadlineReport r = ENGINE.report(gentofte(Track.SOCIAL_DRUG, LocalDate.of(2026, 3, 20),
        contact(LocalDate.of(2026, 1, 5), ContactChannel.PHONE),
        decision(LocalDate.of(2026, 1, 7), ComplaintSubject.CASE_HANDLING, Outcome.REFUSED),
        start(LocalDate.of(2026, 1, 12), "OUTPATIENT"),
        decision(LocalDate.of(2026, 1, 14), ComplaintSubject.SOCIAL_TREATMENT, Outcome.PARTLY_GRANTED),
        end(LocalDate.of(2026, 1, 31), EndStatus.COMPLETED)));

    assertEquals(List.of(DeadlineKind.TREATMENT_GUARANTEE, DeadlineKind.COMPLAINT, DeadlineKind.FOLLOW_UP,
        DeadlineKind.FOLLOW_UP, DeadlineKind.COMPLAINT), kinds(r));
    assertEquals(List.of(Optional.of(LocalDate.of(2026, 1, 19)), Optional.of(LocalDate.of(2026, 2, 11)),
            Optional.of(LocalDate.of(2026, 2, 28)), Optional.of(LocalDate.of(2026, 7, 31)), Optional.empty()),
        r.deadlines().stream().map(Deadline::due).toList());
  }

  @Test
  @DisplayName("GEN-M1 NAT-Q2 Gentofte's standard is undated, so it counts as in force on every date: a 2019 case "
      + "(found by municipality code 0157) gets no finding")
  void undatedStandardIsInForce() {
    DeadlineReport r = ENGINE.report(CaseFile.builder().municipality("0157").asOf(LocalDate.of(2019, 4, 1))
        .track(Track.SOCIAL_DRUG).citizen(Citizen.builder().age(40).build())
        .addEvents(contact(LocalDate.of(2019, 3, 4), ContactChannel.PHONE),
            start(LocalDate.of(2019, 3, 11), "OUTPATIENT"))
        .build());

    assertEquals("gentofte", r.municipality());
    assertEquals(Optional.empty(), r.standard().adopted());
    assertEquals(Optional.empty(), r.standard().validFrom());
    assertEquals(Optional.empty(), r.standard().validTo());
    assertNoFindings(r);
    assertDeadline(single(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "GEN-G1", SEL_101_4,
        LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 18), LocalDate.of(2019, 3, 11), Status.MET);
  }

  @Test
  @DisplayName("GEN-G1 Danish explanation: a breached guarantee explained for the caseworker in Danish")
  void danishExplanation() {
    CaseFile c = gentofte(Track.SOCIAL_DRUG, LocalDate.of(2026, 3, 1),
        contact(LocalDate.of(2026, 1, 5), ContactChannel.PHONE),
        start(LocalDate.of(2026, 1, 20), "OUTPATIENT"));

    Deadline da = single(ENGINE.report(c, Locale.forLanguageTag("da")), DeadlineKind.TREATMENT_GUARANTEE);
    Deadline en = single(ENGINE.report(c), DeadlineKind.TREATMENT_GUARANTEE);

    assertDeadline(da, DeadlineKind.TREATMENT_GUARANTEE, "GEN-G1", SEL_101_4,
        LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 19), LocalDate.of(2026, 1, 20), Status.BREACHED);
    assertMentions(da.explanation(), "Behandlingen skal iværksættes senest 14 dage efter henvendelsen den 5. januar 2026",
        "senest den 19. januar 2026", "GEN-G1", SEL_101_4, "Overskredet", "først den 20. januar 2026");
    assertNotEquals(en.explanation(), da.explanation());
    assertMentions(en.explanation(), "Treatment must start within 14 days", "Breached");
  }
}
