package dk.kvalitetsstandard.examples.schema;

import dk.kvalitetsstandard.schema.FormatSchema;

/** Where in the answer schema each kind of question's answer is defined. */
final class Answers {

  private Answers() {}

  /** The location of the answer to a question of {@code kind} (FREE_CHOICE, SCREENING, FEES, GIFT_CARDS). */
  static String of(String kind) {
    String definition = switch (kind) {
      case "FREE_CHOICE" -> "freeChoiceAnswer";
      case "SCREENING" -> "screeningAnswer";
      case "FEES" -> "feesAnswer";
      case "GIFT_CARDS" -> "giftCardsAnswer";
      default -> throw new IllegalArgumentException("no question " + kind);
    };
    return FormatSchema.ANSWER.id() + "#/$defs/" + definition;
  }
}
