package dk.kvalitetsstandard.examples.cli;

import dk.kvalitetsstandard.conformance.ContentCheck;
import dk.kvalitetsstandard.conformance.StandardCheck;
import dk.kvalitetsstandard.conformance.StandardChecker;
import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.law.HealthComplaintBody;
import dk.kvalitetsstandard.law.NationalFloor;
import dk.kvalitetsstandard.law.Span;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.standard.Anonymity;
import dk.kvalitetsstandard.standard.ComplaintRoute;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import dk.kvalitetsstandard.standard.Criterion;
import dk.kvalitetsstandard.standard.FeeItem;
import dk.kvalitetsstandard.standard.FeeRule;
import dk.kvalitetsstandard.standard.FollowUpKind;
import dk.kvalitetsstandard.standard.FollowUpRule;
import dk.kvalitetsstandard.standard.GiftCardScheme;
import dk.kvalitetsstandard.standard.GuaranteeRule;
import dk.kvalitetsstandard.standard.Offer;
import dk.kvalitetsstandard.standard.OfferKind;
import dk.kvalitetsstandard.standard.Promise;
import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.standard.Sourced;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The standards themselves side by side, in words: where each stands on the date, the treatment
 * guarantee, the plan and follow-up, the offers and their age limits, anonymous treatment and its
 * criteria, payment and gift cards, complaint routes, and the findings against the law, each with
 * the standard's own words. Each row compares what the standards say in substance (a date, a
 * status, a clock, a figure), never the rule IDs that say it.
 */
final class StandardsComparisonTable {

  private final CompareLabels words;
  private final CompareParts parts;
  private final FindingWords findingWords;
  private final List<QualityStandard> standards;
  private final LocalDate on;

  private StandardsComparisonTable(CompareLabels words, List<QualityStandard> standards, LocalDate on) {
    this.words = words;
    this.parts = new CompareParts(words);
    this.findingWords = new FindingWords(words);
    this.standards = standards;
    this.on = on;
  }

  static CompareTable of(List<QualityStandard> standards, List<StandardCheck> checks, LocalDate on, CompareLabels words) {
    return new StandardsComparisonTable(words, standards, on).table(checks);
  }

  /** What a row shows of one standard: its cell and what the cell is in substance. */
  private record Shown(CompareTable.Cell cell, Object substance) {}

  private CompareTable.Row row(String id, String label, Function<QualityStandard, Shown> show) {
    return row(id, label, Optional.empty(), show);
  }

  private CompareTable.Row row(String id, String label, Optional<String> hint, Function<QualityStandard, Shown> show) {
    List<Shown> shown = standards.stream().map(show).toList();
    return CompareTable.Row.of(id, label, hint, shown.stream().map(Shown::cell).toList(),
        shown.stream().map(Shown::substance).toList());
  }

  private static List<String> rules(Stream<? extends Sourced> sourced) {
    return sourced.map(s -> s.source().rule()).distinct().toList();
  }

  private CompareTable table(List<StandardCheck> checks) {
    CompareTable.Sections sections = new CompareTable.Sections();

    sections.section(words.pick("Standarden", "The standard"));
    sections.add(row("adoption", words.pick("Godkendelse", "Adoption"), s -> {
      String text = switch (s.adoption().status()) {
        case ADOPTED -> words.pick("Godkendt ", "Adopted ") + words.date(s.adoption().date().orElseThrow())
            + s.adoption().by().map(b -> " (" + b + ")").orElse("");
        case DRAFT -> words.pick("Udkast; vedtagelsesdatoen står tom", "Draft; the adoption date is left blank");
        case UNDATED -> words.pick("Ingen godkendelsesdato angivet", "No adoption date stated");
      };
      return new Shown(CompareTable.Cell.of(text, List.of(s.adoption().source().rule())),
          List.of(s.adoption().status(), s.adoption().date()));
    }));
    sections.add(row("validity", words.pick("Gyldighed", "Validity"), s -> {
      Standing standing = Standing.of(s, on);
      return new Shown(parts.standing(s, standing), CompareParts.substance(standing));
    }));
    sections.add(row("tracks", words.pick("Behandlingsområder", "Tracks covered"), s -> new Shown(
        CompareTable.Cell.of(s.tracks().stream().sorted().map(t -> words.trackShort(t) + " (" + t.legalBasis(on, null).citation()
            + ")").toList(), List.of()), new TreeSet<>(s.tracks()))));
    sections.add(row("contents", words.pick("Indhold, som bekendtgørelsen kræver", "Contents the executive order requires"),
        Optional.of("BEK nr. 1477 af 17/12/2019 § 4"), s -> {
          List<ContentCheck> checklist = StandardChecker.checklist(s);
          List<Integer> missing = checklist.stream().filter(c -> !c.covered()).map(ContentCheck::number).toList();
          List<String> lines = new ArrayList<>(List.of(words.pick((15 - missing.size()) + " af 15",
              (15 - missing.size()) + " of 15")));
          if (!missing.isEmpty()) {
            lines.add(words.pick("Mangler nr. ", "Lacks no. ") + words.join(missing.stream().map(String::valueOf).toList()));
          }
          return new Shown(CompareTable.Cell.of(lines, List.of()), missing);
        }));

    sections.section(words.pick("Behandlingsgaranti", "Treatment guarantee"));
    sections.add(row("guarantee-days", words.pick("Frist", "Time allowed"), s -> new Shown(
        CompareTable.Cell.of(guarantees(s, g -> words.span(Span.of(g.days(), NationalFloor.GUARANTEE_LENGTH.unit()))),
            rules(s.guarantees().stream())),
        s.guarantees().stream().map(GuaranteeRule::days).toList())));
    sections.add(row("guarantee-clock", words.pick("Fristen regnes fra", "Counted from"), s -> {
      CompareTable.Cell cell = CompareTable.Cell.of(guarantees(s, g -> words.clockStart(g.clockStart())),
          s.guarantees().stream().map(g -> g.clockRule().rule()).distinct().toList());
      boolean later = s.guarantees().stream().anyMatch(g -> !NationalFloor.GUARANTEE_CLOCK.stream().allMatch(g.clockStart()::startsOn));
      return new Shown(later ? cell.flagged(words.flagBelowLaw()) : cell,
          s.guarantees().stream().map(GuaranteeRule::clockStart).toList());
    }));
    sections.add(row("guarantee-promise", words.pick("Standarden lover", "The standard promises"), s -> {
      CompareTable.Cell cell = CompareTable.Cell.of(guarantees(s, g -> words.promise(g.promise())), rules(s.guarantees().stream()));
      boolean offer = s.guarantees().stream().anyMatch(g -> g.promise() == Promise.OFFER);
      return new Shown(offer ? cell.flagged(words.flagBelowLaw()) : cell, s.guarantees().stream().map(GuaranteeRule::promise).toList());
    }));
    sections.add(row("guarantee-minors", words.pick("Unge under 18 år", "Under 18"), s -> new Shown(
        CompareTable.Cell.of(guarantees(s, g -> words.minors(g.minors(), g.fromAge())),
            s.guarantees().stream().map(g -> g.minorsRule().rule()).distinct().toList()),
        s.guarantees().stream().map(g -> List.of(g.minors(), g.fromAge())).toList())));
    sections.add(row("guarantee-outside", words.pick("Uden for garantien", "Left outside the guarantee"), s -> {
      Set<OfferKind> outside = s.guarantees().stream().flatMap(g -> g.notCovering().stream())
          .collect(Collectors.toCollection(() -> EnumSet.noneOf(OfferKind.class)));
      CompareTable.Cell cell = outside.isEmpty() ? CompareTable.Cell.of(words.pick("Intet", "Nothing"), List.of())
          : CompareTable.Cell.of(words.pick("Udredning til ", "Assessment for ") + words.join(outside.stream()
              .map(words::offerKindInSentence).toList()), s.guarantees().stream().filter(g -> !g.notCovering().isEmpty())
              .map(g -> g.notCoveringRule().rule()).distinct().toList()).flagged(words.flagBelowLaw());
      return new Shown(cell, outside);
    }));

    sections.section(words.pick("Behandlingsplan og opfølgning", "Treatment plan and follow-up"));
    sections.add(row("plan-review", words.pick("Opfølgning på behandlingsplanen", "Review of the treatment plan"), s -> new Shown(
        s.planReviews().isEmpty() ? CompareTable.Cell.of(words.notStated(), List.of())
            : CompareTable.Cell.of(s.planReviews().stream().map(r -> words.review(r.mode(), r.interval())).toList(),
                rules(s.planReviews().stream())),
        s.planReviews().stream().map(r -> List.of(r.mode(), r.interval())).toList())));
    sections.add(row("follow-up", words.pick("Efter endt behandling", "After treatment ends"), s -> {
      List<String> lines = new ArrayList<>();
      for (FollowUpRule f : s.followUps()) {
        lines.addAll(followUp(f));
      }
      CompareTable.Cell cell = lines.isEmpty() ? CompareTable.Cell.of(words.notStated(), List.of())
          : CompareTable.Cell.of(lines, rules(s.followUps().stream()));
      List<Span> plan = s.followUps().stream().filter(f -> f.kind() == FollowUpKind.FOLLOW_UP && f.appliesOn(Track.SOCIAL_DRUG)
          && f.qualifyingEndings().contains(EndStatus.COMPLETED)).flatMap(f -> f.after().stream()).toList();
      boolean short_ = s.covers(Track.SOCIAL_DRUG) && !NationalFloor.FOLLOW_UP.missingFrom(plan).isEmpty();
      return new Shown(short_ ? cell.flagged(words.flagBelowLaw()) : cell,
          s.followUps().stream().map(f -> List.of(f.kind(), f.after(), f.qualifyingEndings())).toList());
    }));
    sections.add(row("other-deadlines", words.pick("Andre frister", "Other deadlines"), s -> new Shown(
        s.deadlines().isEmpty() ? CompareTable.Cell.of(words.pick("Ingen", "None"), List.of())
            : CompareTable.Cell.of(s.deadlines().stream().map(d -> words.deadlineWithin(d.kind(), d.limit())).toList(),
                rules(s.deadlines().stream())),
        s.deadlines().stream().map(d -> List.of(d.kind(), d.limit())).collect(Collectors.toSet()))));

    sections.section(words.pick("Tilbud", "Offers"));
    for (OfferKind kind : List.of(OfferKind.COUNSELLING, OfferKind.OUTPATIENT, OfferKind.MOVE, OfferKind.DAY,
        OfferKind.RESIDENTIAL, OfferKind.SUBSTITUTION)) {
      sections.add(row("offers-" + kind.name().toLowerCase(java.util.Locale.ROOT), words.offerKind(kind), s -> {
        List<Offer> offers = s.offers().stream().filter(o -> o.kind() == kind).toList();
        return new Shown(offers.isEmpty() ? CompareTable.Cell.of(words.pick("Ikke beskrevet", "Not described"), List.of())
            : CompareTable.Cell.of(offers.stream().map(Offer::name).toList(), rules(offers.stream())), !offers.isEmpty());
      }));
    }
    sections.add(row("ages", words.pick("Aldersgrænser", "Age limits"), s -> {
      List<Offer> limited = s.offers().stream().filter(o -> words.ages(o).isPresent()).toList();
      Set<String> ranges = limited.stream().map(o -> o.minAge().orElse(0) + "-" + o.maxAge().map(String::valueOf).orElse(""))
          .collect(Collectors.toCollection(TreeSet::new));
      boolean all = !limited.isEmpty() && limited.size() == s.offers().size() && ranges.size() == 1;
      List<String> lines;
      if (limited.isEmpty()) {
        lines = List.of(words.pick("Ingen aldersgrænser nævnt", "No age limits stated"));
      } else if (all) {
        lines = List.of(words.pick("Alle tilbud: ", "Every offer: ") + words.ages(limited.get(0)).orElseThrow());
      } else {
        lines = limited.stream().map(o -> o.name() + ": " + words.ages(o).orElseThrow()).toList();
      }
      return new Shown(CompareTable.Cell.of(lines, rules(limited.stream())), List.of(all, ranges));
    }));

    sections.section(words.pick("Anonym behandling (SEL § 101 a)", "Anonymous treatment (SEL § 101 a)"));
    sections.add(row("anonymous-offers", words.pick("Tilbud", "Offers"), s -> {
      List<Offer> offers = anonymous(s);
      List<String> lines = offers.stream().map(o -> o.name() + words.ages(o).map(a -> ", " + a).orElse("")).toList();
      return new Shown(offers.isEmpty() ? CompareTable.Cell.of(words.pick("Ikke beskrevet", "Not described"), List.of())
          : CompareTable.Cell.of(lines, rules(offers.stream())),
          offers.stream().map(o -> List.of(o.minAge(), o.maxAge())).collect(Collectors.toSet()));
    }));
    sections.add(row("anonymous-criteria", words.pick("Kriterier", "Criteria"),
        Optional.of(words.pick("Loven udelukker kun borgere med andre sociale problemer",
            "The law excludes only citizens with other social problems")), s -> {
          List<Criterion> criteria = anonymous(s).stream().flatMap(o -> o.criteria().stream()).distinct().toList();
          List<String> lines = new ArrayList<>();
          for (Criterion c : criteria) {
            String text = findingWords.criterion(c);
            lines.add(c.narrowerThanLaw() ? text + words.pick(" (snævrere end loven)", " (narrower than the law)") : text);
          }
          CompareTable.Cell cell = criteria.isEmpty() ? CompareTable.Cell.of(words.notStated(), List.of())
              : CompareTable.Cell.of(lines, rules(criteria.stream()));
          boolean narrower = criteria.stream().anyMatch(Criterion::narrowerThanLaw);
          return new Shown(narrower ? cell.flagged(words.flagBelowLaw()) : cell, criteria.stream()
              .map(c -> c.fact().isPresent() ? List.of(c.fact().get(), c.requiredValue().orElseThrow()) : List.of(c.text()))
              .collect(Collectors.toSet()));
        }));
    sections.add(row("anonymous-counselling", words.pick("Anonym rådgivning", "Anonymous counselling"), s -> {
      List<Offer> offers = s.offers().stream().filter(o -> o.kind() != OfferKind.ANONYMOUS_OUTPATIENT
          && o.anonymity() != Anonymity.NOT_ANONYMOUS).toList();
      return new Shown(offers.isEmpty() ? CompareTable.Cell.of(words.notStated(), List.of())
          : CompareTable.Cell.of(offers.stream().map(o -> o.name() + words.ages(o).map(a -> ", " + a).orElse("")).toList(),
              rules(offers.stream())), !offers.isEmpty());
    }));

    sections.section(words.pick("Betaling og gavekort", "Payment and gift cards"));
    sections.add(row("fee-treatment", words.feeItem(FeeItem.TREATMENT), s -> fee(s, FeeItem.TREATMENT, OfferKind.OUTPATIENT)));
    sections.add(row("fee-board", words.feeItem(FeeItem.BOARD), s -> fee(s, FeeItem.BOARD, OfferKind.RESIDENTIAL)));
    sections.add(row("fee-lodging", words.feeItem(FeeItem.LODGING), s -> fee(s, FeeItem.LODGING, OfferKind.RESIDENTIAL)));
    sections.add(row("gift-cards", words.pick("Gavekort", "Gift cards"), s -> new Shown(
        s.giftCards().isEmpty() ? CompareTable.Cell.of(words.notStated(), List.of())
            : CompareTable.Cell.of(s.giftCards().stream().flatMap(g -> giftCards(g).stream()).toList(), rules(s.giftCards().stream())),
        s.giftCards().stream().map(g -> List.of(new TreeSet<>(g.offerKinds()), g.minAge(), g.maxAge(), g.countedSessions(),
            g.attendancesPerCard(), g.cardValueDkk(), g.maxCards())).toList())));

    sections.section(words.pick("Klageadgang", "Complaints"));
    for (ComplaintSubject subject : ComplaintSubject.values()) {
      sections.add(row("complaints-" + subject.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
          words.complaintSubject(subject), s -> complaint(s, subject)));
    }

    sections.section(words.pick("I forhold til loven", "Against the law"));
    List<List<FindingWords.Said>> said = new ArrayList<>();
    for (int i = 0; i < standards.size(); i++) {
      said.add(findingWords.of(standards.get(i), checks.get(i).findings()));
    }
    // The row sums up the findings set out below the table; it is not compared (each standard's findings are its own).
    List<CompareTable.Cell> findingCells = new ArrayList<>();
    for (List<FindingWords.Said> list : said) {
      findingCells.add(list.isEmpty() ? CompareTable.Cell.of(words.pick("Ingen", "None"), List.of())
          : CompareTable.Cell.of(list.stream().map(f -> f.label() + " (" + f.rule() + ")").distinct().toList(), List.of()));
    }
    sections.add(new CompareTable.Row("findings", words.pick("Fund", "Findings"),
        Optional.of(words.pick("Uddybet under tabellen", "Set out below the table")), findingCells, Set.of()));

    List<CompareTable.FindingGroup> groups = new ArrayList<>();
    List<String> without = new ArrayList<>();
    for (int i = 0; i < standards.size(); i++) {
      QualityStandard s = standards.get(i);
      List<CompareTable.Finding> items = new ArrayList<>();
      int n = 0;
      for (FindingWords.Said f : said.get(i)) {
        items.add(new CompareTable.Finding(s.municipality().slug() + "-" + (++n), f.rule(),
            Optional.of(f.nationalRule()), f.sentence(), f.quote().map(q -> new CompareTable.Quote(q.rule(), q.quote()))));
      }
      if (items.isEmpty()) {
        without.add(s.municipality().name());
      } else {
        groups.add(new CompareTable.FindingGroup(s.municipality().name(), s.municipality().slug(), items));
      }
    }

    List<CompareTable.Head> heads = standards.stream().map(s -> {
      Standing standing = Standing.of(s, on);
      Optional<String> flag = switch (standing.kind()) {
        case EXPIRED -> Optional.of(words.flagExpired());
        case ENDS_SOON -> Optional.of(words.flagEndsSoon());
        case NOT_YET_IN_FORCE -> Optional.of(words.flagNotYet());
        default -> Optional.empty();
      };
      return new CompareTable.Head(s.municipality().name(), s.municipality().slug(), flag, Optional.empty(), true);
    }).toList();

    List<String> introduction = List.of(
        words.pick("Kommunernes seneste kvalitetsstandarder sammenlignet punkt for punkt: gyldighed, behandlingsgaranti,"
                + " opfølgning, tilbud og aldersgrænser, anonym behandling, betaling, gavekort og klageadgang.",
            "The municipalities' latest quality standards compared point by point: validity, treatment guarantee,"
                + " follow-up, offers and age limits, anonymous treatment, payment, gift cards and complaints."),
        parts.marks());

    return new CompareTable(words.language(),
        words.pick("Kvalitetsstandarderne side om side", "The quality standards side by side"),
        words.pick("Pr. ", "As on ") + words.prose(on) + " · " + words.count(standards.size())
            + words.pick(" kommuner", " municipalities"),
        introduction, heads, parts.notices(standards, on), sections.build(),
        words.pick("Hvor standarderne står svagere end loven", "Where the standards fall short of the law"),
        List.of(words.pick("Hver standard er holdt op mod loven pr. " + words.prose(on) + ". Et fund nævner standardens regel,"
                + " den regel i loven, den står svagere end, hvad forskellen er, og standardens egne ord.",
            "Each standard is held against the law as on " + words.prose(on) + ". A finding names the standard's rule, the"
                + " rule of the law it falls short of, what the difference is, and the standard's own words.")),
        groups, parts.withoutFindings(without, ".", "."), parts.markLegend(), parts.footer(standards));
  }

  /** One line per guarantee, naming its tracks where the standard has more than one guarantee. */
  private List<String> guarantees(QualityStandard s, Function<GuaranteeRule, String> line) {
    if (s.guarantees().isEmpty()) {
      return List.of(words.notStated());
    }
    if (s.guarantees().size() == 1) {
      return List.of(line.apply(s.guarantees().get(0)));
    }
    return s.guarantees().stream().map(g -> words.join(g.tracks().stream().sorted().map(words::track).toList()) + ": "
        + line.apply(g)).toList();
  }

  private List<String> followUp(FollowUpRule f) {
    List<String> lines = new ArrayList<>();
    Set<Span> distinct = new LinkedHashSet<>(f.after());
    if (f.kind() == FollowUpKind.RELAPSE_PREVENTION) {
      lines.add(distinct.size() == 1
          ? words.pick(f.after().size() + " tilbagefaldsforebyggende samtaler inden for ", f.after().size()
              + " relapse-prevention talks within ") + words.span(f.after().get(0))
          : words.pick("Tilbagefaldsforebyggende samtaler efter ", "Relapse-prevention talks after ") + words.spans(f.after()));
    } else {
      lines.add(words.pick("Opfølgning efter ", "Follow-up after ") + words.spans(f.after()));
    }
    Set<EndStatus> law = NationalFloor.FOLLOW_UP.qualifying();
    Set<EndStatus> endings = f.qualifyingEndings();
    if (endings.containsAll(EnumSet.complementOf(EnumSet.of(EndStatus.DECEASED)))) {
      lines.add(words.pick("ved enhver afslutning", "after any ending"));
    } else if (endings.equals(law)) {
      lines.add(words.pick("ved de samme afslutninger som loven", "after the same endings as the law"));
    } else {
      lines.add(words.pick("når borgeren er ", "when the citizen has ") + words.joinOr(endings.stream().map(words::ending).toList()));
    }
    return lines;
  }

  private Shown fee(QualityStandard s, FeeItem item, OfferKind kind) {
    Optional<FeeRule> rule = s.fees().stream().filter(f -> f.item() == item && f.appliesTo(kind, Track.SOCIAL_DRUG)).findFirst();
    if (rule.isEmpty()) {
      return new Shown(CompareTable.Cell.of(words.notStated(), List.of()), List.of());
    }
    FeeRule f = rule.get();
    List<String> lines = new ArrayList<>(List.of(words.charge(f.charge())));
    if (!f.dependsOn().isEmpty()) {
      lines.add(words.pick("efter ", "depending on ") + words.join(f.dependsOn().stream().map(words::factor).toList()));
    }
    return new Shown(CompareTable.Cell.of(lines, List.of(f.source().rule())), List.of(f.charge(), f.dependsOn()));
  }

  private List<String> giftCards(GiftCardScheme g) {
    List<String> lines = new ArrayList<>();
    lines.add(words.join(g.offerKinds().stream().sorted().map(words::offerKind).toList()) + words.ages(g).map(a -> ", " + a).orElse(""));
    if (!g.isComputable()) {
      lines.add(words.pick("Beløb og optjening er ikke angivet", "Value and earning not stated"));
      return lines;
    }
    int per = g.attendancesPerCard().orElseThrow();
    lines.add(words.pick(g.cardValueDkk().orElseThrow() + " kr. for hvert " + per + ". fremmøde",
        "DKK " + g.cardValueDkk().orElseThrow() + " per " + per + " attendances"));
    g.maxCards().ifPresent(m -> lines.add(words.pick("højst " + m + " gavekort", "at most " + m + " cards")));
    g.countedSessions().ifPresent(c -> lines.add(words.pick("de første " + c + " samtaler tæller", "the first " + c + " sessions count")));
    return lines;
  }

  private Shown complaint(QualityStandard s, ComplaintSubject subject) {
    Optional<ComplaintRoute> found = s.complaints().stream().filter(c -> c.subject() == subject).findFirst();
    if (found.isEmpty()) {
      return new Shown(CompareTable.Cell.of(words.notStated(), List.of()), List.of());
    }
    ComplaintRoute c = found.get();
    List<String> lines = new ArrayList<>();
    lines.add(c.body() + c.appealTo().map(a -> " → " + a).orElse(""));
    if (!c.appealable()) {
      lines.add(words.pick("Kan ikke påklages", "Cannot be appealed"));
    } else if (c.limit().isPresent()) {
      lines.add(words.pick("Klagefrist: ", "Time limit: ") + words.span(c.limit().get()));
    } else if (subject == ComplaintSubject.SOCIAL_TREATMENT) {
      lines.add(words.pick("Ingen klagefrist nævnt (loven: ", "No time limit stated (the law: ")
          + words.span(NationalFloor.COMPLAINT_LIMIT.limit()) + ")");
    } else {
      lines.add(words.pick("Ingen klagefrist nævnt", "No time limit stated"));
    }
    boolean former = subject == ComplaintSubject.HEALTH_TREATMENT && HealthComplaintBody.isFormer(c.body());
    if (former) {
      lines.add(words.pick("Opgaverne varetages nu af ", "Its tasks have passed to ") + HealthComplaintBody.CURRENT);
    }
    CompareTable.Cell cell = CompareTable.Cell.of(lines, List.of(c.source().rule()));
    // The units that receive a complaint and take it further are each municipality's own and differ by
    // name alone; whether it goes further, the time limit, whether it can be appealed and, for health
    // complaints, the national body are the substance.
    Object body = subject == ComplaintSubject.HEALTH_TREATMENT ? (former ? HealthComplaintBody.CURRENT + " (former)" : c.body()) : "";
    return new Shown(former ? cell.flagged(words.flagFormer()) : cell,
        List.of(c.appealTo().isPresent(), c.limit(), c.appealable(), body));
  }

  private static List<Offer> anonymous(QualityStandard s) {
    return s.offers().stream().filter(o -> o.kind() == OfferKind.ANONYMOUS_OUTPATIENT).toList();
  }

}
