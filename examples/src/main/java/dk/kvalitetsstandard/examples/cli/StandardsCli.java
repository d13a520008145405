package dk.kvalitetsstandard.examples.cli;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.cases.InvalidCaseException;
import dk.kvalitetsstandard.registry.StandardRegistry;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command-line tool: {@code list}, {@code show}, {@code report} and {@code demo} (the default),
 * over every standard the registry finds. Exit codes: 0 on success, 1 for an invalid case file
 * (every problem on standard error, nothing on standard output), 2 for bad usage or an unknown
 * municipality.
 */
@Command(
    name = "standards-cli",
    mixinStandardHelpOptions = true,
    version = "standards-cli 0.1.0",
    description = "Danish municipal quality standards for drug and alcohol treatment, as code.",
    subcommands = {ListCommand.class, ShowCommand.class, ReportCommand.class, AssessCommand.class, CheckCommand.class,
        CompareCommand.class, AuditCommand.class, AuditSampleCommand.class, DemoCommand.class,
        CommandLine.HelpCommand.class})
public final class StandardsCli implements Runnable {

  private final Context context;

  StandardsCli(Context context) {
    this.context = context;
  }

  /** What every command works with: the registry, today's date, and where to write. */
  record Context(StandardRegistry registry, PublicHolidays holidays, Supplier<LocalDate> today, InputStream stdin,
      PrintWriter out, PrintWriter err) {}

  /** Runs the tool with the system clock and standard output. */
  public static void main(String[] args) {
    // Third-party logging (Hibernate Validator's JBoss Logging, Jollyday's SLF4J) goes to the no-op SLF4J
    // binding, so standard error carries only the tool's own messages.
    System.setProperty("org.jboss.logging.provider", "slf4j");
    PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
    Clock clock = Clock.systemDefaultZone();
    System.exit(run(new Context(StandardRegistry.defaultRegistry(), PublicHolidays.denmark(), () -> LocalDate.now(clock),
        System.in, out, err), args));
  }

  /** Runs the tool in {@code context}; returns the exit code. */
  static int run(Context context, String... args) {
    CommandLine commandLine = new CommandLine(new StandardsCli(context), new Factory(context))
        .setOut(context.out())
        .setErr(context.err())
        .setExecutionExceptionHandler((e, cmd, parsed) -> {
          cmd.getErr().println(e instanceof InvalidCaseException ? e.getMessage() : "error: " + e.getMessage());
          return e instanceof InvalidCaseException ? 1 : 2;
        });
    commandLine.setUsageHelpLongOptionsMaxWidth(30);
    int code = commandLine.execute(args);
    context.out().flush();
    context.err().flush();
    return code;
  }

  /** With no command, the tool runs the demo. */
  @Override
  public void run() {
    new DemoCommand(context).run();
  }

  /** Creates commands with the context they need. */
  private record Factory(Context context) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      for (var constructor : type.getDeclaredConstructors()) {
        if (constructor.getParameterCount() == 1 && constructor.getParameterTypes()[0] == Context.class) {
          return type.cast(constructor.newInstance(context));
        }
      }
      return CommandLine.defaultFactory().create(type);
    }
  }
}
