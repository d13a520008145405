package dk.kvalitetsstandard.standard;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
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

  /** {@return the criterion in plain English} */
  @NotBlank
  public abstract String text();

  /** {@return the fact the criterion is decided on; empty for a discretionary criterion} */
  public abstract Optional<CitizenFact> fact();

  /** {@return the value the fact must have for the criterion to be met; present exactly when {@link #fact()} is} */
  public abstract Optional<Boolean> requiredValue();

  /**
   * {@return whether the criterion is narrower than the law it implements: an anonymous-treatment
   * criterion stricter than SEL § 101 a, stk. 1, where a standard falls below the law; false unless
   * set} Screening flags such a criterion for a caseworker.
   */
  @Value.Default
  public boolean narrowerThanLaw() {
    return false;
  }

  /**
   * {@return the oldest age the criterion binds, where it binds only the young (JAM-O10: a parent's
   * consent under 18); empty when it binds every age}
   */
  public abstract Optional<Integer> appliesUpToAge();

  @Override
  @Valid
  public abstract Source source();

  /**
   * Checks whether the criterion binds a citizen of a given age.
   *
   * @param age the citizen's age in whole years, or empty when unknown; not null
   * @return true if the criterion binds every age, the age is unknown (it may bind), or the age is
   *     at most {@link #appliesUpToAge()}
   */
  public boolean bindsAge(Optional<Integer> age) {
    return appliesUpToAge().isEmpty() || age.isEmpty() || age.get() <= appliesUpToAge().get();
  }

  /**
   * Returns a copy of this criterion that binds only citizens up to a given age.
   *
   * @param age the oldest age bound, in whole years
   * @return this criterion, binding only citizens of at most {@code age}
   */
  public Criterion onlyUpToAge(int age) {
    return ImmutableCriterion.builder().from(this).appliesUpToAge(age).build();
  }

  /** {@return true if the criterion is left to a caseworker rather than decided from a fact} */
  @JsonIgnore
  public boolean isDiscretionary() {
    return fact().isEmpty();
  }

  /**
   * Obtains a criterion decided from a fact about the citizen.
   *
   * @param fact the fact the criterion is decided on, not null
   * @param value the value the fact must have for the criterion to be met
   * @param text the criterion in plain English, not null
   * @param source where the criterion comes from, not null
   * @return a criterion met when {@code fact} has {@code value}
   * @throws NullPointerException if an argument is null
   */
  public static Criterion requires(CitizenFact fact, boolean value, String text, Source source) {
    return ImmutableCriterion.builder().fact(fact).requiredValue(value).text(text).source(source).build();
  }

  /**
   * Obtains a criterion left to a caseworker's discretion.
   *
   * @param text the criterion in plain English, not null
   * @param source where the criterion comes from, not null
   * @return a discretionary criterion
   * @throws NullPointerException if an argument is null
   */
  public static Criterion discretionary(String text, Source source) {
    return ImmutableCriterion.builder().text(text).source(source).build();
  }

  /** {@return a copy of this criterion, marked as narrower than the law it implements} */
  public Criterion narrowerThanTheLaw() {
    return ImmutableCriterion.builder().from(this).narrowerThanLaw(true).build();
  }

  @AssertTrue(message = "{criterion.fact-and-value}")
  boolean factAndValueTogether() {
    return fact().isPresent() == requiredValue().isPresent();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Criterion}. */
  public static class Builder extends ImmutableCriterion.Builder {}
}
