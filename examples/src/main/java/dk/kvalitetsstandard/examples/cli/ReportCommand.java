package dk.kvalitetsstandard.examples.cli;

import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.cases.CaseFileReader;
import dk.kvalitetsstandard.deadline.Deadline;
import dk.kvalitetsstandard.deadline.DeadlineEngine;
import dk.kvalitetsstandard.deadline.DeadlineReport;
import dk.kvalitetsstandard.deadline.Finding;
import dk.kvalitetsstandard.json.Json;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code report FILE}: the deadline report of a case file. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Compute every deadline of a case file and whether it was met; print the report as JSON or as a table.")
final class ReportCommand implements Callable<Integer> {

  enum Format { json, text }

  private final StandardsCli.Context context;

  @Parameters(index = "0", paramLabel = "FILE", description = "The case file (JSON); - reads standard input.")
  String file;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "Language of the explanations: en or da (default: ${DEFAULT-VALUE}).")
  String lang;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json", description = "json or text (default: ${DEFAULT-VALUE}).")
  Format format;

  ReportCommand(StandardsCli.Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Locale locale = Languages.parse(lang);
    CaseFile caseFile = CaseFileReader.with(context.registry()).read(Input.read(file, context.stdin(), "case file"));
    DeadlineReport report = DeadlineEngine.of(context.registry(), context.holidays()).report(caseFile, locale);
    if (format == Format.json) {
      context.out().println(Json.mapper().writeValueAsString(report));
    } else {
      context.out().print(table(report));
    }
    return 0;
  }

  private static String table(DeadlineReport report) {
    StringBuilder out = new StringBuilder();
    out.append(report.municipality()).append(", as of ").append(report.asOf()).append(": ").append(report.standard().title())
        .append('\n');
    String format = "%-26s %-7s %-18s %-10s %-10s %-10s %s%n";
    out.append(String.format(format, "KIND", "RULE", "LEGAL BASIS", "STARTED", "DUE", "CLOSED", "STATUS"));
    for (Deadline d : report.deadlines()) {
      out.append(String.format(format, d.kind(), d.rule(), d.legalBasis().orElse("-"), date(d.startedBy()), date(d.due()),
          date(d.closedBy()), d.status()));
      out.append("    ").append(d.explanation()).append('\n');
    }
    for (Finding f : report.findings()) {
      out.append("FINDING ").append(f.rule()).append(": ").append(f.message()).append('\n');
    }
    return out.toString();
  }

  private static String date(Optional<LocalDate> date) {
    return date.map(LocalDate::toString).orElse("-");
  }
}
