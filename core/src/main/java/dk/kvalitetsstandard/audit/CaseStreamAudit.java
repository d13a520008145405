package dk.kvalitetsstandard.audit;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.cases.CaseFileReader;
import dk.kvalitetsstandard.cases.InvalidCaseException;
import dk.kvalitetsstandard.deadline.DeadlineEngine;
import dk.kvalitetsstandard.deadline.DeadlineReport;
import dk.kvalitetsstandard.json.Json;
import dk.kvalitetsstandard.problem.Problem;
import dk.kvalitetsstandard.problem.ProblemCode;
import dk.kvalitetsstandard.problem.internal.Problems;
import dk.kvalitetsstandard.registry.StandardRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Audits a stream of newline-delimited case files (one case file in JSON per line, UTF-8): every
 * line is read with the strict {@link CaseFileReader}, evaluated by the {@link DeadlineEngine} and
 * counted in {@link AuditFigures}. A line that cannot be read is counted as invalid and each of its
 * problems is reported with the line's number; the run goes on.
 *
 * <p>The input is streamed: the calling thread cuts it into batches of lines, a fixed pool of
 * worker threads (one per core by default) reads, evaluates and counts each batch into an
 * aggregate of its own, and the calling thread combines the batches' aggregates and hands their
 * problems on in input order. At most a few batches are in flight at once, so the memory used does
 * not grow with the input: it holds the batches in flight and the figures, whose size depends on
 * the number of municipalities, years and tracks, not on the number of cases.
 *
 * <p>Lines: numbered from 1, every line counting; a line that is empty or only white space is
 * skipped (it is no case file); a carriage return before the line feed and a byte-order mark at the
 * start are ignored; a line that is not UTF-8 or longer than {@link Json#MAX_DOCUMENT_LENGTH} bytes
 * is invalid. No problem repeats a CPR number ({@link LineProblem}).
 *
 * <pre>{@code
 * AuditSummary figures = CaseStreamAudit.of(registry, PublicHolidays.denmark(), Counting.LAW)
 *     .run(Files.newInputStream(file), problem -> System.err.println(problem), CaseStreamAudit.Progress.NONE)
 *     .summary();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; each {@link #run} uses threads of its own.
 */
public final class CaseStreamAudit {

  /** Told how far a run has come, on the thread that called {@link #run}, after each batch. */
  @FunctionalInterface
  public interface Progress {
    /** No progress reports. */
    Progress NONE = (lines, cases, invalid) -> { };

    /**
     * Tells how far the run has come.
     *
     * @param lines how many lines the run has read
     * @param cases how many case files it has counted, valid and invalid
     * @param invalid how many of those were invalid
     */
    void reached(long lines, long cases, long invalid);
  }

  private static final int DEFAULT_BATCH_LINES = 1024;
  private static final int BATCH_BYTES = 1 << 20;
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final Function<String, CaseFile> reader;
  private final Function<CaseFile, DeadlineReport> reports;
  private final Counting counting;
  private final int threads;
  private final int batchLines;
  private final long maxLineBytes;

  private CaseStreamAudit(Function<String, CaseFile> reader, Function<CaseFile, DeadlineReport> reports, Counting counting,
      int threads, int batchLines, long maxLineBytes) {
    this.reader = reader;
    this.reports = reports;
    this.counting = counting;
    this.threads = threads;
    this.batchLines = batchLines;
    this.maxLineBytes = maxLineBytes;
  }

  /**
   * Obtains an audit over a registry's standards, on as many threads as the machine has cores.
   *
   * @param registry the standards the case files are evaluated against, not null
   * @param holidays the calendar procedural limits are counted with, not null
   * @param counting how the guarantees are counted, not null
   * @return the audit
   * @throws NullPointerException if an argument is null
   */
  public static CaseStreamAudit of(StandardRegistry registry, PublicHolidays holidays, Counting counting) {
    DeadlineEngine engine = DeadlineEngine.of(registry, holidays);
    CaseFileReader reader = CaseFileReader.with(registry);
    return new CaseStreamAudit(reader::read, c -> engine.report(c, Locale.ENGLISH),
        Objects.requireNonNull(counting, "counting"), Runtime.getRuntime().availableProcessors(), DEFAULT_BATCH_LINES,
        Json.MAX_DOCUMENT_LENGTH);
  }

  /**
   * Returns a copy of this audit with a given number of worker threads.
   *
   * @param threads the number of worker threads, 1 or more
   * @return this audit on {@code threads} worker threads
   * @throws IllegalArgumentException if {@code threads} is less than 1
   */
  public CaseStreamAudit withThreads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be 1 or more: " + threads);
    }
    return new CaseStreamAudit(reader, reports, counting, threads, batchLines, maxLineBytes);
  }

  /**
   * Returns a copy of this audit with a given batch size.
   *
   * @param lines the most lines a batch holds, 1 or more
   * @return this audit with batches of at most {@code lines} lines
   * @throws IllegalArgumentException if {@code lines} is less than 1
   */
  public CaseStreamAudit withBatchLines(int lines) {
    if (lines < 1) {
      throw new IllegalArgumentException("a batch holds 1 line or more: " + lines);
    }
    return new CaseStreamAudit(reader, reports, counting, threads, lines, maxLineBytes);
  }

  /**
   * This audit with the reports made by {@code reports} instead of the engine: for a caller with
   * reports of its own (cached, or made elsewhere), and for measuring the rest of the pipeline. A
   * report must be made for the case file's {@code asOf}; a line whose report is not, or whose
   * report cannot be made, is counted as invalid.
   *
   * @param reports makes the report of a case file, not null; called on the worker threads
   * @return this audit with the reports made by {@code reports}
   * @throws NullPointerException if {@code reports} is null
   */
  public CaseStreamAudit withReports(Function<CaseFile, DeadlineReport> reports) {
    return new CaseStreamAudit(reader, Objects.requireNonNull(reports, "reports"), counting, threads, batchLines,
        maxLineBytes);
  }

  /**
   * This audit with each line made into a case file by {@code reader} instead of the strict
   * {@link CaseFileReader}: for a caller whose lines need reading of their own, and for measuring
   * the rest of the pipeline. For a bad line, {@code reader} throws {@link InvalidCaseException}.
   *
   * @param reader makes a line into a case file, not null; called on the worker threads
   * @return this audit with each line read by {@code reader}
   * @throws NullPointerException if {@code reader} is null
   */
  public CaseStreamAudit withReader(Function<String, CaseFile> reader) {
    return new CaseStreamAudit(Objects.requireNonNull(reader, "reader"), reports, counting, threads, batchLines,
        maxLineBytes);
  }

  /** This audit with lines longer than {@code bytes} bytes counted as invalid unread. */
  CaseStreamAudit withMaxLineBytes(long bytes) {
    return new CaseStreamAudit(reader, reports, counting, threads, batchLines, bytes);
  }

  /** {@return how the guarantees are counted} */
  public Counting counting() {
    return counting;
  }

  /**
   * Audits every line of {@code in} (read to its end, not closed). Each problem of an invalid line
   * goes to {@code problems}, in line order, on the calling thread.
   *
   * @param in the newline-delimited case files, UTF-8; not null
   * @param problems receives each problem of an invalid line, not null
   * @param progress told how far the run has come after each batch, not null; {@link Progress#NONE}
   *     for no reports
   * @return the figures of the valid lines, with the invalid ones counted
   * @throws IOException where {@code in} cannot be read, or the run is interrupted ({@link
   *     java.io.InterruptedIOException})
   */
  public AuditFigures run(InputStream in, Consumer<LineProblem> problems, Progress progress) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(problems, "problems");
    Objects.requireNonNull(progress, "progress");
    AuditFigures total = AuditFigures.of(counting);
    ExecutorService pool = Executors.newFixedThreadPool(threads, new Workers());
    ArrayDeque<Future<Batch>> inFlight = new ArrayDeque<>();
    int maxInFlight = 2 * threads + 2;
    try {
      Cutter cutter = new Cutter(batchLines, maxLineBytes);
      byte[] buffer = new byte[1 << 16];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        for (Batch batch : cutter.feed(buffer, n)) {
          inFlight.add(pool.submit(() -> evaluate(batch)));
          drain(inFlight, maxInFlight, total, problems, progress, cutter);
        }
      }
      Batch last = cutter.finish();
      if (last != null) {
        inFlight.add(pool.submit(() -> evaluate(last)));
      }
      drain(inFlight, 0, total, problems, progress, cutter);
      return total;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Combines finished batches in order: all while more than {@code keep} are in flight, then those already done. */
  private static void drain(ArrayDeque<Future<Batch>> inFlight, int keep, AuditFigures total,
      Consumer<LineProblem> problems, Progress progress, Cutter cutter) throws IOException {
    while (!inFlight.isEmpty() && (inFlight.size() > keep || inFlight.peek().isDone())) {
      Batch done;
      try {
        done = inFlight.poll().get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("the audit was interrupted");
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        if (e.getCause() instanceof Error err) {
          throw err;
        }
        throw new IllegalStateException(e.getCause());
      }
      total.combine(done.figures);
      done.problems.forEach(problems);
      progress.reached(Math.min(done.lastLine, cutter.linesRead()), total.cases(), total.invalid());
    }
  }

  /** Reads, evaluates and counts one batch (on a worker thread). */
  private Batch evaluate(Batch batch) {
    batch.figures = AuditFigures.of(counting);
    batch.problems = new ArrayList<>();
    for (int i = 0; i < batch.count; i++) {
      long line = batch.lines[i];
      if (batch.starts[i] < 0) {
        invalid(batch, line, List.of(Problems.variant("", ProblemCode.DOCUMENT_TOO_LONG, "line", maxLineBytes)));
        continue;
      }
      String json;
      try {
        json = decode(batch.data, batch.starts[i], batch.ends[i]);
      } catch (CharacterCodingException e) {
        invalid(batch, line, List.of(Problems.variant("", ProblemCode.NOT_UTF8, "line")));
        continue;
      }
      CaseFile caseFile;
      try {
        caseFile = reader.apply(json);
      } catch (InvalidCaseException e) {
        invalid(batch, line, e.problems());
        continue;
      }
      try {
        batch.figures.add(caseFile, reports.apply(caseFile));
      } catch (InvalidCaseException e) {
        invalid(batch, line, e.problems());
      } catch (RuntimeException e) {
        // A failure of the library on a case it accepted: counted and reported, so that one case does
        // not stop the audit of all the others.
        invalid(batch, line, List.of(Problems.of("", ProblemCode.NOT_EVALUATED, e)));
      }
    }
    batch.data = null;
    return batch;
  }

  private static void invalid(Batch batch, long line, List<Problem> problems) {
    batch.figures.addInvalid();
    for (Problem p : problems) {
      batch.problems.add(LineProblem.of(line, p));
    }
  }

  /** The line as a string; strict UTF-8 only where the fast decoding met a malformed sequence. */
  private static String decode(byte[] data, int start, int end) throws CharacterCodingException {
    String text = new String(data, start, end - start, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') >= 0) {
      // Either a replacement character in the input or a malformed sequence: only a strict decoder tells.
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data, start, end - start));
    }
    return text;
  }

  /** A batch of lines: their bytes, where each starts and ends, their numbers; then its figures and problems. */
  private static final class Batch {
    byte[] data;
    int size;
    int count;
    int[] starts;
    int[] ends;
    long[] lines;
    long lastLine;
    AuditFigures figures;
    List<LineProblem> problems;

    Batch(int capacity) {
      data = new byte[BATCH_BYTES / 4];
      starts = new int[capacity];
      ends = new int[capacity];
      lines = new long[capacity];
    }

    void append(byte[] bytes, int from, int length) {
      if (size + length > data.length) {
        data = Arrays.copyOf(data, Math.max(data.length * 2, size + length));
      }
      System.arraycopy(bytes, from, data, size, length);
      size += length;
    }
  }

  /**
   * Cuts bytes into lines and lines into batches, on the calling thread: the line being read is kept
   * in the open batch; a line longer than the limit is dropped as it is read and marked invalid.
   */
  private static final class Cutter {
    private final int batchLines;
    private final long maxLineBytes;
    private Batch open;
    private long lineNumber = 1;
    private int lineStart;
    private long lineLength;
    private boolean tooLong;

    Cutter(int batchLines, long maxLineBytes) {
      this.batchLines = batchLines;
      this.maxLineBytes = maxLineBytes;
      this.open = new Batch(batchLines);
    }

    long linesRead() {
      return lineNumber - 1;
    }

    /** Takes {@code n} bytes of {@code buffer}; returns the batches they filled. */
    List<Batch> feed(byte[] buffer, int n) {
      List<Batch> full = List.of();
      int from = 0;
      for (int i = 0; i < n; i++) {
        if (buffer[i] == '\n') {
          take(buffer, from, i - from);
          Batch batch = endLine();
          if (batch != null) {
            full = full.isEmpty() ? new ArrayList<>(2) : full;
            full.add(batch);
          }
          from = i + 1;
        }
      }
      take(buffer, from, n - from);
      return full;
    }

    /** The last batch at the end of the input, or null where it is empty. */
    Batch finish() {
      if (lineLength > 0 || tooLong) {
        endLine();
      }
      Batch last = open.count > 0 ? open : null;
      if (last != null) {
        last.lastLine = lineNumber - 1;
      }
      open = null;
      return last;
    }

    private void take(byte[] buffer, int from, int length) {
      if (length == 0 || tooLong) {
        return;
      }
      lineLength += length;
      if (lineLength > maxLineBytes) {
        tooLong = true;
        open.size = lineStart;
        return;
      }
      open.append(buffer, from, length);
    }

    /** Ends the current line; returns the open batch where it is now full. */
    private Batch endLine() {
      long number = lineNumber++;
      if (tooLong) {
        add(number, -1, -1);
      } else {
        int start = lineStart;
        int end = open.size;
        if (number == 1 && end - start >= 3 && open.data[start] == BOM[0] && open.data[start + 1] == BOM[1]
            && open.data[start + 2] == BOM[2]) {
          start += 3;
        }
        if (end > start && open.data[end - 1] == '\r') {
          end--;
        }
        if (blank(open.data, start, end)) {
          open.size = lineStart;
        } else {
          add(number, start, end);
        }
      }
      tooLong = false;
      lineLength = 0;
      lineStart = open.size;
      if (open.count == batchLines || open.size >= BATCH_BYTES) {
        Batch full = open;
        full.lastLine = number;
        open = new Batch(batchLines);
        lineStart = 0;
        return full;
      }
      return null;
    }

    private void add(long number, int start, int end) {
      open.starts[open.count] = start;
      open.ends[open.count] = end;
      open.lines[open.count] = number;
      open.count++;
    }

    private static boolean blank(byte[] data, int start, int end) {
      for (int i = start; i < end; i++) {
        byte b = data[i];
        if (b != ' ' && b != '\t' && b != '\r') {
          return false;
        }
      }
      return true;
    }
  }

  /** Daemon worker threads named {@code audit-N}. */
  private static final class Workers implements ThreadFactory {
    private final AtomicInteger next = new AtomicInteger(1);

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "audit-" + next.getAndIncrement());
      thread.setDaemon(true);
      return thread;
    }
  }
}
