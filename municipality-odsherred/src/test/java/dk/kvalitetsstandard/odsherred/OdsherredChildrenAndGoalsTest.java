package dk.kvalitetsstandard.odsherred;

import static dk.kvalitetsstandard.odsherred.OdsherredRules.STANDARD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.law.Act;
import dk.kvalitetsstandard.law.LegalReference;
import dk.kvalitetsstandard.standard.Bound;
import dk.kvalitetsstandard.standard.KeyFigure;
import dk.kvalitetsstandard.standard.Offer;
import dk.kvalitetsstandard.standard.Statement;
import dk.kvalitetsstandard.standard.Topic;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Odsherred children, special groups and key-figure goals")
class OdsherredChildrenAndGoalsTest {

  private static KeyFigure figure(String rule) {
    return STANDARD.keyFigures().stream().filter(k -> k.source().rule().equals(rule)).findFirst().orElseThrow();
  }

  @Test
  @DisplayName("ODS-S1 children from 12 of parents who use substances are offered supportive conversations")
  void childrenFromTwelve() {
    Offer children = STANDARD.offer("children-support").orElseThrow();
    assertEquals(Optional.of(12), children.minAge());
    assertTrue(children.forRelatives());
    assertEquals("ODS-S1", children.source().rule());
    assertTrue(children.source().quote().contains("Børn ned til 12 år"));
  }

  @Test
  @DisplayName("ODS-S1 heightened duty to notify under SEL § 153 (as cited); notifications go to children's services")
  void notificationDuty() {
    Statement duty = STANDARD.statements().stream().filter(s -> s.topic() == Topic.CHILDREN_AND_FAMILY).findFirst()
        .orElseThrow();
    assertEquals("ODS-S1", duty.source().rule());
    assertTrue(duty.text().contains("Center for Børn, Unge og Familier"));
    assertTrue(STANDARD.citedLaw().contains(LegalReference.of(Act.SEL, "153")), "cited as written in the seed");
  }

  @Test
  @DisplayName("ODS-S1 pregnant citizens can be referred to the family outpatient clinic in Slagelse")
  void pregnant() {
    Statement pregnant = STANDARD.statements().stream().filter(s -> s.topic() == Topic.SPECIAL_GROUPS).findFirst()
        .orElseThrow();
    assertEquals("ODS-S1", pregnant.source().rule());
    assertTrue(pregnant.text().contains("Slagelse"));
  }

  @Test
  @DisplayName("ODS-Q1 at least 35 % of citizens in treatment are clean and/or sober after treatment; no year stated")
  void cleanOrSober() {
    KeyFigure q1 = figure("ODS-Q1");
    assertEquals(35, q1.percent());
    assertEquals(Bound.AT_LEAST, q1.bound());
    assertEquals(Optional.empty(), q1.year());
  }

  @Test
  @DisplayName("ODS-Q2 at least 35 % have reduced their use after treatment")
  void reducedUse() {
    KeyFigure q2 = figure("ODS-Q2");
    assertEquals(35, q2.percent());
    assertEquals(Bound.AT_LEAST, q2.bound());
    assertEquals(Optional.empty(), q2.year());
  }

  @Test
  @DisplayName("ODS-Q3 at most 30 % return to treatment within 12 months after it ended")
  void returnWithinTwelveMonths() {
    KeyFigure q3 = figure("ODS-Q3");
    assertEquals(30, q3.percent());
    assertEquals(Bound.AT_MOST, q3.bound());
    assertEquals(Optional.empty(), q3.year());
    assertEquals(3, STANDARD.keyFigures().size());
  }
}
