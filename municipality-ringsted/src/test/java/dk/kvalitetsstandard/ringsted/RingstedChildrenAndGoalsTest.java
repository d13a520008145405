package dk.kvalitetsstandard.ringsted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.standard.Bound;
import dk.kvalitetsstandard.standard.KeyFigure;
import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.standard.Statement;
import dk.kvalitetsstandard.standard.Topic;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** RIN-S1, RIN-S2, RIN-Q1, RIN-Q2: children and special groups, and the goals for 2018. */
class RingstedChildrenAndGoalsTest {

  private final QualityStandard standard = new RingstedStandardProvider().standard();

  private List<Statement> statementsOf(String rule) {
    return standard.statements().stream().filter(s -> s.source().rule().equals(rule)).toList();
  }

  private KeyFigure figure(String rule) {
    return standard.keyFigures().stream().filter(k -> k.source().rule().equals(rule)).findFirst().orElseThrow();
  }

  @Test
  @DisplayName("RIN-S1 family circumstances are assessed systematically; with children under 18 Børnecenter and Ungeenheden are involved")
  void familyAssessed() {
    List<Statement> family = statementsOf("RIN-S1");
    assertTrue(family.stream().allMatch(s -> s.topic() == Topic.CHILDREN_AND_FAMILY));
    assertTrue(family.stream().anyMatch(s -> s.source().quote().contains("familieforhold systematisk")
        && s.source().quote().contains("Børnecenter og Ungeenheden")));
  }

  @Test
  @DisplayName("RIN-S1 notification by mail to underretning@ringsted.dk, read within 24 hours")
  void notificationReadWithin24Hours() {
    assertTrue(statementsOf("RIN-S1").stream().anyMatch(s -> s.text().contains("underretning@ringsted.dk")
        && s.text().contains("24 hours") && s.source().quote().contains("inden for 24 timer")));
  }

  @Test
  @DisplayName("RIN-S2 pregnant drug users are advised under the retention act")
  void pregnant() {
    Statement pregnant = statementsOf("RIN-S2").get(0);
    assertEquals(Topic.SPECIAL_GROUPS, pregnant.topic());
    assertTrue(pregnant.source().quote().contains("lov om tilbageholdelse"));
  }

  @Test
  @DisplayName("RIN-Q1 goal for 2018: 41 % drug-free or with reduced use after treatment")
  void drugFreeOrReduced() {
    KeyFigure figure = figure("RIN-Q1");
    assertEquals(41, figure.percent());
    assertEquals(Bound.AT_LEAST, figure.bound());
    assertEquals(2018, figure.year().orElseThrow());
  }

  @Test
  @DisplayName("RIN-Q2 goal for 2018: 35 % of those who relapse are back in treatment within 4 months")
  void backInTreatment() {
    KeyFigure figure = figure("RIN-Q2");
    assertEquals(35, figure.percent());
    assertEquals(Bound.AT_LEAST, figure.bound());
    assertEquals(2018, figure.year().orElseThrow());
    assertTrue(figure.measure().contains("4 months"));
    assertEquals(2, standard.keyFigures().size());
  }
}
