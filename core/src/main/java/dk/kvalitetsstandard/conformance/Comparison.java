package dk.kvalitetsstandard.conformance;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.cases.InvalidCaseException;
import dk.kvalitetsstandard.deadline.Deadline;
import dk.kvalitetsstandard.deadline.DeadlineEngine;
import dk.kvalitetsstandard.deadline.DeadlineReport;
import dk.kvalitetsstandard.law.Span;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.Charge;
import dk.kvalitetsstandard.standard.FeeItem;
import dk.kvalitetsstandard.standard.FeeRule;
import dk.kvalitetsstandard.standard.FollowUpRule;
import dk.kvalitetsstandard.standard.GiftCardScheme;
import dk.kvalitetsstandard.standard.GuaranteeRule;
import dk.kvalitetsstandard.standard.OfferKind;
import dk.kvalitetsstandard.standard.PlanReviewRule;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The five standards side by side: one case's deadlines under each (the case's municipality
 * ignored), or the standards' own rules (clock, follow-ups, plan review, fees, gift cards, tracks,
 * validity, checklist coverage). Rows whose cells are not all equal are marked. Immutable and
 * thread-safe.
 */
public final class Comparison {

  /** A table: a title, one column per municipality, rows of cells. */
  public record Table(String title, List<String> columns, List<Row> rows) {
    public Table {
      columns = List.copyOf(columns);
      rows = List.copyOf(rows);
    }
  }

  /** One row: its label, one cell per column, and whether the cells differ. */
  public record Row(String label, List<String> cells, boolean differs) {
    public Row {
      cells = List.copyOf(cells);
    }

    static Row of(String label, List<String> cells) {
      return new Row(label, cells, cells.stream().distinct().count() > 1);
    }
  }

  private final StandardRegistry registry;
  private final DeadlineEngine engine;
  private final PublicHolidays holidays;

  private Comparison(StandardRegistry registry, PublicHolidays holidays) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.holidays = holidays;
    this.engine = DeadlineEngine.of(registry, holidays);
  }

  /** Comparisons over {@code registry}'s standards. */
  public static Comparison of(StandardRegistry registry, PublicHolidays holidays) {
    return new Comparison(registry, holidays);
  }

  /**
   * {@code caseFile}'s deadlines under every municipality's standard. Each row is one deadline
   * (its kind, numbered where a kind recurs); each cell its due date, status and deciding rule,
   * or why the case does not apply there (a track the standard does not cover).
   */
  public Table ofCase(CaseFile caseFile) {
    List<String> columns = new ArrayList<>();
    List<Map<String, String>> byMunicipality = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    List<String> findings = new ArrayList<>();
    for (QualityStandard standard : latestStandards()) {
      columns.add(standard.municipality().name());
      Map<String, String> cells = new LinkedHashMap<>();
      CaseFile there = CaseFile.builder().from(caseFile).municipality(standard.municipality().slug()).build();
      try {
        DeadlineReport report = engine.report(there);
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (Deadline d : report.deadlines()) {
          int n = seen.merge(d.kind().name(), 1, Integer::sum);
          String label = d.kind().name() + (n > 1 || count(report, d) > 1 ? " #" + n : "");
          cells.put(label, d.due().map(LocalDate::toString).orElse("no date") + " " + d.status() + " (" + d.rule() + ")");
          if (!labels.contains(label)) {
            labels.add(label);
          }
          // What the standard's text alone would give: where it differs from the law's, the row shows it.
          String textLabel = label + " (standard's text alone)";
          cells.put(textLabel, d.standardDue().or(d::due).map(LocalDate::toString).orElse("no date"));
          if (!labels.contains(textLabel) && d.kind() == dk.kvalitetsstandard.standard.DeadlineKind.TREATMENT_GUARANTEE) {
            labels.add(textLabel);
          }
        }
        findings.add(report.findings().stream().map(f -> f.rule()).collect(Collectors.joining(", ")));
      } catch (InvalidCaseException e) {
        cells.put("", "not applicable: " + e.problems().get(0).message());
        findings.add("");
      }
      byMunicipality.add(cells);
    }
    List<Row> rows = new ArrayList<>();
    for (String label : labels) {
      rows.add(Row.of(label, byMunicipality.stream().map(c -> c.getOrDefault(label, c.getOrDefault("", "none"))).toList()));
    }
    rows.add(Row.of("findings", findings.stream().map(f -> f.isEmpty() ? "none" : f).toList()));
    return new Table("Deadlines of one case (" + caseFile.track() + ", as of " + caseFile.asOf() + ") under each standard",
        columns, rows);
  }

  private static long count(DeadlineReport report, Deadline d) {
    return report.deadlines().stream().filter(x -> x.kind() == d.kind()).count();
  }

  /** The standards' own rules, one row per topic. */
  public Table ofStandards(LocalDate on) {
    List<QualityStandard> standards = latestStandards();
    List<Row> rows = new ArrayList<>();
    rows.add(row(standards, "tracks", s -> s.tracks().stream().map(Track::name).collect(Collectors.joining(", "))));
    rows.add(row(standards, "validity", s -> s.validity().toString()));
    rows.add(row(standards, "adoption", s -> s.adoption().date().map(d -> "adopted " + d)
        .orElse(s.adoption().status().name().toLowerCase(Locale.ROOT) + ", no date")));
    rows.add(row(standards, "guarantee clock", s -> s.guarantees().stream().map(Comparison::clock).collect(Collectors.joining("; "))));
    rows.add(row(standards, "follow-up after ending", s -> s.followUps().stream().map(Comparison::followUp)
        .collect(Collectors.joining("; "))));
    rows.add(row(standards, "plan review", s -> s.planReviews().stream().map(Comparison::review).collect(Collectors.joining("; "))));
    rows.add(row(standards, "residential board", s -> fee(s, FeeItem.BOARD)));
    rows.add(row(standards, "residential lodging", s -> fee(s, FeeItem.LODGING)));
    rows.add(row(standards, "gift cards", s -> s.giftCards().stream().map(Comparison::giftCards).collect(Collectors.joining("; "))));
    rows.add(row(standards, "required contents (NAT-Q1)", s -> StandardChecker.checklist(s).stream()
        .filter(ContentCheck::covered).count() + " of 15"));
    StandardChecker checker = StandardChecker.of(registry, holidays);
    rows.add(row(standards, "floor findings", s -> checker.check(s, on).findings().stream()
        .map(f -> f.rule() + " " + f.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')).collect(Collectors.joining("; "))));
    return new Table("The standards side by side, as on " + on,
        standards.stream().map(s -> s.municipality().name()).toList(), rows);
  }

  private static Row row(List<QualityStandard> standards, String label, Function<QualityStandard, String> cell) {
    return Row.of(label, standards.stream().map(cell).map(c -> c.isEmpty() ? "none stated" : c).toList());
  }

  private static String clock(GuaranteeRule g) {
    return g.days() + " days from " + g.clockStart().name().toLowerCase(Locale.ROOT).replace('_', ' ')
        + (g.promise() == dk.kvalitetsstandard.standard.Promise.OFFER ? " (promises an offer)" : "") + " [" + g.clockRule().rule() + "]";
  }

  private static String followUp(FollowUpRule f) {
    return f.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " after "
        + f.after().stream().map(Span::toString).collect(Collectors.joining(" and ")) + " [" + f.source().rule() + "]";
  }

  private static String review(PlanReviewRule r) {
    return r.mode().name().toLowerCase(Locale.ROOT).replace('_', ' ') + r.interval().map(i -> ", " + i).orElse("")
        + " [" + r.source().rule() + "]";
  }

  private static String fee(QualityStandard s, FeeItem item) {
    return s.fees().stream().filter(f -> f.item() == item && f.appliesTo(OfferKind.RESIDENTIAL, Track.SOCIAL_DRUG)).findFirst()
        .map(f -> charge(f.charge()) + " [" + f.source().rule() + "]").orElse("");
  }

  private static String charge(Charge charge) {
    return charge.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String giftCards(GiftCardScheme g) {
    return g.offerKinds().stream().map(OfferKind::name).collect(Collectors.joining(", "))
        + g.cardValueDkk().map(v -> ", DKK " + v + " per " + g.attendancesPerCard().orElse(0) + " attendances").orElse(", figures not stated")
        + g.maxCards().map(m -> ", at most " + m).orElse("") + " [" + g.source().rule() + "]";
  }

  /** The latest standard of each municipality, in the registry's order. */
  private List<QualityStandard> latestStandards() {
    Map<String, QualityStandard> latest = new LinkedHashMap<>();
    registry.all().forEach(s -> latest.put(s.municipality().code(), s));
    return List.copyOf(latest.values());
  }
}
