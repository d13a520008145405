package dk.kvalitetsstandard.conformance;

import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A standard checked against the law on a date: the NAT-Q1 checklist and the floor findings.
 *
 * <p>This class is immutable and thread-safe.
 */
/* Derived values are written for readers and ignored when read back. */
@com.fasterxml.jackson.annotation.JsonIgnoreProperties(value = {"covered"}, allowGetters = true)
@Value.Immutable
@JsonSerialize(as = ImmutableStandardCheck.class)
@JsonDeserialize(as = ImmutableStandardCheck.class)
public abstract class StandardCheck {

  /** {@return the slug of the standard's municipality} */
  public abstract String municipality();

  /** {@return the standard's title} */
  public abstract String title();

  /** {@return the date the check was made for} */
  public abstract LocalDate checkedOn();

  /** {@return the fifteen required contents in order, each covered or not} */
  public abstract List<ContentCheck> contents();

  /** {@return where the standard falls short of the law or is out of date; empty if nowhere} */
  public abstract List<FloorFinding> findings();

  /** {@return how many of the fifteen contents the standard covers} */
  @Value.Derived
  public int covered() {
    return (int) contents().stream().filter(ContentCheck::covered).count();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StandardCheck}. */
  public static class Builder extends ImmutableStandardCheck.Builder {}
}
