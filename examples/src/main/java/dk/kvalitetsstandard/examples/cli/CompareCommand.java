package dk.kvalitetsstandard.examples.cli;

import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.cases.CaseFileReader;
import dk.kvalitetsstandard.conformance.Comparison;
import dk.kvalitetsstandard.conformance.StandardCheck;
import dk.kvalitetsstandard.conformance.StandardChecker;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code compare FILE [--html OUT] [--lang da|en]}: one case under every standard, side by side;
 * {@code compare --standards [--date DATE]}: the standards themselves. A row is marked where the
 * municipalities differ in substance, never because the rules that say it have different IDs.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Run one case file through every standard (its municipality ignored) and show the deadlines side by side;"
        + " or, with --standards, compare the standards themselves. A row is marked where the municipalities differ in"
        + " substance (a date, a status, a clock, a figure), and the cells that differ are highlighted.")
final class CompareCommand implements Callable<Integer> {

  private final StandardsCli.Context context;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The case file (JSON); - reads standard input.")
  String file;

  @Option(names = "--standards", description = "Compare the standards themselves instead of a case.")
  boolean standards;

  @Option(names = "--html", paramLabel = "OUT", description = "Also write the comparison as a self-contained HTML page"
      + " (written whole or not at all).")
  Path html;

  @Option(names = "--date", paramLabel = "DATE", description = "With --standards: the date to compare on (ISO); default:"
      + " today. A case is compared as of its asOf.")
  LocalDate date;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "Language of the text and the page:"
      + " en or da (default: ${DEFAULT-VALUE}).")
  String lang;

  CompareCommand(StandardsCli.Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (standards == (file != null)) {
      throw new UsageException("give either a case FILE or --standards");
    }
    if (file != null && date != null) {
      throw new UsageException("--date goes with --standards; a case is compared as of its asOf");
    }
    Locale locale = Languages.parse(lang);
    CompareLabels words = CompareLabels.of(locale);
    Comparison comparison = Comparison.of(context.registry(), context.holidays());
    CompareTable forText;
    CompareTable forPage;
    if (standards) {
      LocalDate on = date != null ? date : context.today().get();
      List<QualityStandard> all = comparison.standards();
      StandardChecker checker = StandardChecker.of(context.registry(), context.holidays());
      List<StandardCheck> checks = all.stream().map(s -> checker.check(s, on)).toList();
      forText = StandardsComparisonTable.of(all, checks, on, words);
      forPage = html == null ? null : StandardsComparisonTable.of(all, checks, on, words.forPage());
    } else {
      CaseFile caseFile = CaseFileReader.with(context.registry()).read(Input.read(file, context.stdin(), "case file"));
      Comparison.CaseComparison compared = comparison.ofCase(caseFile, locale);
      forText = CaseComparisonTable.of(compared, words);
      forPage = html == null ? null : CaseComparisonTable.of(compared, words.forPage());
    }
    String text = CompareText.of(forText);
    if (html != null) {
      // The page first: if it cannot be written, the command fails and prints nothing.
      FileAccess.writeAtomically(html, HtmlPage.of(forPage));
    }
    context.out().print(text);
    return 0;
  }
}
