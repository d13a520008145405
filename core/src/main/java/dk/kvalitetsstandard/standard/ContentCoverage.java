package dk.kvalitetsstandard.standard;

import dk.kvalitetsstandard.law.RequiredContent;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One of the fifteen required contents of a standard (NAT-Q1) that the seed covers, with the rule
 * IDs that cover it. A content with no entry is missing from the seed.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableContentCoverage.class)
@JsonDeserialize(as = ImmutableContentCoverage.class)
public abstract class ContentCoverage {

  /** {@return the required content covered} */
  public abstract RequiredContent content();

  /** {@return the rule IDs of the standard that cover the content; not empty in a valid standard} */
  @NotEmpty(message = "{coverage.no-rule}")
  public abstract List<String> rules();

  /**
   * Obtains the coverage of a required content by some rules.
   *
   * @param content the required content, not null
   * @param rules the IDs of the rules that cover it; at least one for a valid coverage
   * @return {@code content} covered by {@code rules}
   */
  public static ContentCoverage of(RequiredContent content, String... rules) {
    return ImmutableContentCoverage.builder().content(content).addRules(rules).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ContentCoverage}. */
  public static class Builder extends ImmutableContentCoverage.Builder {}
}
