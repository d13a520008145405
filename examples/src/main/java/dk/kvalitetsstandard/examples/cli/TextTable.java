package dk.kvalitetsstandard.examples.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of text for a person, at most {@link #WIDTH} columns wide: a cell too long for its
 * column is wrapped onto further lines at spaces (a word longer than the column, only where the
 * table cannot fit otherwise, is broken), never cut. A row may carry a note, a paragraph printed
 * under it across the whole width. Also the paragraphs around tables ({@link #wrap}).
 */
final class TextTable {

  /** The widest line the text formats print. */
  static final int WIDTH = 100;

  private static final String GAP = "  ";
  private static final String NOTE_INDENT = "    ";

  private final List<Column> columns;
  private final List<String[]> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  /** A column: its header, and whether its cells may be wrapped. */
  record Column(String header, boolean wraps) {}

  private TextTable(List<Column> columns) {
    this.columns = columns;
  }

  /** A table with these columns. */
  static TextTable of(Column... columns) {
    return new TextTable(List.of(columns));
  }

  /** A column whose cells are wrapped where the table needs room. */
  static Column wrapping(String header) {
    return new Column(header, true);
  }

  /** A column whose cells keep to one line. */
  static Column fixed(String header) {
    return new Column(header, false);
  }

  /** Adds a row; a cell may hold line breaks of its own. */
  TextTable row(String... cells) {
    return rowWithNote(null, cells);
  }

  /** Adds a row with a note printed under it, indented, across the whole width; {@code note} may be null. */
  TextTable rowWithNote(String note, String... cells) {
    if (cells.length != columns.size()) {
      throw new IllegalArgumentException(cells.length + " cells for " + columns.size() + " columns");
    }
    rows.add(cells);
    notes.add(note);
    return this;
  }

  /** The table: a header line, then each row and its note. */
  String render() {
    int[] widths = widths();
    StringBuilder out = new StringBuilder();
    String[] header = columns.stream().map(Column::header).toArray(String[]::new);
    line(out, header, widths);
    for (int r = 0; r < rows.size(); r++) {
      line(out, rows.get(r), widths);
      if (notes.get(r) != null && !notes.get(r).isEmpty()) {
        out.append(wrap(notes.get(r), NOTE_INDENT, NOTE_INDENT));
      }
    }
    return out.toString();
  }

  private void line(StringBuilder out, String[] cells, int[] widths) {
    List<List<String>> wrapped = new ArrayList<>();
    int height = 1;
    for (int c = 0; c < cells.length; c++) {
      List<String> lines = lines(cells[c] == null ? "" : cells[c], widths[c]);
      wrapped.add(lines);
      height = Math.max(height, lines.size());
    }
    for (int h = 0; h < height; h++) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < cells.length; c++) {
        String part = h < wrapped.get(c).size() ? wrapped.get(c).get(h) : "";
        line.append(part);
        if (c < cells.length - 1) {
          line.append(" ".repeat(widths[c] - part.length())).append(GAP);
        }
      }
      out.append(stripEnd(line.toString())).append('\n');
    }
  }

  /**
   * The width of each column: as wide as its longest line, then, while the table is wider than
   * {@link #WIDTH}, a wrapping column narrowed a character at a time: first the one with the most
   * room above its longest word, down to that word; then, where that is not enough, the widest,
   * below it.
   */
  private int[] widths() {
    int n = columns.size();
    int[] widths = new int[n];
    int[] words = new int[n];
    for (int c = 0; c < n; c++) {
      measure(columns.get(c).header(), c, widths, words);
      for (String[] row : rows) {
        measure(row[c] == null ? "" : row[c], c, widths, words);
      }
    }
    for (boolean breakWords : new boolean[] {false, true}) {
      while (total(widths) > WIDTH) {
        int widest = -1;
        for (int c = 0; c < n; c++) {
          int floor = breakWords ? 4 : words[c];
          if (columns.get(c).wraps() && widths[c] > floor
              && (widest < 0 || room(c, widths, words, breakWords) > room(widest, widths, words, breakWords))) {
            widest = c;
          }
        }
        if (widest < 0) {
          break;
        }
        widths[widest]--;
      }
    }
    return widths;
  }

  /** How much a column may still be narrowed in a phase: above its longest word, or, when words may break, at all. */
  private static int room(int column, int[] widths, int[] words, boolean breakWords) {
    return breakWords ? widths[column] : widths[column] - words[column];
  }

  private static void measure(String cell, int column, int[] widths, int[] words) {
    for (String line : cell.split("\n", -1)) {
      widths[column] = Math.max(widths[column], line.length());
      for (String word : line.split(" ")) {
        words[column] = Math.max(words[column], word.length());
      }
    }
  }

  private static int total(int[] widths) {
    int sum = GAP.length() * (widths.length - 1);
    for (int w : widths) {
      sum += w;
    }
    return sum;
  }

  /** {@code text} broken into lines of at most {@code width} characters, at spaces where it can be. */
  static List<String> lines(String text, int width) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.split("\n", -1)) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.split(" ")) {
        if (word.isEmpty()) {
          continue;
        }
        while (word.length() > width) {
          if (line.length() > 0) {
            lines.add(line.toString());
            line.setLength(0);
          }
          lines.add(word.substring(0, width - 1) + "-");
          word = word.substring(width - 1);
        }
        if (line.length() > 0 && line.length() + 1 + word.length() > width) {
          lines.add(line.toString());
          line.setLength(0);
        }
        if (line.length() > 0) {
          line.append(' ');
        }
        line.append(word);
      }
      lines.add(line.toString());
    }
    return lines;
  }

  /**
   * {@code text} as a paragraph of lines at most {@link #WIDTH} wide, the first line indented by
   * {@code first}, the others by {@code rest}; each line ends with a line break.
   */
  static String wrap(String text, String first, String rest) {
    StringBuilder out = new StringBuilder();
    List<String> lines = lines(text, WIDTH - Math.max(first.length(), rest.length()));
    for (int i = 0; i < lines.size(); i++) {
      out.append(stripEnd((i == 0 ? first : rest) + lines.get(i))).append('\n');
    }
    return out.toString();
  }

  private static String stripEnd(String line) {
    int end = line.length();
    while (end > 0 && line.charAt(end - 1) == ' ') {
      end--;
    }
    return line.substring(0, end);
  }
}
