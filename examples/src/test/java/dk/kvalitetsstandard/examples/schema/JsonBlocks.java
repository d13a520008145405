package dk.kvalitetsstandard.examples.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code ```json} code blocks of a Markdown document, each made a JSON document: where a block
 * shortens an array or an object with {@code …} outside a string ({@code [ {…}, … ]}), the
 * ellipsis and its comma are left out. An ellipsis inside a string stays as it is.
 */
final class JsonBlocks {

  /** One block: the line it starts on (from 1) and its JSON. */
  record Block(int line, String json) {}

  private static final Pattern FENCE = Pattern.compile("(?ms)^```json\\n(.*?)^```");

  private JsonBlocks() {}

  static List<Block> of(String markdown) {
    List<Block> blocks = new ArrayList<>();
    Matcher m = FENCE.matcher(markdown);
    while (m.find()) {
      int line = (int) markdown.substring(0, m.start()).lines().count() + 1;
      blocks.add(new Block(line, withoutElisions(m.group(1))));
    }
    return blocks;
  }

  /** {@code json} with every ellipsis outside a string left out, together with the comma that joined it. */
  static String withoutElisions(String json) {
    StringBuilder out = new StringBuilder(json.length());
    boolean inString = false;
    boolean skipComma = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        out.append(c);
        if (c == '\\' && i + 1 < json.length()) {
          out.append(json.charAt(++i));
        } else if (c == '"') {
          inString = false;
        }
        continue;
      }
      if (c == '…') {
        int end = out.length();
        while (end > 0 && Character.isWhitespace(out.charAt(end - 1))) {
          end--;
        }
        if (end > 0 && out.charAt(end - 1) == ',') {
          out.setLength(end - 1);
        } else {
          skipComma = true; // the first element was elided: drop the comma after it
        }
        continue;
      }
      if (skipComma && !Character.isWhitespace(c)) {
        skipComma = false;
        if (c == ',') {
          continue;
        }
      }
      if (c == '"') {
        inString = true;
      }
      out.append(c);
    }
    return out.toString();
  }
}
