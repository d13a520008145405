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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

  private final StandardsCli.Context context;

  @Parameters(index = "0", arity = "0..1", paramLabel = "MUNICIPALITY", description = "Slug or code; all standards when left out.")
  String municipality;

  @Option(names = "--standard", paramLabel = "FILE",
      description = "Check a standard file (YAML; - for standard input) instead of a packaged standard.")
  String standardFile;

  @Option(names = "--date", paramLabel = "DATE", description = "The date to check on (ISO); default: today.")
  LocalDate date;

  @Option(names = "--json", description = "Print the checks as JSON.")
  boolean json;

  CheckCommand(StandardsCli.Context context) {
    this.context = context;
  }

  @Override
  public void run() {
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
    standards.forEach(s -> checks.add(checker.check(s, on)));
    if (json) {
      context.out().println(Json.mapper().writeValueAsString(municipality == null && standardFile == null ? checks
          : checks.get(0)));
      return;
    }
    for (StandardCheck check : checks) {
      context.out().print(text(check));
    }
  }

  private List<QualityStandard> latest() {
    return context.registry().municipalities().stream()
        .map(m -> context.registry().standardsOf(m.slug()))
        .map(list -> list.get(list.size() - 1)).toList();
  }

  private static String text(StandardCheck check) {
    StringBuilder out = new StringBuilder();
    out.append("== ").append(check.municipality()).append(": ").append(check.title()).append(" (checked on ")
        .append(check.checkedOn()).append(")\n");
    out.append("Required contents (BEK nr. 1477 af 17/12/2019 § 4, NAT-Q1): ").append(check.covered()).append(" of 15\n");
    for (ContentCheck c : check.contents()) {
      out.append(String.format("  %2d %-50s %s%n", c.number(), c.content().danishName(),
          c.covered() ? String.join(", ", c.rules()) : "MISSING"));
    }
    out.append("Findings: ").append(check.findings().size()).append('\n');
    for (FloorFinding f : check.findings()) {
      out.append("  - ").append(f.rule()).append(" below ").append(f.nationalRule()).append(" [")
          .append(f.kind()).append("]: ").append(f.message()).append('\n');
      f.difference().ifPresent(d -> out.append("      example: ").append(d).append('\n'));
      f.exampleCase().ifPresent(c -> out.append("      case: ").append(compact(Json.mapper().writeValueAsString(c))).append('\n'));
      f.exampleQuestion().ifPresent(q -> out.append("      question: ").append(compact(Json.mapper().writeValueAsString(q))).append('\n'));
    }
    out.append('\n');
    return out.toString();
  }

  private static String compact(String json) {
    return json.replaceAll("\\s*\\n\\s*", " ");
  }
}
