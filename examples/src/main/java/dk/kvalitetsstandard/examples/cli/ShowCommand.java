package dk.kvalitetsstandard.examples.cli;

import dk.kvalitetsstandard.json.Json;
import dk.kvalitetsstandard.registry.Lookup;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code show MUNICIPALITY [--date D] [--json]}: one standard, whole. */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = "Show a municipality's standard in force on a date: readable by a person, or as JSON.")
final class ShowCommand implements Runnable {

  private final StandardsCli.Context context;

  @Parameters(index = "0", paramLabel = "MUNICIPALITY", description = "Slug (odsherred) or four-digit code (0306).")
  String municipality;

  @Option(names = "--date", paramLabel = "DATE", description = "The date to look the standard up on (ISO, e.g. 2026-06-01); default: today.")
  LocalDate date;

  @Option(names = "--json", description = "Print the standard as JSON.")
  boolean json;

  ShowCommand(StandardsCli.Context context) {
    this.context = context;
  }

  @Override
  public void run() {
    LocalDate on = date != null ? date : context.today().get();
    Lookup lookup = context.registry().find(municipality, on);
    if (json) {
      context.out().println(Json.mapper().writeValueAsString(lookup.standard()));
    } else {
      context.out().print(Describe.standard(lookup));
    }
  }
}
