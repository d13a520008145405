package dk.kvalitetsstandard.examples.cli;

import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.standard.Source;
import dk.kvalitetsstandard.standard.Validity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What both comparisons share: where each standard stands on the date, the notices, the legend of marks, the footer. */
final class CompareParts {

  private final CompareLabels words;

  CompareParts(CompareLabels words) {
    this.words = words;
  }

  /** The standard's period: "1. januar 2025 – 31. december 2026", "Fra 20. juni 2017, uden slutdato". */
  String period(Validity validity) {
    if (validity.from().isPresent() && validity.to().isPresent()) {
      return words.date(validity.from().get()) + " – " + words.date(validity.to().get());
    }
    if (validity.from().isPresent()) {
      return words.pick("Fra " + words.date(validity.from().get()) + ", uden slutdato",
          "From " + words.date(validity.from().get()) + ", open-ended");
    }
    if (validity.to().isPresent()) {
      return words.pick("Til ", "Until ") + words.date(validity.to().get());
    }
    return words.pick("Ingen gyldighedsperiode angivet", "No period of validity stated");
  }

  /** Where the standard stands on the date, as a cell: a phrase, the period, and a flag where it is out of date. */
  CompareTable.Cell standing(QualityStandard standard, Standing standing) {
    List<String> lines = new ArrayList<>();
    Optional<String> flag = Optional.empty();
    switch (standing.kind()) {
      case IN_FORCE -> {
        lines.add(words.pick("I kraft", "In force"));
        lines.add(period(standard.validity()));
      }
      case NO_PERIOD -> lines.add(words.pick("Ingen periode angivet", "No period stated"));
      case ENDS_SOON -> {
        lines.add(words.pick("Udløber ", "Ends ") + words.date(standing.date().orElseThrow()) + ", "
            + words.until(standing.on(), standing.date().orElseThrow()));
        flag = Optional.of(words.flagEndsSoon());
      }
      case EXPIRED -> {
        lines.add(words.pick("Udløb ", "Ended ") + words.date(standing.date().orElseThrow()));
        flag = Optional.of(words.flagExpired());
      }
      case NOT_YET_IN_FORCE -> {
        lines.add(words.pick("Træder i kraft ", "Comes into force ") + words.date(standing.date().orElseThrow()));
        flag = Optional.of(words.flagNotYet());
      }
    }
    if (standing.revisionDue().isPresent()) {
      lines.add(words.pick("Skulle være revideret senest ", "Due for revision by ") + words.date(standing.revisionDue().get()));
      flag = flag.or(() -> Optional.of(words.flagRevision()));
    }
    CompareTable.Cell cell = CompareTable.Cell.of(lines, List.of(standard.validity().source().rule()));
    return flag.map(cell::flagged).orElse(cell);
  }

  /** What a standing is in substance: its kind and whether revision is overdue. */
  static Object substance(Standing standing) {
    return List.of(standing.kind(), standing.revisionDue().isPresent());
  }

  /** A notice for each standard a reader should know is out of date, or soon will be. */
  List<CompareTable.Notice> notices(List<QualityStandard> standards, LocalDate on) {
    List<CompareTable.Notice> notices = new ArrayList<>();
    for (QualityStandard s : standards) {
      Standing standing = Standing.of(s, on);
      String whose = words.possessive(s.municipality().name());
      switch (standing.kind()) {
        case EXPIRED -> notices.add(new CompareTable.Notice(words.pick(
            whose + " standard udløb " + words.prose(standing.date().orElseThrow()) + ". Der findes ingen nyere, så den bruges"
                + " her som kommunens seneste beskrivelse af praksis.",
            whose + " standard ended on " + words.prose(standing.date().orElseThrow()) + ". There is no newer one, so it is"
                + " used here as the municipality's latest description of its practice."), true));
        case ENDS_SOON -> notices.add(new CompareTable.Notice(words.pick(
            whose + " standard udløber " + words.prose(standing.date().orElseThrow()) + ", "
                + words.until(on, standing.date().orElseThrow()) + ".",
            whose + " standard ends on " + words.prose(standing.date().orElseThrow()) + ", "
                + words.until(on, standing.date().orElseThrow()) + "."), false));
        case NOT_YET_IN_FORCE -> notices.add(new CompareTable.Notice(words.pick(
            whose + " standard træder først i kraft " + words.prose(standing.date().orElseThrow()) + ".",
            whose + " standard comes into force only on " + words.prose(standing.date().orElseThrow()) + "."), true));
        default -> { }
      }
      standing.revisionDue().ifPresent(due -> notices.add(new CompareTable.Notice(words.pick(
          whose + " standard blev godkendt " + words.prose(s.adoption().date().orElseThrow()) + " og skulle være revideret senest "
              + words.prose(due) + "; en kvalitetsstandard skal revideres mindst hvert andet år.",
          whose + " standard was adopted on " + words.prose(s.adoption().date().orElseThrow()) + " and was due for revision by "
              + words.prose(due) + "; a quality standard is revised at least every second year."), false)));
    }
    return notices;
  }

  /** What the marks mean: one paragraph. */
  String marks() {
    return words.pick("En række er markeret med ≠, når kommunerne er uenige om noget af betydning: en dato, en status,"
            + " hvornår en frist begynder at løbe, eller et tal. At reglerne har hvert sit regelnummer (fx GEN-G1 og RIN-G1),"
            + " tæller ikke som en forskel. I en markeret række er de celler fremhævet, der afviger fra det, de fleste"
            + " kommuner har; står alle værdier lige stærkt, er alle fremhævet.",
        "A row is marked ≠ where the municipalities differ in substance: a date, a status, when a deadline starts to run,"
            + " or a figure. Rule numbers differing alone (GEN-G1 against RIN-G1) are no difference. In a marked row the"
            + " cells that differ from what most municipalities have are highlighted; where every value is held by as"
            + " many as any other, all are.");
  }

  /** The legend entries for the marks and flags. */
  List<CompareTable.Legend> markLegend() {
    return List.of(
        new CompareTable.Legend("≠", words.pick("Kommunerne er uenige om noget af betydning i rækken.",
            "The municipalities differ in substance on the row."), "mark"),
        new CompareTable.Legend(words.pick("fremhævet", "highlighted"), words.pick(
            "Cellen afviger fra det, de fleste kommuner har.",
            "The cell differs from what most municipalities have."), "differs"),
        new CompareTable.Legend(words.pick("Advarsel", "Warning"), words.pick(
            "Et rødt mærke advarer: standarden er udløbet, udløber inden for et år, er ikke trådt i kraft, er ikke"
                + " revideret i tide, giver mindre end loven eller nævner en klageinstans, der er nedlagt.",
            "A red mark warns: the standard has ended, ends within a year, is not yet in force, was not revised in time,"
                + " gives less than the law, or names a complaints body that no longer exists."), "flag"),
        new CompareTable.Legend("–", words.pick("Standarden giver ikke noget her.", "The standard gives nothing here."), "none"));
  }

  /**
   * The sentence that names the municipalities without findings, or empty where every one has some:
   * "Ingen fund for Gentofte, Ringsted og Randers."
   */
  String withoutFindings(List<String> municipalities, String da, String en) {
    if (municipalities.isEmpty()) {
      return "";
    }
    return words.pick("Ingen fund for " + words.join(municipalities) + da, "No findings for " + words.join(municipalities) + en);
  }

  /** The footer: how the page was made, and the standards compared. */
  List<String> footer(List<QualityStandard> standards) {
    List<String> footer = new ArrayList<>();
    footer.add(words.pick("Lavet med standards-cli compare. Siden er selvstændig: den henter intet fra nettet og kan udskrives.",
        "Made with standards-cli compare. The page stands alone: it fetches nothing from the network and prints as it is."));
    for (QualityStandard s : standards) {
      footer.add(s.municipality().name() + " (" + s.municipality().code() + "): " + s.title());
    }
    return footer;
  }

  /**
   * The standard's own words for {@code rule}: the validity's for the law's rule on standards out of
   * date (NAT-Q2), else the first element of the standard that carries the rule.
   */
  static Optional<Source> quote(QualityStandard standard, String rule) {
    if (rule.equals("NAT-Q2")) {
      return Optional.of(standard.validity().source());
    }
    Optional<Source> clock = standard.guarantees().stream().flatMap(g -> g.clockSource().stream())
        .filter(s -> s.rule().equals(rule)).findFirst();
    return clock.or(() -> standard.elements().map(e -> e.source()).filter(s -> s.rule().equals(rule)).findFirst());
  }
}
