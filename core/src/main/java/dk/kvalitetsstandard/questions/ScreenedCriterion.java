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

  public abstract String rule();

  public abstract String criterion();

  public abstract Optional<Boolean> met();

  /** Whether the criterion is left to a caseworker's discretion. */
  public abstract boolean discretionary();

  /** Whether the criterion is narrower than the law it implements; a caseworker should weigh it. */
  public abstract boolean narrowerThanLaw();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ScreenedCriterion}. */
  public static class Builder extends ImmutableScreenedCriterion.Builder {}
}
