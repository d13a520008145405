package dk.kvalitetsstandard.standard;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.util.Optional;
import java.util.Set;
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

  @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{gift-cards.id}")
  @Override
  public abstract String id();

  /** {@return the offer kinds whose sessions can earn cards} */
  public abstract Set<OfferKind> offerKinds();

  @Override
  public abstract Optional<Integer> minAge();

  @Override
  public abstract Optional<Integer> maxAge();

  /** {@return how many sessions of a course count, the first ones only; empty if not limited} */
  public abstract Optional<@Positive Integer> countedSessions();

  /** {@return the attendances needed for one card; empty if the seed does not state it} */
  public abstract Optional<@Positive Integer> attendancesPerCard();

  /** {@return a card's value in Danish kroner; empty if the seed does not state it} */
  public abstract Optional<@Positive Integer> cardValueDkk();

  /** {@return the most cards a course can earn; empty if the seed does not state it} */
  public abstract Optional<@Positive Integer> maxCards();

  /** {@return whether a no-show without notice forfeits its session's card; empty if the seed does not state it} */
  public abstract Optional<Boolean> noShowForfeits();

  /** {@return whether sessions of the follow-up treatment earn cards; false unless set} */
  @Value.Default
  public boolean followUpEarns() {
    return false;
  }

  /**
   * {@return the rule that limits the scheme to its offers, where another rule than the scheme's own
   * does (RAN-K1); otherwise empty}
   */
  public abstract Optional<@Valid Source> offersSource();

  /** {@return the rule behind the offers the scheme covers: {@link #offersSource()} if present, else the scheme's own} */
  public Source offersRule() {
    return offersSource().orElse(source());
  }

  /** {@return true if the seed states enough to compute cards: attendances per card and a card's value} */
  @JsonIgnore
  public boolean isComputable() {
    return attendancesPerCard().isPresent() && cardValueDkk().isPresent();
  }

  @Override
  @Valid
  public abstract Source source();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GiftCardScheme}. */
  public static class Builder extends ImmutableGiftCardScheme.Builder {}
}
