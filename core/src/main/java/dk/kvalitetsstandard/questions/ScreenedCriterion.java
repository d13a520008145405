package dk.kvalitetsstandard.questions;

import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** One criterion of an offer as screened: its rule, its text, and whether the citizen meets it (empty: discretionary or unknown). */
@Value.Immutable
@JsonSerialize(as = ImmutableScreenedCriterion.class)
@JsonDeserialize(as = ImmutableScreenedCriterion.class)
public abstract class ScreenedCriterion {

  /** {@return the catalogue ID of the rule that states the criterion} */
  public abstract String rule();

  /** {@return the criterion's text, in the language asked for} */
  public abstract String criterion();

  /** {@return whether the citizen meets the criterion; empty where it is discretionary or its input unknown} */
  public abstract Optional<Boolean> met();

  /** {@return true if the criterion is left to a caseworker's discretion} */
  public abstract boolean discretionary();

  /** {@return true if the criterion is narrower than the law it implements; a caseworker should weigh it} */
  public abstract boolean narrowerThanLaw();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ScreenedCriterion}. */
  public static class Builder extends ImmutableScreenedCriterion.Builder {}
}
