package dk.kvalitetsstandard.examples.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.conformance.property.CaseFiles;
import dk.kvalitetsstandard.deadline.DeadlineEngine;
import dk.kvalitetsstandard.deadline.DeadlineReport;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The registry and the engine are shared between threads without changing any answer. */
class ConcurrencyTest {

  @Test
  @DisplayName("One engine evaluating the same cases from four threads gives the single-threaded reports")
  void sharedEngine() throws Exception {
    DeadlineEngine engine = DeadlineEngine.withDefaults();
    List<CaseFile> cases = new ArrayList<>();
    for (QualityStandard standard : StandardRegistry.defaultRegistry().all()) {
      CaseFiles generator = CaseFiles.of(standard);
      for (long seed = 1; seed <= 40; seed++) {
        cases.add(generator.generate(seed));
      }
    }
    List<DeadlineReport> expected = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      expected.add(engine.report(cases.get(i), i % 2 == 0 ? Locale.ENGLISH : Locale.forLanguageTag("da")));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 3; round++) {
        List<Future<DeadlineReport>> futures = new ArrayList<>();
        for (int i = cases.size() - 1; i >= 0; i--) {
          final int index = i;
          Callable<DeadlineReport> task = () -> engine.report(cases.get(index),
              index % 2 == 0 ? Locale.ENGLISH : Locale.forLanguageTag("da"));
          futures.add(pool.submit(task));
        }
        for (int i = 0; i < futures.size(); i++) {
          assertEquals(expected.get(cases.size() - 1 - i), futures.get(i).get());
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
