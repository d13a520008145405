package dk.kvalitetsstandard.examples.cli;

import dk.kvalitetsstandard.audit.AuditSummary;
import dk.kvalitetsstandard.audit.DaysToStart;
import dk.kvalitetsstandard.audit.GroupFigures;
import dk.kvalitetsstandard.deadline.Status;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The audit's table as rows of cells, shared by the text output and the page: one row per group and
 * a total, with the statuses that occur in any group, the share kept, and the days to start.
 */
final class AuditTables {

  /** A row: its cells, and whether it is the total. */
  record Row(List<String> cells, boolean total) {}

  /** The header, the rows and which columns hold numbers. */
  record Table(List<String> header, List<Row> rows, boolean[] numeric) {}

  private AuditTables() {}

  /** The statuses that occur in at least one group, in the order of {@link Status}; at least MET and BREACHED. */
  static List<Status> statusesShown(AuditSummary summary) {
    List<Status> shown = new ArrayList<>();
    for (Status status : Status.values()) {
      boolean occurs = summary.groups().stream().anyMatch(g -> g.count(status) > 0);
      if (occurs || status == Status.MET || status == Status.BREACHED) {
        shown.add(status);
      }
    }
    return shown;
  }

  static Table of(AuditSummary summary, AuditLabels labels, Function<String, String> municipalityName) {
    List<Status> statuses = statusesShown(summary);
    List<String> header = new ArrayList<>(List.of(labels.municipalityHeading(), labels.yearHeading(),
        labels.trackHeading(), labels.guaranteesHeading()));
    statuses.forEach(s -> header.add(labels.status(s)));
    header.addAll(List.of(labels.keptHeading(), labels.startedHeading(), labels.medianHeading(), labels.p90Heading()));
    boolean[] numeric = new boolean[header.size()];
    Arrays.fill(numeric, 3, numeric.length, true);
    List<Row> rows = new ArrayList<>();
    for (GroupFigures g : summary.groups()) {
      rows.add(new Row(cells(municipalityName.apply(g.municipality()), String.valueOf(g.year()), labels.track(g.track()),
          g.guarantees(), g.byStatus(), g.keptShare(), g.daysToStart(), statuses, labels), false));
    }
    if (summary.groups().size() > 1) {
      Map<Status, Long> byStatus = new EnumMap<>(Status.class);
      Map<Integer, Long> days = new TreeMap<>();
      for (GroupFigures g : summary.groups()) {
        g.byStatus().forEach((s, n) -> byStatus.merge(s, n, Long::sum));
        g.daysToStart().distribution().forEach((d, n) -> days.merge(d, n, Long::sum));
      }
      long met = byStatus.getOrDefault(Status.MET, 0L);
      long decided = met + byStatus.getOrDefault(Status.BREACHED, 0L);
      rows.add(new Row(cells(labels.totalLabel(), "", "", summary.guarantees(), byStatus,
          decided == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) met / decided), DaysToStart.of(days), statuses,
          labels), true));
    }
    return new Table(header, rows, numeric);
  }

  private static List<String> cells(String municipality, String year, String track, long guarantees,
      Map<Status, Long> byStatus, OptionalDouble kept, DaysToStart days, List<Status> statuses, AuditLabels labels) {
    List<String> cells = new ArrayList<>(List.of(municipality, year, track, labels.number(guarantees)));
    statuses.forEach(s -> cells.add(labels.number(byStatus.getOrDefault(s, 0L))));
    cells.add(kept.isPresent() ? labels.percent(kept.getAsDouble()) : "–");
    cells.add(labels.number(days.started()));
    cells.add(days.median().map(String::valueOf).orElse("–"));
    cells.add(days.p90().map(String::valueOf).orElse("–"));
    return cells;
  }
}
