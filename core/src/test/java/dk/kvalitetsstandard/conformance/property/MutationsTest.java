package dk.kvalitetsstandard.conformance.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.standard.GuaranteeRule;
import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.standard.SampleStandards;
import dk.kvalitetsstandard.standard.internal.StandardValidator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MutationsTest {

  private static final QualityStandard STANDARD = SampleStandards.complete();

  @Test
  @DisplayName("Every mutation is a valid standard that differs from the original, with a name of its own and its rule")
  void validAndDistinct() {
    List<StandardMutation> all = Mutations.all(STANDARD);
    assertTrue(all.size() >= 12, all.toString());
    Set<String> names = new HashSet<>();
    for (StandardMutation m : all) {
      StandardValidator.requireValid(m.standard());
      assertNotEquals(STANDARD, m.standard(), m.name());
      assertEquals(STANDARD, m.original());
      assertTrue(names.add(m.name()), "two mutations named " + m.name());
      assertTrue(m.name().startsWith(m.rule().substring(0, 4)), m.name());
      assertFalse(m.changed().isBlank());
      assertEquals(1, m.registry().all().size());
    }
    assertEquals(all.stream().map(StandardMutation::name).toList(), Mutations.all(STANDARD).stream().map(StandardMutation::name).toList(),
        "the same mutations in the same order");
  }

  @Test
  @DisplayName("NAT-G1 a guarantee of 21 or 15 days is below the law, one of 13 days is not")
  void guaranteeLengths() {
    List<StandardMutation> all = Mutations.all(STANDARD);
    StandardMutation longer = all.stream().filter(m -> m.name().equals("TST-G1: a guarantee of 21 days")).findFirst().orElseThrow();
    assertTrue(longer.belowLaw());
    assertEquals("TST-G1", longer.rule());
    assertEquals(List.of(21), longer.standard().guarantees().stream().map(GuaranteeRule::days).toList());
    assertTrue(all.stream().filter(m -> m.name().equals("TST-G1: a guarantee of 15 days")).findFirst().orElseThrow().belowLaw());
    assertFalse(all.stream().filter(m -> m.name().equals("TST-G1: a guarantee of 13 days")).findFirst().orElseThrow().belowLaw());
  }

  @Test
  @DisplayName("NAT-U1 NAT-C1 NAT-C5 follow-ups dropped or narrowed, a shorter complaint limit and a longer reconsideration are below the law")
  void belowAndAbove() {
    List<StandardMutation> all = Mutations.all(STANDARD);
    for (String below : List.of("TST-U2: the follow-up after 6 months dropped", "TST-U2: follow-ups only after a completed treatment",
        "TST-U2: the follow-up after 1 month moved to 2 months", "TST-C1: a complaint limit of 2 weeks",
        "TST-C99: the municipality reconsiders a complaint within 6 weeks")) {
      assertTrue(all.stream().anyMatch(m -> m.name().equals(below) && m.belowLaw()), below + " in " + all);
    }
    assertTrue(all.stream().noneMatch(m -> m.name().contains("expired")), "the sample standard has an end already");
    QualityStandard undated = QualityStandard.builder().from(STANDARD)
        .validity(dk.kvalitetsstandard.standard.Validity.builder().source(STANDARD.validity().source()).build()).build();
    StandardMutation expired = Mutations.all(undated).stream().filter(m -> m.name().equals("TST-M1: the standard expired at the end of 2019"))
        .findFirst().orElseThrow();
    assertTrue(expired.belowLaw());
    StandardValidator.requireValid(expired.standard());
    for (String above : List.of("TST-C1: a complaint limit of 6 weeks", "TST-C99: the municipality reconsiders a complaint within 2 weeks",
        "TST-G1: the clock starts at any contact, a provider's included")) {
      assertTrue(all.stream().anyMatch(m -> m.name().equals(above) && !m.belowLaw()), above + " in " + all);
    }
  }

  @Test
  @DisplayName("The generator picks mutations by seed and shows the changed element")
  void generator() {
    Generator<StandardMutation> generator = Mutations.of(STANDARD);
    Set<String> seen = new HashSet<>();
    for (long seed = 0; seed < 300; seed++) {
      StandardMutation m = generator.generate(seed);
      assertEquals(m.name(), generator.generate(seed).name());
      seen.add(m.name());
    }
    assertEquals(Mutations.all(STANDARD).size(), seen.size(), "every mutation is picked in 300 seeds");
    StandardMutation any = generator.generate(1);
    assertTrue(generator.show(any).startsWith(any.name() + " (rule " + any.rule() + ", "), generator.show(any));
  }
}
