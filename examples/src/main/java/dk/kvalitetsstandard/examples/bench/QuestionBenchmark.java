package dk.kvalitetsstandard.examples.bench;

import dk.kvalitetsstandard.questions.Assessor;
import dk.kvalitetsstandard.questions.Question;
import dk.kvalitetsstandard.questions.QuestionReader;
import dk.kvalitetsstandard.registry.StandardRegistry;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Answers per second of the four questions, the README's four examples taken in turn, in English
 * and in Danish.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class QuestionBenchmark {

  private static final List<String> EXAMPLES = List.of(
      "{\"question\":\"FREE_CHOICE\",\"municipality\":\"randers\",\"asOf\":\"2026-03-01\",\"track\":\"SOCIAL_DRUG\","
          + "\"visited\":{\"offer\":\"OUTPATIENT\",\"date\":\"2026-02-10\"},"
          + "\"chosen\":{\"offer\":\"OUTPATIENT\",\"onTilbudsportalen\":true,\"public\":false}}",
      "{\"question\":\"SCREENING\",\"municipality\":\"gentofte\",\"asOf\":\"2026-03-01\",\"track\":\"ANONYMOUS_DRUG\","
          + "\"citizen\":{\"age\":30,\"selfSupporting\":true,\"hasOwnHome\":true,\"wantsSubstitution\":false,"
          + "\"otherSocialProblems\":false}}",
      "{\"question\":\"FEES\",\"municipality\":\"ringsted\",\"asOf\":\"2026-03-01\",\"track\":\"SOCIAL_DRUG\","
          + "\"offer\":\"RESIDENTIAL\",\"citizen\":{\"hasOwnHome\":true}}",
      "{\"question\":\"GIFT_CARDS\",\"municipality\":\"randers\",\"asOf\":\"2026-03-01\",\"track\":\"SOCIAL_DRUG\","
          + "\"citizen\":{\"age\":19},\"offer\":\"MOVE\",\"sessions\":[{\"date\":\"2026-01-05\",\"attendance\":\"ATTENDED\"},"
          + "{\"date\":\"2026-01-12\",\"attendance\":\"NO_SHOW\"},{\"date\":\"2026-01-19\",\"attendance\":\"CANCELLED_WITH_NOTICE\"}]}");
  private static final Locale[] LANGUAGES = {Locale.ENGLISH, Locale.forLanguageTag("da")};

  private Assessor assessor;
  private Question[] questions;
  private int next;

  @Setup
  public void setUp() {
    StandardRegistry registry = StandardRegistry.defaultRegistry();
    assessor = Assessor.of(registry);
    QuestionReader reader = QuestionReader.with(registry);
    questions = EXAMPLES.stream().map(reader::read).toArray(Question[]::new);
  }

  @Benchmark
  public Object answer() {
    int i = next;
    next = (i + 1) % (questions.length * LANGUAGES.length);
    return assessor.answer(questions[i % questions.length], LANGUAGES[i / questions.length]);
  }
}
