package dk.kvalitetsstandard.examples.cli;

import dk.kvalitetsstandard.standard.QualityStandard;
import picocli.CommandLine.Command;

/** {@code list}: every standard found, one line each. */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = "List every standard found: municipality, code, title, status and validity.")
final class ListCommand implements Runnable {

  private final StandardsCli.Context context;

  ListCommand(StandardsCli.Context context) {
    this.context = context;
  }

  @Override
  public void run() {
    String format = "%-12s %-5s %-28s %-34s %s%n";
    context.out().printf(format, "MUNICIPALITY", "CODE", "STATUS", "VALIDITY", "TITLE");
    for (QualityStandard standard : context.registry().all()) {
      context.out().printf(format, standard.municipality().name(), standard.municipality().code(),
          Describe.adoption(standard.adoption()), standard.validity(), standard.title());
    }
  }
}
