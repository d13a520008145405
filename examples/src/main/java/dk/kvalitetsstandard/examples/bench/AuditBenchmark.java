package dk.kvalitetsstandard.examples.bench;

import dk.kvalitetsstandard.audit.AuditFigures;
import dk.kvalitetsstandard.audit.CaseStreamAudit;
import dk.kvalitetsstandard.audit.Counting;
import dk.kvalitetsstandard.audit.SyntheticHistories;
import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.deadline.DeadlineEngine;
import dk.kvalitetsstandard.deadline.DeadlineReport;
import dk.kvalitetsstandard.json.Json;
import dk.kvalitetsstandard.registry.StandardRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;

/**
 * Cases per second through {@code audit}, from a file of {@value #LINES} synthetic case histories
 * ({@link SyntheticHistories}, seed 1, 0.4 % bad lines), against merely reading the same file with
 * Jackson: the whole audit on all cores and on one worker thread; the audit's own pipeline with
 * reading and evaluation replaced by constants (what the streaming, batching, threads and combining
 * cost); the pipeline with the strict reader but a constant report (what reading costs), on all
 * cores and on one; and Jackson alone on one thread, into a tree and into the case type. Every score is in cases (lines) per second. Run with
 * the command the README gives.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(1)
public class AuditBenchmark {

  /** The lines of the file. */
  static final int LINES = 20_000;

  private Path file;
  private CaseStreamAudit endToEnd;
  private CaseStreamAudit readerOnly;
  private CaseStreamAudit pipelineOnly;
  private CaseStreamAudit endToEndOneThread;
  private CaseStreamAudit readerOnlyOneThread;
  private ObjectReader caseReader;

  @Setup
  public void setUp() throws IOException {
    StandardRegistry registry = StandardRegistry.defaultRegistry();
    file = Files.createTempFile("audit-benchmark-", ".ndjson");
    SyntheticHistories histories = SyntheticHistories.of(registry);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      histories.write(out, LINES, 1);
    }
    endToEnd = CaseStreamAudit.of(registry, PublicHolidays.denmark(), Counting.LAW);
    // A report made once for a typical case stands in for the engine; the same case stands in for the reader.
    CaseFile typical = histories.history(1, 1);
    DeadlineReport report = DeadlineEngine.of(registry, PublicHolidays.denmark()).report(typical);
    readerOnly = endToEnd.withReports(c -> report);
    pipelineOnly = readerOnly.withReader(line -> typical);
    endToEndOneThread = endToEnd.withThreads(1);
    readerOnlyOneThread = readerOnly.withThreads(1);
    caseReader = Json.mapper().readerFor(CaseFile.class);
  }

  @TearDown
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  private AuditFigures audit(CaseStreamAudit audit) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return audit.run(in, problem -> { }, CaseStreamAudit.Progress.NONE);
    }
  }

  /** The whole audit: strict reading, the engine, the figures, on all cores. It takes long to warm up. */
  @Benchmark
  @Warmup(iterations = 12, time = 10)
  @OperationsPerInvocation(LINES)
  public AuditFigures auditEndToEnd() throws IOException {
    return audit(endToEnd);
  }

  /** The audit with a constant report for every case: reading and validating, on all cores. */
  @Benchmark
  @Warmup(iterations = 8, time = 10)
  @OperationsPerInvocation(LINES)
  public AuditFigures auditReadingOnly() throws IOException {
    return audit(readerOnly);
  }

  /** The whole audit on one worker thread: the cost of a case, for comparison with Jackson on one thread. */
  @Benchmark
  @Warmup(iterations = 12, time = 10)
  @OperationsPerInvocation(LINES)
  public AuditFigures auditEndToEndOneThread() throws IOException {
    return audit(endToEndOneThread);
  }

  /** Strict reading and checking on one worker thread, with a constant report. */
  @Benchmark
  @Warmup(iterations = 8, time = 10)
  @OperationsPerInvocation(LINES)
  public AuditFigures auditReadingOnlyOneThread() throws IOException {
    return audit(readerOnlyOneThread);
  }

  /** The audit's own pipeline alone: lines cut, decoded, batched, counted and combined; reading and engine constant. */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public AuditFigures auditPipelineOnly() throws IOException {
    return audit(pipelineOnly);
  }

  /** Jackson alone, one thread: every line into a tree. */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public long jacksonTree() throws IOException {
    long nodes = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        try {
          nodes += Json.mapper().readTree(line).size();
        } catch (JacksonException e) {
          nodes--;
        }
      }
    }
    return nodes;
  }

  /** Jackson alone, one thread: every line bound to a case file, with no further checks. */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public long jacksonCaseFile() throws IOException {
    long events = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        try {
          events += caseReader.<CaseFile>readValue(line).events().size();
        } catch (JacksonException | IllegalArgumentException | IllegalStateException e) {
          events--;
        }
      }
    }
    return events;
  }
}
