package dk.kvalitetsstandard.deadline;

import dk.kvalitetsstandard.cases.Outcome;
import dk.kvalitetsstandard.law.LegalReference;
import dk.kvalitetsstandard.law.Span;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import java.time.LocalDate;

/**
 * A decision's complaint guidance as the complaint evaluator worked it out, and its paragraph still
 * to be written in the caller's language (see {@link LazyText}); the engine names the language
 * with {@link #explainedBy} once the evaluators are done, before the report is published.
 */
final class GuidanceDraft extends LazyText {

  /** Which paragraph a decision gets. */
  enum Kind {
    /** A decision on social treatment that does not grant in full: limit, reconsideration, Ankestyrelsen. */
    SOCIAL,
    /** A decision on anonymous treatment: it cannot be appealed. */
    ANONYMOUS,
    /** The health-professional part: where the complaint goes. */
    HEALTH,
    /** Case handling: no time limit, not Ankestyrelsen. */
    CASE_HANDLING,
    /** A decision that grants in full: no guidance is needed. */
    GRANTED
  }

  private final Kind kind;
  private final LocalDate received;
  private final ComplaintSubject subject;
  private final Outcome outcome;
  private final int course;
  private final String rule;
  private final String routeRule;
  private final LegalReference basis;
  private final String complaintTo;
  private final String address;
  private final String appealTo;
  private final LocalDate lastDay;
  private final boolean moved;
  private final Span limit;
  private final Span reconsideration;
  private final LegalReference reconsiderationBasis;
  private Explainer explainer;

  GuidanceDraft(Kind kind, LocalDate received, ComplaintSubject subject, Outcome outcome, int course, String rule,
      String routeRule, LegalReference basis, String complaintTo, String address, String appealTo, LocalDate lastDay,
      boolean moved, Span limit, Span reconsideration, LegalReference reconsiderationBasis) {
    this.kind = kind;
    this.received = received;
    this.subject = subject;
    this.outcome = outcome;
    this.course = course;
    this.rule = rule;
    this.routeRule = routeRule;
    this.basis = basis;
    this.complaintTo = complaintTo;
    this.address = address;
    this.appealTo = appealTo;
    this.lastDay = lastDay;
    this.moved = moved;
    this.limit = limit;
    this.reconsideration = reconsideration;
    this.reconsiderationBasis = reconsiderationBasis;
  }

  /** Guidance without a time limit or reconsideration. */
  static GuidanceDraft without(Kind kind, LocalDate received, ComplaintSubject subject, Outcome outcome, int course, String rule,
      String routeRule, LegalReference basis, String complaintTo, String address, String appealTo) {
    return new GuidanceDraft(kind, received, subject, outcome, course, rule, routeRule, basis, complaintTo, address, appealTo,
        null, false, null, null, null);
  }

  /** This guidance, to be written by {@code by} when its paragraph is first read. */
  GuidanceDraft explainedBy(Explainer by) {
    this.explainer = by;
    return this;
  }

  @Override
  String write() {
    return explainer.guidance(this);
  }

  /** Which paragraph the decision gets. */
  Kind kind() {
    return kind;
  }

  /** The date the decision was received. */
  LocalDate received() {
    return received;
  }

  /** What the decision is about. */
  ComplaintSubject subject() {
    return subject;
  }

  /** The decision's outcome. */
  Outcome outcome() {
    return outcome;
  }

  /** The course it was received in. */
  int course() {
    return course;
  }

  /** The rule that decides the guidance. */
  String rule() {
    return rule;
  }

  /** The rule of the municipal complaint route named; null where none. */
  String routeRule() {
    return routeRule;
  }

  /** The provision the guidance rests on; null where none. */
  LegalReference basis() {
    return basis;
  }

  /** Where the complaint is sent; null where nowhere. */
  String complaintTo() {
    return complaintTo;
  }

  /** That body's postal address, where the standard gives one; null otherwise. */
  String address() {
    return address;
  }

  /** Where the complaint goes on to; null where nowhere. */
  String appealTo() {
    return appealTo;
  }

  /** The last day to complain; null where there is no time limit. */
  LocalDate lastDay() {
    return lastDay;
  }

  /** Whether the last day was moved past a weekend or public holiday (D0-5). */
  boolean moved() {
    return moved;
  }

  /** The citizen's time limit; null where none. */
  Span limit() {
    return limit;
  }

  /** The municipality's time to reconsider; null where it does not reconsider. */
  Span reconsideration() {
    return reconsideration;
  }

  /** The provision of the reconsideration; null where none. */
  LegalReference reconsiderationBasis() {
    return reconsiderationBasis;
  }
}
