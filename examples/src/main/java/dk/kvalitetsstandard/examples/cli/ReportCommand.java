package dk.kvalitetsstandard.examples.cli;

import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.cases.CaseFileReader;
import dk.kvalitetsstandard.deadline.ComplaintGuidance;
import dk.kvalitetsstandard.deadline.Deadline;
import dk.kvalitetsstandard.deadline.DeadlineEngine;
import dk.kvalitetsstandard.deadline.DeadlineReport;
import dk.kvalitetsstandard.deadline.Finding;
import dk.kvalitetsstandard.json.Json;
import dk.kvalitetsstandard.text.Words;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code report FILE}: the deadline report of a case file. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Compute every deadline of a case file and whether it was met, with the complaint guidance of each "
        + "decision; print the report as JSON or as text for a person.")
final class ReportCommand implements Callable<Integer> {

  enum Format { json, text }

  private final StandardsCli.Context context;

  @Parameters(index = "0", paramLabel = "FILE", description = "The case file (JSON); - reads standard input.")
  String file;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "Language of the explanations: en or da (default: ${DEFAULT-VALUE}).")
  String lang;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
      description = "json, or text: tables and paragraphs in the language of --lang (default: ${DEFAULT-VALUE}).")
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
      String name = context.registry().find(report.municipality(), caseFile.firstEventDate().orElse(report.asOf()))
          .standard().municipality().name();
      context.out().print(text(report, name, Words.of(locale)));
    }
    return 0;
  }

  /**
   * The report for a person, in the words of the language asked for: a heading, a table of the
   * deadlines with each one's explanation under it, the findings, and the complaint guidance of each
   * decision; at most {@link TextTable#WIDTH} columns wide.
   */
  static String text(DeadlineReport report, String municipalityName, Words w) {
    StringBuilder out = new StringBuilder();
    out.append(TextTable.wrap(w.label("report.heading", municipalityName, w.date(report.asOf())), "", ""));
    out.append(TextTable.wrap(report.standard().title(), "", ""));
    out.append('\n');
    TextTable table = TextTable.of(TextTable.fixed(w.label("course")), TextTable.wrapping(w.label("deadline")),
        TextTable.wrapping(w.label("ruleAndBasis")), TextTable.fixed(w.label("from")), TextTable.fixed(w.label("due")),
        TextTable.fixed(w.label("done")), TextTable.wrapping(w.label("status")));
    for (Deadline d : report.deadlines()) {
      table.rowWithNote(d.explanation(), String.valueOf(d.course()), Words.capitalized(w.name(d.kind())),
          d.rule() + d.legalBasis().map(b -> "\n" + b).orElse(""), date(d.startedBy(), w), date(d.due(), w),
          date(d.closedBy(), w), Words.capitalized(w.name(d.status())));
    }
    out.append(table.render());
    if (!report.findings().isEmpty()) {
      out.append('\n').append(w.label("findings")).append('\n');
      for (Finding f : report.findings()) {
        out.append(TextTable.wrap(f.rule() + ": " + f.message(), "- ", "  "));
      }
    }
    if (!report.complaintGuidance().isEmpty()) {
      out.append('\n').append(w.label("guidance")).append('\n');
      for (ComplaintGuidance g : report.complaintGuidance()) {
        String rules = g.routeRule().filter(r -> !r.equals(g.rule())).map(r -> g.rule() + ", " + r).orElse(g.rule());
        String entry = w.label("guidance.entry", w.name(g.subject()), w.name(g.outcome()),
            w.date(g.decisionReceived()), g.course(), rules)
            + g.lastDay().map(day -> "; " + w.label("guidance.lastDay", w.date(day))).orElse("");
        out.append(TextTable.wrap(entry, "- ", "  "));
        out.append(TextTable.wrap(g.text(), "    ", "    "));
      }
    }
    return out.toString();
  }

  private static String date(Optional<LocalDate> date, Words w) {
    return date.map(w::shortDate).orElse("-");
  }
}
