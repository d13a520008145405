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
 * One event of a case: its type, its date, and the fields its type needs. Each field below is
 * given for the types it names and for no other; that is checked when a case is read
 * ({@link CaseFileReader}) or reported on, not when the event is built.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCaseEvent.class)
@JsonDeserialize(as = ImmutableCaseEvent.class)
public abstract class CaseEvent {

  /** {@return what happened} */
  public abstract EventType type();

  /** {@return the day it happened} */
  public abstract LocalDate date();

  /**
   * {@return how the citizen made contact; given for {@link EventType#CONTACT} and for no other
   * type}
   */
  public abstract Optional<ContactChannel> channel();

  /**
   * {@return the offer treatment started in, as an offer kind ({@link
   * dk.kvalitetsstandard.standard.OfferKind}) by name or the ID of an offer of the municipality's
   * standard; given for {@link EventType#TREATMENT_START} and for no other type}
   */
  public abstract Optional<String> offer();

  /** {@return how treatment ended; given for {@link EventType#TREATMENT_END} and for no other type} */
  public abstract Optional<EndStatus> status();

  /**
   * {@return whether the guarantee was granted to the minor; given for {@link
   * EventType#UNDER18_GUARANTEE_DECISION} and for no other type}
   */
  public abstract Optional<Boolean> granted();

  /**
   * {@return what the decision was about; given for {@link EventType#DECISION_RECEIVED} and for no
   * other type}
   */
  public abstract Optional<ComplaintSubject> subject();

  /**
   * {@return the outcome of the decision; given for {@link EventType#DECISION_RECEIVED} and for no
   * other type}
   */
  public abstract Optional<Outcome> outcome();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CaseEvent}. */
  public static class Builder extends ImmutableCaseEvent.Builder {}

  /**
   * Obtains an event that carries no field besides its type and date.
   *
   * <p>Nothing here checks that {@code type} needs no further field; reading or reporting on the case
   * reports a type whose field is missing.
   *
   * @param type what happened, not null
   * @param date the day it happened, not null
   * @return the event, not null
   */
  public static CaseEvent of(EventType type, LocalDate date) {
    return builder().type(type).date(date).build();
  }

  /**
   * Obtains a {@link EventType#CONTACT} event: the citizen asks for treatment.
   *
   * @param date the day of the contact, not null
   * @param channel how the citizen made contact, not null
   * @return the event, not null
   */
  public static CaseEvent contact(LocalDate date, ContactChannel channel) {
    return builder().type(EventType.CONTACT).date(date).channel(channel).build();
  }

  /**
   * Obtains a {@link EventType#TREATMENT_START} event: treatment started in an offer.
   *
   * @param date the day treatment started, not null
   * @param offer an offer kind by name or the ID of an offer of the municipality's standard, not
   *     null; whether the standard knows it is checked when the case is read or reported on
   * @return the event, not null
   */
  public static CaseEvent treatmentStart(LocalDate date, String offer) {
    return builder().type(EventType.TREATMENT_START).date(date).offer(offer).build();
  }

  /**
   * Obtains a {@link EventType#TREATMENT_END} event: treatment ended.
   *
   * @param date the day treatment ended, not null
   * @param status how treatment ended, not null
   * @return the event, not null
   */
  public static CaseEvent treatmentEnd(LocalDate date, EndStatus status) {
    return builder().type(EventType.TREATMENT_END).date(date).status(status).build();
  }

  /**
   * Obtains a {@link EventType#DECISION_RECEIVED} event: the citizen received a decision.
   *
   * @param date the day the citizen received the decision, not null
   * @param subject what the decision was about, not null
   * @param outcome the outcome of the decision, not null
   * @return the event, not null
   */
  public static CaseEvent decision(LocalDate date, ComplaintSubject subject, Outcome outcome) {
    return builder().type(EventType.DECISION_RECEIVED).date(date).subject(subject).outcome(outcome).build();
  }

  /**
   * Obtains a {@link EventType#UNDER18_GUARANTEE_DECISION} event: the authority decided whether the
   * guarantee applies to a minor.
   *
   * @param date the day of the decision, not null
   * @param granted true if the guarantee was granted
   * @return the event, not null
   */
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
