package dk.kvalitetsstandard.cases;

import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What a case says about the citizen; every field is optional and unknown when absent. The
 * identifiers {@link #cpr()} and {@link #name()} are never shown by {@link #toString()}, and an
 * anonymous case (SEL § 101 a) may carry neither (NAT-A6).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCitizen.class)
@JsonDeserialize(as = ImmutableCitizen.class)
public abstract class Citizen {

  /** Age in whole years at first contact. */
  public abstract Optional<Integer> age();

  public abstract Optional<Boolean> childrenUnder18();

  public abstract Optional<Boolean> pregnant();

  public abstract Optional<Boolean> hasOwnHome();

  /** The CPR number, identifying the citizen. */
  public abstract Optional<Cpr> cpr();

  /** The citizen's name, identifying the citizen. */
  public abstract Optional<String> name();

  /** A citizen of whom nothing is known. */
  public static Citizen unknown() {
    return builder().build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Citizen}. */
  public static class Builder extends ImmutableCitizen.Builder {}

  /** Whether the case identifies the citizen. */
  public boolean isIdentified() {
    return cpr().isPresent() || name().isPresent();
  }

  /** Whether the citizen is known to be under 18. */
  public boolean isMinor() {
    return age().map(a -> a < 18).orElse(false);
  }

  /** Shows what is known, never the identifiers themselves. */
  @Override
  public String toString() {
    return "Citizen[age=" + age().map(String::valueOf).orElse("?") + (isIdentified() ? ", identified" : "") + "]";
  }
}
