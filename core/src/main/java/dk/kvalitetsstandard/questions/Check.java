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

  @Value.Parameter
  public abstract String rule();

  @Value.Parameter
  public abstract Optional<Boolean> met();

  @Value.Parameter
  public abstract String message();

  /** A criterion; {@code met} null when it cannot be decided. */
  public static Check of(String rule, Boolean met, String message) {
    return ImmutableCheck.of(rule, Optional.ofNullable(met), message);
  }
}
