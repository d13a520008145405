package dk.kvalitetsstandard.deadline;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Where the municipality's standard, applied to a case, gives the citizen less than the law: the
 * municipal rule that falls short and what the difference is here (where a standard falls below the law).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFinding.class)
@JsonDeserialize(as = ImmutableFinding.class)
public abstract class Finding {

  /** {@return the catalogue ID of the rule that falls short, for example {@code ODS-G2}} */
  @Value.Parameter
  public abstract String rule();

  /**
   * What the difference is, with dates, in the language asked for; written when first read.
   *
   * @return the message, not null
   */
  public String message() {
    return messageText().toString();
  }

  /** The message, written when first read; {@code message} in JSON. */
  @Value.Parameter
  @JsonProperty("message")
  abstract LazyText messageText();

  /**
   * Obtains a finding.
   *
   * @param rule the catalogue ID of the rule that falls short, not null
   * @param message what the difference is, not null
   * @return the finding, not null
   */
  public static Finding of(String rule, String message) {
    return ImmutableFinding.of(rule, LazyText.written(message));
  }

  /** Shows the rule and the message, as they read in JSON. */
  @Override
  public String toString() {
    return "Finding{rule=" + rule() + ", message=" + message() + "}";
  }
}
