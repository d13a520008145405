package dk.kvalitetsstandard.examples.cli;

import dk.kvalitetsstandard.audit.AuditSummary;
import dk.kvalitetsstandard.audit.GroupFigures;
import dk.kvalitetsstandard.deadline.Status;
import dk.kvalitetsstandard.json.Json;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;

/** The audit's figures and problems as text for a person, as JSON, or as CSV. */
final class AuditOutput {

  private static final int WIDTH = 100;

  private AuditOutput() {}

  /**
   * The JSON form: the summary's fields, then every problem. Written with Jackson's streaming
   * generator, so the problems go out one by one from wherever the log keeps them.
   */
  static void json(AuditSummary summary, ProblemLog problems, PrintWriter out) {
    JsonNode tree = Json.mapper().valueToTree(summary);
    try (JsonGenerator json = Json.mapper().writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET).createGenerator(out)) {
      json.writeStartObject();
      for (Map.Entry<String, JsonNode> property : tree.properties()) {
        json.writeName(property.getKey());
        json.writeTree(property.getValue());
      }
      json.writeName("problems");
      json.writeStartArray();
      problems.forEach(json::writePOJO);
      json.writeEndArray();
      json.writeEndObject();
    }
    out.println();
  }

  /** The CSV form: a header, then one row per group (the problems go to standard error). */
  static void csv(AuditSummary summary, PrintWriter out) {
    List<String> header = new ArrayList<>(List.of("municipality", "year", "track", "guarantees"));
    for (Status status : Status.values()) {
      header.add(status.name());
    }
    header.addAll(List.of("started", "median", "p90"));
    out.print(String.join(",", header) + "\r\n");
    for (GroupFigures g : summary.groups()) {
      List<String> row = new ArrayList<>(List.of(csvField(g.municipality()), String.valueOf(g.year()), g.track().name(),
          String.valueOf(g.guarantees())));
      for (Status status : Status.values()) {
        row.add(String.valueOf(g.count(status)));
      }
      row.add(String.valueOf(g.daysToStart().started()));
      row.add(g.daysToStart().median().map(String::valueOf).orElse(""));
      row.add(g.daysToStart().p90().map(String::valueOf).orElse(""));
      out.print(String.join(",", row) + "\r\n");
    }
  }

  private static String csvField(String value) {
    return value.matches("[^\",\r\n]*") ? value : "\"" + value.replace("\"", "\"\"") + "\"";
  }

  /** The text form: what was read, how it was counted, the table, and every problem. */
  static void text(AuditSummary summary, ProblemLog problems, String source, AuditLabels labels,
      Function<String, String> municipalityName, PrintWriter out) {
    out.println(labels.title());
    out.println(wrap(labels.read(summary, source)));
    String period = labels.period(summary);
    if (period != null) {
      out.println(wrap(period));
    }
    out.println(wrap(labels.counting(summary)));
    out.println();
    if (summary.groups().isEmpty()) {
      out.println(labels.noFigures());
    } else {
      out.print(table(AuditTables.of(summary, labels, municipalityName)));
      out.println();
      out.println(wrap(labels.keptExplained()));
    }
    if (problems.problems() > 0) {
      out.println();
      out.println(labels.problemsHeading(problems.lines(), problems.problems()));
      problems.forEach(p -> out.println("  " + labels.line() + " " + p.line() + ": " + (p.path().isEmpty() ? ""
          : p.path() + ": ") + (labels.danish() ? p.messageDa() : p.message())));
    }
  }

  static String table(AuditTables.Table table) {
    int columns = table.header().size();
    int[] widths = new int[columns];
    for (int i = 0; i < columns; i++) {
      widths[i] = table.header().get(i).length();
      for (AuditTables.Row row : table.rows()) {
        widths[i] = Math.max(widths[i], row.cells().get(i).length());
      }
    }
    StringBuilder text = new StringBuilder();
    line(text, table.header(), widths, table.numeric());
    for (AuditTables.Row row : table.rows()) {
      line(text, row.cells(), widths, table.numeric());
    }
    return text.toString();
  }

  private static void line(StringBuilder text, List<String> cells, int[] widths, boolean[] numeric) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String format = "%" + (numeric[i] ? "" : "-") + widths[i] + "s";
      line.append(String.format(format, cells.get(i))).append(i + 1 < cells.size() ? "  " : "");
    }
    text.append(line.toString().stripTrailing()).append('\n');
  }

  /** {@code text} broken into lines of at most {@value #WIDTH} characters at spaces. */
  static String wrap(String text) {
    StringBuilder out = new StringBuilder();
    int lineLength = 0;
    for (String word : text.split(" ")) {
      if (lineLength > 0 && lineLength + 1 + word.length() > WIDTH) {
        out.append('\n');
        lineLength = 0;
      } else if (lineLength > 0) {
        out.append(' ');
        lineLength++;
      }
      out.append(word);
      lineLength += word.length();
    }
    return out.toString();
  }
}
