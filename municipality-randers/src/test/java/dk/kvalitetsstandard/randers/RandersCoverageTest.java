package dk.kvalitetsstandard.randers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.law.RequiredContent;
import dk.kvalitetsstandard.standard.ContentCoverage;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class RandersCoverageTest {

  private static final QualityStandard STANDARD = new RandersStandardProvider().standard();

  @Test
  @Tag("RAN-M1")
  @DisplayName("RAN-M1 NAT-Q1: the seed covers fourteen of the fifteen contents; targets for action plans are missing")
  void coveredContents() {
    Set<RequiredContent> covered = STANDARD.coverage().stream().map(ContentCoverage::content)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(RequiredContent.class)));
    assertEquals(EnumSet.complementOf(EnumSet.of(RequiredContent.ACTION_PLAN_TARGETS)), covered);
    assertEquals(covered.size(), STANDARD.coverage().size(), "one entry per content");
  }

  @Test
  @Tag("RAN-K1")
  @Tag("RAN-G1")
  @DisplayName("RAN-G1, RAN-K1..K4, RAN-V1..V3 NAT-Q1: each covered content names rules the standard carries")
  void coverageNamesCarriedRules() {
    for (ContentCoverage entry : STANDARD.coverage()) {
      assertTrue(STANDARD.ruleIds().containsAll(entry.rules()), entry.content() + " " + entry.rules());
      assertTrue(entry.rules().stream().allMatch(r -> r.startsWith("RAN-")), entry.content().name());
    }
    assertEquals(List.of("RAN-K1", "RAN-K2", "RAN-K3", "RAN-K4"), rulesFor(RequiredContent.GIFT_CARDS));
    assertEquals(List.of("RAN-G1", "RAN-G2"), rulesFor(RequiredContent.TREATMENT_GUARANTEE));
    assertEquals(List.of("RAN-V1", "RAN-V2", "RAN-V3"), rulesFor(RequiredContent.VISITATION));
    assertEquals(List.of("RAN-E2"), rulesFor(RequiredContent.BOARD_AND_LODGING_PAYMENT));
  }

  @Test
  @Tag("RAN-U1")
  @Tag("RAN-R1")
  @DisplayName("RAN-U1, RAN-R1, RAN-Q1 reading: user involvement, staff and monitoring are carried by the nearest rules")
  void readingOfUnnumberedSections() {
    assertEquals(List.of("RAN-U1"), rulesFor(RequiredContent.USER_INVOLVEMENT));
    assertEquals(List.of("RAN-R1"), rulesFor(RequiredContent.STAFF_QUALIFICATIONS));
    assertEquals(List.of("RAN-Q1", "RAN-Q2"), rulesFor(RequiredContent.MONITORING));
  }

  private static List<String> rulesFor(RequiredContent content) {
    return STANDARD.coverage().stream().filter(c -> c.content() == content).findFirst()
        .map(ContentCoverage::rules).orElseThrow(() -> new AssertionError("not covered: " + content));
  }
}
