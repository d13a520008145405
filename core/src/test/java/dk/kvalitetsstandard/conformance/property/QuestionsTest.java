package dk.kvalitetsstandard.conformance.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.questions.FreeChoiceQuestion;
import dk.kvalitetsstandard.questions.GiftCardsQuestion;
import dk.kvalitetsstandard.questions.Question;
import dk.kvalitetsstandard.questions.QuestionReader;
import dk.kvalitetsstandard.questions.ScreeningQuestion;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.standard.SampleStandards;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QuestionsTest {

  private static final QualityStandard STANDARD = SampleStandards.complete();
  private static final QuestionReader READER = QuestionReader.with(StandardRegistry.of(List.of(() -> STANDARD)));

  private static <Q extends Question> void validRepeatableAndShown(Generator<Q> generator, String kind) {
    for (long seed = 0; seed < 100; seed++) {
      Q question = generator.generate(seed);
      assertEquals(question, generator.generate(seed), "seed " + seed);
      String shown = generator.show(question);
      assertTrue(shown.startsWith("{\n  \"question\" : \"" + kind), shown);
      assertEquals(question, READER.read(shown), "the shown question reads back as itself, seed " + seed);
      if (seed < 20) {
        for (Q smaller : generator.shrink(question)) {
          READER.read(generator.show(smaller));
          assertFalse(smaller.equals(question));
        }
      }
    }
  }

  @Test
  @DisplayName("Each of the four question generators makes valid questions that read back as shown, the same for the same seed")
  void fourKinds() {
    validRepeatableAndShown(Questions.freeChoice(STANDARD), "FREE_CHOICE");
    validRepeatableAndShown(Questions.screening(STANDARD), "SCREENING");
    validRepeatableAndShown(Questions.fees(STANDARD), "FEES");
    validRepeatableAndShown(Questions.giftCards(STANDARD), "GIFT_CARDS");
    validRepeatableAndShown(Questions.any(STANDARD), "");
  }

  @Test
  @DisplayName("NAT-X2 ages on either side of the gift-card scheme's limits occur, and unknown facts occur")
  void agesAndUnknowns() {
    Set<Integer> ages = new HashSet<>();
    boolean unknown = false;
    Generator<ScreeningQuestion> screening = Questions.screening(STANDARD);
    for (long seed = 0; seed < 500; seed++) {
      ScreeningQuestion q = screening.generate(seed);
      q.citizen().age().ifPresent(ages::add);
      unknown |= q.citizen().selfSupporting().isEmpty();
    }
    assertTrue(ages.containsAll(Set.of(14, 15, 16, 17, 18, 19, 24, 25, 26)), ages.toString());
    assertTrue(unknown);
    Generator<GiftCardsQuestion> cards = Questions.giftCards(STANDARD);
    Set<Integer> cardAges = new HashSet<>();
    for (long seed = 0; seed < 300; seed++) {
      cards.generate(seed).citizen().age().ifPresent(cardAges::add);
    }
    assertTrue(cardAges.containsAll(Set.of(15, 16, 24, 25)), "ages at the scheme's limits: " + cardAges);
  }

  @Test
  @DisplayName("A free-choice question shrinks towards no visitation, no medicine and unknown flags")
  void freeChoiceShrinks() {
    Generator<FreeChoiceQuestion> generator = Questions.freeChoice(STANDARD);
    FreeChoiceQuestion q = null;
    for (long seed = 0; q == null || q.visited().isEmpty() || q.chosen().isPublic().isEmpty(); seed++) {
      q = generator.generate(seed);
    }
    FreeChoiceQuestion found = q;
    assertTrue(generator.shrink(q).stream().anyMatch(s -> s.visited().isEmpty() && s.chosen().equals(found.chosen())));
    assertTrue(generator.shrink(q).stream().anyMatch(s -> s.chosen().isPublic().isEmpty()));
  }
}
