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

  public abstract FeeItem item();

  public abstract Optional<Boolean> payable();

  public abstract String rule();

  public abstract String message();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FeeComponent}. */
  public static class Builder extends ImmutableFeeComponent.Builder {}
}
