package dk.kvalitetsstandard.deadline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.kvalitetsstandard.cases.Outcome;
import dk.kvalitetsstandard.law.LegalReference;
import dk.kvalitetsstandard.law.Span;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The complaint guidance (klagevejledning) of one decision in a case: what the decision letter
 * must tell the citizen about complaining (Forvaltningsloven § 25). For a decision on social
 * treatment that does not grant in full: the last day to complain (the same day as the case's
 * {@link dk.kvalitetsstandard.standard.DeadlineKind#COMPLAINT} deadline, NAT-C1, D0-5), where to
 * send the complaint (the municipality's own complaint route where its standard gives one), and
 * that the municipality reconsiders the decision before the complaint goes on to Ankestyrelsen
 * (NAT-C5). A decision on anonymous treatment cannot be appealed (NAT-A4); a complaint about the
 * health-professional treatment goes to the body that handles such complaints (NAT-C3); one about
 * case handling has no time limit and does not go to Ankestyrelsen (NAT-C4). A decision that
 * grants in full needs no guidance, and the text says so.
 *
 * <p>Made by the {@link DeadlineEngine} or read from JSON. The complaint evaluator makes each
 * guidance once, with what its paragraph needs; the paragraph is written in the report's language
 * when it is first read. Equal when every attribute and the paragraph's text are equal.
 *
 * <p>This class is immutable and thread-safe once the engine has handed out its report.
 */
@JsonPropertyOrder({"decisionReceived", "subject", "outcome", "course", "rule", "routeRule", "legalBasis", "complaintTo",
    "appealTo", "lastDay", "text"})
public final class ComplaintGuidance {

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

  private final LocalDate decisionReceived;
  private final ComplaintSubject subject;
  private final Outcome outcome;
  private final int course;
  private final String rule;
  private final String routeRule;
  private final String legalBasis;
  private final String complaintTo;
  private final String appealTo;
  private final LocalDate lastDay;
  // What the paragraph is written from; null in a guidance read from JSON, whose text is given.
  private final Kind kind;
  private final LegalReference basis;
  private final String address;
  private final boolean moved;
  private final Span limit;
  private final Span reconsideration;
  private final LegalReference reconsiderationBasis;
  private Explainer explainer;
  private volatile String text;

  /**
   * The guidance of a decision as the complaint evaluator worked it out.
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
  ComplaintGuidance(Kind kind, LocalDate received, ComplaintSubject subject, Outcome outcome, int course, String rule,
      String routeRule, LegalReference basis, String complaintTo, String address, String appealTo, LocalDate lastDay,
      boolean moved, Span limit, Span reconsideration, LegalReference reconsiderationBasis) {
    this(received, subject, outcome, course, rule, routeRule, basis == null ? null : basis.citation(), complaintTo,
        appealTo, lastDay, kind, basis, address, moved, limit, reconsideration, reconsiderationBasis, null);
  }

  private ComplaintGuidance(LocalDate received, ComplaintSubject subject, Outcome outcome, int course, String rule,
      String routeRule, String legalBasis, String complaintTo, String appealTo, LocalDate lastDay, Kind kind,
      LegalReference basis, String address, boolean moved, Span limit, Span reconsideration,
      LegalReference reconsiderationBasis, String text) {
    this.decisionReceived = Objects.requireNonNull(received, "decisionReceived");
    this.subject = Objects.requireNonNull(subject, "subject");
    this.outcome = Objects.requireNonNull(outcome, "outcome");
    this.course = course;
    this.rule = Objects.requireNonNull(rule, "rule");
    this.routeRule = routeRule;
    this.legalBasis = legalBasis;
    this.complaintTo = complaintTo;
    this.appealTo = appealTo;
    this.lastDay = lastDay;
    this.kind = kind;
    this.basis = basis;
    this.address = address;
    this.moved = moved;
    this.limit = limit;
    this.reconsideration = reconsideration;
    this.reconsiderationBasis = reconsiderationBasis;
    this.text = text;
  }

  /** Guidance without a time limit or reconsideration. */
  static ComplaintGuidance without(Kind kind, LocalDate received, ComplaintSubject subject, Outcome outcome, int course,
      String rule, String routeRule, LegalReference basis, String complaintTo, String address, String appealTo) {
    return new ComplaintGuidance(kind, received, subject, outcome, course, rule, routeRule, basis, complaintTo, address,
        appealTo, null, false, null, null, null);
  }

  /** A guidance as read from JSON, its paragraph as written there; a course left out is the first. */
  @JsonCreator
  static ComplaintGuidance read(@JsonProperty("decisionReceived") LocalDate decisionReceived,
      @JsonProperty("subject") ComplaintSubject subject, @JsonProperty("outcome") Outcome outcome,
      @JsonProperty("course") Integer course, @JsonProperty("rule") String rule,
      @JsonProperty("routeRule") String routeRule, @JsonProperty("legalBasis") String legalBasis,
      @JsonProperty("complaintTo") String complaintTo, @JsonProperty("appealTo") String appealTo,
      @JsonProperty("lastDay") LocalDate lastDay, @JsonProperty("text") String text) {
    return new ComplaintGuidance(decisionReceived, subject, outcome, course == null ? 1 : course, rule, routeRule,
        legalBasis, complaintTo, appealTo, lastDay, null, null, null, false, null, null, null,
        Objects.requireNonNull(text, "text"));
  }

  /**
   * This guidance, to be written by {@code by} when its paragraph is first read; called by the
   * engine once the evaluators are done, before the report is handed out.
   */
  ComplaintGuidance explainedBy(Explainer by) {
    this.explainer = by;
    return this;
  }

  /** {@return the date the citizen received the decision (the case's {@code DECISION_RECEIVED} event)} */
  @JsonProperty("decisionReceived")
  public LocalDate decisionReceived() {
    return decisionReceived;
  }

  /** {@return what the decision is about} */
  @JsonProperty("subject")
  public ComplaintSubject subject() {
    return subject;
  }

  /** {@return whether the decision granted, partly granted or refused} */
  @JsonProperty("outcome")
  public Outcome outcome() {
    return outcome;
  }

  /** {@return the course the decision was received in, 1 for the first (as the complaint limit's)} */
  @JsonProperty("course")
  public int course() {
    return course;
  }

  /** {@return the catalogue ID of the rule that decides the guidance (for a complaint limit, the limit's rule)} */
  @JsonProperty("rule")
  public String rule() {
    return rule;
  }

  /** {@return the rule of the municipality's complaint route the guidance names, where the standard gives one} */
  @JsonProperty("routeRule")
  public Optional<String> routeRule() {
    return Optional.ofNullable(routeRule);
  }

  /** {@return the provision the guidance rests on, as a Danish citation; empty where none applies} */
  @JsonProperty("legalBasis")
  public Optional<String> legalBasis() {
    return Optional.ofNullable(legalBasis);
  }

  /** {@return where the citizen sends the complaint; empty where there is nowhere to complain} */
  @JsonProperty("complaintTo")
  public Optional<String> complaintTo() {
    return Optional.ofNullable(complaintTo);
  }

  /** {@return where the complaint goes on to if the decision is upheld; empty where it goes nowhere further} */
  @JsonProperty("appealTo")
  public Optional<String> appealTo() {
    return Optional.ofNullable(appealTo);
  }

  /** {@return the last day to complain; empty where there is no time limit (or no complaint)} */
  @JsonProperty("lastDay")
  public Optional<LocalDate> lastDay() {
    return Optional.ofNullable(lastDay);
  }

  /**
   * The paragraph the decision letter carries, addressed to the citizen, in the language asked
   * for; for a decision that grants in full, a note that no guidance is needed. Written when first
   * read.
   *
   * @return the paragraph, not null
   */
  @JsonProperty("text")
  public String text() {
    String written = text;
    if (written == null) {
      written = explainer.guidance(this);
      text = written;
    }
    return written;
  }

  // For the engine and its explainer: what the paragraph is written from, null where absent.

  Kind kind() {
    return kind;
  }

  LegalReference basis() {
    return basis;
  }

  String complaintToOrNull() {
    return complaintTo;
  }

  String address() {
    return address;
  }

  String appealToOrNull() {
    return appealTo;
  }

  LocalDate lastDayOrNull() {
    return lastDay;
  }

  boolean moved() {
    return moved;
  }

  Span limit() {
    return limit;
  }

  Span reconsideration() {
    return reconsideration;
  }

  LegalReference reconsiderationBasis() {
    return reconsiderationBasis;
  }

  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof ComplaintGuidance that
        && decisionReceived.equals(that.decisionReceived) && subject == that.subject && outcome == that.outcome
        && course == that.course && rule.equals(that.rule) && Objects.equals(routeRule, that.routeRule)
        && Objects.equals(legalBasis, that.legalBasis) && Objects.equals(complaintTo, that.complaintTo)
        && Objects.equals(appealTo, that.appealTo) && Objects.equals(lastDay, that.lastDay)
        && text().equals(that.text());
  }

  @Override
  public int hashCode() {
    return Objects.hash(decisionReceived, subject, outcome, course, rule, routeRule, legalBasis, complaintTo, appealTo,
        lastDay, text());
  }

  /** Shows every attribute that is present, and the paragraph. */
  @Override
  public String toString() {
    StringBuilder shown = new StringBuilder("ComplaintGuidance{decisionReceived=").append(decisionReceived)
        .append(", subject=").append(subject).append(", outcome=").append(outcome).append(", course=").append(course)
        .append(", rule=").append(rule);
    Deadline.appendIfPresent(shown, "routeRule", routeRule);
    Deadline.appendIfPresent(shown, "legalBasis", legalBasis);
    Deadline.appendIfPresent(shown, "complaintTo", complaintTo);
    Deadline.appendIfPresent(shown, "appealTo", appealTo);
    Deadline.appendIfPresent(shown, "lastDay", lastDay);
    return shown.append(", text=").append(text()).append('}').toString();
  }
}
