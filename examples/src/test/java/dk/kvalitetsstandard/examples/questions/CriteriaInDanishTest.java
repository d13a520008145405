package dk.kvalitetsstandard.examples.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.questions.CriterionText;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.Criterion;
import dk.kvalitetsstandard.standard.Offer;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The standards state their criteria, preconditions and open questions in English; a Danish answer
 * shows the Danish form the library keeps for each. A criterion added or reworded in a standard
 * without its Danish form fails here, rather than showing the seed's bare quote to a caseworker.
 */
class CriteriaInDanishTest {

  private static final Locale DA = Locale.forLanguageTag("da");

  private static Stream<Criterion> criteria(QualityStandard standard) {
    return Stream.concat(standard.offers().stream().map(Offer::criteria).flatMap(List::stream),
        standard.freeChoice().stream().flatMap(f -> Stream.concat(f.preconditions().stream(), f.openQuestions().stream())));
  }

  @Test
  @DisplayName("Every criterion, precondition and open question of the five standards has its Danish form")
  void everyCriterionHasADanishForm() {
    List<String> missing = new ArrayList<>();
    int count = 0;
    for (QualityStandard standard : StandardRegistry.defaultRegistry().all()) {
      for (Criterion c : criteria(standard).toList()) {
        count++;
        if (CriterionText.danish(c).isEmpty()) {
          missing.add(CriterionText.key(c) + " (" + c.text() + ")");
        }
      }
    }
    assertTrue(count > 40, "the standards' criteria are found: " + count);
    assertEquals(List.of(), missing, "criteria without a Danish form in questions/Criteria_da.properties");
  }

  @Test
  @DisplayName("GEN-O3 A criterion in Danish is the caseworker's Danish, in English the standard's own text")
  void inEachLanguage() {
    Criterion selfSupporting = StandardRegistry.defaultRegistry().find("gentofte", java.time.LocalDate.of(2026, 3, 1))
        .standard().offer("anonymous-outpatient").orElseThrow().criteria().stream()
        .filter(c -> c.fact().isPresent() && c.fact().get().name().equals("SELF_SUPPORTING")).findFirst().orElseThrow();
    assertEquals(selfSupporting.text(), CriterionText.of(selfSupporting, Locale.ENGLISH));
    assertTrue(CriterionText.of(selfSupporting, DA).startsWith("Er selvforsørgende"), CriterionText.of(selfSupporting, DA));
  }

  @Test
  @DisplayName("A criterion the bundle does not know is shown in the seed's Danish words, never in English")
  void unknownCriterionShowsTheSeed() {
    Criterion unknown = Criterion.discretionary("Some criterion no standard states",
        dk.kvalitetsstandard.standard.Source.of("TST-O1", "har et særligt behov"));
    assertEquals("Har et særligt behov", CriterionText.of(unknown, DA));
  }
}
