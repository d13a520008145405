package dk.kvalitetsstandard.questions;

import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The answer to a gift-card question. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableGiftCardsAnswer.class)
@JsonDeserialize(as = ImmutableGiftCardsAnswer.class)
public abstract non-sealed class GiftCardsAnswer implements Answer {

  @Override
  public abstract String municipality();

  /** {@return the scheme's ID; empty where the standard has no scheme for the offer} */
  public abstract Optional<String> scheme();

  /** {@return the number of cards earned; empty where the standard does not say how they are earned} */
  public abstract Optional<Integer> cards();

  /** {@return the cards' total value in DKK; empty where the standard does not state the figures} */
  public abstract Optional<Integer> amountDkk();

  /** {@return the value of one card in DKK, where the scheme states it} */
  public abstract Optional<Integer> perCardDkk();

  /** {@return always false: gift cards are never deducted from benefits (NAT-K2)} */
  @Value.Default
  public boolean deductibleFromBenefits() {
    return false;
  }

  /** {@return the catalogue ID of the rule that decided the answer} */
  public abstract String rule();

  /** {@return the provision gift cards are given under, as a Danish citation} */
  public abstract String legalBasis();

  /** {@return the answer in a sentence, in the language asked for} */
  public abstract String message();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GiftCardsAnswer}. */
  public static class Builder extends ImmutableGiftCardsAnswer.Builder {}
}
