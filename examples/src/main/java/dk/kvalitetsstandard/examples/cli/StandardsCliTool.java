package dk.kvalitetsstandard.examples.cli;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.registry.StandardRegistry;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.spi.ToolProvider;

/**
 * The command-line tool as a {@link ToolProvider} named {@code standards-cli}, so that a program or
 * a test runs any of its commands in process and gets the exit code back:
 *
 * <pre>{@code
 * int code = ToolProvider.findFirst("standards-cli").orElseThrow().run(out, err, "report", "case.json");
 * }</pre>
 *
 * <p>Commands see every standard on the class path (or module path), today's date from the system
 * clock, and {@link System#in} as the file {@code -}. Exit codes and output are as from the command
 * line ({@link StandardsCli}): nothing is written to {@code out} by a command that fails. Registered
 * with {@code provides} in the module and in {@code META-INF/services}. Stateless and thread-safe:
 * concurrent runs share only the registry, which is immutable.
 */
public final class StandardsCliTool implements ToolProvider {

  /** The tool; found by {@link java.util.ServiceLoader}. */
  public StandardsCliTool() {}

  @Override
  public String name() {
    return "standards-cli";
  }

  @Override
  public int run(PrintWriter out, PrintWriter err, String... args) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    Objects.requireNonNull(args, "args");
    Clock clock = Clock.systemDefaultZone();
    return StandardsCli.run(new StandardsCli.Context(StandardRegistry.defaultRegistry(), PublicHolidays.denmark(),
        () -> LocalDate.now(clock), System.in, out, err), args);
  }
}
