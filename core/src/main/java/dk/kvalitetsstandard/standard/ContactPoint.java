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

  /** The name of the place or body, as the seed gives it. */
  @NotBlank
  public abstract String name();

  /** What the citizen turns to it for, in English. */
  @NotBlank
  public abstract String role();

  public abstract Optional<String> phone();

  public abstract Optional<String> email();

  public abstract Optional<String> address();

  public abstract Optional<String> web();

  @Override
  public abstract Optional<Integer> minAge();

  @Override
  public abstract Optional<Integer> maxAge();

  /** The offer kinds it decides on or delivers; empty means every kind. */
  public abstract Set<OfferKind> offerKinds();

  /** The tracks it serves; empty means every track of the standard. */
  public abstract Set<Track> tracks();

  /** Whether relatives may turn to it too. */
  @Value.Default
  public boolean forRelatives() {
    return false;
  }

  /** Whether it is the place to apply for the offers it covers (rather than only to ask). */
  @Value.Default
  public boolean applyHere() {
    return true;
  }

  /** Whether a citizen of {@code age} applying for {@code kind} is routed here. */
  public boolean routes(int age, OfferKind kind) {
    return applyHere() && admitsAge(age) && (offerKinds().isEmpty() || offerKinds().contains(kind));
  }

  @Override
  @Valid
  public abstract Source source();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ContactPoint}. */
  public static class Builder extends ImmutableContactPoint.Builder {}
}
