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

  /** {@return the citizen's age in whole years at first contact; empty if unknown} */
  public abstract Optional<Integer> age();

  /** {@return whether the citizen has children under 18; empty if unknown} */
  public abstract Optional<Boolean> childrenUnder18();

  /** {@return whether the citizen is pregnant; empty if unknown} */
  public abstract Optional<Boolean> pregnant();

  /** {@return whether the citizen has a home of their own; empty if unknown} */
  public abstract Optional<Boolean> hasOwnHome();

  /** {@return the citizen's CPR number, which identifies the citizen; empty if not given} */
  public abstract Optional<Cpr> cpr();

  /** {@return the citizen's name, which identifies the citizen; empty if not given} */
  public abstract Optional<String> name();

  /** {@return a citizen of whom nothing is known} */
  public static Citizen unknown() {
    return builder().build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Citizen}. */
  public static class Builder extends ImmutableCitizen.Builder {}

  /** {@return true if the case identifies the citizen by CPR number or by name} */
  public boolean isIdentified() {
    return cpr().isPresent() || name().isPresent();
  }

  /** {@return true if the citizen's age is known and under 18} */
  public boolean isMinor() {
    Optional<Integer> age = age();
    return age.isPresent() && age.get() < 18;
  }

  /** Shows what is known, never the identifiers themselves. */
  @Override
  public String toString() {
    return "Citizen[age=" + age().map(String::valueOf).orElse("?") + (isIdentified() ? ", identified" : "") + "]";
  }
}
