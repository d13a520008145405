package dk.kvalitetsstandard.examples.cli;

import dk.kvalitetsstandard.conformance.Comparison;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A comparison as it is shown, in words of one language: the title, notices about standards out
 * of date, sections of rows with one cell per municipality, the findings of each municipality
 * with the standard's own words, and a legend. The page ({@link HtmlPage}) and the text
 * ({@link CompareText}) are both drawn from it, so they always say the same.
 */
record CompareTable(String language, String title, String subtitle, List<String> introduction, List<Head> columns,
    List<Notice> notices, List<Section> sections, String findingsTitle, List<String> findingsIntroduction,
    List<FindingGroup> findings, String withoutFindings, List<Legend> legend, List<String> footer) {

  CompareTable {
    introduction = List.copyOf(introduction);
    columns = List.copyOf(columns);
    notices = List.copyOf(notices);
    sections = List.copyOf(sections);
    findingsIntroduction = List.copyOf(findingsIntroduction);
    findings = List.copyOf(findings);
    legend = List.copyOf(legend);
    footer = List.copyOf(footer);
  }

  /** Every row of every section, in order. */
  List<Row> rows() {
    return sections.stream().flatMap(s -> s.rows().stream()).toList();
  }

  /** A column's head: the municipality, and a flag where its standard is out of date or does not apply. */
  record Head(String name, String slug, Optional<String> flag, Optional<String> note, boolean compared) {}

  /** A notice above the table: a standard expired, ending soon, or not revised in time. */
  record Notice(String text, boolean severe) {}

  /** A group of rows under a heading. */
  record Section(String title, List<Row> rows) {
    Section {
      rows = List.copyOf(rows);
    }
  }

  /**
   * One row: its label, a hint of what it shows, a cell per column, and the columns whose cells
   * differ in substance (empty when all agree).
   */
  record Row(String id, String label, Optional<String> hint, List<Cell> cells, Set<Integer> differing) {
    Row {
      cells = List.copyOf(cells);
      differing = Collections.unmodifiableSet(new TreeSet<>(differing));
    }

    /** A row whose marks come from the substance of each cell (null: a cell left out of the comparison). */
    static Row of(String id, String label, Optional<String> hint, List<Cell> cells, List<?> substance) {
      return new Row(id, label, hint, cells, Comparison.differing(substance));
    }

    boolean differs() {
      return !differing.isEmpty();
    }
  }

  /**
   * One cell: its lines of text, the rules behind it (shown apart, never compared), a warning flag
   * where there is one, and whether it takes part in the comparison.
   */
  record Cell(List<String> lines, List<String> rules, Optional<String> flag, boolean compared) {
    Cell {
      lines = List.copyOf(lines);
      rules = List.copyOf(rules);
    }

    static Cell of(List<String> lines, List<String> rules) {
      return new Cell(lines, rules, Optional.empty(), true);
    }

    static Cell of(String line, List<String> rules) {
      return of(List.of(line), rules);
    }

    Cell flagged(String flag) {
      return new Cell(lines, rules, Optional.of(flag), compared);
    }

    /** A cell outside the comparison: the case does not run under the standard. */
    static Cell outside(String line) {
      return new Cell(List.of(line), List.of(), Optional.empty(), false);
    }
  }

  /** The findings of one municipality (a municipality without any is named in {@link #withoutFindings()}). */
  record FindingGroup(String municipality, String slug, List<Finding> items) {
    FindingGroup {
      items = List.copyOf(items);
    }
  }

  /** One finding: the rule that falls short, the rule of the law, a sentence, and the standard's own words. */
  record Finding(String anchor, String rule, Optional<String> against, String sentence, Optional<Quote> quote) {}

  /** The standard's own words and the rule they belong to. */
  record Quote(String rule, String text) {}

  /** A term of the legend and what it means. */
  record Legend(String term, String meaning, String kind) {}

  /** Collects rows section by section; a section left without rows is dropped. */
  static final class Sections {
    private final List<String> titles = new ArrayList<>();
    private final List<List<Row>> rows = new ArrayList<>();

    Sections section(String title) {
      titles.add(title);
      rows.add(new ArrayList<>());
      return this;
    }

    Sections add(Row row) {
      rows.get(rows.size() - 1).add(row);
      return this;
    }

    List<Section> build() {
      List<Section> sections = new ArrayList<>();
      for (int i = 0; i < titles.size(); i++) {
        if (!rows.get(i).isEmpty()) {
          sections.add(new Section(titles.get(i), rows.get(i)));
        }
      }
      return sections;
    }
  }
}
