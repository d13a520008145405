package dk.kvalitetsstandard.examples.cli;

import java.util.Locale;

/** The languages explanations come in. */
final class Languages {

  private Languages() {}

  static Locale parse(String lang) {
    return switch (lang) {
      case "da" -> Locale.forLanguageTag("da");
      case "en" -> Locale.ENGLISH;
      default -> throw new UsageException("--lang takes en or da, not " + dk.kvalitetsstandard.problem.Problem.quote(lang));
    };
  }
}
