package dk.kvalitetsstandard.examples.cli;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.registry.StandardRegistry;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * One run of the command-line tool in process, over the five real standards, with a fixed "today"
 * and the given standard input: its exit code and what it wrote.
 *
 * @param code the exit code
 * @param out what it wrote to standard output
 * @param err what it wrote to standard error
 */
record CliRun(int code, String out, String err) {

  /** Runs the tool with {@code args} on {@code today}, reading {@code stdin} as standard input. */
  static CliRun of(LocalDate today, String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    StandardsCli.Context context = new StandardsCli.Context(StandardRegistry.defaultRegistry(), PublicHolidays.denmark(),
        () -> today, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new PrintWriter(out, true),
        new PrintWriter(err, true));
    int code = StandardsCli.run(context, args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
