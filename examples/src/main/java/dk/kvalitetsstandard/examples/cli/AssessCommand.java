package dk.kvalitetsstandard.examples.cli;

import dk.kvalitetsstandard.json.Json;
import dk.kvalitetsstandard.questions.Answer;
import dk.kvalitetsstandard.questions.Assessor;
import dk.kvalitetsstandard.questions.Question;
import dk.kvalitetsstandard.questions.QuestionReader;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code assess FILE}: the answer to one of the four questions. */
@Command(name = "assess", mixinStandardHelpOptions = true,
    description = "Answer one question (FREE_CHOICE, SCREENING, FEES, GIFT_CARDS) and print the answer as JSON.")
final class AssessCommand implements Callable<Integer> {

  private final StandardsCli.Context context;

  @Parameters(index = "0", paramLabel = "FILE", description = "The question (JSON); - reads standard input.")
  String file;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "Language of the messages: en or da (default: ${DEFAULT-VALUE}).")
  String lang;

  AssessCommand(StandardsCli.Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    java.util.Locale locale = Languages.parse(lang);
    Question question = QuestionReader.with(context.registry()).read(Input.read(file, context.stdin(), "question"));
    Answer answer = Assessor.of(context.registry()).answer(question, locale);
    context.out().println(Json.mapper().writeValueAsString(answer));
    return 0;
  }
}
