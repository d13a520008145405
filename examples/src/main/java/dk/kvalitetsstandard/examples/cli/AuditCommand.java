package dk.kvalitetsstandard.examples.cli;

import dk.kvalitetsstandard.audit.AuditFigures;
import dk.kvalitetsstandard.audit.AuditSummary;
import dk.kvalitetsstandard.audit.CaseStreamAudit;
import dk.kvalitetsstandard.audit.Counting;
import dk.kvalitetsstandard.standard.Municipality;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code audit FILE}: how often the treatment guarantee was kept across a file of case files, one
 * per line, per municipality, year and track, with every bad line listed by its number.
 */
@Command(name = "audit", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Audit many case files at once: how often the treatment guarantee was kept, per municipality, "
        + "calendar year and track, and why not.",
        "FILE holds one case file (JSON) per line, UTF-8; - reads standard input. The file is streamed and evaluated "
            + "on all cores. A bad line is counted as invalid and listed with its line number and JSON path; the run "
            + "goes on. A CPR number is never repeated.",
        "Exit codes: 0 when the file was read, even if some or all of its lines are bad; 1 when it could not be read "
            + "or the page could not be written; 2 for a usage error."})
final class AuditCommand implements Callable<Integer> {

  enum Format { text, json, csv }

  private static final SecureRandom RANDOM = new SecureRandom();

  private final StandardsCli.Context context;

  /** Whether standard error is a terminal, where a progress line is shown. */
  BooleanSupplier terminal = AuditCommand::standardErrorIsTerminal;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "Newline-delimited case files; - reads standard input.")
  String file;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, json or csv (default: ${DEFAULT-VALUE}). With csv the bad lines go to standard error.")
  Format format;

  @Option(names = "--html", paramLabel = "OUT.html",
      description = "Also write a self-contained page with the table and charts (no scripts, nothing fetched).")
  Path html;

  @Option(names = "--counting", paramLabel = "COUNTING", defaultValue = "law",
      description = "law: every course's guarantee, as the law decides it (default); registry: the national register's "
          + "convention, for figures comparable with Statistics Denmark (a request 10 days or less after a course ended "
          + "merged into it, anonymous treatment left out).")
  String counting;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
      description = "Language of the text and the page: en or da (default: ${DEFAULT-VALUE}).")
  String lang;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
      description = "Worker threads (default: one per core).")
  int threads;

  AuditCommand(StandardsCli.Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Counting how;
    try {
      how = Counting.of(counting);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--counting takes law or registry, not '" + counting + "'");
    }
    if (threads < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be 0 (one per core) or more");
    }
    if (html != null && html.toAbsolutePath().getParent() != null && !Files.isDirectory(html.toAbsolutePath().getParent())) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--html: no such directory: "
          + html.toAbsolutePath().getParent());
    }
    Locale locale = Languages.parse(lang);
    AuditLabels labels = AuditLabels.of(locale);
    CaseStreamAudit audit = CaseStreamAudit.of(context.registry(), context.holidays(), how);
    if (threads > 0) {
      audit = audit.withThreads(threads);
    }
    String source = "-".equals(file) ? labels.sourceStdin() : file;
    try (ProblemLog problems = new ProblemLog()) {
      AuditFigures figures;
      try (InputStream in = open(file)) {
        TerminalProgress progress = terminal.getAsBoolean() ? new TerminalProgress(context.err(), labels) : null;
        figures = audit.run(in, problems, progress != null ? progress : CaseStreamAudit.Progress.NONE);
        if (progress != null) {
          progress.clear();
        }
      } catch (NoSuchFileException e) {
        context.err().println("error: no such file: " + file);
        return 1;
      } catch (IOException e) {
        context.err().println("error: cannot read " + file + ": " + e.getMessage());
        return 1;
      }
      AuditSummary summary = figures.summary();
      Function<String, String> names = municipalityNames();
      if (html != null) {
        try {
          writeAtomically(html, AuditPage.of(summary, problems, source, labels, names));
        } catch (IOException e) {
          context.err().println("error: cannot write " + html + ": " + e.getMessage());
          return 1;
        }
      }
      switch (format) {
        case json -> AuditOutput.json(summary, problems, context.out());
        case csv -> {
          AuditOutput.csv(summary, context.out());
          problems.forEach(p -> context.err().println(p));
        }
        case text -> AuditOutput.text(summary, problems, source, labels, names, context.out());
        default -> throw new IllegalStateException("unknown format " + format);
      }
      context.out().flush();
      // The file was read: its bad lines are figures and problems, not a failure of the command.
      return 0;
    }
  }

  /** The municipality's name for its slug, from the registry; the slug itself where it is unknown. */
  private Function<String, String> municipalityNames() {
    Map<String, String> names = context.registry().municipalities().stream()
        .collect(Collectors.toMap(Municipality::slug, Municipality::name, (a, b) -> a));
    return slug -> names.getOrDefault(slug, slug);
  }

  /** The file, or standard input (left open) for {@code -}. */
  private InputStream open(String name) throws IOException {
    if ("-".equals(name)) {
      return new FilterInputStream(context.stdin()) {
        @Override
        public void close() {
          // standard input belongs to the caller
        }
      };
    }
    Path path = Path.of(name);
    if (Files.isDirectory(path)) {
      throw new IOException("it is a directory");
    }
    return Files.newInputStream(path);
  }

  /**
   * Writes {@code content} to {@code target} through a temporary file in the same directory, moved
   * into place in one step, so a reader never sees half a page and a failed write leaves the old
   * page as it was.
   */
  static void writeAtomically(Path target, String content) throws IOException {
    Path absolute = target.toAbsolutePath();
    // Created as any new file is (not with createTempFile's owner-only permissions), under a name no one else uses.
    Path temporary = absolute.resolveSibling("." + absolute.getFileName() + "." + Long.toHexString(RANDOM.nextLong())
        + ".tmp");
    try {
      Files.writeString(temporary, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * Whether standard error goes to a terminal: on Linux, where file descriptor 2 leads to a
   * terminal device; elsewhere, where the JVM has a console (which also needs standard input and
   * output to be terminals).
   */
  static boolean standardErrorIsTerminal() {
    Path fd2 = Path.of("/proc/self/fd/2");
    try {
      if (Files.isSymbolicLink(fd2)) {
        String target = Files.readSymbolicLink(fd2).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // fall through to the console
    }
    return System.console() != null;
  }

  /** A progress line on standard error, rewritten in place at most five times a second. */
  static final class TerminalProgress implements CaseStreamAudit.Progress {
    private static final long INTERVAL = 200_000_000L;
    private final java.io.PrintWriter err;
    private final AuditLabels labels;
    private final long started = System.nanoTime();
    private long shown = started;
    private int width;

    TerminalProgress(java.io.PrintWriter err, AuditLabels labels) {
      this.err = err;
      this.labels = labels;
    }

    @Override
    public void reached(long lines, long cases, long invalid) {
      long now = System.nanoTime();
      if (now - shown < INTERVAL) {
        return;
      }
      shown = now;
      long perSecond = Math.round(cases / ((now - started) / 1e9));
      String text = labels.progress(lines, cases, invalid, perSecond);
      err.print("\r" + text + " ".repeat(Math.max(0, width - text.length())));
      err.flush();
      width = text.length();
    }

    /** Removes the progress line. */
    void clear() {
      if (width > 0) {
        err.print("\r" + " ".repeat(width) + "\r");
        err.flush();
      }
    }
  }
}
