package dk.kvalitetsstandard.cases;

import dk.kvalitetsstandard.law.ContactChannel;
import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One event of a case: its type, its date, and the field its type needs. Which
 * fields a type needs is checked by {@link CaseValidator}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCaseEvent.class)
@JsonDeserialize(as = ImmutableCaseEvent.class)
public abstract class CaseEvent {

  public abstract EventType type();

  public abstract LocalDate date();

  /** For {@link EventType#CONTACT}. */
  public abstract Optional<ContactChannel> channel();

  /** For {@link EventType#TREATMENT_START}: an offer kind or the municipality's offer ID. */
  public abstract Optional<String> offer();

  /** For {@link EventType#TREATMENT_END}. */
  public abstract Optional<EndStatus> status();

  /** For {@link EventType#UNDER18_GUARANTEE_DECISION}. */
  public abstract Optional<Boolean> granted();

  /** For {@link EventType#DECISION_RECEIVED}. */
  public abstract Optional<ComplaintSubject> subject();

  /** For {@link EventType#DECISION_RECEIVED}. */
  public abstract Optional<Outcome> outcome();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CaseEvent}. */
  public static class Builder extends ImmutableCaseEvent.Builder {}

  /** An event that needs no field besides its date. */
  public static CaseEvent of(EventType type, LocalDate date) {
    return builder().type(type).date(date).build();
  }

  /** The citizen asks for treatment. */
  public static CaseEvent contact(LocalDate date, ContactChannel channel) {
    return builder().type(EventType.CONTACT).date(date).channel(channel).build();
  }

  /** Treatment started in {@code offer} (an offer kind or the municipality's offer ID). */
  public static CaseEvent treatmentStart(LocalDate date, String offer) {
    return builder().type(EventType.TREATMENT_START).date(date).offer(offer).build();
  }

  /** Treatment ended with {@code status}. */
  public static CaseEvent treatmentEnd(LocalDate date, EndStatus status) {
    return builder().type(EventType.TREATMENT_END).date(date).status(status).build();
  }

  /** The citizen received a decision. */
  public static CaseEvent decision(LocalDate date, ComplaintSubject subject, Outcome outcome) {
    return builder().type(EventType.DECISION_RECEIVED).date(date).subject(subject).outcome(outcome).build();
  }

  /** The authority decided whether the guarantee applies to a minor. */
  public static CaseEvent under18Decision(LocalDate date, boolean granted) {
    return builder().type(EventType.UNDER18_GUARANTEE_DECISION).date(date).granted(granted).build();
  }

  @Override
  public String toString() {
    return type() + "@" + date() + channel().map(c -> " " + c).orElse("") + offer().map(o -> " " + o).orElse("")
        + status().map(s -> " " + s).orElse("") + granted().map(g -> " granted=" + g).orElse("")
        + subject().map(s -> " " + s).orElse("") + outcome().map(o -> " " + o).orElse("");
  }
}
