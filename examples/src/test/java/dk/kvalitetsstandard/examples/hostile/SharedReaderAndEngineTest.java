package dk.kvalitetsstandard.examples.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.cases.CaseFileReader;
import dk.kvalitetsstandard.cases.InvalidCaseException;
import dk.kvalitetsstandard.conformance.property.CaseFiles;
import dk.kvalitetsstandard.deadline.DeadlineEngine;
import dk.kvalitetsstandard.json.Json;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * One reader and one engine shared by eight threads give, for every case, exactly what one thread
 * gives: the same report, or the same problems for a case file with mistakes.
 */
class SharedReaderAndEngineTest {

  private static final int THREADS = 8;
  private static final int SEEDS_PER_STANDARD = 400;

  @Test
  @DisplayName("Eight threads sharing one reader and one engine give the single-threaded result for each of 2,000 case files")
  void eightThreadsAsOne() throws Exception {
    StandardRegistry registry = StandardRegistry.defaultRegistry();
    CaseFileReader reader = CaseFileReader.with(registry);
    DeadlineEngine engine = DeadlineEngine.withDefaults();

    List<String> files = new ArrayList<>();
    for (QualityStandard standard : registry.all()) {
      CaseFiles generator = CaseFiles.of(standard);
      for (long seed = 1; seed <= SEEDS_PER_STANDARD; seed++) {
        files.add(spoiled(files.size(), Json.mapper().writeValueAsString(generator.generate(seed))));
      }
    }
    List<Object> expected = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      expected.add(result(reader, engine, files.get(i), i));
    }
    long invalid = expected.stream().filter(List.class::isInstance).count();
    assertTrue(invalid > files.size() / 10 && invalid < files.size() / 2, invalid + " invalid of " + files.size());

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<List<String>>> threads = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
          order.add(i);
        }
        Collections.shuffle(order, new Random(t));
        threads.add(pool.submit(() -> {
          start.await();
          List<String> differences = new ArrayList<>();
          for (int i : order) {
            Object actual = result(reader, engine, files.get(i), i);
            if (!actual.equals(expected.get(i))) {
              differences.add("case " + i + ": " + actual + " instead of " + expected.get(i));
            }
          }
          return differences;
        }));
      }
      start.countDown();
      for (Future<List<String>> thread : threads) {
        assertEquals(List.of(), thread.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** The report of a case file (in English or Danish by its number), or its problems. */
  private static Object result(CaseFileReader reader, DeadlineEngine engine, String json, int index) {
    try {
      return engine.report(reader.read(json), index % 2 == 0 ? Locale.ENGLISH : Locale.forLanguageTag("da"));
    } catch (InvalidCaseException e) {
      return e.problems();
    }
  }

  /** Some of the generated files with a mistake: a key given twice, an impossible date, a stray field. */
  private static String spoiled(int index, String json) {
    return switch (index % 9) {
      case 0 -> json.replaceFirst("\"track\"", "\"track\" : \"ALCOHOL\", \"track\"");
      case 1 -> json.replaceFirst("\"date\" : \"([0-9]{4})-[0-9]{2}-[0-9]{2}\"", "\"date\" : \"$1-02-30\"");
      case 2 -> json.replaceFirst("\"events\"", "\"colour\" : \"red\", \"events\"");
      default -> json;
    };
  }
}
