package dk.kvalitetsstandard.deadline;

import dk.kvalitetsstandard.cases.Outcome;
import dk.kvalitetsstandard.law.LegalReference;
import dk.kvalitetsstandard.law.Span;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import java.time.LocalDate;

/**
 * A decision's complaint guidance as the complaint evaluator worked it out, before its paragraph
 * is written in the caller's language.
 *
 * @param kind which paragraph the decision gets
 * @param received the date the decision was received
 * @param subject what the decision is about
 * @param outcome the decision's outcome
 * @param course the course it was received in
 * @param rule the rule that decides the guidance
 * @param routeRule the rule of the municipal complaint route named; null where none
 * @param basis the provision the guidance rests on; null where none
 * @param complaintTo where the complaint is sent; null where nowhere
 * @param address that body's postal address, where the standard gives one; null otherwise
 * @param appealTo where the complaint goes on to; null where nowhere
 * @param lastDay the last day to complain; null where there is no time limit
 * @param moved whether the last day was moved past a weekend or public holiday (D0-5)
 * @param limit the citizen's time limit; null where none
 * @param reconsideration the municipality's time to reconsider; null where it does not reconsider
 * @param reconsiderationBasis the provision of the reconsideration; null where none
 */
record GuidanceDraft(Kind kind, LocalDate received, ComplaintSubject subject, Outcome outcome, int course, String rule,
    String routeRule, LegalReference basis, String complaintTo, String address, String appealTo, LocalDate lastDay,
    boolean moved, Span limit, Span reconsideration, LegalReference reconsiderationBasis) {

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

  /** Guidance without a time limit or reconsideration. */
  static GuidanceDraft without(Kind kind, LocalDate received, ComplaintSubject subject, Outcome outcome, int course, String rule,
      String routeRule, LegalReference basis, String complaintTo, String address, String appealTo) {
    return new GuidanceDraft(kind, received, subject, outcome, course, rule, routeRule, basis, complaintTo, address, appealTo,
        null, false, null, null, null);
  }
}
