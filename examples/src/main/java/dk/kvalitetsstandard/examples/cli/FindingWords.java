package dk.kvalitetsstandard.examples.cli;

import dk.kvalitetsstandard.conformance.ContentCheck;
import dk.kvalitetsstandard.conformance.FloorFinding;
import dk.kvalitetsstandard.conformance.StandardChecker;
import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.law.HealthComplaintBody;
import dk.kvalitetsstandard.law.LegalReference;
import dk.kvalitetsstandard.law.NationalFloor;
import dk.kvalitetsstandard.law.NationalRule;
import dk.kvalitetsstandard.law.Span;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.standard.ComplaintRoute;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import dk.kvalitetsstandard.standard.Criterion;
import dk.kvalitetsstandard.standard.DeadlineKind;
import dk.kvalitetsstandard.standard.FollowUpKind;
import dk.kvalitetsstandard.standard.FollowUpRule;
import dk.kvalitetsstandard.standard.GuaranteeRule;
import dk.kvalitetsstandard.standard.Offer;
import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.standard.Source;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The findings of a standard's check against the law in words of the reader's language: a short
 * label for the table, a sentence that says what falls short, and the standard's own words.
 * Findings of the same rule and kind (Gentofte leaves two offers outside its guarantee under one
 * rule) are said once. Each sentence is drawn from the standard's data, so it says the same in
 * Danish and English.
 */
final class FindingWords {

  private final CompareLabels words;

  FindingWords(CompareLabels words) {
    this.words = words;
  }

  /** One finding as shown: its rule, the rule of the law, the label, the sentence and the quote. */
  record Said(FloorFinding.Kind kind, String rule, String nationalRule, String label, String sentence, Optional<Source> quote) {}

  /** The findings of {@code standard}, each rule and kind once, in the order found. */
  List<Said> of(QualityStandard standard, List<FloorFinding> findings) {
    Map<String, FloorFinding> once = new LinkedHashMap<>();
    for (FloorFinding f : findings) {
      once.putIfAbsent(f.rule() + " " + f.kind() + " " + f.nationalRule(), f);
    }
    return once.values().stream().map(f -> new Said(f.kind(), f.rule(), f.nationalRule(), label(f.kind()),
        sentence(standard, f), quote(standard, f))).toList();
  }

  /** A few words for the table. */
  String label(FloorFinding.Kind kind) {
    return switch (kind) {
      case CLOCK_STARTS_LATER -> words.pick("Fristen regnes fra et senere tidspunkt", "The clock starts later");
      case FOLLOW_UP_OMITTED -> words.pick("Udelader en opfølgning", "Omits a follow-up");
      case NO_FOLLOW_UP -> words.pick("Ingen opfølgning efter endt behandling", "No follow-up after treatment");
      case PROMISES_OFFER_NOT_START -> words.pick("Lover tilbud, ikke igangsat behandling", "Promises an offer, not a start");
      case NARROWER_CRITERION -> words.pick("Snævrere kriterier for anonym behandling", "Narrower criteria for anonymous treatment");
      case EXPIRED -> words.pick("Udløbet", "Expired");
      case REVISION_OVERDUE -> words.pick("Ikke revideret i tide", "Revision overdue");
      case NO_ADOPTION_DATE -> words.pick("Ingen godkendelsesdato", "No adoption date");
      case NO_VALIDITY -> words.pick("Ingen gyldighedsperiode", "No period of validity");
      case OUTDATED_REFERENCE -> words.pick("Henviser til forældet lovgivning", "Cites outdated law");
      case FORMER_BODY -> words.pick("Nævner en nedlagt klageinstans", "Names a former complaints body");
      case MISSING_CONTENTS -> words.pick("Mangler krævet indhold", "Lacks required contents");
      case OFFERS_OUTSIDE_GUARANTEE -> words.pick("Tilbud uden for garantien", "Offers outside the guarantee");
      case WAIVER_WITHOUT_BASIS -> words.pick("Frit valg ophæver garantien uden hjemmel", "Free choice sets the guarantee aside without basis");
      case GUARANTEE_LONGER -> words.pick("Længere garanti end loven", "A longer guarantee than the law's");
      case FOLLOW_UP_NARROWER -> words.pick("Opfølgning ved færre afslutninger", "Follow-up after fewer endings");
      case COMPLAINT_LIMIT_SHORTER -> words.pick("Kortere klagefrist end loven", "A shorter complaint limit than the law's");
      case RECONSIDERATION_LONGER -> words.pick("Længere genvurderingsfrist end loven", "A longer reconsideration than the law's");
    };
  }

  private String sentence(QualityStandard s, FloorFinding f) {
    String days = words.span(NationalFloor.GUARANTEE_LENGTH);
    return switch (f.kind()) {
      case CLOCK_STARTS_LATER -> {
        String start = guarantee(s, g -> g.clockRule().rule().equals(f.rule()))
            .map(g -> words.clockStart(g.clockStart()).toLowerCase(words.locale())).orElse("?");
        yield words.pick("Standarden regner de " + days + " fra " + start + "; loven regner dem fra den første henvendelse,"
            + " mundtlig eller skriftlig.", "The standard counts the " + days + " from " + start + "; the law counts them from"
            + " the first contact, oral or written.");
      }
      case GUARANTEE_LONGER -> {
        int n = guarantee(s, g -> g.source().rule().equals(f.rule())).map(GuaranteeRule::days).orElse(0);
        yield words.pick("Standarden giver " + n + " dage til at sætte behandlingen i gang; loven giver " + days + ".",
            "The standard allows " + n + " days to start treatment; the law allows " + days + ".");
      }
      case PROMISES_OFFER_NOT_START -> words.pick("Standarden lover kun, at behandling tilbydes inden for " + days
          + "; loven kræver, at behandlingen er sat i gang.", "The standard promises only that treatment is offered within "
          + days + "; the law requires that it has started.");
      case OFFERS_OUTSIDE_GUARANTEE -> {
        Optional<GuaranteeRule> g = guarantee(s, r -> r.notCoveringRule().rule().equals(f.rule()) && !r.notCovering().isEmpty());
        String kinds = words.join(g.map(r -> r.notCovering().stream().map(words::offerKindInSentence).toList()).orElse(List.of()));
        String law = g.map(r -> r.tracks().iterator().next().guarantee().current().citation()).orElse("");
        yield words.pick("Standarden holder udredningen til " + kinds + " uden for behandlingsgarantien; garantien i " + law
            + " omfatter alle tilbud.", "The standard leaves the assessment for " + kinds + " outside its guarantee; the"
            + " guarantee of " + law + " covers every offer.");
      }
      case WAIVER_WITHOUT_BASIS -> {
        List<Track> tracks = guarantee(s, g -> g.freeChoiceWaiver().map(w -> w.rule().equals(f.rule())).orElse(false))
            .map(g -> g.tracks().stream().filter(t -> NationalFloor.guarantee(t).map(n -> n.freeChoiceWaiver().isEmpty())
                .orElse(false)).toList()).orElse(List.of());
        String on = words.join(tracks.stream().map(words::trackInSentence).toList());
        String law = words.join(tracks.stream().map(t -> t.guarantee().current().citation()).toList());
        yield words.pick("Standarden lader garantien bortfalde, når borgeren vælger en anden behandler, også ved " + on + "; "
            + law + " har ingen sådan undtagelse.", "The standard lets the guarantee lapse when the citizen chooses another"
            + " provider, for " + on + " too; " + law + " makes no such exception.");
      }
      case FOLLOW_UP_OMITTED -> {
        List<Span> stated = plan(s).stream().flatMap(p -> p.after().stream()).toList();
        List<Span> missing = NationalFloor.FOLLOW_UP.missingFrom(stated);
        yield words.pick("Standarden følger op efter " + words.spans(stated) + ", men ikke efter " + words.spans(missing)
            + ", som loven kræver.", "The standard follows up after " + words.spans(stated) + ", but not after "
            + words.spans(missing) + " as the law requires.");
      }
      case NO_FOLLOW_UP -> {
        String law = words.spans(NationalFloor.FOLLOW_UP.after());
        boolean relapse = s.followUps().stream().anyMatch(r -> r.kind() == FollowUpKind.RELAPSE_PREVENTION);
        yield words.pick("Standarden nævner ingen opfølgning efter endt behandling; loven kræver opfølgning efter " + law + "."
            + (relapse ? " Den tilbyder i stedet tilbagefaldsforebyggende samtaler." : ""),
            "The standard names no follow-up after treatment ends; the law requires follow-ups after " + law + "."
            + (relapse ? " It offers relapse-prevention talks instead." : ""));
      }
      case FOLLOW_UP_NARROWER -> {
        Set<EndStatus> missing = EnumSet.copyOf(NationalFloor.FOLLOW_UP.qualifying());
        plan(s).forEach(p -> missing.removeAll(p.qualifyingEndings()));
        String endings = words.joinOr(missing.stream().map(words::ending).toList());
        yield words.pick("Standarden følger ikke op, når borgeren er " + endings + "; det gør loven.",
            "The standard does not follow up when the citizen has " + endings + "; the law does.");
      }
      case COMPLAINT_LIMIT_SHORTER -> {
        String limit = s.complaints().stream().filter(c -> c.source().rule().equals(f.rule()) && c.limit().isPresent())
            .findFirst().map(c -> words.span(c.limit().get())).orElse("?");
        String law = words.span(NationalFloor.COMPLAINT_LIMIT.limit());
        yield words.pick("Standarden giver borgeren " + limit + " til at klage over en afgørelse om social behandling; loven"
            + " giver " + law + ".", "The standard gives the citizen " + limit + " to complain about a decision on social"
            + " treatment; the law gives " + law + ".");
      }
      case RECONSIDERATION_LONGER -> {
        String limit = s.deadlines().stream().filter(d -> d.kind() == DeadlineKind.RECONSIDERATION && d.source().rule()
            .equals(f.rule())).findFirst().map(d -> words.span(d.limit())).orElse("?");
        String law = words.span(NationalFloor.RECONSIDERATION_LIMIT.limit());
        yield words.pick("Standarden giver kommunen " + limit + " til at genvurdere en klage; loven giver " + law + ".",
            "The standard gives the municipality " + limit + " to reconsider a complaint; the law gives " + law + ".");
      }
      case NARROWER_CRITERION -> {
        Optional<Offer> offer = narrowerOffer(s, f.rule());
        String name = offer.map(Offer::name).orElse("?");
        String requires = words.join(offer.map(o -> o.criteria().stream().filter(Criterion::narrowerThanLaw)
            .map(c -> c.fact().map(fact -> words.factAfterThat(fact, c.requiredValue().orElseThrow())).orElse(c.text())).toList())
            .orElse(List.of()));
        yield words.pick("Tilbuddet »" + name + "« kræver, at borgeren " + requires + ". Det er snævrere end servicelovens"
            + " § 101 a, stk. 1, som kun udelukker borgere med andre sociale problemer.", "The offer ‘" + name
            + "’ requires that the citizen " + requires + ". That is narrower than SEL § 101 a, stk. 1, which excludes only"
            + " citizens with other social problems.");
      }
      case EXPIRED -> {
        String to = s.validity().to().map(words::prose).orElse("?");
        yield words.pick("Standarden udløb " + to + "; en kvalitetsstandard skal revideres mindst hvert andet år.",
            "The standard ended on " + to + "; a quality standard is revised at least every second year.");
      }
      case REVISION_OVERDUE -> {
        String adopted = s.adoption().date().map(words::prose).orElse("?");
        String due = s.adoption().date().map(d -> words.prose(d.plusYears(2))).orElse("?");
        yield words.pick("Standarden blev godkendt " + adopted + " og er ikke revideret siden; den skulle være revideret senest "
            + due + ".", "The standard was adopted on " + adopted + " and has not been revised since; it was due for revision by "
            + due + ".");
      }
      case NO_ADOPTION_DATE -> switch (s.adoption().status()) {
        case DRAFT -> words.pick("Standarden er et udkast uden vedtagelsesdato, så det kan ikke ses, hvornår den skal revideres.",
            "The standard is a draft with no adoption date, so when it is due for revision cannot be told.");
        default -> words.pick("Standarden angiver ingen godkendelsesdato, så det kan ikke ses, hvornår den skal revideres.",
            "The standard gives no adoption date, so when it is due for revision cannot be told.");
      };
      case NO_VALIDITY -> words.pick("Standarden angiver ingen gyldighedsperiode og gælder derfor på enhver dato.",
          "The standard states no period of validity, so it applies on any date.");
      case OUTDATED_REFERENCE -> {
        if (f.nationalRule().equals(NationalRule.NAT_Y1.id())) {
          yield words.pick("Standarden henviser til servicelovens § 140 for unge under 18 år; siden 1. januar 2024 gives deres"
              + " behandling efter barnets lov.", "The standard cites SEL § 140 for under-18s; since 1 January 2024 their"
              + " treatment is given under Barnets lov.");
        }
        List<String> replaced = replaced(s).stream().map(r -> words.pick(r.citation() + ", som er afløst af "
            + r.act().replacedBy().orElseThrow().shortForm(), r.citation() + ", which " + r.act().replacedBy().orElseThrow()
            .shortForm() + " has replaced")).toList();
        yield words.pick("Standarden henviser til " + words.join(replaced) + ".", "The standard cites " + words.join(replaced) + ".");
      }
      case FORMER_BODY -> {
        String body = s.complaints().stream().filter(c -> c.subject() == ComplaintSubject.HEALTH_TREATMENT
            && HealthComplaintBody.isFormer(c.body())).findFirst().map(ComplaintRoute::body).orElse("?");
        yield words.pick("Standarden sender klager over den sundhedsfaglige behandling til " + body + ", hvis opgaver nu"
            + " varetages af " + HealthComplaintBody.CURRENT + ".", "The standard sends complaints about the"
            + " health-professional treatment to " + body + ", whose tasks have passed to " + HealthComplaintBody.CURRENT + ".");
      }
      case MISSING_CONTENTS -> {
        List<ContentCheck> missing = StandardChecker.checklist(s).stream().filter(c -> !c.covered()).toList();
        String list = words.join(missing.stream().map(c -> c.number() + " (" + c.content().danishName() + ")").toList());
        yield words.pick("Standarden mangler " + missing.size() + " af de 15 punkter, som bekendtgørelsen kræver: " + list + ".",
            "The standard lacks " + missing.size() + " of the 15 contents the executive order requires: " + list + ".");
      }
    };
  }

  /**
   * A criterion as a line of its own: "Borgeren har egen bolig" from its fact; a criterion left to
   * discretion in the standard's own words (Danish) or its English summary.
   */
  String criterion(Criterion c) {
    if (c.fact().isPresent()) {
      return words.pick("Borgeren ", "The citizen ") + words.fact(c.fact().get(), c.requiredValue().orElseThrow());
    }
    return words.danish() ? "»" + c.source().quote() + "«" : c.text();
  }

  /** The standard's own words behind the finding, where there are any to quote. */
  private Optional<Source> quote(QualityStandard s, FloorFinding f) {
    return switch (f.kind()) {
      case CLOCK_STARTS_LATER -> guarantee(s, g -> g.clockRule().rule().equals(f.rule())).map(GuaranteeRule::clockRule);
      case OFFERS_OUTSIDE_GUARANTEE -> guarantee(s, g -> g.notCoveringRule().rule().equals(f.rule())).map(GuaranteeRule::notCoveringRule);
      case WAIVER_WITHOUT_BASIS -> guarantee(s, g -> g.freeChoiceWaiver().map(w -> w.rule().equals(f.rule())).orElse(false))
          .flatMap(GuaranteeRule::freeChoiceWaiver);
      case NARROWER_CRITERION -> narrowerOffer(s, f.rule()).map(o -> o.criteria().stream().filter(Criterion::narrowerThanLaw)
          .map(Criterion::source).toList()).filter(l -> !l.isEmpty()).map(l -> Source.of(l.get(0).rule(),
              String.join(" … ", l.stream().map(Source::quote).distinct().toList())));
      case EXPIRED, NO_VALIDITY -> Optional.of(s.validity().source());
      case REVISION_OVERDUE, NO_ADOPTION_DATE -> Optional.of(s.adoption().source());
      case FORMER_BODY -> s.complaints().stream().filter(c -> c.source().rule().equals(f.rule())
          && c.subject() == ComplaintSubject.HEALTH_TREATMENT).findFirst().map(ComplaintRoute::source);
      case OUTDATED_REFERENCE -> citing(s, f);
      case PROMISES_OFFER_NOT_START, GUARANTEE_LONGER -> guarantee(s, g -> g.source().rule().equals(f.rule()))
          .map(GuaranteeRule::source);
      case FOLLOW_UP_OMITTED, NO_FOLLOW_UP, FOLLOW_UP_NARROWER -> s.followUps().stream()
          .filter(r -> r.source().rule().equals(f.rule())).findFirst().map(FollowUpRule::source);
      case COMPLAINT_LIMIT_SHORTER -> s.complaints().stream().filter(c -> c.source().rule().equals(f.rule())
          && c.subject() == ComplaintSubject.SOCIAL_TREATMENT).findFirst().map(ComplaintRoute::source);
      case RECONSIDERATION_LONGER -> s.deadlines().stream().filter(d -> d.kind() == DeadlineKind.RECONSIDERATION
          && d.source().rule().equals(f.rule())).findFirst().map(d -> d.source());
      case MISSING_CONTENTS -> Optional.empty();
    };
  }

  /** The passage of the standard that cites the outdated provision: one of the rule's quotes naming its number. */
  private Optional<Source> citing(QualityStandard s, FloorFinding f) {
    List<String> numbers = new ArrayList<>();
    List<LegalReference> cited = f.nationalRule().equals(NationalRule.NAT_Y1.id())
        ? s.citedLaw().stream().filter(r -> r.paragraph().equals(Optional.of("140"))).toList() : replaced(s);
    for (LegalReference r : cited) {
      r.paragraph().ifPresent(p -> numbers.add("§ " + p));
      Matcher m = Pattern.compile("nr\\. ([0-9]+)").matcher(r.citation());
      if (m.find()) {
        numbers.add(m.group(1));
      }
    }
    return s.elements().map(e -> e.source()).filter(src -> src.rule().equals(f.rule()))
        .filter(src -> numbers.stream().anyMatch(n -> src.quote().contains(n))).findFirst();
  }

  private static List<LegalReference> replaced(QualityStandard s) {
    return s.citedLaw().stream().filter(r -> r.act().replacedBy().isPresent()).toList();
  }

  private static Optional<GuaranteeRule> guarantee(QualityStandard s, java.util.function.Predicate<GuaranteeRule> which) {
    return s.guarantees().stream().filter(which).findFirst();
  }

  /** The follow-ups on the plan that the law's follow-up is compared with: social drug treatment, after completion. */
  private static List<FollowUpRule> plan(QualityStandard s) {
    return s.followUps().stream().filter(f -> f.kind() == FollowUpKind.FOLLOW_UP && f.appliesOn(Track.SOCIAL_DRUG)
        && f.qualifyingEndings().contains(EndStatus.COMPLETED)).toList();
  }

  private static Optional<Offer> narrowerOffer(QualityStandard s, String rule) {
    return s.offers().stream().filter(o -> o.criteria().stream().filter(Criterion::narrowerThanLaw).findFirst()
        .map(c -> c.source().rule().equals(rule)).orElse(false)).findFirst();
  }
}
