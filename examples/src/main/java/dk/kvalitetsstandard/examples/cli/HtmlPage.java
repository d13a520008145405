package dk.kvalitetsstandard.examples.cli;

import dk.kvalitetsstandard.conformance.Comparison;

/**
 * A comparison table as a self-contained page: inline style, no scripts, nothing fetched from the
 * network. The page is well-formed XHTML, so an XML parser reads it as well as a browser.
 */
final class HtmlPage {

  private HtmlPage() {}

  static String of(Comparison.Table table) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
        .append("<meta charset=\"utf-8\"/>\n<title>").append(escape(table.title())).append("</title>\n")
        .append("<style>\n")
        .append("body { font-family: system-ui, sans-serif; margin: 2em; color: #222; }\n")
        .append("table { border-collapse: collapse; }\n")
        .append("th, td { border: 1px solid #bbb; padding: 0.4em 0.6em; text-align: left; vertical-align: top; }\n")
        .append("thead th { background: #eee; }\n")
        .append("tr.differs td { background: #fff3cd; }\n")
        .append("td.mark { font-weight: bold; text-align: center; }\n")
        .append("</style>\n</head>\n<body>\n<h1>").append(escape(table.title())).append("</h1>\n")
        .append("<p>Rows marked <strong>≠</strong> differ between the municipalities.</p>\n")
        .append("<table>\n<thead>\n<tr><th></th><th scope=\"col\">rule</th>");
    for (String column : table.columns()) {
      html.append("<th scope=\"col\">").append(escape(column)).append("</th>");
    }
    html.append("</tr>\n</thead>\n<tbody>\n");
    for (Comparison.Row row : table.rows()) {
      html.append(row.differs() ? "<tr class=\"differs\">" : "<tr>")
          .append("<td class=\"mark\">").append(row.differs() ? "≠" : "").append("</td>")
          .append("<th scope=\"row\">").append(escape(row.label())).append("</th>");
      for (String cell : row.cells()) {
        html.append("<td>").append(escape(cell)).append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</tbody>\n</table>\n</body>\n</html>\n");
    return html.toString();
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
