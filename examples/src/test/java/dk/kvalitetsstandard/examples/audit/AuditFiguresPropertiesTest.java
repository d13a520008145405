package dk.kvalitetsstandard.examples.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.audit.AuditFigures;
import dk.kvalitetsstandard.audit.AuditSummary;
import dk.kvalitetsstandard.audit.AuditedCase;
import dk.kvalitetsstandard.audit.Counting;
import dk.kvalitetsstandard.audit.SyntheticHistories;
import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.deadline.DeadlineEngine;
import dk.kvalitetsstandard.registry.StandardRegistry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The aggregate is associative (and commutative): split the audited cases of a generated file
 * anywhere, aggregate the parts and combine them in any grouping or order, and the figures are
 * those of one pass; a parallel stream gives them too. This is what lets a batch job or a
 * distributed engine reduce partial figures.
 */
class AuditFiguresPropertiesTest {

  private static final long SEED = 7;
  private static List<AuditedCase> cases;

  @BeforeAll
  static void auditCases() {
    StandardRegistry registry = StandardRegistry.defaultRegistry();
    DeadlineEngine engine = DeadlineEngine.of(registry, PublicHolidays.denmark());
    SyntheticHistories histories = SyntheticHistories.of(registry);
    cases = LongStream.rangeClosed(1, 1200).mapToObj(n -> histories.history(SEED, n))
        .map(c -> AuditedCase.of(engine, c)).toList();
  }

  private static AuditFigures figures(Counting counting, List<AuditedCase> part) {
    AuditFigures figures = AuditFigures.of(counting);
    part.forEach(figures::add);
    return figures;
  }

  @ParameterizedTest(name = "{0} counting")
  @EnumSource(Counting.class)
  @DisplayName("Split anywhere, in two or three parts, combined in either grouping: the figures of one pass")
  void associative(Counting counting) {
    AuditSummary whole = figures(counting, cases).summary();
    assertTrue(whole.groups().size() >= 40 && whole.guarantees() > cases.size() / 2,
        whole.groups().size() + " groups, " + whole.guarantees() + " guarantees");
    Random random = new Random(SEED);
    List<Integer> cuts = new ArrayList<>(List.of(0, 1, cases.size() - 1, cases.size()));
    for (int i = 0; i < 20; i++) {
      cuts.add(random.nextInt(cases.size() + 1));
    }
    for (int cut : cuts) {
      AuditFigures left = figures(counting, cases.subList(0, cut));
      AuditFigures right = figures(counting, cases.subList(cut, cases.size()));
      assertEquals(whole, left.combine(right).summary(), "split at " + cut);
    }
    for (int i = 0; i < 20; i++) {
      int a = random.nextInt(cases.size() + 1);
      int b = a + random.nextInt(cases.size() - a + 1);
      List<AuditedCase> x = cases.subList(0, a);
      List<AuditedCase> y = cases.subList(a, b);
      List<AuditedCase> z = cases.subList(b, cases.size());
      AuditSummary leftFirst = figures(counting, x).combine(figures(counting, y)).combine(figures(counting, z)).summary();
      AuditSummary rightFirst = figures(counting, x).combine(figures(counting, y).combine(figures(counting, z))).summary();
      assertEquals(whole, leftFirst, "(x + y) + z at " + a + ", " + b);
      assertEquals(whole, rightFirst, "x + (y + z) at " + a + ", " + b);
    }
  }

  @ParameterizedTest(name = "{0} counting")
  @EnumSource(Counting.class)
  @DisplayName("Order does not matter, the empty aggregate is neutral, and a parallel stream gives the same figures")
  void commutativeWithIdentity(Counting counting) {
    AuditSummary whole = figures(counting, cases).summary();
    List<AuditedCase> shuffled = new ArrayList<>(cases);
    Collections.shuffle(shuffled, new Random(SEED));
    assertEquals(whole, figures(counting, shuffled).summary());
    assertEquals(whole, AuditFigures.of(counting).combine(figures(counting, cases)).summary());
    assertEquals(whole, figures(counting, cases).combine(AuditFigures.of(counting)).summary());
    assertEquals(whole, cases.parallelStream().collect(AuditFigures.collector(counting)).summary());
  }

  @ParameterizedTest(name = "{0} counting")
  @EnumSource(Counting.class)
  @DisplayName("Partial figures travel as summaries: aggregates made again from them combine into the figures of one pass")
  void summariesCombine(Counting counting) {
    AuditSummary whole = figures(counting, cases).summary();
    assertEquals(whole, AuditFigures.from(whole).summary());
    Random random = new Random(SEED + 1);
    for (int i = 0; i < 10; i++) {
      int cut = random.nextInt(cases.size() + 1);
      AuditSummary left = figures(counting, cases.subList(0, cut)).summary();
      AuditSummary right = figures(counting, cases.subList(cut, cases.size())).summary();
      assertEquals(whole, AuditFigures.from(left).combine(AuditFigures.from(right)).summary(), "split at " + cut);
    }
  }
}
