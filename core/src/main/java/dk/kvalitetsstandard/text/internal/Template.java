package dk.kvalitetsstandard.text.internal;

import dk.kvalitetsstandard.text.Dates;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@link MessageFormat} pattern parsed once. A pattern whose arguments are all plain
 * ({@code {0}}, {@code {1}}) becomes a list of literal parts and argument indexes, filled in by
 * concatenation; a pattern with a format type ({@code {0,choice,…}}) keeps a {@code MessageFormat},
 * copied for each use since it is not thread-safe. Quotes follow {@code MessageFormat}: {@code ''}
 * is an apostrophe and text between single quotes is literal. A {@link LocalDate} argument is written
 * as prose writes dates in the pattern's language ({@link Dates#longForm}), never in ISO form.
 * Immutable and thread-safe.
 */
final class Template {

  private final String[] literals;
  private final int[] arguments;
  private final int length;
  private final MessageFormat complex;
  private final Locale locale;

  private Template(String[] literals, int[] arguments, MessageFormat complex, Locale locale) {
    this.locale = locale;
    this.literals = literals;
    this.arguments = arguments;
    this.complex = complex;
    int total = 0;
    for (String literal : literals) {
      total += literal.length();
    }
    this.length = total;
  }

  static Template parse(String pattern, Locale locale) {
    List<String> literals = new ArrayList<>();
    List<Integer> arguments = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
          literal.append('\'');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == '{' && !quoted) {
        int close = pattern.indexOf('}', i);
        String inside = close < 0 ? "" : pattern.substring(i + 1, close);
        if (!inside.chars().allMatch(Character::isDigit) || inside.isEmpty()) {
          return new Template(new String[0], new int[0], new MessageFormat(pattern, locale), locale);
        }
        literals.add(literal.toString());
        literal.setLength(0);
        arguments.add(Integer.parseInt(inside));
        i = close;
      } else {
        literal.append(c);
      }
    }
    literals.add(literal.toString());
    return new Template(literals.toArray(String[]::new), arguments.stream().mapToInt(Integer::intValue).toArray(), null,
        locale);
  }

  String format(Object... args) {
    if (complex == null && arguments.length == 0) {
      return literals[0];
    }
    return formatTo(new StringBuilder(length + 16 * arguments.length), args).toString();
  }

  /** Appends the text with {@code args} filled in to {@code text}, as {@link #format} writes it. */
  StringBuilder formatTo(StringBuilder text, Object... args) {
    if (complex != null) {
      Object[] shown = args;
      for (int i = 0; i < args.length; i++) {
        if (args[i] instanceof LocalDate date) {
          if (shown == args) {
            shown = args.clone();
          }
          shown[i] = Dates.longForm(date, locale);
        }
      }
      return text.append(((MessageFormat) complex.clone()).format(shown));
    }
    for (int i = 0; i < arguments.length; i++) {
      text.append(literals[i]);
      int index = arguments[i];
      // As MessageFormat: an argument not given is shown as its placeholder.
      text.append(index < args.length ? argument(args[index]) : "{" + index + "}");
    }
    return text.append(literals[arguments.length]);
  }

  /**
   * An argument as MessageFormat shows a plain one: numbers in the locale's format, a date as prose
   * writes it, anything else as its string.
   */
  private String argument(Object value) {
    if (value instanceof LocalDate date) {
      return Dates.longForm(date, locale);
    }
    return value instanceof Number ? NumberFormat.getInstance(locale).format(value) : String.valueOf(value);
  }
}
