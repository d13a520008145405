package dk.kvalitetsstandard.standard;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dk.kvalitetsstandard.law.LegalReference;
import dk.kvalitetsstandard.law.Track;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * <p>A standard is checked against its constraints by {@link
 * dk.kvalitetsstandard.standard.internal.StandardValidator}: through the conformance kit when its module
 * is built, and by {@link dk.kvalitetsstandard.registry.StandardRegistry#of} for a standard made at
 * run time. This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableQualityStandard.class)
@JsonDeserialize(as = ImmutableQualityStandard.class)
public abstract class QualityStandard {

  /** {@return the municipality whose standard this is} */
  @Valid
  public abstract Municipality municipality();

  /** {@return the title as the seed gives it} */
  @NotBlank
  public abstract String title();

  /** {@return whether, when and by whom the standard was adopted} */
  @Valid
  public abstract Adoption adoption();

  /** {@return the period the standard is in force} */
  @Valid
  public abstract Validity validity();

  /** {@return the tracks the standard covers; not empty in a valid standard} A case on another track is an error. */
  @NotEmpty(message = "{standard.no-track}")
  public abstract Set<Track> tracks();

  /** {@return the provisions the seed cites as its legal basis, as written (some may be outdated)} */
  public abstract List<@Valid LegalReference> citedLaw();

  /** {@return the offers the standard describes, in its order; their IDs are unique in a valid standard} */
  @UniqueIds
  public abstract List<@Valid Offer> offers();

  /** {@return the places and bodies a citizen turns to, in the standard's order} */
  public abstract List<@Valid ContactPoint> contactPoints();

  /** {@return the standard's treatment guarantees, each for some tracks} */
  public abstract List<@Valid GuaranteeRule> guarantees();

  /** {@return the municipal time limits besides the guarantee and the follow-ups} */
  public abstract List<@Valid DeadlineRule> deadlines();

  /** {@return how the treatment plan is reviewed} */
  public abstract List<@Valid PlanReviewRule> planReviews();

  /** {@return what happens after treatment ends: follow-ups and relapse-prevention talks} */
  public abstract List<@Valid FollowUpRule> followUps();

  /** {@return the free-choice rules, each for some tracks} */
  public abstract List<@Valid FreeChoiceRule> freeChoice();

  /** {@return what a citizen pays, item by item} */
  public abstract List<@Valid FeeRule> fees();

  /** {@return the gift-card schemes; their IDs are unique in a valid standard} */
  @UniqueIds
  public abstract List<@Valid GiftCardScheme> giftCards();

  /** {@return where and how a citizen complains, by subject} */
  public abstract List<@Valid ComplaintRoute> complaints();

  /** {@return the requirements the standard sets for the providers it uses} */
  public abstract List<@Valid ProviderRequirement> providerRequirements();

  /** {@return the standard's key-figure targets} */
  public abstract List<@Valid KeyFigure> keyFigures();

  /** {@return which of the fifteen required contents (NAT-Q1) the seed covers, and by which rules} */
  public abstract List<@Valid ContentCoverage> coverage();

  /** {@return the rules of the standard that inform rather than compute} */
  public abstract List<@Valid Statement> statements();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QualityStandard}. */
  public static class Builder extends ImmutableQualityStandard.Builder {}

  /**
   * Finds an offer by its ID.
   *
   * @param id the offer's ID
   * @return the offer with {@code id}, or empty if the standard has none
   */
  public Optional<Offer> offer(String id) {
    for (Offer offer : offers()) {
      if (offer.id().equals(id)) {
        return Optional.of(offer);
      }
    }
    return Optional.empty();
  }

  /** The offer kinds by name, as a case's event or a question may name them. */
  private static final Map<String, OfferKind> OFFER_KINDS = Arrays.stream(OfferKind.values())
      .collect(Collectors.toUnmodifiableMap(OfferKind::name, kind -> kind));

  /**
   * Finds the kind of offer that a case event or a question names: an offer kind by its name
   * ({@code OUTPATIENT}), or the ID of one of this standard's offers.
   *
   * @param offer the offer as named, not null
   * @return the offer kind of that name, else the kind of this standard's offer with that ID; empty
   *     if neither exists
   */
  public Optional<OfferKind> offerKind(String offer) {
    return Optional.ofNullable(offerKinds().get(offer));
  }

  /** The kind of each name {@link #offerKind} takes: the offer kinds' names, then this standard's offer IDs; made once. */
  @Value.Lazy
  @JsonIgnore
  Map<String, OfferKind> offerKinds() {
    Map<String, OfferKind> kinds = new HashMap<>(OFFER_KINDS);
    for (Offer offer : offers()) {
      kinds.putIfAbsent(offer.id(), offer.kind());
    }
    return Collections.unmodifiableMap(kinds);
  }

  /**
   * Lists the offers that serve a track.
   *
   * @param track the track
   * @return the offers that serve {@code track}, in the standard's order; unmodifiable
   */
  public List<Offer> offersOn(Track track) {
    return offers().stream().filter(o -> o.tracks().contains(track)).toList();
  }

  /**
   * Checks whether the standard covers a track.
   *
   * @param track the track
   * @return true if {@code track} is among {@link #tracks()}
   */
  public boolean covers(Track track) {
    return tracks().contains(track);
  }

  /**
   * Checks whether the standard is in force on a date.
   *
   * @param date the date, not null
   * @return true if {@code date} lies in the standard's period; a standard with no period always is
   */
  public boolean isInForceOn(LocalDate date) {
    return validity().contains(date);
  }

  /**
   * {@return the ID of the municipal rule a missing follow-up is named after: the standard's first
   * rule on what happens after treatment ends, or, where it has none, its metadata rule (the
   * adoption's)}
   */
  public String followUpRule() {
    return followUps().stream().findFirst().map(f -> f.source().rule()).orElse(adoption().source().rule());
  }

  /**
   * Streams every element of the standard that carries a source. First the adoption, the validity,
   * and every offer, contact point, guarantee, deadline, plan review, follow-up rule, free-choice
   * rule, fee rule, gift-card scheme, complaint route, provider requirement, key figure and
   * statement; then the criteria of offers and the preconditions and open questions of free-choice
   * rules; then, each wrapped as a {@link Sourced} of its own, the separate sources of guarantees
   * (for the clock, minors, the offers not covered and the free-choice waiver) and the offers
   * sources of gift-card schemes.
   *
   * @return a new stream of the elements, in that order
   */
  public Stream<Sourced> elements() {
    Stream<Sourced> top = Stream.of(
        Stream.of(adoption(), validity()), offers().stream(), contactPoints().stream(), guarantees().stream(),
        deadlines().stream(), planReviews().stream(), followUps().stream(), freeChoice().stream(), fees().stream(),
        giftCards().stream(), complaints().stream(), providerRequirements().stream(), keyFigures().stream(),
        statements().stream()).flatMap(s -> s);
    Stream<Sourced> nested = Stream.of(
        offers().stream().flatMap(o -> o.criteria().stream()),
        freeChoice().stream().flatMap(f -> Stream.concat(f.preconditions().stream(), f.openQuestions().stream())),
        guarantees().stream().flatMap(g -> Stream.of(g.clockSource(), g.minorsSource(), g.notCoveringSource(),
                g.freeChoiceWaiver()).flatMap(Optional::stream)
            .map(s -> (Sourced) () -> s)),
        giftCards().stream().flatMap(g -> g.offersSource().stream().map(s -> (Sourced) () -> s))).flatMap(s -> s);
    return Stream.concat(top, nested);
  }

  /** {@return every rule ID the elements of {@link #elements()} carry, sorted; a new set on each call} */
  public SortedSet<String> ruleIds() {
    return elements().map(e -> e.source().rule()).collect(Collectors.toCollection(TreeSet::new));
  }

  @AssertTrue(message = "{standard.offer-track}")
  boolean offersOnCoveredTracks() {
    return offers().stream().allMatch(o -> tracks().containsAll(o.tracks()));
  }

  @Override
  public String toString() {
    return "QualityStandard[" + municipality() + ", " + title() + ", " + validity() + "]";
  }
}
