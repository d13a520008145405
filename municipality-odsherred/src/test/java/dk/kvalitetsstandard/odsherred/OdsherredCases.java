package dk.kvalitetsstandard.odsherred;

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
import java.util.Optional;
import org.junit.jupiter.api.function.Executable;

/**
 * Shared vocabulary of the Odsherred deadline tests: the engine over the default registry, a case
 * builder for Odsherred, event shorthands, and assertions on a report. Every expected date in the
 * tests is written out by hand; nothing here computes a date.
 */
final class OdsherredCases {

  static final DeadlineEngine ENGINE = DeadlineEngine.of(StandardRegistry.defaultRegistry(), PublicHolidays.denmark());

  private OdsherredCases() {}

  /** A case of an adult (34) in Odsherred on {@code track}, reported on {@code asOf}. */
  static CaseFile.Builder odsherred(Track track, LocalDate asOf) {
    return CaseFile.builder().municipality("odsherred").asOf(asOf).track(track)
        .citizen(Citizen.builder().age(34).build());
  }

  /** An anonymous case (SEL § 101 a) in Odsherred: no identifier and no age (NAT-A6). */
  static CaseFile.Builder anonymous(LocalDate asOf) {
    return CaseFile.builder().municipality("odsherred").asOf(asOf).track(Track.ANONYMOUS_DRUG);
  }

  static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  // ---------------------------------------------------------------- events

  static CaseEvent inPerson(LocalDate date) {
    return CaseEvent.contact(date, ContactChannel.IN_PERSON);
  }

  static CaseEvent phone(LocalDate date) {
    return CaseEvent.contact(date, ContactChannel.PHONE);
  }

  static CaseEvent digital(LocalDate date) {
    return CaseEvent.contact(date, ContactChannel.DIGITAL);
  }

  static CaseEvent start(LocalDate date, String offer) {
    return CaseEvent.treatmentStart(date, offer);
  }

  static CaseEvent end(LocalDate date, EndStatus status) {
    return CaseEvent.treatmentEnd(date, status);
  }

  static CaseEvent followUp(LocalDate date) {
    return CaseEvent.of(EventType.FOLLOW_UP, date);
  }

  static CaseEvent freeChoice(LocalDate date) {
    return CaseEvent.of(EventType.FREE_CHOICE, date);
  }

  static CaseEvent decision(LocalDate date, ComplaintSubject subject, Outcome outcome) {
    return CaseEvent.decision(date, subject, outcome);
  }

  static CaseEvent complaint(LocalDate date) {
    return CaseEvent.of(EventType.COMPLAINT, date);
  }

  static CaseEvent reconsidered(LocalDate date) {
    return CaseEvent.of(EventType.RECONSIDERED, date);
  }

  // ---------------------------------------------------------------- reading a report

  /** The deadlines of {@code kind}, in report order. */
  static List<Deadline> all(DeadlineReport report, DeadlineKind kind) {
    return DeadlineExpectations.all(report, kind);
  }

  /** The one deadline of {@code kind}; fails if there is none or more than one. */
  static Deadline only(DeadlineReport report, DeadlineKind kind) {
    return DeadlineExpectations.only(report, kind);
  }

  /** The one finding of {@code rule}; fails if there is none or more than one. */
  static Finding finding(DeadlineReport report, String rule) {
    List<Finding> found = report.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    assertEquals(1, found.size(), () -> "one finding " + rule + " expected in " + report.findings());
    return found.get(0);
  }

  /** Asserts every field of a deadline but its explanation; {@code null} means absent. */
  static void assertDeadline(Deadline actual, DeadlineKind kind, String rule, String legalBasis, LocalDate startedBy,
      LocalDate due, LocalDate closedBy, Status status) {
    DeadlineExpectations.assertDeadline(actual, kind, rule, legalBasis, startedBy, due, closedBy, status);
  }

  /**
   * Asserts that {@code text} contains each of {@code parts} (dates, rule IDs, bodies); a date, given
   * as a {@code LocalDate} or in ISO form, is looked for as English prose writes it.
   */
  static void assertNames(String text, Object... parts) {
    assertAll(java.util.Arrays.stream(parts).map(String::valueOf)
        .map(given -> DeadlineExpectations.inProse(given, java.util.Locale.ENGLISH))
        .map(p -> (Executable) () -> assertTrue(text.contains(p), () -> "'" + p + "' expected in: " + text)));
  }
}
