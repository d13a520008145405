package dk.kvalitetsstandard.examples.cli;

import dk.kvalitetsstandard.conformance.ContentCheck;
import dk.kvalitetsstandard.conformance.FloorFinding;
import dk.kvalitetsstandard.conformance.StandardCheck;
import dk.kvalitetsstandard.conformance.StandardChecker;
import dk.kvalitetsstandard.json.Json;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.standardfile.StandardFile;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import dk.kvalitetsstandard.text.Words;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code check [MUNICIPALITY | --standard FILE] [--json]}: the NAT-Q1 checklist and the floor findings
 * of one or all standards, or of a standard file before it is built into a module.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Check one or all standards against the law: the 15 required contents and where the text falls below the law.")
final class CheckCommand implements Runnable {

  enum Format { json, text }

  private final StandardsCli.Context context;

  @Parameters(index = "0", arity = "0..1", paramLabel = "MUNICIPALITY", description = "Slug or code; all standards when left out.")
  String municipality;

  @Option(names = "--standard", paramLabel = "FILE",
      description = "Check a standard file (YAML; - for standard input) instead of a packaged standard.")
  String standardFile;

  @Option(names = "--date", paramLabel = "DATE", description = "The date to check on (ISO); default: today.")
  LocalDate date;

  @Option(names = "--json", description = "Print the checks as JSON (the same as --format json).")
  boolean json;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, in the words of --lang, or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
      description = "Language of the findings: en or da (default: ${DEFAULT-VALUE}).")
  String lang;

  CheckCommand(StandardsCli.Context context) {
    this.context = context;
  }

  @Override
  public void run() {
    Locale locale = Languages.parse(lang);
    LocalDate on = date != null ? date : context.today().get();
    if (standardFile != null && municipality != null) {
      throw new UsageException("give a MUNICIPALITY or --standard FILE, not both");
    }
    StandardChecker checker;
    List<QualityStandard> standards;
    if (standardFile != null) {
      // The file's standard is checked on its own: the example cases of its findings run against it alone.
      QualityStandard standard = StandardFile.check(new ByteArrayInputStream(
          Input.read(standardFile, context.stdin(), "standard file").getBytes(StandardCharsets.UTF_8)), standardFile);
      checker = StandardChecker.of(StandardRegistry.of(List.of(() -> standard)), context.holidays());
      standards = List.of(standard);
    } else {
      checker = StandardChecker.of(context.registry(), context.holidays());
      standards = municipality == null ? latest() : List.of(context.registry().find(municipality, on).standard());
    }
    List<StandardCheck> checks = new ArrayList<>();
    List<String> names = new ArrayList<>();
    standards.forEach(s -> {
      checks.add(checker.check(s, on, locale));
      names.add(s.municipality().name());
    });
    if (json || format == Format.json) {
      context.out().println(Json.mapper().writeValueAsString(municipality == null && standardFile == null ? checks
          : checks.get(0)));
      return;
    }
    Words w = Words.of(locale);
    for (int i = 0; i < checks.size(); i++) {
      context.out().print(text(checks.get(i), names.get(i), w));
    }
    context.out().print(TextTable.wrap(w.label("check.examples"), "", ""));
  }

  private List<QualityStandard> latest() {
    return context.registry().municipalities().stream()
        .map(m -> context.registry().standardsOf(m.slug()))
        .map(list -> list.get(list.size() - 1)).toList();
  }

  /**
   * One standard's check for a person, in the words of the language asked for: the checklist as a
   * table and each finding with the difference its example shows, at most {@link TextTable#WIDTH}
   * columns wide. The example cases and questions themselves are in the JSON.
   */
  static String text(StandardCheck check, String municipalityName, Words w) {
    StringBuilder out = new StringBuilder();
    out.append(TextTable.wrap("== " + w.label("check.heading", municipalityName, check.title(), w.date(check.checkedOn())),
        "", "   "));
    out.append(TextTable.wrap(w.label("check.contents", check.covered()), "", ""));
    TextTable contents = TextTable.of(TextTable.fixed(w.label("check.number")), TextTable.wrapping(w.label("check.content")),
        TextTable.wrapping(w.label("check.rules")));
    for (ContentCheck c : check.contents()) {
      contents.row(String.valueOf(c.number()), w.name(c.content()),
          c.covered() ? String.join(", ", c.rules()) : Words.capitalized(w.label("check.missing")));
    }
    out.append(contents.render());
    out.append(w.label("check.findings", check.findings().size())).append('\n');
    for (FloorFinding f : check.findings()) {
      out.append(TextTable.wrap(w.label("check.finding", f.rule(), f.nationalRule(), w.name(f.kind()), f.message()),
          "  - ", "    "));
      f.difference().ifPresent(d -> out.append(TextTable.wrap(w.label("check.example", d), "      ", "      ")));
    }
    out.append('\n');
    return out.toString();
  }
}
