package dk.kvalitetsstandard.deadline;

import dk.kvalitetsstandard.law.LegalReference;
import dk.kvalitetsstandard.law.Span;
import dk.kvalitetsstandard.standard.DeadlineKind;
import java.time.LocalDate;

/**
 * A deadline as an evaluator computed it, before its explanation is written in the caller's
 * language. Made by the named factories; the wither methods change one aspect.
 *
 * @param kind what the deadline is
 * @param course the course it belongs to, 1 for the first
 * @param rule the ID of the rule that decided it
 * @param basis the provision in force when it started; null where none applies
 * @param startedBy the date of the event that started it; null where nothing has
 * @param due when it is due; null where it has no date
 * @param closedBy the date of the event that closed it; null while open
 * @param status its status
 * @param reason why it has its status, which selects the explanation
 * @param span the time allowed, for the explanation; null where none
 * @param detail a date or a body the reason names; null where none
 * @param standardDue the due date the municipal text alone would give, where it differs; null otherwise
 */
record Draft(DeadlineKind kind, int course, String rule, LegalReference basis, LocalDate startedBy, LocalDate due,
    LocalDate closedBy, Status status, Reason reason, Span span, String detail, LocalDate standardDue) {

  /** A deadline whose status follows from its dates. */
  static Draft dated(DeadlineKind kind, int course, String rule, LegalReference basis, LocalDate startedBy,
      LocalDate due, LocalDate closedBy, Status status, Span span) {
    return new Draft(kind, course, rule, basis, startedBy, due, closedBy, status, Reason.DATES, span, null, null);
  }

  /** A deadline whose starting event has not happened (D0-4). */
  static Draft notStarted(DeadlineKind kind, int course, String rule, LegalReference basis, Span span) {
    return new Draft(kind, course, rule, basis, null, null, null, Status.NOT_STARTED, Reason.DATES, span, null, null);
  }

  /** A deadline the rule does not give this case, for {@code reason}. */
  static Draft notApplicable(DeadlineKind kind, int course, String rule, LegalReference basis, LocalDate startedBy,
      Reason reason, String detail) {
    return new Draft(kind, course, rule, basis, startedBy, null, null, Status.NOT_APPLICABLE, reason, null, detail, null);
  }

  /**
   * A deadline whose status follows from its dates, noting the due date {@code textDue} the
   * municipal text alone would give where it differs from {@code due}.
   */
  static Draft dated(DeadlineKind kind, int course, String rule, LegalReference basis, LocalDate startedBy,
      LocalDate due, LocalDate closedBy, Status status, Span span, LocalDate textDue) {
    return new Draft(kind, course, rule, basis, startedBy, due, closedBy, status, Reason.DATES, span, null,
        textDue == null || textDue.equals(due) ? null : textDue);
  }

  /** This deadline with another status and the reason for it. */
  Draft because(Status newStatus, Reason newReason, String newDetail) {
    return new Draft(kind, course, rule, basis, startedBy, due, closedBy, newStatus, newReason, span, newDetail, standardDue);
  }

  /** This deadline, decided by another rule. */
  Draft decidedBy(String newRule, LegalReference newBasis) {
    return new Draft(kind, course, newRule, newBasis, startedBy, due, closedBy, status, reason, span, detail, standardDue);
  }
}
