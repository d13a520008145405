package dk.kvalitetsstandard.questions;

import dk.kvalitetsstandard.standard.FeeItem;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** One fee item: whether the citizen pays it (empty: depends on what is not given), the rule, and why. */
@Value.Immutable
@JsonSerialize(as = ImmutableFeeComponent.class)
@JsonDeserialize(as = ImmutableFeeComponent.class)
public abstract class FeeComponent {

  /** {@return the fee item} */
  public abstract FeeItem item();

  /** {@return whether the citizen pays the item; empty where it depends on what is not given} */
  public abstract Optional<Boolean> payable();

  /** {@return the catalogue ID of the rule that decides the item} */
  public abstract String rule();

  /** {@return why, in the language asked for} */
  public abstract String message();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FeeComponent}. */
  public static class Builder extends ImmutableFeeComponent.Builder {}
}
