package dk.kvalitetsstandard.deadline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.kvalitetsstandard.law.LegalReference;
import dk.kvalitetsstandard.law.Span;
import dk.kvalitetsstandard.standard.DeadlineKind;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One deadline of a case: what it is, the rule that decided it and the provision in force when it
 * started, the event that started it, when it is due, the event that closed it, its status, and
 * an explanation a caseworker could paste into a letter.
 *
 * <p>Made by the {@link DeadlineEngine} or read from JSON. The engine's evaluators make each
 * deadline once, with what its explanation needs (why it has its status, the time allowed, a date
 * or body the reason names); the explanation is written in the report's language when it is first
 * read, so a case tool that reads only dates and statuses pays nothing for the sentences. Equal
 * when every attribute and the explanation's text are equal.
 *
 * <p>This class is immutable and thread-safe once the engine has handed out its report.
 */
@JsonPropertyOrder({"kind", "course", "rule", "legalBasis", "startedBy", "due", "standardDue", "closedBy", "status",
    "explanation"})
public final class Deadline {

  private final DeadlineKind kind;
  private final int course;
  private final String rule;
  private final String legalBasis;
  private final LocalDate startedBy;
  private final LocalDate due;
  private final LocalDate standardDue;
  private final LocalDate closedBy;
  private final Status status;
  // What the explanation is written from; null in a deadline read from JSON, whose text is given.
  private final Reason reason;
  private final Span span;
  /** A date or the name of a body the reason names, for the explanation; a date is written only with it. */
  private final Object detail;
  private Explainer explainer;
  private volatile String explanation;

  private Deadline(DeadlineKind kind, int course, String rule, String legalBasis, LocalDate startedBy, LocalDate due,
      LocalDate closedBy, Status status, Reason reason, Span span, Object detail, LocalDate standardDue,
      String explanation) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.course = course;
    this.rule = Objects.requireNonNull(rule, "rule");
    this.legalBasis = legalBasis;
    this.startedBy = startedBy;
    this.due = due;
    this.standardDue = standardDue;
    this.closedBy = closedBy;
    this.status = Objects.requireNonNull(status, "status");
    this.reason = reason;
    this.span = span;
    this.detail = detail;
    this.explanation = explanation;
  }

  /** A deadline as read from JSON, its explanation as written there; a course left out is the first. */
  @JsonCreator
  static Deadline read(@JsonProperty("kind") DeadlineKind kind, @JsonProperty("course") Integer course,
      @JsonProperty("rule") String rule, @JsonProperty("legalBasis") String legalBasis,
      @JsonProperty("startedBy") LocalDate startedBy, @JsonProperty("due") LocalDate due,
      @JsonProperty("standardDue") LocalDate standardDue, @JsonProperty("closedBy") LocalDate closedBy,
      @JsonProperty("status") Status status, @JsonProperty("explanation") String explanation) {
    return new Deadline(kind, course == null ? 1 : course, rule, legalBasis, startedBy, due, closedBy, status, null, null,
        null, standardDue, Objects.requireNonNull(explanation, "explanation"));
  }

  /** A deadline whose status follows from its dates. */
  static Deadline dated(DeadlineKind kind, int course, String rule, LegalReference basis, LocalDate startedBy,
      LocalDate due, LocalDate closedBy, Status status, Span span) {
    return new Deadline(kind, course, rule, citation(basis), startedBy, due, closedBy, status, Reason.DATES, span, null,
        null, null);
  }

  /**
   * A deadline whose status follows from its dates, noting the due date {@code textDue} the
   * municipal text alone would give where it differs from {@code due}.
   */
  static Deadline dated(DeadlineKind kind, int course, String rule, LegalReference basis, LocalDate startedBy,
      LocalDate due, LocalDate closedBy, Status status, Span span, LocalDate textDue) {
    return new Deadline(kind, course, rule, citation(basis), startedBy, due, closedBy, status, Reason.DATES, span, null,
        textDue == null || textDue.equals(due) ? null : textDue, null);
  }

  /** A deadline whose starting event has not happened (D0-4). */
  static Deadline notStarted(DeadlineKind kind, int course, String rule, LegalReference basis, Span span) {
    return new Deadline(kind, course, rule, citation(basis), null, null, null, Status.NOT_STARTED, Reason.DATES, span, null,
        null, null);
  }

  /** A deadline the rule does not give this case, for {@code reason}. */
  static Deadline notApplicable(DeadlineKind kind, int course, String rule, LegalReference basis, LocalDate startedBy,
      Reason reason, String detail) {
    return new Deadline(kind, course, rule, citation(basis), startedBy, null, null, Status.NOT_APPLICABLE, reason, null,
        detail, null, null);
  }

  /** The citation of a legal basis; null where there is none. */
  private static String citation(LegalReference basis) {
    return basis == null ? null : basis.citation();
  }

  /** This deadline with another status and the reason for it, which names the date {@code on} (null where none). */
  Deadline because(Status newStatus, Reason newReason, LocalDate on) {
    return new Deadline(kind, course, rule, legalBasis, startedBy, due, closedBy, newStatus, newReason, span, on,
        standardDue, null);
  }

  /** This deadline, decided by another rule under the provision {@code newBasis}. */
  Deadline decidedBy(String newRule, LegalReference newBasis) {
    return new Deadline(kind, course, newRule, citation(newBasis), startedBy, due, closedBy, status, reason, span, detail,
        standardDue, null);
  }

  /** This deadline, decided by another rule under the same provision. */
  Deadline decidedBy(String newRule) {
    return new Deadline(kind, course, newRule, legalBasis, startedBy, due, closedBy, status, reason, span, detail,
        standardDue, null);
  }

  /**
   * This deadline, to be explained by {@code by} when its explanation is first read; called by the
   * engine once the evaluators are done, before the report is handed out.
   */
  Deadline explainedBy(Explainer by) {
    this.explainer = by;
    return this;
  }

  /** {@return what kind of deadline this is} */
  @JsonProperty("kind")
  public DeadlineKind kind() {
    return kind;
  }

  /**
   * The course (forløb) the deadline belongs to, 1 for the first: a new request after a course has
   * ended or been refused opens the next. Complaint limits and reconsiderations belong to the
   * course in which the decision was received; follow-ups to the course whose end triggers them.
   *
   * @return the course's number, 1 or more
   */
  @JsonProperty("course")
  public int course() {
    return course;
  }

  /** {@return the catalogue ID of the rule whose reading decided the deadline} */
  @JsonProperty("rule")
  public String rule() {
    return rule;
  }

  /** {@return the provision in force on {@link #startedBy()}'s date, as a Danish citation; empty where none applies} */
  @JsonProperty("legalBasis")
  public Optional<String> legalBasis() {
    return Optional.ofNullable(legalBasis);
  }

  /** {@return the date of the event that started the deadline; empty where that event has not happened} */
  @JsonProperty("startedBy")
  public Optional<LocalDate> startedBy() {
    return Optional.ofNullable(startedBy);
  }

  /** {@return when the deadline is due; empty where it has no date} */
  @JsonProperty("due")
  public Optional<LocalDate> due() {
    return Optional.ofNullable(due);
  }

  /**
   * The due date the municipality's standard, read alone, would give, where it differs from
   * {@link #due()} (ODS-G2: Odsherred's text counts from in-person attendance); empty where the
   * text agrees or says nothing of its own.
   *
   * @return the due date under the standard's text alone, or empty
   */
  @JsonProperty("standardDue")
  public Optional<LocalDate> standardDue() {
    return Optional.ofNullable(standardDue);
  }

  /** {@return the date of the event that closed the deadline; empty where none has} */
  @JsonProperty("closedBy")
  public Optional<LocalDate> closedBy() {
    return Optional.ofNullable(closedBy);
  }

  /** {@return where the deadline stands on the report date} */
  @JsonProperty("status")
  public Status status() {
    return status;
  }

  /**
   * One or two sentences in the language asked for, naming the rule; written when first read.
   *
   * @return the explanation, not null
   */
  @JsonProperty("explanation")
  public String explanation() {
    String written = explanation;
    if (written == null) {
      written = explainer.explain(this);
      explanation = written;
    }
    return written;
  }

  // For the engine and its explainer: the attributes as they are held, null where absent.

  String legalBasisOrNull() {
    return legalBasis;
  }

  LocalDate startedByOrNull() {
    return startedBy;
  }

  LocalDate dueOrNull() {
    return due;
  }

  LocalDate closedByOrNull() {
    return closedBy;
  }

  /** Why the deadline has its status, which selects the explanation. */
  Reason reason() {
    return reason;
  }

  /** The time allowed, for the explanation; null where none. */
  Span span() {
    return span;
  }

  /** A date ({@link LocalDate}) or the name of a body the reason names; null where none. */
  Object detail() {
    return detail;
  }

  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof Deadline that
        && kind == that.kind && course == that.course && rule.equals(that.rule)
        && Objects.equals(legalBasis, that.legalBasis) && Objects.equals(startedBy, that.startedBy)
        && Objects.equals(due, that.due) && Objects.equals(standardDue, that.standardDue)
        && Objects.equals(closedBy, that.closedBy) && status == that.status
        && explanation().equals(that.explanation());
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, course, rule, legalBasis, startedBy, due, standardDue, closedBy, status, explanation());
  }

  /** Shows every attribute that is present, and the explanation. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Deadline{kind=").append(kind).append(", course=").append(course)
        .append(", rule=").append(rule);
    appendIfPresent(text, "legalBasis", legalBasis);
    appendIfPresent(text, "startedBy", startedBy);
    appendIfPresent(text, "due", due);
    appendIfPresent(text, "standardDue", standardDue);
    appendIfPresent(text, "closedBy", closedBy);
    return text.append(", status=").append(status).append(", explanation=").append(explanation()).append('}').toString();
  }

  /** Appends {@code , name=value} to {@code text} where {@code value} is present; as the report's values show themselves. */
  static void appendIfPresent(StringBuilder text, String name, Object value) {
    if (value != null) {
      text.append(", ").append(name).append('=').append(value);
    }
  }
}
