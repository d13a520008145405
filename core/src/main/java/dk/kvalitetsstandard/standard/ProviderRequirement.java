package dk.kvalitetsstandard.standard;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A requirement a standard sets for the providers it uses (RAN-R1, ODS-R1, GEN-U2).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProviderRequirement.class)
@JsonDeserialize(as = ImmutableProviderRequirement.class)
public abstract class ProviderRequirement implements Sourced {

  /** {@return the offer kinds whose providers the requirement binds; empty means every kind} */
  public abstract Set<OfferKind> offerKinds();

  /** {@return the requirement in English} */
  @NotBlank
  public abstract String text();

  @Override
  @Valid
  public abstract Source source();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProviderRequirement}. */
  public static class Builder extends ImmutableProviderRequirement.Builder {}
}
