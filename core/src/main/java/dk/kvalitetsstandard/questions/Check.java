package dk.kvalitetsstandard.questions;

import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** One criterion of a free choice: the rule, whether it is met (empty: cannot be decided from the input), and why. */
@Value.Immutable
@JsonSerialize(as = ImmutableCheck.class)
@JsonDeserialize(as = ImmutableCheck.class)
public abstract class Check {

  /** {@return the catalogue ID of the rule that states the criterion} */
  @Value.Parameter
  public abstract String rule();

  /** {@return whether the criterion is met; empty where it cannot be decided from the input} */
  @Value.Parameter
  public abstract Optional<Boolean> met();

  /** {@return why, in the language asked for} */
  @Value.Parameter
  public abstract String message();

  /**
   * Obtains a criterion's check.
   *
   * @param rule the catalogue ID of the rule that states the criterion, not null
   * @param met whether the criterion is met; null where it cannot be decided
   * @param message why, not null
   * @return the check, not null
   */
  public static Check of(String rule, Boolean met, String message) {
    return ImmutableCheck.of(rule, Optional.ofNullable(met), message);
  }
}
