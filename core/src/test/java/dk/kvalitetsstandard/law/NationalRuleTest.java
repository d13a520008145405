package dk.kvalitetsstandard.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NationalRuleTest {

  @Test
  @DisplayName("Every national rule has a catalogue ID of the form NAT-<topic><number>")
  void idsFollowTheCatalogue() {
    for (NationalRule rule : NationalRule.values()) {
      assertTrue(rule.id().matches("NAT-[A-Z]+[0-9]+"), rule.id());
      assertEquals(rule, NationalRule.byId(rule.id()).orElseThrow());
      assertEquals(rule.name().replace('_', '-'), rule.id());
    }
  }

  @Test
  @DisplayName("The catalogue's national rules are all present, once")
  void everyNationalRuleOnce() {
    Set<String> ids = Arrays.stream(NationalRule.values()).map(NationalRule::id).collect(Collectors.toSet());
    for (String id : Set.of("NAT-X1", "NAT-X2", "NAT-G1", "NAT-G2", "NAT-G3", "NAT-G4", "NAT-G5", "NAT-G6",
        "NAT-P1", "NAT-P2", "NAT-P3", "NAT-P4", "NAT-F1", "NAT-F2", "NAT-F3", "NAT-F4", "NAT-F5", "NAT-F6", "NAT-F7",
        "NAT-A1", "NAT-A2", "NAT-A3", "NAT-A4", "NAT-A5", "NAT-A6", "NAT-K1", "NAT-K2", "NAT-E1", "NAT-E2",
        "NAT-C1", "NAT-C2", "NAT-C3", "NAT-C4", "NAT-C5", "NAT-Q1", "NAT-Q2", "NAT-U1", "NAT-Y1", "NAT-Y2",
        "NAT-R1", "NAT-R2")) {
      assertTrue(ids.contains(id), id);
    }
    assertEquals(41, NationalRule.values().length);
  }

  @Test
  @DisplayName("NAT-G1 cites SEL § 101, stk. 4; NAT-C1 the four-week limit of retssikkerhedsloven § 67")
  void provisions() {
    assertEquals("SEL § 101, stk. 4", NationalRule.NAT_G1.provision().orElseThrow().current().citation());
    assertEquals("Retssikkerhedsloven § 67", NationalRule.NAT_C1.provision().orElseThrow().current().citation());
    assertEquals("SUL § 142, stk. 7", NationalRule.NAT_F5.provision().orElseThrow().current().citation());
  }
}
