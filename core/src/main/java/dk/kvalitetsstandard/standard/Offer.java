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

  /** The offer's ID within its standard: lower case words joined by hyphens. */
  @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "is not an offer ID of lower-case words joined by hyphens")
  @Override
  public abstract String id();

  /** The offer's name as the seed gives it (Danish). */
  @NotBlank
  public abstract String name();

  /** What the offer is. */
  public abstract OfferType type();

  /** The kind the offer counts as for free choice, fees and case files; the type's usual kind unless set. */
  @Value.Default
  public OfferKind kind() {
    return type().usualKind();
  }

  /** The tracks the offer serves. */
  @NotEmpty(message = "serves no track")
  public abstract Set<Track> tracks();

  /** A short English description of the offer. */
  public abstract Optional<String> description();

  /** Individual, group, couple or family sessions. */
  public abstract Set<Format> formats();

  /** How often sessions take place. */
  public abstract Optional<@Valid Frequency> frequency();

  /** How many sessions a course has. */
  public abstract Optional<@Valid Span> sessions();

  /** How long one session lasts. */
  public abstract Optional<@Valid Span> sessionLength();

  /** How long a course lasts. */
  public abstract Optional<@Valid Span> duration();

  /** How many take part in a group. */
  public abstract Optional<@Valid Span> groupSize();

  /** The intensity level, where the standard grades outpatient treatment. */
  public abstract Optional<Intensity> intensity();

  @Override
  public abstract Optional<Integer> minAge();

  @Override
  public abstract Optional<Integer> maxAge();

  /** Whether the offer can be used anonymously. */
  @Value.Default
  public Anonymity anonymity() {
    return kind() == OfferKind.ANONYMOUS_OUTPATIENT ? Anonymity.ANONYMOUS : Anonymity.NOT_ANONYMOUS;
  }

  /** Whether relatives may use the offer too. */
  @Value.Default
  public boolean forRelatives() {
    return false;
  }

  /** Whether the offer is bought from providers outside the municipality. */
  @Value.Default
  public boolean external() {
    return false;
  }

  /** Named providers that deliver the offer, if the seed names them. */
  public abstract List<String> providers();

  /** The criteria for getting the offer, decidable and discretionary. */
  public abstract List<@Valid Criterion> criteria();

  /** IDs of other offers of the same standard this one can be combined with. */
  public abstract List<String> combinableWith();

  @Override
  @Valid
  public abstract Source source();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Offer}. */
  public static class Builder extends ImmutableOffer.Builder {}
}
