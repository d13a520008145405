package dk.kvalitetsstandard.examples.cli;

import dk.kvalitetsstandard.audit.SyntheticHistories;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code audit-sample}: a file of synthetic case histories to try {@code audit} on. */
@Command(name = "audit-sample", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Write SYNTHETIC case histories, one case file per line, to try audit on: made up from a seed, "
        + "describing no one, never real data.",
        "Every municipality, every track its standard covers, one to five courses, realistic waits, a small share of "
            + "lines bad on purpose. The same seed always gives the same file. Extract date "
            + "2026-11-30; CPR numbers begin with day 00, which no real one has."})
final class AuditSampleCommand implements Callable<Integer> {

  private final StandardsCli.Context context;

  @Spec
  CommandSpec spec;

  @Option(names = "--cases", paramLabel = "N", required = true, description = "How many lines (case histories).")
  long cases;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "The seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--bad-share", paramLabel = "SHARE", defaultValue = "0.004",
      description = "The share of bad lines, 0 to 1 (default: ${DEFAULT-VALUE}).")
  double badShare;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path out;

  AuditSampleCommand(StandardsCli.Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    if (cases < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--cases must be 0 or more");
    }
    if (!(badShare >= 0 && badShare <= 1)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--bad-share lies between 0 and 1");
    }
    SyntheticHistories histories = SyntheticHistories.of(context.registry()).withBadShare(badShare);
    long bad;
    if (out == null) {
      bad = histories.write(context.out(), cases, seed);
    } else {
      try (Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8),
          1 << 16)) {
        bad = histories.write(writer, cases, seed);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
    context.err().println("audit-sample: " + cases + " synthetic case histories (made up, describing no one; seed " + seed
        + "), " + bad + " of the lines bad on purpose" + (out == null ? "" : ", written to " + out));
    return 0;
  }
}
