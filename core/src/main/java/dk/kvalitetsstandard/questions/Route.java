package dk.kvalitetsstandard.questions;

import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** Where a citizen applies: the contact point's name, phone if known, and the rule that routes there. */
@Value.Immutable
@JsonSerialize(as = ImmutableRoute.class)
@JsonDeserialize(as = ImmutableRoute.class)
public abstract class Route {

  public abstract String name();

  public abstract Optional<String> phone();

  public abstract String rule();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Route}. */
  public static class Builder extends ImmutableRoute.Builder {}
}
