package dk.kvalitetsstandard.standard;

import dk.kvalitetsstandard.law.LegalReference;
import dk.kvalitetsstandard.law.Track;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A municipality's quality standard for social drug treatment (and, where it covers them, alcohol
 * and medical treatment): everything it promises, as data. Each element carries the rule ID and
 * seed quote it encodes. The national rules are not repeated here: they live once in
 * {@link dk.kvalitetsstandard.law.NationalRule}.
 *
 * <p>A standard is checked by {@link dk.kvalitetsstandard.validation.StandardValidator} when the
 * registry loads it. This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableQualityStandard.class)
@JsonDeserialize(as = ImmutableQualityStandard.class)
public abstract class QualityStandard {

  @Valid
  public abstract Municipality municipality();

  /** The title as the seed gives it. */
  @NotBlank
  public abstract String title();

  @Valid
  public abstract Adoption adoption();

  @Valid
  public abstract Validity validity();

  /** The tracks the standard covers; a case on another track is an error. */
  @NotEmpty(message = "covers no track")
  public abstract Set<Track> tracks();

  /** The provisions the seed cites as its legal basis, as written (some may be outdated). */
  public abstract List<@Valid LegalReference> citedLaw();

  @UniqueIds
  public abstract List<@Valid Offer> offers();

  public abstract List<@Valid ContactPoint> contactPoints();

  public abstract List<@Valid GuaranteeRule> guarantees();

  public abstract List<@Valid DeadlineRule> deadlines();

  public abstract List<@Valid PlanReviewRule> planReviews();

  public abstract List<@Valid FollowUpRule> followUps();

  public abstract List<@Valid FreeChoiceRule> freeChoice();

  public abstract List<@Valid FeeRule> fees();

  @UniqueIds
  public abstract List<@Valid GiftCardScheme> giftCards();

  public abstract List<@Valid ComplaintRoute> complaints();

  public abstract List<@Valid ProviderRequirement> providerRequirements();

  public abstract List<@Valid KeyFigure> keyFigures();

  /** Which of the fifteen required contents (NAT-Q1) the seed covers. */
  public abstract List<@Valid ContentCoverage> coverage();

  public abstract List<@Valid Statement> statements();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QualityStandard}. */
  public static class Builder extends ImmutableQualityStandard.Builder {}

  /** The offer with {@code id}, if any. */
  public Optional<Offer> offer(String id) {
    return offers().stream().filter(o -> o.id().equals(id)).findFirst();
  }

  /** The offers that serve {@code track}, in the standard's order. */
  public List<Offer> offersOn(Track track) {
    return offers().stream().filter(o -> o.tracks().contains(track)).toList();
  }

  /** Whether the standard covers {@code track}. */
  public boolean covers(Track track) {
    return tracks().contains(track);
  }

  /** Whether the standard is in force on {@code date} (a standard with no period always is). */
  public boolean isInForceOn(LocalDate date) {
    return validity().contains(date);
  }

  /**
   * The municipal rule a missing follow-up is named after: the standard's first rule on what happens
   * after treatment ends, or, where it has none, its metadata rule (the adoption's).
   */
  public String followUpRule() {
    return followUps().stream().findFirst().map(f -> f.source().rule()).orElse(adoption().source().rule());
  }

  /** Every element of the standard that carries a source, including criteria within offers and rules. */
  public Stream<Sourced> elements() {
    Stream<Sourced> top = Stream.of(
        Stream.of(adoption(), validity()), offers().stream(), contactPoints().stream(), guarantees().stream(),
        deadlines().stream(), planReviews().stream(), followUps().stream(), freeChoice().stream(), fees().stream(),
        giftCards().stream(), complaints().stream(), providerRequirements().stream(), keyFigures().stream(),
        statements().stream()).flatMap(s -> s);
    Stream<Sourced> nested = Stream.of(
        offers().stream().flatMap(o -> o.criteria().stream()),
        freeChoice().stream().flatMap(f -> Stream.concat(f.preconditions().stream(), f.openQuestions().stream())),
        guarantees().stream().flatMap(g -> Stream.concat(g.clockSource().stream(), g.minorsSource().stream())
            .map(s -> (Sourced) () -> s)),
        giftCards().stream().flatMap(g -> g.offersSource().stream().map(s -> (Sourced) () -> s))).flatMap(s -> s);
    return Stream.concat(top, nested);
  }

  /** Every rule ID the standard's elements carry, sorted. */
  public SortedSet<String> ruleIds() {
    return elements().map(e -> e.source().rule()).collect(Collectors.toCollection(TreeSet::new));
  }

  @AssertTrue(message = "has an offer on a track the standard does not cover")
  boolean offersOnCoveredTracks() {
    return offers().stream().allMatch(o -> tracks().containsAll(o.tracks()));
  }

  @Override
  public String toString() {
    return "QualityStandard[" + municipality() + ", " + title() + ", " + validity() + "]";
  }
}
