package dk.kvalitetsstandard.examples.cli;

import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.cases.Cpr;
import dk.kvalitetsstandard.conformance.Comparison;
import dk.kvalitetsstandard.deadline.Deadline;
import dk.kvalitetsstandard.deadline.DeadlineReport;
import dk.kvalitetsstandard.deadline.Finding;
import dk.kvalitetsstandard.deadline.Status;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One case under every standard, in words: a row for where each standard stands on the case's
 * date, a row for each deadline (and, where a standard's text alone would give another date, a
 * row for that), the findings of each municipality with the standard's own words, and a legend of
 * the statuses used. A row is marked where the deadlines differ in substance, as
 * {@link Comparison} decides.
 */
final class CaseComparisonTable {

  private final CompareLabels words;
  private final CompareParts parts;

  private CaseComparisonTable(CompareLabels words) {
    this.words = words;
    this.parts = new CompareParts(words);
  }

  static CompareTable of(Comparison.CaseComparison comparison, CompareLabels words) {
    return new CaseComparisonTable(words).table(comparison);
  }

  private CompareTable table(Comparison.CaseComparison comparison) {
    CaseFile caseFile = comparison.caseFile();
    LocalDate asOf = caseFile.asOf();
    List<QualityStandard> standards = comparison.columns().stream().map(Comparison.Column::standard).toList();
    Integer age = caseFile.citizen().age().orElse(null);
    String track = words.track(caseFile.track()) + " (" + caseFile.track().legalBasis(asOf, age).citation() + ")";

    List<CompareTable.Head> heads = new ArrayList<>();
    List<CompareTable.Notice> notices = new ArrayList<>(parts.notices(standards, asOf));
    for (Comparison.Column column : comparison.columns()) {
      QualityStandard s = column.standard();
      Standing standing = Standing.of(s, asOf);
      Optional<String> flag = switch (standing.kind()) {
        case EXPIRED -> Optional.of(words.flagExpired());
        case ENDS_SOON -> Optional.of(words.flagEndsSoon());
        case NOT_YET_IN_FORCE -> Optional.of(words.flagNotYet());
        default -> Optional.empty();
      };
      Optional<String> note = Optional.empty();
      if (!column.applies()) {
        String why = s.covers(caseFile.track())
            ? column.problems().stream().findFirst().map(p -> Cpr.mask(p.message())).orElse("")
            : words.pick("standarden dækker ikke ", "the standard does not cover ") + words.trackInSentence(caseFile.track());
        note = Optional.of(s.covers(caseFile.track()) ? words.pick("Sagen passer ikke", "The case does not fit")
            : words.pick("Dækker ikke denne behandling", "Does not cover this treatment"));
        notices.add(new CompareTable.Notice(words.pick("Sagen kan ikke køres igennem " + words.possessive(s.municipality().name())
            + " standard: " + why + ".", "The case cannot run under " + words.possessive(s.municipality().name())
            + " standard: " + why + "."), false));
      }
      heads.add(new CompareTable.Head(s.municipality().name(), s.municipality().slug(), flag, note, column.applies()));
    }

    CompareTable.Sections sections = new CompareTable.Sections();
    sections.section(words.pick("Standarden", "The standard"));
    List<CompareTable.Cell> standingCells = new ArrayList<>();
    List<Object> standingSubstance = new ArrayList<>();
    for (QualityStandard s : standards) {
      Standing standing = Standing.of(s, asOf);
      standingCells.add(parts.standing(s, standing));
      standingSubstance.add(CompareParts.substance(standing));
    }
    sections.add(CompareTable.Row.of("standing", words.pick("Gyldighed på sagens dato", "Validity on the case's date"),
        Optional.empty(), standingCells, standingSubstance));

    Set<Status> used = EnumSet.noneOf(Status.class);
    int courses = comparison.courses();
    int course = 0;
    for (Comparison.Line line : comparison.lines()) {
      if (line.course() != course) {
        course = line.course();
        sections.section(courses > 1 ? words.pick("Frister i forløb " + course, "Deadlines of course " + course)
            : words.pick("Frister", "Deadlines"));
      }
      List<CompareTable.Cell> cells = new ArrayList<>();
      for (int i = 0; i < line.cells().size(); i++) {
        Comparison.Column column = comparison.columns().get(i);
        Optional<Deadline> d = line.cells().get(i);
        if (!column.applies()) {
          cells.add(CompareTable.Cell.outside(words.none()));
        } else if (d.isEmpty()) {
          cells.add(CompareTable.Cell.of(words.none(), List.of()));
        } else if (line.textAlone()) {
          Optional<LocalDate> due = d.get().standardDue().or(() -> d.get().due());
          cells.add(CompareTable.Cell.of(due.map(words::date).orElse(words.pick("Ingen dato", "No date")), List.of()));
        } else {
          used.add(d.get().status());
          cells.add(CompareTable.Cell.of(List.of(d.get().due().map(words::date).orElse(words.pick("Ingen dato", "No date")),
              words.status(d.get().status())), List.of(d.get().rule())));
        }
      }
      sections.add(new CompareTable.Row(id(line), label(line), hint(line), cells, line.differing()));
    }

    List<CompareTable.FindingGroup> findings = new ArrayList<>();
    List<String> without = new ArrayList<>();
    for (Comparison.Column column : comparison.columns()) {
      if (column.report().isEmpty()) {
        continue;
      }
      QualityStandard s = column.standard();
      DeadlineReport report = column.report().get();
      List<CompareTable.Finding> items = new ArrayList<>();
      int n = 0;
      for (Finding f : report.findings()) {
        items.add(new CompareTable.Finding(s.municipality().slug() + "-" + (++n), f.rule(), Optional.empty(), f.message(),
            CompareParts.quote(s, f.rule()).map(q -> new CompareTable.Quote(q.rule(), q.quote()))));
      }
      if (items.isEmpty()) {
        without.add(s.municipality().name());
      } else {
        findings.add(new CompareTable.FindingGroup(s.municipality().name(), s.municipality().slug(), items));
      }
    }

    List<CompareTable.Legend> legend = new ArrayList<>();
    for (Status status : used) {
      legend.add(new CompareTable.Legend(words.status(status), words.statusMeaning(status), "status"));
    }
    legend.addAll(parts.markLegend());

    List<String> introduction = List.of(
        words.pick("Sagen er kørt igennem alle " + words.count(standards.size()) + " kvalitetsstandarder, som om borgeren"
                + " boede i hver kommune; sagsfilens egen kommune spiller ingen rolle her.",
            "The case is run through all " + words.count(standards.size()) + " quality standards as if the citizen lived"
                + " in each municipality; the case file's own municipality plays no part here."),
        words.pick("Hver frist er den, der gælder: loven er et minimum, og standarden kan kun give borgeren mere. Hvor en"
                + " standards egen tekst ville give en anden dato, viser rækken »efter standardens tekst alene« den.",
            "Each deadline is the one that applies: the law is the floor, and a standard can only give the citizen more."
                + " Where a standard's own text would give another date, the row 'by the standard's text alone' shows it."),
        parts.marks());

    return new CompareTable(words.language(),
        words.pick("Én sag under hver kommunes kvalitetsstandard", "One case under each municipality's quality standard"),
        track + " · " + words.pick("opgjort pr. ", "as of ") + words.prose(asOf),
        introduction, heads, notices, sections.build(),
        words.pick("Fund i sagen", "Findings in the case"),
        List.of(words.pick("Hvor loven afgør en frist imod standardens egen tekst, eller standarden ikke gjaldt på sagens"
                + " datoer, siger et fund det. Under fundet står standardens egne ord.",
            "Where the law decides a deadline against the standard's own text, or the standard was not in force on the"
                + " case's dates, a finding says so, with the standard's own words below it.")),
        findings, parts.withoutFindings(without, ": standarden og loven giver sagen de samme frister.",
            ": the standard and the law give the case the same deadlines."), legend, parts.footer(standards));
  }

  private static String id(Comparison.Line line) {
    return line.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-" + line.course() + "-"
        + line.occurrence() + (line.textAlone() ? "-text" : "");
  }

  private String label(Comparison.Line line) {
    String label = words.deadline(line.kind());
    if (line.occurrences() > 1) {
      label = label + " (" + line.occurrence() + words.pick(" af ", " of ") + line.occurrences() + ")";
    }
    if (line.textAlone()) {
      label = label + words.pick(" efter standardens tekst alene", " by the standard's text alone");
    }
    return label;
  }

  private Optional<String> hint(Comparison.Line line) {
    return line.textAlone()
        ? Optional.of(words.pick("Hvad standarden selv lover, hvor den afviger fra loven", "What the standard itself promises,"
            + " where it departs from the law"))
        : Optional.empty();
  }
}
