package dk.kvalitetsstandard.deadline;

import dk.kvalitetsstandard.law.LegalReference;
import dk.kvalitetsstandard.standard.DeadlineKind;
import dk.kvalitetsstandard.standard.Span;
import java.time.LocalDate;

/**
 * A deadline as computed, before its explanation is written in the caller's language.
 *
 * @param span the time allowed, for the explanation; may be null
 * @param detail a date or a body the reason names; may be null
 */
record Draft(DeadlineKind kind, String rule, LegalReference basis, LocalDate startedBy, LocalDate due,
    LocalDate closedBy, Status status, Reason reason, Span span, String detail, LocalDate standardDue) {

  Draft(DeadlineKind kind, String rule, LegalReference basis, LocalDate startedBy, LocalDate due,
      LocalDate closedBy, Status status, Reason reason, Span span, String detail) {
    this(kind, rule, basis, startedBy, due, closedBy, status, reason, span, detail, null);
  }

  /** This deadline, noting the due date the municipal text alone would give. */
  Draft withStandardDue(LocalDate textDue) {
    return new Draft(kind, rule, basis, startedBy, due, closedBy, status, reason, span, detail,
        textDue == null || textDue.equals(due) ? null : textDue);
  }

  /** A deadline whose status follows from its dates. */
  static Draft dated(DeadlineKind kind, String rule, LegalReference basis, LocalDate startedBy, LocalDate due,
      LocalDate closedBy, Status status, Span span) {
    return new Draft(kind, rule, basis, startedBy, due, closedBy, status, Reason.DATES, span, null);
  }

  /** This deadline with another status and the reason for it. */
  Draft because(Status newStatus, Reason newReason, String newDetail) {
    return new Draft(kind, rule, basis, startedBy, due, closedBy, newStatus, newReason, span, newDetail, standardDue);
  }

  /** This deadline, decided by another rule. */
  Draft decidedBy(String newRule, LegalReference newBasis) {
    return new Draft(kind, newRule, newBasis, startedBy, due, closedBy, status, reason, span, detail, standardDue);
  }
}
