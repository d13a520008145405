package dk.kvalitetsstandard.deadline;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.kvalitetsstandard.standard.DeadlineKind;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One deadline of a case: what it is, the rule that decided it and the provision in force when it
 * started, the event that started it, when it is due, the event that closed it, its status, and
 * an explanation a caseworker could paste into a letter.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDeadline.class)
@JsonDeserialize(as = ImmutableDeadline.class)
public abstract class Deadline {

  public abstract DeadlineKind kind();

  /**
   * The course (forløb) the deadline belongs to, 1 for the first: a new request after a course has
   * ended or been refused opens the next. Complaint limits and reconsiderations belong to the
   * course in which the decision was received; follow-ups to the course whose end triggers them.
   */
  @Value.Default
  public int course() {
    return 1;
  }

  /** The catalogue ID of the rule whose reading decided the deadline. */
  public abstract String rule();

  /** The provision in force on {@link #startedBy()}'s date, as a Danish citation; empty where none applies. */
  public abstract Optional<String> legalBasis();

  /** The date of the event that started it. */
  public abstract Optional<LocalDate> startedBy();

  /** When it is due; empty where it has no date. */
  public abstract Optional<LocalDate> due();

  /**
   * The due date the municipality's standard, read alone, would give, where it differs from
   * {@link #due()} (ODS-G2: Odsherred's text counts from in-person attendance); empty where the
   * text agrees or says nothing of its own.
   */
  public abstract Optional<LocalDate> standardDue();

  /** The date of the event that closed it. */
  public abstract Optional<LocalDate> closedBy();

  public abstract Status status();

  /**
   * One or two sentences in the language asked for, naming the rule; written when first read.
   *
   * @return the explanation
   */
  public String explanation() {
    return explanationText().toString();
  }

  /** The explanation, written when first read; {@code explanation} in JSON. */
  @JsonProperty("explanation")
  abstract LazyText explanationText();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Deadline}. */
  public static class Builder extends ImmutableDeadline.Builder {}
}
