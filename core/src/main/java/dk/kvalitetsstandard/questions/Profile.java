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

  public abstract Optional<Integer> age();

  public abstract Optional<Boolean> selfSupporting();

  public abstract Optional<Boolean> hasOwnHome();

  public abstract Optional<Boolean> wantsSubstitution();

  public abstract Optional<Boolean> mentalIllnessNeedingTreatment();

  public abstract Optional<Boolean> otherSocialProblems();

  public abstract Optional<Boolean> psychologicalProblems();

  public abstract Optional<Boolean> needsMedicine();

  public abstract Optional<Boolean> parentalConsent();

  public abstract Optional<Boolean> pregnant();

  public abstract Optional<Boolean> childrenUnder18();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Profile}. */
  public static class Builder extends ImmutableProfile.Builder {}

  /** A citizen of whom nothing is known. */
  public static Profile unknown() {
    return builder().build();
  }

  /** The value of {@code fact}, if given. */
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
