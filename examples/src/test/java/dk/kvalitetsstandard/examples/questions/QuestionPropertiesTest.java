package dk.kvalitetsstandard.examples.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.conformance.Laws;
import dk.kvalitetsstandard.conformance.property.ForAll;
import dk.kvalitetsstandard.examples.property.LawTests;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.questions.Assessor;
import dk.kvalitetsstandard.questions.Eligibility;
import dk.kvalitetsstandard.questions.ScreenedOffer;
import dk.kvalitetsstandard.questions.ScreeningQuestion;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.Offer;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The laws of the four answers over 300 generated questions for each of the five standards, one
 * test per law and standard (see {@link dk.kvalitetsstandard.conformance.QuestionProperties}): a
 * refused free choice never waives the guarantee (NAT-G2), another character of treatment is always
 * refused (NAT-F1, NAT-F7), an unknown input never allows a choice or makes an offer eligible
 * (NAT-X1), gift cards never exceed the cap and never decrease with one more attendance (NAT-K1,
 * NAT-K2), outpatient and day treatment are free (NAT-E1). A failure names its seed and prints the
 * shrunk question for {@code standards-cli assess -}.
 */
class QuestionPropertiesTest {

  private static final StandardRegistry REGISTRY = StandardRegistry.defaultRegistry();
  private static final Assessor ASSESSOR = Assessor.of(REGISTRY);
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

  static Stream<QualityStandard> standards() {
    return REGISTRY.all().stream();
  }

  @TestFactory
  Stream<DynamicNode> questionLaws() {
    return LawTests.byStandard(Laws.of(REGISTRY).withSettings(ForAll.settings().tries(300)).questions());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("standards")
  @DisplayName("Screening lists exactly the standard's offers on the track, and answers survive JSON")
  void screeningListsEveryOffer(QualityStandard standard) {
    for (Track track : standard.tracks()) {
      var answer = ASSESSOR.screening(ScreeningQuestion.builder().municipality(standard.municipality().code())
          .asOf(AS_OF).track(track).build(), Locale.ENGLISH);
      assertEquals(standard.offersOn(track).stream().map(Offer::id).toList(),
          answer.offers().stream().map(ScreenedOffer::offer).toList());
      String json = dk.kvalitetsstandard.json.Json.mapper().writeValueAsString(answer);
      assertEquals(answer, dk.kvalitetsstandard.json.Json.mapper().readValue(json, answer.getClass()));
      assertTrue(answer.offers().stream().noneMatch(o -> o.eligibility() == Eligibility.ELIGIBLE
          && o.criteria().stream().anyMatch(c -> c.met().isEmpty())));
    }
  }
}
