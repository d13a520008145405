package dk.kvalitetsstandard.randers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.standard.CitizenFact;
import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.standard.Statement;
import dk.kvalitetsstandard.standard.Topic;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class RandersChildrenAndFamilyTest {

  private static final QualityStandard STANDARD = new RandersStandardProvider().standard();

  @Test
  @Tag("RAN-S1")
  @DisplayName("RAN-S1 asked about children under 18 at the start; notification duty; enrolled in the family effort")
  void childrenStatements() {
    List<Statement> children = STANDARD.statements().stream().filter(s -> s.source().rule().equals("RAN-S1"))
        .toList();
    assertEquals(3, children.size());
    assertTrue(children.stream().allMatch(s -> s.topic() == Topic.CHILDREN_AND_FAMILY));
    assertTrue(children.get(0).source().quote().contains("om du har børn under 18 år"));
    assertTrue(children.get(1).source().quote().contains("laver vi en underretning"));
    assertTrue(children.get(2).source().quote().contains("indskrive dig i familieindsatsen"));
  }

  @Test
  @Tag("RAN-S1")
  @DisplayName("RAN-S1 the family effort is the family-oriented offer, decided on children under 18")
  void familyEffortIsAnOffer() {
    var family = STANDARD.offer("family-oriented").orElseThrow();
    assertEquals(Optional.of(CitizenFact.CHILDREN_UNDER_18), family.criteria().get(0).fact());
    assertTrue(family.forRelatives());
  }
}
