package dk.kvalitetsstandard.conformance;

import dk.kvalitetsstandard.law.RequiredContent;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One of the fifteen contents of NAT-Q1: whether the standard covers it, and with which rules.
 *
 * <p>This class is immutable and thread-safe.
 */
/* Derived values are written for readers and ignored when read back. */
@com.fasterxml.jackson.annotation.JsonIgnoreProperties(value = {"number", "covered"}, allowGetters = true)
@Value.Immutable
@JsonSerialize(as = ImmutableContentCheck.class)
@JsonDeserialize(as = ImmutableContentCheck.class)
public abstract class ContentCheck {

  /** {@return the required content} */
  public abstract RequiredContent content();

  /** {@return the number of the content in BEK nr. 1477 af 17/12/2019 § 4, stk. 1} */
  @Value.Derived
  public int number() {
    return content().number();
  }

  /** {@return the IDs of the standard's rules that cover the content; empty when the standard lacks it} */
  public abstract List<String> rules();

  /** {@return true if the standard covers the content, that is if some rule covers it} */
  @Value.Derived
  public boolean covered() {
    return !rules().isEmpty();
  }

  static ContentCheck of(RequiredContent content, List<String> rules) {
    return ImmutableContentCheck.builder().content(content).rules(rules).build();
  }
}
