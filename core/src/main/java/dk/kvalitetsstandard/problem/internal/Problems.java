package dk.kvalitetsstandard.problem.internal;

import dk.kvalitetsstandard.problem.Problem;
import dk.kvalitetsstandard.problem.ProblemCode;
import dk.kvalitetsstandard.text.Language;
import dk.kvalitetsstandard.text.internal.Messages;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Makes {@link Problem}s from the texts of {@code Problems_en} and {@code Problems_da}: each text's
 * key is its code's name, or the name and a variant ({@code WRONG_TYPE.fraction}) where one code
 * is worded in several ways. Arguments are shown as given ({@link String#valueOf}), in both
 * languages alike, except a {@link Phrase}, which is itself a text of the bundles written in each
 * language, a {@link #grouped} number, written with the language's digit grouping, and a {@link
 * #list} of arguments. Values that
 * come from the input must be quoted by the caller ({@link Problem#quote}). Thread-safe.
 */
public final class Problems {

  private static final String BUNDLE = "dk.kvalitetsstandard.problem.internal.Problems";

  private Problems() {}

  /**
   * Makes a problem worded by its code's own text.
   *
   * @param path the path, empty for the document as a whole, not null
   * @param code the code, whose name is the text's key, not null
   * @param args the text's arguments
   * @return the problem, in English and Danish
   */
  public static Problem of(String path, ProblemCode code, Object... args) {
    return worded(path, code, code.name(), args);
  }

  /**
   * Makes a problem worded by one of its code's variants.
   *
   * @param path the path, empty for the document as a whole, not null
   * @param code the code, not null
   * @param variant the variant: the text's key is {@code CODE.variant}, not null
   * @param args the text's arguments
   * @return the problem, in English and Danish
   */
  public static Problem variant(String path, ProblemCode code, String variant, Object... args) {
    return worded(path, code, code.name() + "." + Objects.requireNonNull(variant, "variant"), args);
  }

  /**
   * A text of the bundles used as an argument of another, written in the language of the whole.
   *
   * @param key the text's key, not null
   * @param args its arguments
   * @return the phrase
   */
  public static Phrase phrase(String key, Object... args) {
    return new Phrase(key, args);
  }

  /**
   * A whole number as an argument, written with the language's digit grouping (1,000,000 or 1.000.000).
   *
   * @param number the number
   * @return the argument
   */
  public static Grouped grouped(long number) {
    return new Grouped(number);
  }

  /**
   * Several arguments as one, each written in the language of the whole, joined by {@code "; "}.
   *
   * @param parts the arguments: phrases or values, not null
   * @return the argument
   */
  public static Joined list(List<?> parts) {
    return new Joined(List.copyOf(parts));
  }

  /**
   * A text of the bundles in a locale's language, for the parts of a message around its problems.
   *
   * @param key the text's key, not null
   * @param locale the language, not null
   * @param args the text's arguments, as for a problem's
   * @return the text
   */
  public static String wording(String key, Locale locale, Object... args) {
    return text(Messages.of(BUNDLE, locale), new Phrase(key, args));
  }

  /**
   * A document with its indefinite article, as an argument: "a case file", "en sagsfil".
   *
   * @param document what the document is, as the messages name it in English: "case file", "question"
   * @return the phrase
   */
  public static Phrase article(String document) {
    return new Phrase("a." + key(document), new Object[0]);
  }

  /** The part of the bundles' keys that names a document: "case file" is {@code case-file}. */
  private static String key(String document) {
    return document.replace(' ', '-');
  }

  /**
   * The first line of a list of problems: {@code 3 problems in the case file:}.
   *
   * @param count how many problems there are
   * @param document what the document is, as the messages name it in English: "case file", "question",
   *     "standard file"
   * @param locale the language, not null
   * @param documentArgs the arguments of the document's name: the standard file's name
   * @return the line, ending in a colon
   */
  public static String heading(int count, String document, Locale locale, Object... documentArgs) {
    Messages texts = Messages.of(BUNDLE, locale);
    return texts.format(count == 1 ? "heading.one" : "heading.many", String.valueOf(count),
        text(texts, new Phrase("document." + key(document), documentArgs)));
  }

  /**
   * The line that stands for the problems a list leaves out: {@code … and 12 more}.
   *
   * @param count how many were left out
   * @param locale the language, not null
   * @return the line
   */
  public static String more(int count, Locale locale) {
    return Messages.of(BUNDLE, locale).format("heading.more", String.valueOf(count));
  }

  private static Problem worded(String path, ProblemCode code, String key, Object[] args) {
    return new Problem(path, code, text(Messages.of(BUNDLE, Locale.ENGLISH), new Phrase(key, args)),
        text(Messages.of(BUNDLE, Language.DANISH), new Phrase(key, args)));
  }

  private static String text(Messages texts, Phrase phrase) {
    Object[] shown = new Object[phrase.args().length];
    for (int i = 0; i < shown.length; i++) {
      Object arg = phrase.args()[i];
      shown[i] = shown(texts, arg);
    }
    return texts.format(phrase.key(), shown);
  }

  private static String shown(Messages texts, Object arg) {
    if (arg instanceof Phrase p) {
      return text(texts, p);
    }
    if (arg instanceof Grouped g) {
      return NumberFormat.getIntegerInstance(texts.locale()).format(g.number());
    }
    if (arg instanceof Joined j) {
      return j.parts().stream().map(part -> shown(texts, part)).collect(Collectors.joining("; "));
    }
    return String.valueOf(arg);
  }

  /**
   * A text of the bundles as an argument.
   *
   * @param key the text's key
   * @param args its arguments
   */
  public record Phrase(String key, Object[] args) {}

  /**
   * Several arguments written as one.
   *
   * @param parts the arguments
   */
  public record Joined(List<?> parts) {}

  /**
   * A number written with the language's digit grouping.
   *
   * @param number the number
   */
  public record Grouped(long number) {}
}
