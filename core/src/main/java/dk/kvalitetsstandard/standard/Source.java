package dk.kvalitetsstandard.standard;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Where an element of a standard comes from: the catalogue rule ID it encodes, a short quote of
 * the seed text (Danish, as written), and an optional reading note (for example that the seed
 * marks the text as a pending change).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSource.class)
@JsonDeserialize(as = ImmutableSource.class)
public abstract class Source {

  /** The pattern every rule ID follows: a three-letter prefix, a topic and a number ({@code RAN-O1}). */
  public static final String RULE_ID_PATTERN = "[A-Z]{3}-[A-Z]+[0-9]+";

  /** {@return the catalogue rule ID, for example {@code ODS-G2}; it matches {@link #RULE_ID_PATTERN} in a valid source} */
  @NotBlank(message = "{source.no-rule}")
  @Pattern(regexp = RULE_ID_PATTERN, message = "{source.rule-id}")
  public abstract String rule();

  /** {@return a short quote of the seed, in Danish as written} */
  @NotBlank(message = "{source.no-quote}")
  public abstract String quote();

  /** {@return a note on how the quote was read; empty if there is none} */
  public abstract Optional<String> note();

  /**
   * Obtains a source with a rule ID and a quote, without a note.
   *
   * @param rule the catalogue rule ID, for example {@code ODS-G2}; not null
   * @param quote a short quote of the seed, in Danish as written; not null
   * @return the source
   * @throws NullPointerException if an argument is null
   */
  public static Source of(String rule, String quote) {
    return ImmutableSource.builder().rule(rule).quote(quote).build();
  }

  /**
   * Returns a copy of this source with a reading note.
   *
   * @param note how the quote was read, in English; not null
   * @return this source with {@code note}, replacing any note it had
   * @throws NullPointerException if {@code note} is null
   */
  public Source withNote(String note) {
    return ImmutableSource.builder().from(this).note(note).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Source}. */
  public static class Builder extends ImmutableSource.Builder {}
}
