package dk.kvalitetsstandard.standard;

import dk.kvalitetsstandard.law.Track;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Where a citizen turns: a place or body with its contact details and the citizens, ages and
 * offers it is for (routing: RIN-V1 routes by age, RAN-V1..V3 by offer and age).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableContactPoint.class)
@JsonDeserialize(as = ImmutableContactPoint.class)
public abstract class ContactPoint implements Sourced, AgeLimited {

  /** {@return the name of the place or body, as the seed gives it} */
  @NotBlank
  public abstract String name();

  /** {@return what the citizen turns to it for, in English} */
  @NotBlank
  public abstract String role();

  /** {@return the telephone number, as the seed writes it; empty if it gives none} */
  public abstract Optional<String> phone();

  /** {@return the e-mail address; empty if the seed gives none} */
  public abstract Optional<String> email();

  /** {@return the postal or visiting address, as the seed writes it; empty if it gives none} */
  public abstract Optional<String> address();

  /** {@return the web address; empty if the seed gives none} */
  public abstract Optional<String> web();

  @Override
  public abstract Optional<Integer> minAge();

  @Override
  public abstract Optional<Integer> maxAge();

  /** {@return the offer kinds it decides on or delivers; empty means every kind} */
  public abstract Set<OfferKind> offerKinds();

  /** {@return the tracks it serves; empty means every track of the standard} */
  public abstract Set<Track> tracks();

  /** {@return whether relatives may turn to it too; false unless set} */
  @Value.Default
  public boolean forRelatives() {
    return false;
  }

  /** {@return whether it is the place to apply for the offers it covers, rather than only to ask; true unless set} */
  @Value.Default
  public boolean applyHere() {
    return true;
  }

  /**
   * Checks whether a citizen applying for an offer is routed here: it takes applications, admits
   * the citizen's age, and covers the kind of offer.
   *
   * @param age the citizen's age in whole years
   * @param kind the kind of offer applied for, not null
   * @return true if the citizen is routed here
   */
  public boolean routes(int age, OfferKind kind) {
    return applyHere() && admitsAge(age) && (offerKinds().isEmpty() || offerKinds().contains(kind));
  }

  @Override
  @Valid
  public abstract Source source();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ContactPoint}. */
  public static class Builder extends ImmutableContactPoint.Builder {}
}
