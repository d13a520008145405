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

  /** {@return the contact point's name} */
  public abstract String name();

  /** {@return the contact point's phone number, if known} */
  public abstract Optional<String> phone();

  /** {@return the catalogue ID of the rule that routes the citizen there} */
  public abstract String rule();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Route}. */
  public static class Builder extends ImmutableRoute.Builder {}
}
