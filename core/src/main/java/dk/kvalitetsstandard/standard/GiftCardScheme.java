package dk.kvalitetsstandard.standard;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.util.Optional;
import java.util.Set;
import com.fasterxml.jackson.annotation.JsonIgnore;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A gift-card scheme (SEL § 101, stk. 9-11; NAT-K1): the offers and ages it is for, which
 * sessions count, how many attendances earn a card, what a card is worth and the cap. Every figure
 * the seed does not state is empty, never guessed (ODS-O4 names a scheme and nothing more).
 * Gift cards are never deducted from benefits (NAT-K2).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGiftCardScheme.class)
@JsonDeserialize(as = ImmutableGiftCardScheme.class)
public abstract class GiftCardScheme implements Sourced, AgeLimited, Identified {

  @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "is not a scheme ID of lower-case words joined by hyphens")
  @Override
  public abstract String id();

  /** The offer kinds whose sessions can earn cards. */
  public abstract Set<OfferKind> offerKinds();

  @Override
  public abstract Optional<Integer> minAge();

  @Override
  public abstract Optional<Integer> maxAge();

  /** Only the first this many sessions of a course count, if limited. */
  public abstract Optional<@Positive Integer> countedSessions();

  /** Attendances needed for one card. */
  public abstract Optional<@Positive Integer> attendancesPerCard();

  /** A card's value in DKK. */
  public abstract Optional<@Positive Integer> cardValueDkk();

  /** The most cards a course can earn. */
  public abstract Optional<@Positive Integer> maxCards();

  /** Whether a no-show without notice forfeits its session's card, where stated. */
  public abstract Optional<Boolean> noShowForfeits();

  /** Whether sessions of the follow-up treatment earn cards. */
  @Value.Default
  public boolean followUpEarns() {
    return false;
  }

  /** The rule that limits the scheme to its offers, where another rule than the scheme's own does (RAN-K1). */
  public abstract Optional<@Valid Source> offersSource();

  /** The rule behind the offers the scheme covers. */
  public Source offersRule() {
    return offersSource().orElse(source());
  }

  /** Whether the seed states enough to compute cards: attendances per card and a card's value. */
  @JsonIgnore
  public boolean isComputable() {
    return attendancesPerCard().isPresent() && cardValueDkk().isPresent();
  }

  @Override
  @Valid
  public abstract Source source();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GiftCardScheme}. */
  public static class Builder extends ImmutableGiftCardScheme.Builder {}
}
