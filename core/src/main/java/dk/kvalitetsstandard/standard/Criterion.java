package dk.kvalitetsstandard.standard;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import com.fasterxml.jackson.annotation.JsonIgnore;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A condition an offer or a free choice sets, as data: either decidable from a
 * {@link CitizenFact} and the value it must have, or left to a caseworker's discretion (skøn).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCriterion.class)
@JsonDeserialize(as = ImmutableCriterion.class)
public abstract class Criterion implements Sourced {

  /** The criterion in plain English. */
  @NotBlank
  public abstract String text();

  /** The fact it is decided on; empty for a discretionary criterion. */
  public abstract Optional<CitizenFact> fact();

  /** The value the fact must have; present exactly when {@link #fact()} is. */
  public abstract Optional<Boolean> requiredValue();

  /**
   * Whether the criterion is narrower than the law it implements: an anonymous-treatment criterion
   * stricter than SEL § 101 a, stk. 1 (where a standard falls below the law). Screening flags it for a caseworker.
   */
  @Value.Default
  public boolean narrowerThanLaw() {
    return false;
  }

  /**
   * The oldest age the criterion binds, where it binds only the young (JAM-O10: a parent's consent
   * under 18); empty when it binds every age.
   */
  public abstract Optional<Integer> appliesUpToAge();

  @Override
  @Valid
  public abstract Source source();

  /** Whether the criterion binds a citizen of {@code age} (unknown: it may). */
  public boolean bindsAge(Optional<Integer> age) {
    return appliesUpToAge().isEmpty() || age.isEmpty() || age.get() <= appliesUpToAge().get();
  }

  /** This criterion, binding only citizens of at most {@code age}. */
  public Criterion onlyUpToAge(int age) {
    return ImmutableCriterion.builder().from(this).appliesUpToAge(age).build();
  }

  /** Whether the criterion is left to a caseworker rather than decided from a fact. */
  @JsonIgnore
  public boolean isDiscretionary() {
    return fact().isEmpty();
  }

  /** A criterion met when {@code fact} has {@code value}. */
  public static Criterion requires(CitizenFact fact, boolean value, String text, Source source) {
    return ImmutableCriterion.builder().fact(fact).requiredValue(value).text(text).source(source).build();
  }

  /** A criterion left to a caseworker's discretion. */
  public static Criterion discretionary(String text, Source source) {
    return ImmutableCriterion.builder().text(text).source(source).build();
  }

  /** This criterion, marked as narrower than the law it implements. */
  public Criterion narrowerThanTheLaw() {
    return ImmutableCriterion.builder().from(this).narrowerThanLaw(true).build();
  }

  @AssertTrue(message = "names a fact without the value it must have, or a value without a fact")
  boolean factAndValueTogether() {
    return fact().isPresent() == requiredValue().isPresent();
  }
}
