package dk.kvalitetsstandard.examples.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A comparison as plain text no wider than {@value #WIDTH} columns: notices and paragraphs are
 * wrapped at word boundaries, and nothing is cut. A row whose cells are short is a line of the
 * table, each cell wrapped within its column; a row with a cell too long for that (a list of
 * offers, a complaint route) is written as a block, one line per municipality, wrapped within the
 * width. A row where the municipalities differ starts with {@code ≠}; a cell that differs starts
 * with {@code *}; a warning flag starts with {@code !}.
 */
final class CompareText {

  /** The widest line the text has. */
  static final int WIDTH = 100;

  private static final int GAP = 2;
  private static final int MARK = 2;
  private static final int MAX_LABEL = 20;
  private static final int MIN_COLUMN = 8;

  /** The most lines a cell of a table line has; a row with a taller cell is written as a block. */
  private static final int MAX_CELL_LINES = 4;

  /** The longest line of a cell that a table line is sized for. */
  private static final int MAX_CELL_LINE = 28;

  private CompareText() {}

  static String of(CompareTable table) {
    boolean danish = table.language().equals("da");
    StringBuilder out = new StringBuilder();
    out.append(table.title()).append('\n');
    wrap(table.subtitle(), WIDTH, "", "").forEach(l -> out.append(l).append('\n'));
    if (!table.notices().isEmpty()) {
      out.append('\n').append(danish ? "Bemærk:" : "Note:").append('\n');
      for (CompareTable.Notice notice : table.notices()) {
        wrap(notice.text(), WIDTH, "! ", "  ").forEach(l -> out.append(l).append('\n'));
      }
    }
    for (String paragraph : table.introduction()) {
      out.append('\n');
      wrap(paragraph, WIDTH, "", "").forEach(l -> out.append(l).append('\n'));
    }
    out.append('\n');
    grid(table, out, danish);
    out.append('\n').append(table.findingsTitle()).append('\n');
    for (String paragraph : table.findingsIntroduction()) {
      wrap(paragraph, WIDTH, "", "").forEach(l -> out.append(l).append('\n'));
    }
    for (CompareTable.FindingGroup group : table.findings()) {
      out.append('\n').append(group.municipality()).append('\n');
      for (CompareTable.Finding f : group.items()) {
        String head = f.rule() + f.against().map(a -> (danish ? " (jf. " : " (against ") + a + ")").orElse("") + ": ";
        wrap(head + f.sentence(), WIDTH, "- ", "  ").forEach(l -> out.append(l).append('\n'));
        f.quote().ifPresent(q -> wrap((danish ? "Standardens tekst, " : "The standard's text, ") + q.rule() + ": "
            + (danish ? "»" : "“") + q.text() + (danish ? "«" : "”"), WIDTH, "    ", "    ")
            .forEach(l -> out.append(l).append('\n')));
      }
    }
    if (!table.withoutFindings().isEmpty()) {
      out.append('\n');
      wrap(table.withoutFindings(), WIDTH, "", "").forEach(l -> out.append(l).append('\n'));
    }
    out.append('\n').append(danish ? "Forklaring:" : "Legend:").append('\n');
    for (CompareTable.Legend entry : table.legend()) {
      String term = entry.kind().equals("flag") ? "! " + entry.term() : entry.kind().equals("differs") ? "* " + entry.term()
          : entry.term();
      wrap(term + ": " + entry.meaning(), WIDTH, "  ", "    ").forEach(l -> out.append(l).append('\n'));
    }
    return out.toString();
  }

  private static void grid(CompareTable table, StringBuilder out, boolean danish) {
    int columns = table.columns().size();
    // The columns are sized for the rows that can be lines of the table at all.
    List<CompareTable.Row> rows = table.rows().stream().filter(r -> r.cells().stream().map(CompareText::cellLines)
        .allMatch(lines -> lines.size() <= MAX_CELL_LINES && lines.stream().allMatch(l -> l.length() <= MAX_CELL_LINE)))
        .toList();
    int label = Math.min(MAX_LABEL, Math.max(longestWord(rows.stream().map(CompareTable.Row::label).toList()),
        rows.stream().mapToInt(r -> r.label().length()).max().orElse(0)));
    int[] natural = new int[columns];
    for (int c = 0; c < columns; c++) {
      natural[c] = table.columns().get(c).name().length() + 2;
      for (CompareTable.Row row : rows) {
        for (String line : cellLines(row.cells().get(c))) {
          natural[c] = Math.max(natural[c], line.length() + 1);
        }
      }
    }
    int available = WIDTH - MARK - label - GAP * columns;
    int[] widths = share(natural, available);
    // What the shares leave over goes first to the columns that still wrap, then to the label.
    int left = available - sum(widths);
    for (int c = 0; left > 0 && c < columns * WIDTH; c++) {
      int i = c % columns;
      if (widths[i] < natural[i]) {
        widths[i]++;
        left--;
      } else if (java.util.stream.IntStream.range(0, columns).noneMatch(j -> widths[j] < natural[j])) {
        break;
      }
    }
    int longestLabel = rows.stream().mapToInt(r -> r.label().length()).max().orElse(0);
    label = Math.max(1, Math.min(longestLabel, label + Math.max(0, left)));

    List<List<String>> head = new ArrayList<>();
    head.add(List.of(""));
    head.add(List.of(danish ? "Emne" : "Topic"));
    for (CompareTable.Head h : table.columns()) {
      List<String> lines = new ArrayList<>(List.of(" " + h.name()));
      h.flag().ifPresent(f -> lines.add(" ! " + f));
      h.note().ifPresent(n -> lines.add(" " + n));
      head.add(lines);
    }
    print(out, head, label, widths);
    out.append("-".repeat(MARK + label + GAP * columns + sum(widths))).append('\n');
    int nameWidth = table.columns().stream().mapToInt(h -> h.name().length()).max().orElse(0) + 2;
    for (CompareTable.Section section : table.sections()) {
      out.append('\n').append(section.title()).append('\n').append("=".repeat(section.title().length())).append('\n');
      boolean afterBlock = false;
      for (CompareTable.Row row : section.rows()) {
        if (!fits(row, widths)) {
          block(out, table, row, nameWidth);
          afterBlock = true;
          continue;
        }
        if (afterBlock) {
          out.append('\n');
          afterBlock = false;
        }
        List<List<String>> cells = new ArrayList<>();
        cells.add(List.of(row.differs() ? "≠" : ""));
        List<String> labelLines = new ArrayList<>(List.of(row.label()));
        cells.add(labelLines);
        for (int c = 0; c < columns; c++) {
          CompareTable.Cell cell = row.cells().get(c);
          List<String> lines = new ArrayList<>();
          boolean first = true;
          for (String line : cellLines(cell)) {
            String marker = first && row.differing().contains(c) ? "*" : " ";
            lines.add(marker + line);
            first = false;
          }
          cells.add(lines);
        }
        print(out, cells, label, widths);
      }
    }
  }

  /** Whether every cell of {@code row} wraps within its column in few lines, no word broken. */
  private static boolean fits(CompareTable.Row row, int[] widths) {
    for (int c = 0; c < widths.length; c++) {
      List<String> lines = cellLines(row.cells().get(c));
      int room = widths[c] - 1;
      if (lines.stream().anyMatch(l -> longestWord(List.of(l)) > room)) {
        return false;
      }
      int height = lines.stream().mapToInt(l -> wrap(l, room, "", "").size()).sum();
      if (height > MAX_CELL_LINES) {
        return false;
      }
    }
    return true;
  }

  /** A row as a block: its label, then one line per municipality, each wrapped within the width. */
  private static void block(StringBuilder out, CompareTable table, CompareTable.Row row, int nameWidth) {
    out.append('\n');
    wrap(row.label() + row.hint().map(h -> " (" + h + ")").orElse(""), WIDTH, row.differs() ? "≠ " : "  ", "  ")
        .forEach(l -> out.append(l).append('\n'));
    for (int c = 0; c < row.cells().size(); c++) {
      CompareTable.Cell cell = row.cells().get(c);
      StringBuilder text = new StringBuilder();
      cell.flag().ifPresent(f -> text.append("! ").append(f).append(": "));
      text.append(String.join("; ", cell.lines()));
      if (!cell.rules().isEmpty()) {
        text.append(" (").append(String.join(", ", cell.rules())).append(')');
      }
      String first = (row.differing().contains(c) ? "  * " : "    ") + pad(table.columns().get(c).name(), nameWidth);
      wrap(text.toString(), WIDTH, first, " ".repeat(4 + nameWidth)).forEach(l -> out.append(l).append('\n'));
    }
  }

  /** A cell's lines as text: its flag, its lines, its rules in brackets. */
  private static List<String> cellLines(CompareTable.Cell cell) {
    List<String> lines = new ArrayList<>();
    cell.flag().ifPresent(f -> lines.add("! " + f));
    lines.addAll(cell.lines());
    if (!cell.rules().isEmpty()) {
      lines.add("(" + String.join(", ", cell.rules()) + ")");
    }
    return lines;
  }

  /** Shares {@code available} among columns of natural widths: narrow ones keep theirs, the rest share alike. */
  private static int[] share(int[] natural, int available) {
    int n = natural.length;
    int[] widths = new int[n];
    boolean[] fixed = new boolean[n];
    int left = available;
    int open = n;
    boolean changed = true;
    while (changed && open > 0) {
      changed = false;
      int each = left / open;
      for (int i = 0; i < n; i++) {
        if (!fixed[i] && natural[i] <= each) {
          widths[i] = natural[i];
          fixed[i] = true;
          left -= natural[i];
          open--;
          changed = true;
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (!fixed[i]) {
        widths[i] = Math.max(MIN_COLUMN, left / open);
      }
    }
    return widths;
  }

  /** Prints one row of the grid: the mark, the label and the cells, each wrapped within its width. */
  private static void print(StringBuilder out, List<List<String>> cells, int label, int[] widths) {
    List<List<String>> wrapped = new ArrayList<>();
    wrapped.add(cells.get(0));
    wrapped.add(wrapAll(cells.get(1), label, ""));
    for (int c = 0; c < widths.length; c++) {
      wrapped.add(wrapAll(cells.get(c + 2), widths[c], " "));
    }
    int height = wrapped.stream().mapToInt(List::size).max().orElse(1);
    for (int line = 0; line < height; line++) {
      StringBuilder text = new StringBuilder();
      text.append(pad(line < wrapped.get(0).size() ? wrapped.get(0).get(line) : "", MARK));
      text.append(pad(line < wrapped.get(1).size() ? wrapped.get(1).get(line) : "", label));
      for (int c = 0; c < widths.length; c++) {
        List<String> cell = wrapped.get(c + 2);
        text.append(" ".repeat(GAP)).append(pad(line < cell.size() ? cell.get(line) : "", widths[c]));
      }
      out.append(text.toString().stripTrailing()).append('\n');
    }
  }

  /**
   * Each line wrapped within {@code width}; lines after the first of a wrapped line are indented with
   * {@code continuation} (a cell's marker column).
   */
  private static List<String> wrapAll(List<String> lines, int width, String continuation) {
    List<String> wrapped = new ArrayList<>();
    for (String line : lines) {
      if (line.length() <= width) {
        wrapped.add(line);
      } else if (!continuation.isEmpty() && (line.startsWith("*") || line.startsWith(" "))) {
        wrapped.addAll(wrap(line.substring(1), width, line.substring(0, 1), continuation));
      } else {
        wrapped.addAll(wrap(line, width, "", continuation));
      }
    }
    return wrapped;
  }

  /**
   * {@code text} broken at spaces into lines of at most {@code width}, the first starting with
   * {@code first}, the rest with {@code rest}; a word longer than a line is broken where the line ends.
   */
  static List<String> wrap(String text, int width, String first, String rest) {
    width = Math.max(width, Math.max(first.length(), rest.length()) + 1);
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(first);
    int prefix = first.length();
    for (String word : text.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      boolean empty = line.length() == prefix;
      if (!empty && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line = new StringBuilder(rest);
        prefix = rest.length();
        empty = true;
      }
      String remaining = word;
      while (line.length() + (empty ? 0 : 1) + remaining.length() > width) {
        int room = width - line.length() - (empty ? 0 : 1);
        if (room <= 0) {
          lines.add(line.toString());
          line = new StringBuilder(rest);
          prefix = rest.length();
          empty = true;
          continue;
        }
        line.append(empty ? "" : " ").append(remaining, 0, room);
        lines.add(line.toString());
        remaining = remaining.substring(room);
        line = new StringBuilder(rest);
        prefix = rest.length();
        empty = true;
      }
      line.append(empty ? "" : " ").append(remaining);
    }
    if (line.length() > prefix || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static int longestWord(List<String> texts) {
    return texts.stream().flatMap(t -> java.util.Arrays.stream(t.split(" "))).mapToInt(String::length).max().orElse(0);
  }

  private static int sum(int[] values) {
    int sum = 0;
    for (int v : values) {
      sum += v;
    }
    return sum;
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }
}
