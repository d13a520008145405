package dk.kvalitetsstandard.examples.cli;

import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.cases.CaseFileReader;
import dk.kvalitetsstandard.conformance.Comparison;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code compare FILE [--html OUT]}: one case under all five standards, side by side;
 * {@code compare --standards}: the standards themselves.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Run one case file through every standard (its municipality ignored) and show the deadlines side by side;"
        + " or, with --standards, tabulate the standards themselves. Rows that differ are marked.")
final class CompareCommand implements Callable<Integer> {

  private final StandardsCli.Context context;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The case file (JSON); - reads standard input.")
  String file;

  @Option(names = "--standards", description = "Compare the standards themselves instead of a case.")
  boolean standards;

  @Option(names = "--html", paramLabel = "OUT", description = "Also write the table as a self-contained HTML page"
      + " (written whole or not at all).")
  Path html;

  @Option(names = "--date", paramLabel = "DATE", description = "With --standards: the date to check on (ISO); default: today.")
  LocalDate date;

  CompareCommand(StandardsCli.Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (standards == (file != null)) {
      throw new UsageException("give either a case FILE or --standards");
    }
    Comparison comparison = Comparison.of(context.registry(), context.holidays());
    Comparison.Table table;
    if (standards) {
      table = comparison.ofStandards(date != null ? date : context.today().get());
    } else {
      CaseFile caseFile = CaseFileReader.with(context.registry()).read(Input.read(file, context.stdin(), "case file"));
      table = comparison.ofCase(caseFile);
    }
    String text = text(table);
    if (html != null) {
      // The page first: if it cannot be written, the command fails and prints nothing.
      FileAccess.writeAtomically(html, HtmlPage.of(table));
    }
    context.out().print(text);
    return 0;
  }

  static String text(Comparison.Table table) {
    List<String> header = new ArrayList<>(List.of("", ""));
    header.addAll(table.columns());
    List<List<String>> lines = new ArrayList<>(List.of(header));
    for (Comparison.Row row : table.rows()) {
      List<String> line = new ArrayList<>(List.of(row.differs() ? "≠" : "", row.label()));
      line.addAll(row.cells());
      lines.add(line);
    }
    int[] widths = new int[header.size()];
    for (List<String> line : lines) {
      for (int i = 0; i < line.size(); i++) {
        widths[i] = Math.max(widths[i], Math.min(line.get(i).length(), 44));
      }
    }
    StringBuilder out = new StringBuilder(table.title()).append('\n');
    for (List<String> line : lines) {
      for (int i = 0; i < line.size(); i++) {
        String cell = line.get(i).length() > 44 ? line.get(i).substring(0, 43) + "…" : line.get(i);
        out.append(String.format("%-" + widths[i] + "s", cell)).append(i + 1 < line.size() ? "  " : "");
      }
      out.append('\n');
    }
    return out.toString();
  }
}
