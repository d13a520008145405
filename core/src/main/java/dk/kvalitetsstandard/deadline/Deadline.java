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

  /** {@return what kind of deadline this is} */
  public abstract DeadlineKind kind();

  /**
   * The course (forløb) the deadline belongs to, 1 for the first: a new request after a course has
   * ended or been refused opens the next. Complaint limits and reconsiderations belong to the
   * course in which the decision was received; follow-ups to the course whose end triggers them.
   *
   * @return the course's number, 1 or more
   */
  @Value.Default
  public int course() {
    return 1;
  }

  /** {@return the catalogue ID of the rule whose reading decided the deadline} */
  public abstract String rule();

  /** {@return the provision in force on {@link #startedBy()}'s date, as a Danish citation; empty where none applies} */
  public abstract Optional<String> legalBasis();

  /** {@return the date of the event that started the deadline; empty where that event has not happened} */
  public abstract Optional<LocalDate> startedBy();

  /** {@return when the deadline is due; empty where it has no date} */
  public abstract Optional<LocalDate> due();

  /**
   * The due date the municipality's standard, read alone, would give, where it differs from
   * {@link #due()} (ODS-G2: Odsherred's text counts from in-person attendance); empty where the
   * text agrees or says nothing of its own.
   *
   * @return the due date under the standard's text alone, or empty
   */
  public abstract Optional<LocalDate> standardDue();

  /** {@return the date of the event that closed the deadline; empty where none has} */
  public abstract Optional<LocalDate> closedBy();

  /** {@return where the deadline stands on the report date} */
  public abstract Status status();

  /**
   * One or two sentences in the language asked for, naming the rule; written when first read.
   *
   * @return the explanation, not null
   */
  public String explanation() {
    return explanationText().toString();
  }

  /** The explanation, written when first read; {@code explanation} in JSON. */
  @JsonProperty("explanation")
  abstract LazyText explanationText();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Deadline}. */
  public static class Builder extends ImmutableDeadline.Builder {}
}
