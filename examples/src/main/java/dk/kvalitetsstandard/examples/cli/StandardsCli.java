package dk.kvalitetsstandard.examples.cli;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.cases.Cpr;
import dk.kvalitetsstandard.cases.InvalidCaseException;
import dk.kvalitetsstandard.problem.Problem;
import dk.kvalitetsstandard.registry.RegistryException;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standardfile.InvalidStandardFileException;
import dk.kvalitetsstandard.text.Language;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The command-line tool: {@code list}, {@code show}, {@code report}, {@code assess}, {@code check},
 * {@code compare} and {@code demo} (the default), over every standard the registry finds. It runs
 * from {@link #main} or in process as the {@link java.util.spi.ToolProvider} {@code standards-cli}
 * ({@link StandardsCliTool}).
 *
 * <p>Exit codes: 0 on success; 1 for a case file or question with problems (every problem on
 * standard error with its JSON path); 2 for bad usage, an unknown municipality, or a file that
 * cannot be read or written; 3 for an internal error, which is a defect of the tool. Output is
 * buffered: a command that fails writes nothing to standard output, and nothing the tool writes to
 * standard error shows a value that looks like a CPR number or the name of a Java type.
 */
@Command(
    name = "standards-cli",
    mixinStandardHelpOptions = true,
    version = "standards-cli 0.1.0",
    description = "Danish municipal quality standards for drug and alcohol treatment, as code.")
public final class StandardsCli implements Runnable {

  /** The commands, by name, in the order the help lists them. */
  private static final Map<String, Class<?>> COMMANDS = commands();

  private static Map<String, Class<?>> commands() {
    Map<String, Class<?>> commands = new LinkedHashMap<>();
    for (Class<?> type : List.of(ListCommand.class, ShowCommand.class, ReportCommand.class, AssessCommand.class,
        CheckCommand.class, CompareCommand.class, AuditCommand.class, AuditSampleCommand.class, DemoCommand.class,
        CommandLine.HelpCommand.class)) {
      commands.put(type.getAnnotation(Command.class).name(), type);
    }
    return Collections.unmodifiableMap(commands);
  }

  /** Exit code: a case file or question with problems. */
  static final int INVALID_INPUT = 1;

  /** Exit code: bad usage, or a file that cannot be read or written. */
  static final int USAGE = 2;

  /** Exit code: an internal error, a defect of the tool. */
  static final int INTERNAL_ERROR = 3;

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
    System.exit(new StandardsCliTool().run(out, err, args));
  }

  /**
   * Runs the tool in {@code context}; returns the exit code. What the command writes is held back
   * until it has finished: standard output is written only if it succeeded, standard error always,
   * with CPR-like values masked.
   */
  static int run(Context context, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Context buffered = new Context(context.registry(), context.holidays(), context.today(), context.stdin(),
        new PrintWriter(out), new PrintWriter(err));
    int code;
    try {
      code = execute(buffered, args);
    } catch (Exception e) {
      buffered.err().println(INTERNAL_ERROR_MESSAGE);
      code = INTERNAL_ERROR;
    }
    buffered.out().flush();
    buffered.err().flush();
    if (code == 0) {
      context.out().print(out);
    }
    context.err().print(Cpr.mask(err.toString()));
    context.out().flush();
    context.err().flush();
    return code;
  }

  private static final String INTERNAL_ERROR_MESSAGE =
      "error: the command stopped on an internal error, a defect of the tool; nothing was written to standard output";

  private static int execute(Context context, String... args) throws Exception {
    Factory factory = new Factory(context);
    CommandLine commandLine = new CommandLine(new StandardsCli(context), factory);
    // Building a command's model is most of the cost of a run in process: when the first argument
    // names a command (other than help), only that one is built.
    Class<?> named = args.length > 0 && !"help".equals(args[0]) ? COMMANDS.get(args[0]) : null;
    for (Map.Entry<String, Class<?>> command : COMMANDS.entrySet()) {
      if (named == null || command.getValue() == named) {
        commandLine.addSubcommand(command.getKey(), factory.create(command.getValue()));
      }
    }
    commandLine.setOut(context.out())
        .setErr(context.err())
        .registerConverter(LocalDate.class, StandardsCli::date)
        .registerConverter(Path.class, StandardsCli::path)
        .setExecutionExceptionHandler((e, cmd, parsed) -> {
          Locale language = language(cmd);
          if (e instanceof InvalidCaseException invalid) {
            cmd.getErr().println(invalid.message(language));
            return INVALID_INPUT;
          }
          if (e instanceof InvalidStandardFileException invalid) {
            cmd.getErr().println(invalid.message(language));
            return INVALID_INPUT;
          }
          if (e instanceof RegistryException registry) {
            cmd.getErr().println((Language.isDanish(language) ? "fejl: " : "error: ") + registry.message(language));
            return USAGE;
          }
          if (e instanceof UsageException) {
            cmd.getErr().println("error: " + e.getMessage());
            return USAGE;
          }
          cmd.getErr().println(INTERNAL_ERROR_MESSAGE);
          return INTERNAL_ERROR;
        });
    commandLine.setUsageHelpLongOptionsMaxWidth(30);
    return commandLine.execute(args);
  }

  /**
   * The language a command was asked to write in ({@code --lang}), for its error messages: English
   * where the command has no such option or the value is not one the tool knows.
   */
  private static Locale language(CommandLine command) {
    CommandLine.ParseResult parsed = command.getParseResult();
    String lang = parsed == null ? "en" : parsed.matchedOptionValue("--lang", "en");
    return "da".equals(lang) ? Language.DANISH : Locale.ENGLISH;
  }

  /**
   * The dates a {@code --date} option takes: a year inside the dates the library handles at either
   * end, since {@code check} and {@code compare} build example cases dated around the date given.
   */
  static final LocalDate EARLIEST_OPTION_DATE = CaseFile.EARLIEST_DATE.plusYears(1);

  static final LocalDate LATEST_OPTION_DATE = CaseFile.LATEST_DATE.minusYears(1);

  /** A date option: ISO {@code YYYY-MM-DD}, a day of the calendar, from {@link #EARLIEST_OPTION_DATE} to {@link #LATEST_OPTION_DATE}. */
  static LocalDate date(String text) {
    String refused = Problem.quote(text) + " is not a date of the form YYYY-MM-DD that exists in the calendar";
    if (!text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
      throw new CommandLine.TypeConversionException(refused);
    }
    LocalDate date;
    try {
      date = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(refused);
    }
    if (date.isBefore(EARLIEST_OPTION_DATE) || date.isAfter(LATEST_OPTION_DATE)) {
      throw new CommandLine.TypeConversionException(Problem.quote(text) + " is outside the dates the tool takes, "
          + EARLIEST_OPTION_DATE + " to " + LATEST_OPTION_DATE);
    }
    return date;
  }

  /** A file name option. */
  static Path path(String text) {
    try {
      return FileAccess.path(text);
    } catch (UsageException e) {
      throw new CommandLine.TypeConversionException(e.getMessage());
    }
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
