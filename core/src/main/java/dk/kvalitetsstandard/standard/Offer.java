package dk.kvalitetsstandard.standard;

import dk.kvalitetsstandard.law.Span;
import dk.kvalitetsstandard.law.Track;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An offer a standard describes, with what the seed says of it: kind and type, the tracks it
 * serves, how often, how long, in which format, for which ages, whether anonymous, and the criteria
 * for getting it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOffer.class)
@JsonDeserialize(as = ImmutableOffer.class)
public abstract class Offer implements Sourced, AgeLimited, Identified {

  /** {@return the offer's ID, unique within its standard: lower-case words joined by hyphens} */
  @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{offer.id}")
  @Override
  public abstract String id();

  /** {@return the offer's name as the seed gives it, in Danish} */
  @NotBlank
  public abstract String name();

  /** {@return what the offer is} */
  public abstract OfferType type();

  /**
   * {@return the kind the offer counts as for free choice, fees and case files; the type's usual
   * kind unless set}
   */
  @Value.Default
  public OfferKind kind() {
    return type().usualKind();
  }

  /** {@return the tracks the offer serves; not empty in a valid offer} */
  @NotEmpty(message = "{offer.no-track}")
  public abstract Set<Track> tracks();

  /** {@return a short English description of the offer; empty if there is none} */
  public abstract Optional<String> description();

  /** {@return the formats of the sessions: individual, group, couple or family; empty if the seed does not say} */
  public abstract Set<Format> formats();

  /** {@return how often sessions take place; empty if the seed does not say} */
  public abstract Optional<@Valid Frequency> frequency();

  /** {@return how many sessions a course has; empty if the seed does not say} */
  public abstract Optional<@Valid Span> sessions();

  /** {@return how long one session lasts; empty if the seed does not say} */
  public abstract Optional<@Valid Span> sessionLength();

  /** {@return how long a course lasts; empty if the seed does not say} */
  public abstract Optional<@Valid Span> duration();

  /** {@return how many take part in a group, in {@link dk.kvalitetsstandard.law.Unit#PARTICIPANTS}; empty if the seed does not say} */
  public abstract Optional<@Valid Span> groupSize();

  /** {@return the intensity level, where the standard grades outpatient treatment; otherwise empty} */
  public abstract Optional<Intensity> intensity();

  @Override
  public abstract Optional<Integer> minAge();

  @Override
  public abstract Optional<Integer> maxAge();

  /**
   * {@return whether the offer can be used anonymously; unless set, {@link Anonymity#ANONYMOUS} for
   * an offer of kind {@link OfferKind#ANONYMOUS_OUTPATIENT}, else {@link Anonymity#NOT_ANONYMOUS}}
   */
  @Value.Default
  public Anonymity anonymity() {
    return kind() == OfferKind.ANONYMOUS_OUTPATIENT ? Anonymity.ANONYMOUS : Anonymity.NOT_ANONYMOUS;
  }

  /** {@return whether relatives may use the offer too; false unless set} */
  @Value.Default
  public boolean forRelatives() {
    return false;
  }

  /** {@return whether the offer is bought from providers outside the municipality; false unless set} */
  @Value.Default
  public boolean external() {
    return false;
  }

  /** {@return the named providers that deliver the offer; empty if the seed names none} */
  public abstract List<String> providers();

  /** {@return the criteria for getting the offer, decidable and discretionary, in the seed's order} */
  public abstract List<@Valid Criterion> criteria();

  /** {@return the IDs of other offers of the same standard that this one can be combined with} */
  public abstract List<String> combinableWith();

  @Override
  @Valid
  public abstract Source source();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Offer}. */
  public static class Builder extends ImmutableOffer.Builder {}
}
