package dk.kvalitetsstandard.examples.cli;

import dk.kvalitetsstandard.audit.AuditSummary;
import dk.kvalitetsstandard.audit.GroupFigures;
import dk.kvalitetsstandard.audit.LineProblem;
import dk.kvalitetsstandard.deadline.Status;
import dk.kvalitetsstandard.law.NationalFloor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The audit as a self-contained page: inline style, charts drawn as inline SVG, no scripts, nothing
 * fetched from the network, in Danish or English. Two charts (the share of guarantees kept per
 * municipality and year; the distribution of the days from request to start, with the guarantee's
 * 14 days marked), the table, and the bad lines. The page is well-formed XHTML, so an XML parser
 * reads it as well as a browser.
 */
final class AuditPage {

  /** At most this many problems are listed on the page; the JSON output has them all. */
  static final int PROBLEMS_SHOWN = 1000;

  /** Colours for the years, told apart also by people with the common colour-vision deficiencies. */
  private static final String[] YEAR_COLOURS = {"#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#e15759", "#76b7b2",
      "#edc948", "#9c755f"};
  private static final String IN_TIME = "#4e79a7";
  private static final String LATE = "#e15759";
  /** The last bar of the days chart gathers everything from this many days on. */
  private static final int DAYS_SHOWN = 60;

  private AuditPage() {}

  static String of(AuditSummary summary, ProblemLog problems, String source, AuditLabels textLabels,
      Function<String, String> municipalityName) {
    AuditLabels labels = textLabels.forPage();
    StringBuilder html = new StringBuilder(64 * 1024);
    html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(labels.language())
        .append("\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>").append(escape(labels.title())).append("</title>\n")
        .append("<style>\n")
        .append("body { font-family: system-ui, sans-serif; margin: 2em; color: #222; }\n")
        .append("p.lead { max-width: 60em; }\n")
        .append("table { border-collapse: collapse; margin: 1em 0; font-size: 0.9em; }\n")
        .append("th, td { border: 1px solid #bbb; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }\n")
        .append("table.figures td, table.figures tbody th { white-space: nowrap; }\n")
        .append("table.figures thead th { vertical-align: bottom; }\n")
        .append("table.figures thead th { position: sticky; top: 0; }\n")
        .append("thead th { background: #eee; }\n")
        .append("td.n { text-align: right; font-variant-numeric: tabular-nums; }\n")
        .append("tr.total td { font-weight: bold; background: #f6f6f6; }\n")
        .append("figure { margin: 1.5em 0; }\n")
        .append("figcaption { font-weight: bold; margin-bottom: 0.5em; }\n")
        .append("svg text { font-family: system-ui, sans-serif; }\n")
        .append("</style>\n</head>\n<body>\n");
    html.append("<h1>").append(escape(labels.title())).append("</h1>\n");
    html.append("<p class=\"lead\">").append(escape(labels.read(summary, source)));
    String period = labels.period(summary);
    if (period != null) {
      html.append(' ').append(escape(period));
    }
    html.append("</p>\n<p class=\"lead\">").append(escape(labels.counting(summary))).append("</p>\n");
    if (summary.groups().isEmpty()) {
      html.append("<p>").append(escape(labels.noFigures())).append("</p>\n");
    } else {
      keptChart(html, summary, labels, municipalityName);
      daysChart(html, summary, labels);
      table(html, AuditTables.of(summary, labels, municipalityName));
      html.append("<p class=\"lead\">").append(escape(labels.keptExplained())).append("</p>\n");
    }
    problemList(html, problems, labels);
    html.append("</body>\n</html>\n");
    return html.toString();
  }

  // ------------------------------------------------------------------------------- kept per year

  private static void keptChart(StringBuilder html, AuditSummary summary, AuditLabels labels,
      Function<String, String> municipalityName) {
    // municipality → year → {met, decided}
    Map<String, TreeMap<Integer, long[]>> kept = new TreeMap<>();
    SortedSet<Integer> years = new TreeSet<>();
    for (GroupFigures g : summary.groups()) {
      long[] counts = kept.computeIfAbsent(municipalityName.apply(g.municipality()), m -> new TreeMap<>())
          .computeIfAbsent(g.year(), y -> new long[2]);
      counts[0] += g.count(Status.MET);
      counts[1] += g.count(Status.MET) + g.count(Status.BREACHED);
      years.add(g.year());
    }
    List<Integer> yearList = new ArrayList<>(years);
    int bar = 22;
    int gap = 26;
    int left = 56;
    int top = 40;
    int plot = 260;
    int groupWidth = yearList.size() * bar;
    int width = Math.max(640, left + kept.size() * (groupWidth + gap) + gap);
    int height = top + plot + 60;
    html.append("<figure>\n<figcaption>").append(escape(labels.keptChartTitle())).append("</figcaption>\n");
    svgStart(html, width, height, labels.keptChartTitle());
    // legend
    int x = left;
    for (int i = 0; i < yearList.size(); i++) {
      html.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"8\" width=\"14\" height=\"14\" fill=\"%s\"/>", x,
          YEAR_COLOURS[i % YEAR_COLOURS.length]));
      html.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"20\" font-size=\"13\">%d</text>\n", x + 19, yearList.get(i)));
      x += 70;
    }
    // axis and grid: 0 to 100 %
    for (int p = 0; p <= 100; p += 20) {
      double y = top + plot - plot * p / 100.0;
      html.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\"/>", left, y,
          width - 10, y, p == 0 ? "#444" : "#ddd"));
      html.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"12\" text-anchor=\"end\">%s</text>\n",
          left - 6, y + 4, escape(labels.danish() ? p + " %" : p + "%")));
    }
    int groupX = left + gap;
    for (Map.Entry<String, TreeMap<Integer, long[]>> municipality : kept.entrySet()) {
      for (int i = 0; i < yearList.size(); i++) {
        long[] counts = municipality.getValue().get(yearList.get(i));
        if (counts == null || counts[1] == 0) {
          continue;
        }
        double share = (double) counts[0] / counts[1];
        double h = plot * share;
        int bx = groupX + i * bar;
        html.append(String.format(Locale.ROOT,
            "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"%s\"><title>%s</title></rect>", bx + 1,
            top + plot - h, bar - 2, h, YEAR_COLOURS[i % YEAR_COLOURS.length],
            escape(municipality.getKey() + " " + yearList.get(i) + ": " + labels.percent(share) + " ("
                + labels.number(counts[0]) + " / " + labels.number(counts[1]) + ")")));
        html.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" text-anchor=\"middle\">%d</text>\n",
            bx + bar / 2.0, top + plot - h - 3, Math.round(share * 100)));
      }
      html.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"13\" text-anchor=\"middle\">%s</text>\n",
          groupX + groupWidth / 2.0, top + plot + 20, escape(municipality.getKey())));
      groupX += groupWidth + gap;
    }
    html.append("</svg>\n</figure>\n");
  }

  // ------------------------------------------------------------------------------- days to start

  private static void daysChart(StringBuilder html, AuditSummary summary, AuditLabels labels) {
    long[] counts = new long[DAYS_SHOWN + 1];
    for (GroupFigures g : summary.groups()) {
      g.daysToStart().distribution().forEach((days, n) -> counts[Math.min(days, DAYS_SHOWN)] += n);
    }
    long max = 0;
    for (long n : counts) {
      max = Math.max(max, n);
    }
    if (max == 0) {
      return;
    }
    long step = niceStep(max);
    long top = ((max + step - 1) / step) * step;
    int left = 70;
    int plotTop = 20;
    int plot = 260;
    int bar = 16;
    int width = left + (DAYS_SHOWN + 1) * bar + 30;
    int height = plotTop + plot + 60;
    int guarantee = NationalFloor.GUARANTEE_LENGTH.exactly();
    html.append("<figure>\n<figcaption>").append(escape(labels.daysChartTitle())).append("</figcaption>\n");
    svgStart(html, width, height, labels.daysChartTitle());
    for (long v = 0; v <= top; v += step) {
      double y = plotTop + plot - plot * (double) v / top;
      html.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\"/>", left, y,
          width - 20, y, v == 0 ? "#444" : "#ddd"));
      html.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"12\" text-anchor=\"end\">%s</text>\n",
          left - 6, y + 4, escape(labels.number(v))));
    }
    for (int d = 0; d <= DAYS_SHOWN; d++) {
      double h = plot * (double) counts[d] / top;
      int x = left + d * bar;
      String label = d == DAYS_SHOWN ? DAYS_SHOWN + "+" : String.valueOf(d);
      html.append(String.format(Locale.ROOT,
          "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"%s\"><title>%s</title></rect>\n", x + 1,
          plotTop + plot - h, bar - 2, h, d <= guarantee ? IN_TIME : LATE,
          escape(label + " " + labels.days() + ": " + labels.number(counts[d]) + " " + labels.guaranteesWord())));
      if (d % 7 == 0 || d == DAYS_SHOWN) {
        html.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\">%s</text>\n",
            x + bar / 2.0, plotTop + plot + 16, label));
      }
    }
    double line = left + (guarantee + 1) * bar;
    html.append(String.format(Locale.ROOT,
        "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#222\" stroke-dasharray=\"5,4\" stroke-width=\"1.5\"/>", line,
        plotTop, line, plotTop + plot));
    html.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"12\">%s</text>\n", line + 5, plotTop + 12,
        escape(guarantee + " " + labels.days())));
    html.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\">%s</text>\n",
        left + (DAYS_SHOWN + 1) * bar / 2.0, plotTop + plot + 40, escape(labels.days())));
    html.append("</svg>\n<p>").append(escape(labels.daysChartNote())).append("</p>\n</figure>\n");
  }

  /** The smallest step of 1, 2 or 5 times a power of ten that divides {@code max} into at most ten parts. */
  static long niceStep(long max) {
    for (long power = 1; ; power *= 10) {
      for (long multiple : new long[] {1, 2, 5}) {
        if (max <= multiple * power * 10) {
          return multiple * power;
        }
      }
    }
  }

  private static void svgStart(StringBuilder html, int width, int height, String title) {
    html.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\">"
            + "<title>%s</title>\n", width, height, width, height, escape(title)));
  }

  // ------------------------------------------------------------------------------- table, problems

  private static void table(StringBuilder html, AuditTables.Table table) {
    html.append("<table class=\"figures\">\n<thead>\n<tr>");
    for (String heading : table.header()) {
      html.append("<th scope=\"col\">").append(escape(heading)).append("</th>");
    }
    html.append("</tr>\n</thead>\n<tbody>\n");
    for (AuditTables.Row row : table.rows()) {
      html.append(row.total() ? "<tr class=\"total\">" : "<tr>");
      for (int i = 0; i < row.cells().size(); i++) {
        html.append(table.numeric()[i] ? "<td class=\"n\">" : "<td>").append(escape(row.cells().get(i))).append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</tbody>\n</table>\n");
  }

  private static void problemList(StringBuilder html, ProblemLog problems, AuditLabels labels) {
    if (problems.problems() == 0) {
      return;
    }
    html.append("<h2>").append(escape(labels.problemsHeading(problems.lines(), problems.problems()))).append("</h2>\n");
    html.append("<table class=\"problems\">\n<thead>\n<tr><th scope=\"col\">").append(escape(labels.line()))
        .append("</th><th scope=\"col\">").append(escape(labels.pathHeading())).append("</th><th scope=\"col\">")
        .append(escape(labels.messageHeading())).append("</th></tr>\n</thead>\n<tbody>\n");
    long[] shown = {0};
    problems.forEach(p -> {
      if (shown[0]++ < PROBLEMS_SHOWN) {
        problemRow(html, p, labels.danish());
      }
    });
    html.append("</tbody>\n</table>\n");
    if (problems.problems() > PROBLEMS_SHOWN) {
      html.append("<p>").append(escape(labels.more(problems.problems() - PROBLEMS_SHOWN))).append("</p>\n");
    }
  }

  private static void problemRow(StringBuilder html, LineProblem p, boolean danish) {
    html.append("<tr><td class=\"n\">").append(p.line()).append("</td><td>").append(escape(p.path())).append("</td><td>")
        .append(escape(danish ? p.messageDa() : p.message())).append("</td></tr>\n");
  }

  static String escape(String text) {
    return HtmlPage.escape(text);
  }
}
