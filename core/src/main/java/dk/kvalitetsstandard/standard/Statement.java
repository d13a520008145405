package dk.kvalitetsstandard.standard;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A rule of a standard that informs rather than computes: scope, target group, how to apply,
 * children and family, special groups, the citizen's responsibilities. Kept as data so that every
 * rule of the standard is represented and can be shown.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStatement.class)
@JsonDeserialize(as = ImmutableStatement.class)
public abstract class Statement implements Sourced {

  /** {@return what the statement is about} */
  public abstract Topic topic();

  /** {@return the rule in English} */
  @NotBlank
  public abstract String text();

  /**
   * Obtains a statement.
   *
   * @param topic what the statement is about, not null
   * @param text the rule in English, not null
   * @param source where the rule comes from, not null
   * @return a statement on {@code topic}
   * @throws NullPointerException if an argument is null
   */
  public static Statement of(Topic topic, String text, Source source) {
    return builder().topic(topic).text(text).source(source).build();
  }

  @Override
  @Valid
  public abstract Source source();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Statement}. */
  public static class Builder extends ImmutableStatement.Builder {}
}
