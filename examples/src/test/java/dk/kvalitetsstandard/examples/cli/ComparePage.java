package dk.kvalitetsstandard.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A comparison page read back with an XML parser: its columns, and each row's marks and cells. */
final class ComparePage {

  /** One row of the table: whether it is marked, and its cells (the mark cell left out). */
  record Row(String id, String label, boolean marked, List<Cell> cells) {
    /** The municipalities whose cells are highlighted. */
    Set<String> highlighted(List<String> columns) {
      Set<String> slugs = new TreeSet<>();
      for (int i = 0; i < cells.size(); i++) {
        if (cells.get(i).highlighted()) {
          slugs.add(columns.get(i));
        }
      }
      return slugs;
    }

    Cell cell(List<String> columns, String slug) {
      return cells.get(columns.indexOf(slug));
    }
  }

  /** One cell: its lines, its rules, its flag, and whether it is highlighted. */
  record Cell(List<String> lines, String rules, String flag, boolean highlighted, String text) {}

  final Document document;
  final String language;
  final List<String> columns = new ArrayList<>();
  final Map<String, Row> rows = new LinkedHashMap<>();

  private ComparePage(Document document) {
    this.document = document;
    Element html = document.getDocumentElement();
    this.language = html.getAttribute("lang");
    NodeList heads = ((Element) document.getElementsByTagName("thead").item(0)).getElementsByTagName("th");
    for (int i = 0; i < heads.getLength(); i++) {
      String slug = ((Element) heads.item(i)).getAttribute("data-municipality");
      if (!slug.isEmpty()) {
        columns.add(slug);
      }
    }
    NodeList trs = document.getElementsByTagName("tr");
    for (int i = 0; i < trs.getLength(); i++) {
      Element tr = (Element) trs.item(i);
      if (!tr.getAttribute("id").startsWith("row-")) {
        continue;
      }
      List<Cell> cells = new ArrayList<>();
      NodeList tds = tr.getElementsByTagName("td");
      for (int j = 0; j < tds.getLength(); j++) {
        Element td = (Element) tds.item(j);
        if (td.getAttribute("class").equals("mark")) {
          continue;
        }
        List<String> lines = new ArrayList<>();
        String rules = "";
        String flag = "";
        NodeList spans = td.getElementsByTagName("span");
        for (int k = 0; k < spans.getLength(); k++) {
          Element span = (Element) spans.item(k);
          switch (span.getAttribute("class")) {
            case "line" -> lines.add(span.getTextContent());
            case "rules" -> rules = span.getTextContent();
            case "flag" -> flag = span.getTextContent();
            default -> { }
          }
        }
        cells.add(new Cell(lines, rules, flag, td.getAttribute("class").equals("differs"), td.getTextContent()));
      }
      String label = ((Element) tr.getElementsByTagName("th").item(0)).getFirstChild().getTextContent();
      String id = tr.getAttribute("id").substring("row-".length());
      rows.put(id, new Row(id, label, tr.getAttribute("class").equals("differs"), cells));
    }
  }

  static ComparePage read(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setExpandEntityReferences(false);
    return new ComparePage(factory.newDocumentBuilder().parse(file.toFile()));
  }

  Row row(String id) {
    Row row = rows.get(id);
    if (row == null) {
      throw new AssertionError("no row " + id + " among " + rows.keySet());
    }
    return row;
  }

  /** The ids of the marked rows, in order. */
  List<String> marked() {
    return rows.values().stream().filter(Row::marked).map(Row::id).toList();
  }

  /** Every element with {@code tag} whose class is {@code cls}. */
  List<Element> elements(String tag, String cls) {
    List<Element> found = new ArrayList<>();
    NodeList all = document.getElementsByTagName(tag);
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (cls == null || e.getAttribute("class").equals(cls)) {
        found.add(e);
      }
    }
    return found;
  }

  Element byId(String id) {
    NodeList all = document.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (e.getAttribute("id").equals(id)) {
        return e;
      }
    }
    throw new AssertionError("no element " + id);
  }

  /** The text a reader sees: the body's text. */
  String text() {
    return document.getElementsByTagName("body").item(0).getTextContent();
  }
}
