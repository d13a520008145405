package dk.kvalitetsstandard.questions;

import dk.kvalitetsstandard.standard.CitizenFact;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What a question says about the citizen; every field optional, and unknown when absent (never
 * read as false). Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProfile.class)
@JsonDeserialize(as = ImmutableProfile.class)
public abstract class Profile {

  /** {@return the citizen's age in years, if given} */
  public abstract Optional<Integer> age();

  /** {@return whether the citizen supports themself, if given} */
  public abstract Optional<Boolean> selfSupporting();

  /** {@return whether the citizen has a home of their own to live in during treatment, if given} */
  public abstract Optional<Boolean> hasOwnHome();

  /** {@return whether the citizen asks for substitution treatment, if given} */
  public abstract Optional<Boolean> wantsSubstitution();

  /** {@return whether the citizen has a mental illness that needs treatment, if given} */
  public abstract Optional<Boolean> mentalIllnessNeedingTreatment();

  /** {@return whether the citizen has social problems other than the use of substances (NAT-A1), if given} */
  public abstract Optional<Boolean> otherSocialProblems();

  /** {@return whether the citizen has psychological problems, if given} */
  public abstract Optional<Boolean> psychologicalProblems();

  /** {@return whether the citizen needs medicine, if given} */
  public abstract Optional<Boolean> needsMedicine();

  /** {@return whether a citizen under 18 has the consent of a parent or guardian, if given} */
  public abstract Optional<Boolean> parentalConsent();

  /** {@return whether the citizen is pregnant, if given} */
  public abstract Optional<Boolean> pregnant();

  /** {@return whether the citizen has children under 18 whom they live with or see, if given} */
  public abstract Optional<Boolean> childrenUnder18();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Profile}. */
  public static class Builder extends ImmutableProfile.Builder {}

  /** {@return a profile of a citizen of whom nothing is known} */
  public static Profile unknown() {
    return builder().build();
  }

  /**
   * Returns the value of a fact about the citizen.
   *
   * @param fact the fact, not null
   * @return the fact's value; empty where it is not given
   */
  public Optional<Boolean> fact(CitizenFact fact) {
    return switch (fact) {
      case SELF_SUPPORTING -> selfSupporting();
      case HAS_OWN_HOME -> hasOwnHome();
      case WANTS_SUBSTITUTION -> wantsSubstitution();
      case MENTAL_ILLNESS_NEEDING_TREATMENT -> mentalIllnessNeedingTreatment();
      case OTHER_SOCIAL_PROBLEMS -> otherSocialProblems();
      case PSYCHOLOGICAL_PROBLEMS -> psychologicalProblems();
      case NEEDS_MEDICINE -> needsMedicine();
      case PARENTAL_CONSENT -> parentalConsent();
      case PREGNANT -> pregnant();
      case CHILDREN_UNDER_18 -> childrenUnder18();
    };
  }
}
