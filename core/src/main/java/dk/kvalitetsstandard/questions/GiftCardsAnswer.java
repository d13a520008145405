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

  /** The scheme's ID; empty where the standard has no scheme for the offer. */
  public abstract Optional<String> scheme();

  /** Cards earned; empty where the standard does not say how they are earned. */
  public abstract Optional<Integer> cards();

  public abstract Optional<Integer> amountDkk();

  public abstract Optional<Integer> perCardDkk();

  /** Always false: gift cards are never deducted from benefits (NAT-K2). */
  @Value.Default
  public boolean deductibleFromBenefits() {
    return false;
  }

  public abstract String rule();

  public abstract String legalBasis();

  public abstract String message();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GiftCardsAnswer}. */
  public static class Builder extends ImmutableGiftCardsAnswer.Builder {}
}
