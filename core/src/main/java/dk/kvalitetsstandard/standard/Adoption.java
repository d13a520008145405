package dk.kvalitetsstandard.standard;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Whether and when a standard was adopted, and by whom. A draft or undated standard has no date:
 * the library never invents one (RAN-M1, GEN-M1).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAdoption.class)
@JsonDeserialize(as = ImmutableAdoption.class)
public abstract class Adoption implements Sourced {

  /** {@return whether the standard has been adopted, and whether the date is known} */
  public abstract AdoptionStatus status();

  /**
   * {@return the date of adoption; present exactly when {@link #status()} is {@link
   * AdoptionStatus#ADOPTED}}
   */
  public abstract Optional<LocalDate> date();

  /** {@return the body that adopted the standard, as the seed names it (for example byrådet); empty if not stated} */
  public abstract Optional<String> by();

  @AssertTrue(message = "{adoption.date}")
  boolean dateExactlyWhenAdopted() {
    return date().isPresent() == (status() == AdoptionStatus.ADOPTED);
  }

  @Override
  @Valid
  public abstract Source source();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Adoption}. */
  public static class Builder extends ImmutableAdoption.Builder {}
}
