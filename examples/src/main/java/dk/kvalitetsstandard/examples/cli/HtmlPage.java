package dk.kvalitetsstandard.examples.cli;

import java.util.List;

/**
 * A comparison as a self-contained page for a policy analyst's browser or printer: the style is
 * inline (with a print style for A4 landscape), there are no scripts, and nothing is fetched from
 * the network. The page is well-formed XHTML, so an XML parser reads it as well as a browser.
 *
 * <p>Its structure is part of its contract, for tests and for anyone who styles or reads it:
 * each municipality's column head is a {@code th} with {@code data-municipality}; each section of
 * rows is a {@code tbody} whose first row is its heading ({@code tr class="section"}); each row of
 * the comparison has an {@code id} of {@code row-} and its topic, and {@code class="differs"}
 * where the municipalities differ in substance, and within it each cell that differs has
 * {@code class="differs"}; a cell outside the comparison has {@code class="outside"}.
 */
final class HtmlPage {

  private HtmlPage() {}

  private static final String STYLE = """
      :root { --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --head: #eef1f4; --section: #e2e8ee;
              --mark: #9a4d00; --hi: #fff0b3; --hi-edge: #c99a06; --flag: #a0111f; --flag-bg: #ffebe9;
              --outside: #f6f8fa; --notice: #fff8e6; --notice-edge: #c99a06; }
      * { box-sizing: border-box; }
      body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
             color: var(--ink); background: #fff; margin: 0 auto; padding: 1.5rem 2rem 3rem; max-width: 1600px; }
      h1 { font-size: 1.65rem; margin: 0 0 .2rem; }
      h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; }
      h3 { font-size: 1.05rem; margin: 0 0 .4rem; }
      p { margin: .3rem 0 .6rem; max-width: 75em; }
      .subtitle { color: var(--muted); margin-top: 0; font-size: 1.05rem; }
      .notices { background: var(--notice); border-left: 5px solid var(--notice-edge); padding: .6rem 1rem; margin: 1rem 0; }
      .notices h2 { margin: 0 0 .3rem; font-size: 1rem; }
      .notices ul { margin: 0; padding-left: 1.2rem; }
      .notices li.severe { color: var(--flag); font-weight: 600; }
      .intro { color: var(--ink); }
      table.compare { border-collapse: collapse; width: 100%; table-layout: fixed; margin-top: 1rem; }
      col.mark { width: 2.2rem; }
      col.label { width: 15rem; }
      th, td { border: 1px solid var(--line); padding: .45rem .6rem; text-align: left; vertical-align: top;
               overflow-wrap: break-word; hyphens: auto; }
      thead th { background: var(--head); position: sticky; top: 0; z-index: 1; font-size: 1.02rem; }
      thead th .flag { margin-top: .2rem; }
      tr.section th { background: var(--section); font-size: .95rem; letter-spacing: .02em; padding: .35rem .6rem; }
      tbody th[scope="row"] { font-weight: 600; background: #fafbfc; }
      .hint { display: block; font-weight: 400; color: var(--muted); font-size: .85em; margin-top: .15rem; }
      td.mark { text-align: center; color: var(--mark); font-weight: 700; font-size: 1.15rem; padding: .35rem 0; }
      tr.differs th[scope="row"] { box-shadow: inset 4px 0 0 var(--mark); }
      td.differs { background: var(--hi); box-shadow: inset 0 0 0 2px var(--hi-edge); }
      td.outside { background: var(--outside); color: var(--muted); }
      .line { display: block; }
      .line + .line { margin-top: .15rem; }
      .rules { display: block; color: var(--muted); font-size: .78em; margin-top: .25rem; }
      .flag { display: inline-block; background: var(--flag-bg); color: var(--flag); border: 1px solid #f5b5b9;
              border-radius: 3px; padding: 0 .4em; font-size: .78em; font-weight: 700; margin-bottom: .2rem; }
      .note { display: block; color: var(--muted); font-weight: 400; font-size: .85em; }
      .groups { display: grid; grid-template-columns: repeat(auto-fill, minmax(24rem, 1fr)); gap: 1rem 1.5rem; }
      .group { border-top: 3px solid var(--section); padding-top: .5rem; }
      .group ol { margin: 0; padding-left: 1.3rem; }
      .group li { margin-bottom: .8rem; }
      .findings .none { color: var(--muted); margin-top: 1rem; }
      .finding-rule { font-weight: 700; }
      .against { color: var(--muted); font-weight: 400; }
      blockquote { margin: .3rem 0 0; padding: .3rem .7rem; border-left: 3px solid var(--line); color: #3d444d;
                   font-style: italic; background: #fafbfc; }
      blockquote .source { display: block; font-style: normal; color: var(--muted); font-size: .8em; }
      dl.legend { display: grid; grid-template-columns: max-content 1fr; gap: .3rem 1rem; margin: 0; }
      dl.legend dt { font-weight: 700; }
      dl.legend dt.differs span { background: var(--hi); box-shadow: inset 0 0 0 2px var(--hi-edge); padding: 0 .3em; }
      dl.legend dt.mark { color: var(--mark); }
      dl.legend dd { margin: 0; }
      footer { margin-top: 2.5rem; color: var(--muted); font-size: .85rem; border-top: 1px solid var(--line); padding-top: .6rem; }
      footer ul { margin: .3rem 0 0; padding-left: 1.2rem; }
      @media print {
        @page { size: A4 landscape; margin: 11mm 10mm; }
        body { font-size: 8.6pt; padding: 0; max-width: none; }
        h1 { font-size: 15pt; }
        h2 { font-size: 11pt; margin-top: 1rem; }
        h3 { font-size: 10pt; }
        col.mark { width: 1.6rem; }
        col.label { width: 10rem; }
        thead { display: table-header-group; }
        thead th { position: static; }
        tr, .group li, .notices, blockquote { break-inside: avoid; }
        h2, h3, tr.section { break-after: avoid; }
        td.differs, td.outside, tr.section th, thead th, .flag, .notices, dl.legend dt.differs span {
          -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        td.differs { outline: 1.5pt solid var(--hi-edge); outline-offset: -1.5pt; }
        .groups { display: block; column-count: 2; column-gap: 8mm; }
        .group { break-inside: avoid-column; margin-bottom: 4mm; }
        footer { font-size: 7.5pt; }
      }
      """;

  static String of(CompareTable table) {
    boolean danish = table.language().equals("da");
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(table.language()).append("\">\n")
        .append("<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>").append(escape(table.title())).append("</title>\n")
        .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
    html.append("<header>\n<h1>").append(escape(table.title())).append("</h1>\n<p class=\"subtitle\">")
        .append(escape(table.subtitle())).append("</p>\n</header>\n");
    if (!table.notices().isEmpty()) {
      html.append("<section class=\"notices\">\n<h2>").append(danish ? "Bemærk" : "Note").append("</h2>\n<ul>\n");
      for (CompareTable.Notice notice : table.notices()) {
        html.append(notice.severe() ? "<li class=\"severe\">" : "<li>").append(escape(notice.text())).append("</li>\n");
      }
      html.append("</ul>\n</section>\n");
    }
    html.append("<div class=\"intro\">\n");
    for (String paragraph : table.introduction()) {
      html.append("<p>").append(escape(paragraph)).append("</p>\n");
    }
    html.append("</div>\n");

    int width = table.columns().size() + 2;
    html.append("<table class=\"compare\">\n<colgroup><col class=\"mark\"/><col class=\"label\"/>");
    table.columns().forEach(c -> html.append("<col/>"));
    html.append("</colgroup>\n<thead>\n<tr><th class=\"mark\" scope=\"col\" title=\"")
        .append(danish ? "Forskel" : "Difference").append("\">≠</th><th scope=\"col\">")
        .append(danish ? "Emne" : "Topic").append("</th>");
    for (CompareTable.Head head : table.columns()) {
      html.append("<th scope=\"col\" data-municipality=\"").append(escape(head.slug())).append("\">")
          .append(escape(head.name()));
      head.flag().ifPresent(f -> html.append("<br/><span class=\"flag\">").append(escape(f)).append("</span>"));
      head.note().ifPresent(n -> html.append("<span class=\"note\">").append(escape(n)).append("</span>"));
      html.append("</th>");
    }
    html.append("</tr>\n</thead>\n");
    for (CompareTable.Section section : table.sections()) {
      html.append("<tbody>\n<tr class=\"section\"><th colspan=\"").append(width).append("\" scope=\"colgroup\">")
          .append(escape(section.title())).append("</th></tr>\n");
      for (CompareTable.Row row : section.rows()) {
        html.append("<tr id=\"row-").append(escape(row.id())).append("\"").append(row.differs() ? " class=\"differs\"" : "")
            .append(">");
        html.append("<td class=\"mark\">").append(row.differs() ? "≠" : "").append("</td>");
        html.append("<th scope=\"row\">").append(escape(row.label()));
        row.hint().ifPresent(h -> html.append("<span class=\"hint\">").append(escape(h)).append("</span>"));
        html.append("</th>");
        for (int i = 0; i < row.cells().size(); i++) {
          CompareTable.Cell cell = row.cells().get(i);
          String cls = !cell.compared() ? "outside" : row.differing().contains(i) ? "differs" : "";
          html.append(cls.isEmpty() ? "<td>" : "<td class=\"" + cls + "\">");
          cell.flag().ifPresent(f -> html.append("<span class=\"flag\">").append(escape(f)).append("</span>"));
          for (String line : cell.lines()) {
            html.append("<span class=\"line\">").append(escape(line)).append("</span>");
          }
          if (!cell.rules().isEmpty()) {
            html.append("<span class=\"rules\">").append(escape(String.join(", ", cell.rules()))).append("</span>");
          }
          html.append("</td>");
        }
        html.append("</tr>\n");
      }
      html.append("</tbody>\n");
    }
    html.append("</table>\n");

    html.append("<section class=\"findings\">\n<h2>").append(escape(table.findingsTitle())).append("</h2>\n");
    for (String paragraph : table.findingsIntroduction()) {
      html.append("<p>").append(escape(paragraph)).append("</p>\n");
    }
    html.append("<div class=\"groups\">\n");
    for (CompareTable.FindingGroup group : table.findings()) {
      html.append("<section class=\"group\" id=\"findings-").append(escape(group.slug())).append("\">\n<h3>")
          .append(escape(group.municipality())).append("</h3>\n");
      html.append("<ol>\n");
      for (CompareTable.Finding f : group.items()) {
        html.append("<li id=\"finding-").append(escape(f.anchor())).append("\"><span class=\"finding-rule\">")
            .append(escape(f.rule())).append("</span>");
        f.against().ifPresent(a -> html.append(" <span class=\"against\">").append(danish ? "jf. " : "against ")
            .append(escape(a)).append("</span>"));
        html.append("<p>").append(escape(f.sentence())).append("</p>");
        f.quote().ifPresent(q -> html.append("<blockquote lang=\"da\"><span class=\"source\">")
            .append(danish ? "Standardens tekst, " : "The standard's text, ").append(escape(q.rule())).append(":</span>")
            .append(danish ? "»" : "“").append(escape(q.text())).append(danish ? "«" : "”").append("</blockquote>"));
        html.append("</li>\n");
      }
      html.append("</ol>\n");
      html.append("</section>\n");
    }
    html.append("</div>\n");
    if (!table.withoutFindings().isEmpty()) {
      html.append("<p class=\"none\">").append(escape(table.withoutFindings())).append("</p>\n");
    }
    html.append("</section>\n");

    html.append("<section class=\"legend\">\n<h2>").append(danish ? "Forklaring" : "Legend").append("</h2>\n<dl class=\"legend\">\n");
    for (CompareTable.Legend entry : table.legend()) {
      html.append("<dt class=\"").append(escape(entry.kind())).append("\">");
      if (entry.kind().equals("flag")) {
        html.append("<span class=\"flag\">").append(escape(entry.term())).append("</span>");
      } else {
        html.append("<span>").append(escape(entry.term())).append("</span>");
      }
      html.append("</dt><dd>").append(escape(entry.meaning())).append("</dd>\n");
    }
    html.append("</dl>\n</section>\n");

    List<String> footer = table.footer();
    html.append("<footer>\n");
    if (!footer.isEmpty()) {
      html.append("<p>").append(escape(footer.get(0))).append("</p>\n");
      if (footer.size() > 1) {
        html.append("<ul>\n");
        footer.subList(1, footer.size()).forEach(line -> html.append("<li>").append(escape(line)).append("</li>\n"));
        html.append("</ul>\n");
      }
    }
    html.append("</footer>\n</body>\n</html>\n");
    return html.toString();
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
