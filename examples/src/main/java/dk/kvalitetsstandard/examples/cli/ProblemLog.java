package dk.kvalitetsstandard.examples.cli;

import dk.kvalitetsstandard.audit.LineProblem;
import dk.kvalitetsstandard.json.Json;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;

/**
 * The problems of an audit's bad lines, in line order, for the output at the end of the run: held
 * in memory up to a limit, beyond it written to a temporary file (one problem per line, as JSON) and
 * read back from there, so that a file with very many bad lines does not make the tool's memory
 * grow with it. {@link #close()} deletes the file. Used by one thread.
 */
final class ProblemLog implements Consumer<LineProblem>, AutoCloseable {

  /** How many problems are held in memory before they go to a file. */
  static final int IN_MEMORY = 10_000;

  private static final ObjectWriter ONE_LINE = Json.mapper().writerFor(LineProblem.class)
      .without(SerializationFeature.INDENT_OUTPUT);
  private static final ObjectReader READ = Json.mapper().readerFor(LineProblem.class);

  private final int inMemory;
  private final List<LineProblem> held = new ArrayList<>();
  private Path spill;
  private BufferedWriter spillWriter;
  private long problems;
  private long lines;
  private long lastLine;

  ProblemLog() {
    this(IN_MEMORY);
  }

  ProblemLog(int inMemory) {
    this.inMemory = inMemory;
  }

  @Override
  public void accept(LineProblem problem) {
    problems++;
    if (problem.line() != lastLine) {
      lines++;
      lastLine = problem.line();
    }
    try {
      if (spill == null && held.size() < inMemory) {
        held.add(problem);
        return;
      }
      if (spill == null) {
        spill = Files.createTempFile("standards-cli-audit-", ".problems");
        spillWriter = Files.newBufferedWriter(spill, StandardCharsets.UTF_8);
        for (LineProblem p : held) {
          write(p);
        }
        held.clear();
      }
      write(problem);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the problems in a temporary file: " + e.getMessage(), e);
    }
  }

  private void write(LineProblem problem) throws IOException {
    spillWriter.write(ONE_LINE.writeValueAsString(problem));
    spillWriter.write('\n');
  }

  /** How many problems were logged. */
  long problems() {
    return problems;
  }

  /** How many distinct lines they are on. */
  long lines() {
    return lines;
  }

  /** Whether the problems went to a file. */
  boolean spilled() {
    return spill != null;
  }

  /** The temporary file the problems went to, or null while they are in memory. */
  Path spillFile() {
    return spill;
  }

  /** Hands every problem, in the order logged, to {@code action}. */
  void forEach(Consumer<LineProblem> action) {
    if (spill == null) {
      held.forEach(action);
      return;
    }
    try {
      spillWriter.flush();
      try (BufferedReader in = Files.newBufferedReader(spill, StandardCharsets.UTF_8)) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          action.accept(READ.readValue(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the problems back: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    if (spill != null) {
      try {
        spillWriter.close();
        Files.deleteIfExists(spill);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot delete " + spill + ": " + e.getMessage(), e);
      }
    }
  }
}
