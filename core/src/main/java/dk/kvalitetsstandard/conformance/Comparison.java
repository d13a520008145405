package dk.kvalitetsstandard.conformance;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.cases.InvalidCaseException;
import dk.kvalitetsstandard.deadline.Deadline;
import dk.kvalitetsstandard.deadline.DeadlineEngine;
import dk.kvalitetsstandard.deadline.DeadlineReport;
import dk.kvalitetsstandard.problem.Problem;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.DeadlineKind;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The municipalities' standards side by side: the latest standard of each, and one case run
 * through every one of them (the case's own municipality ignored), its deadlines lined up.
 *
 * <p>Cells are compared in substance, never by the rule that decided them: two deadlines are the
 * same when they start, fall due and close on the same dates with the same status, whether the
 * law (NAT-G1) or a municipal rule restating it (RIN-G1) decided them. Where cells differ, the
 * ones whose value fewer cells share than the commonest are the ones that stand out
 * ({@link #differing(List)}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Comparison {

  /**
   * One standard's column of a case comparison: the standard and the case's report under it, or,
   * where the case cannot run under it (a track it does not cover, for example), the problems that
   * say why.
   *
   * <p>This record is immutable and thread-safe.
   *
   * @param standard the standard of the column
   * @param report the case's report under the standard; empty where the case cannot run under it
   * @param problems why the case cannot run under the standard; empty where it runs
   */
  public record Column(QualityStandard standard, Optional<DeadlineReport> report, List<Problem> problems) {
    /**
     * Creates a column, copying the problems.
     *
     * @param standard the standard of the column, not null
     * @param report the case's report under the standard, or empty, not null
     * @param problems why the case cannot run under the standard, not null
     */
    public Column {
      Objects.requireNonNull(standard, "standard");
      Objects.requireNonNull(report, "report");
      problems = List.copyOf(problems);
    }

    /** {@return true if the case runs under this standard, so that the column has a report} */
    public boolean applies() {
      return report.isPresent();
    }
  }

  /**
   * One line of a case comparison: the deadlines of one kind, course and occurrence (the second
   * follow-up of the first course), one cell per column, empty where the standard gives none.
   * A line {@link #textAlone()} shows what each standard's text alone would give where it differs
   * from the effective deadline ({@link Deadline#standardDue()}), and is there only when some
   * standard's text does differ.
   *
   * @param kind the kind of deadline
   * @param course the course it belongs to, 1 for the first
   * @param occurrence 1 for the first deadline of its kind in its course, 2 for the second, …
   * @param occurrences how many deadlines of this kind the course has in the column with most
   * @param textAlone whether the line shows the standard's text alone rather than the effective deadline
   * @param cells one per column; empty where the column has no such deadline or the case does not run
   * @param differing the columns whose cells differ in substance (empty when all agree)
   */
  public record Line(DeadlineKind kind, int course, int occurrence, int occurrences, boolean textAlone,
      List<Optional<Deadline>> cells, Set<Integer> differing) {
    /**
     * Creates a line, copying the cells and the set of differing columns.
     *
     * @param kind the kind of deadline
     * @param course the course it belongs to, 1 for the first
     * @param occurrence 1 for the first deadline of its kind in its course, 2 for the second, …
     * @param occurrences how many deadlines of this kind the course has in the column with most
     * @param textAlone whether the line shows the standard's text alone rather than the effective
     *     deadline
     * @param cells one per column, not null
     * @param differing the columns whose cells differ in substance, not null; kept in ascending
     *     order
     */
    public Line {
      cells = List.copyOf(cells);
      differing = Collections.unmodifiableSet(new TreeSet<>(differing));
    }

    /** {@return true if the municipalities differ in substance on this line} */
    public boolean differs() {
      return !differing.isEmpty();
    }
  }

  /**
   * A case under every standard: the case, one column per municipality, and the lines of deadlines.
   *
   * <p>This record is immutable and thread-safe.
   *
   * @param caseFile the case as given
   * @param columns one per municipality, in the order of {@link Comparison#standards()}
   * @param lines the lines of deadlines, in order of course, kind and occurrence
   */
  public record CaseComparison(CaseFile caseFile, List<Column> columns, List<Line> lines) {
    /**
     * Creates a case comparison, copying the columns and lines.
     *
     * @param caseFile the case as given, not null
     * @param columns one per municipality, not null
     * @param lines the lines of deadlines, not null
     */
    public CaseComparison {
      Objects.requireNonNull(caseFile, "caseFile");
      columns = List.copyOf(columns);
      lines = List.copyOf(lines);
    }

    /** {@return the most courses the case has under any standard; 1 when no line has a deadline} */
    public int courses() {
      return lines.stream().mapToInt(Line::course).max().orElse(1);
    }
  }

  private final StandardRegistry registry;
  private final DeadlineEngine engine;

  private Comparison(StandardRegistry registry, PublicHolidays holidays) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.engine = DeadlineEngine.of(registry, holidays);
  }

  /**
   * Obtains comparisons over the standards of a registry.
   *
   * @param registry the registry whose standards are compared, not null
   * @param holidays the public holidays procedural limits are counted with, not null
   * @return the comparisons, not null
   */
  public static Comparison of(StandardRegistry registry, PublicHolidays holidays) {
    return new Comparison(registry, holidays);
  }

  /** {@return the latest standard of each municipality, in the registry's order of municipalities} */
  public List<QualityStandard> standards() {
    Map<String, QualityStandard> latest = new LinkedHashMap<>();
    registry.all().forEach(s -> latest.put(s.municipality().code(), s));
    return List.copyOf(latest.values());
  }

  /**
   * Runs a case under every municipality's latest standard and lines up its deadlines. Each line
   * holds one deadline per column; the columns where the case does not run are left out of the
   * comparison of each line. A case the engine refuses under a standard is not an error: its
   * column holds the problems instead of a report.
   *
   * @param caseFile the case, not null; its own municipality is ignored
   * @param locale the language of the explanations and findings: Danish for a Danish locale,
   *     English for any other; not null
   * @return the case under every standard, not null
   */
  public CaseComparison ofCase(CaseFile caseFile, Locale locale) {
    List<Column> columns = new ArrayList<>();
    for (QualityStandard standard : standards()) {
      CaseFile there = CaseFile.builder().from(caseFile).municipality(standard.municipality().slug()).build();
      try {
        columns.add(new Column(standard, Optional.of(engine.report(there, locale)), List.of()));
      } catch (InvalidCaseException e) {
        columns.add(new Column(standard, Optional.empty(), e.problems()));
      }
    }
    // Every (kind, course, occurrence) any column has, in order of course, kind and occurrence.
    Map<Key, Integer> occurrences = new LinkedHashMap<>();
    List<Map<Key, Deadline>> byColumn = new ArrayList<>();
    for (Column column : columns) {
      Map<Key, Deadline> cells = new LinkedHashMap<>();
      Map<String, Integer> seen = new LinkedHashMap<>();
      for (Deadline d : column.report().map(DeadlineReport::deadlines).orElse(List.of())) {
        int n = seen.merge(d.course() + " " + d.kind(), 1, Integer::sum);
        Key key = new Key(d.course(), d.kind(), n);
        cells.put(key, d);
        occurrences.merge(new Key(d.course(), d.kind(), 0), n, Math::max);
      }
      byColumn.add(cells);
    }
    List<Key> keys = new ArrayList<>();
    byColumn.forEach(cells -> cells.keySet().stream().filter(k -> !keys.contains(k)).forEach(keys::add));
    keys.sort(Comparator.comparingInt(Key::course).thenComparing(Key::kind).thenComparingInt(Key::occurrence));
    List<Line> lines = new ArrayList<>();
    for (Key key : keys) {
      List<Optional<Deadline>> cells = byColumn.stream().map(c -> Optional.ofNullable(c.get(key))).toList();
      int of = occurrences.get(new Key(key.course(), key.kind(), 0));
      lines.add(new Line(key.kind(), key.course(), key.occurrence(), of, false, cells,
          differing(substance(columns, cells, Comparison::effective))));
      if (cells.stream().anyMatch(c -> c.flatMap(Deadline::standardDue).isPresent())) {
        lines.add(new Line(key.kind(), key.course(), key.occurrence(), of, true, cells,
            differing(substance(columns, cells, Comparison::byTextAlone))));
      }
    }
    return new CaseComparison(caseFile, columns, lines);
  }

  /** A line's position: course, kind, and the occurrence within both (0 stands for all occurrences). */
  private record Key(int course, DeadlineKind kind, int occurrence) {}

  /** The substance of each cell, null for a column where the case does not run (left out of the comparison). */
  private static List<Object> substance(List<Column> columns, List<Optional<Deadline>> cells,
      java.util.function.Function<Optional<Deadline>, Object> of) {
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      values.add(columns.get(i).applies() ? of.apply(cells.get(i)) : null);
    }
    return values;
  }

  /**
   * What a deadline is in substance: when it started, when it is due, when it closed, and its
   * status; not the rule or provision that decided it.
   */
  static Object effective(Optional<Deadline> deadline) {
    return deadline.map(d -> List.of(d.startedBy(), d.due(), d.closedBy(), d.status())).orElse(List.of());
  }

  /** The due date the standard's text alone gives: its own where it differs, else the effective one. */
  static Object byTextAlone(Optional<Deadline> deadline) {
    return deadline.map(d -> d.standardDue().or(d::due)).<Object>map(due -> due.map(LocalDate::toString).orElse("-"))
        .orElse(List.of());
  }

  /**
   * The positions of the cells that stand out in a row of values compared in substance: none
   * when all agree; otherwise every cell whose value fewer cells share than the commonest value
   * (with 3, 1 and 1 cells, the two single ones; with 2, 2 and 1, the single one); and where
   * every value is shared by as many cells as any other (2 and 2, or all different), every cell.
   * A null value is a cell left out of the comparison (a standard the case does not run under)
   * and never stands out.
   *
   * @param values the cells' values compared by {@link Object#equals}, one per column; null for a
   *     cell left out
   * @return the positions of the cells that stand out, in ascending order; empty when none does
   */
  public static Set<Integer> differing(List<?> values) {
    Map<Object, Integer> counts = new LinkedHashMap<>();
    for (Object v : values) {
      if (v != null) {
        counts.merge(v, 1, Integer::sum);
      }
    }
    Set<Integer> differing = new LinkedHashSet<>();
    if (counts.size() <= 1) {
      return differing;
    }
    int most = Collections.max(counts.values());
    boolean allAlike = counts.values().stream().allMatch(n -> n == most);
    for (int i = 0; i < values.size(); i++) {
      Object v = values.get(i);
      if (v != null && (allAlike || counts.get(v) < most)) {
        differing.add(i);
      }
    }
    return differing;
  }
}
