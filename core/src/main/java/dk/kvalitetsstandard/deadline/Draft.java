package dk.kvalitetsstandard.deadline;

import dk.kvalitetsstandard.law.LegalReference;
import dk.kvalitetsstandard.law.Span;
import dk.kvalitetsstandard.standard.DeadlineKind;
import java.time.LocalDate;

/**
 * A deadline as an evaluator computed it, and its explanation still to be written in the caller's
 * language (see {@link LazyText}). Made by the named factories; the wither methods change one aspect.
 * The engine names the language with {@link #explainedBy} once the evaluators are done, before the
 * report is published.
 */
final class Draft extends LazyText {

  private final DeadlineKind kind;
  private final int course;
  private final String rule;
  private final LegalReference basis;
  private final LocalDate startedBy;
  private final LocalDate due;
  private final LocalDate closedBy;
  private final Status status;
  private final Reason reason;
  private final Span span;
  private final String detail;
  private final LocalDate standardDue;
  private Explainer explainer;

  private Draft(DeadlineKind kind, int course, String rule, LegalReference basis, LocalDate startedBy, LocalDate due,
      LocalDate closedBy, Status status, Reason reason, Span span, String detail, LocalDate standardDue) {
    this.kind = kind;
    this.course = course;
    this.rule = rule;
    this.basis = basis;
    this.startedBy = startedBy;
    this.due = due;
    this.closedBy = closedBy;
    this.status = status;
    this.reason = reason;
    this.span = span;
    this.detail = detail;
    this.standardDue = standardDue;
  }

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

  /** This deadline, to be explained by {@code by} when its explanation is first read. */
  Draft explainedBy(Explainer by) {
    this.explainer = by;
    return this;
  }

  @Override
  String write() {
    return explainer.explain(this);
  }

  /** What the deadline is. */
  DeadlineKind kind() {
    return kind;
  }

  /** The course it belongs to, 1 for the first. */
  int course() {
    return course;
  }

  /** The ID of the rule that decided it. */
  String rule() {
    return rule;
  }

  /** The provision in force when it started; null where none applies. */
  LegalReference basis() {
    return basis;
  }

  /** The date of the event that started it; null where nothing has. */
  LocalDate startedBy() {
    return startedBy;
  }

  /** When it is due; null where it has no date. */
  LocalDate due() {
    return due;
  }

  /** The date of the event that closed it; null while open. */
  LocalDate closedBy() {
    return closedBy;
  }

  /** Its status. */
  Status status() {
    return status;
  }

  /** Why it has its status, which selects the explanation. */
  Reason reason() {
    return reason;
  }

  /** The time allowed, for the explanation; null where none. */
  Span span() {
    return span;
  }

  /** A date or a body the reason names; null where none. */
  String detail() {
    return detail;
  }

  /** The due date the municipal text alone would give, where it differs; null otherwise. */
  LocalDate standardDue() {
    return standardDue;
  }
}
