package dk.kvalitetsstandard.examples.cli;

import dk.kvalitetsstandard.law.RequiredContent;
import dk.kvalitetsstandard.registry.Lookup;
import dk.kvalitetsstandard.standard.Adoption;
import dk.kvalitetsstandard.standard.AgeLimited;
import dk.kvalitetsstandard.standard.ComplaintRoute;
import dk.kvalitetsstandard.standard.ContactPoint;
import dk.kvalitetsstandard.standard.ContentCoverage;
import dk.kvalitetsstandard.standard.Criterion;
import dk.kvalitetsstandard.standard.DeadlineRule;
import dk.kvalitetsstandard.standard.FeeRule;
import dk.kvalitetsstandard.standard.FollowUpRule;
import dk.kvalitetsstandard.standard.FreeChoiceRule;
import dk.kvalitetsstandard.standard.GiftCardScheme;
import dk.kvalitetsstandard.standard.GuaranteeRule;
import dk.kvalitetsstandard.standard.KeyFigure;
import dk.kvalitetsstandard.standard.Offer;
import dk.kvalitetsstandard.standard.PlanReviewRule;
import dk.kvalitetsstandard.standard.ProviderRequirement;
import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.standard.Sourced;
import dk.kvalitetsstandard.standard.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Renders standards as text a person reads. Every line of content ends with the rule it encodes. */
final class Describe {

  private Describe() {}

  static String adoption(Adoption adoption) {
    return switch (adoption.status()) {
      case ADOPTED -> "adopted " + adoption.date().orElseThrow();
      case DRAFT -> "draft, no adoption date";
      case UNDATED -> "adoption date not stated";
    };
  }

  static String inForce(Lookup lookup) {
    return switch (lookup.inForce()) {
      case IN_FORCE -> "in force on " + lookup.date();
      case EXPIRED -> "EXPIRED: the standard ended " + lookup.standard().validity().to().orElseThrow()
          + ", before " + lookup.date() + "; it is the municipality's latest standard";
      case NOT_YET_IN_FORCE -> "NOT YET IN FORCE on " + lookup.date() + ": it starts "
          + lookup.standard().validity().from().orElseThrow();
    };
  }

  static String ages(AgeLimited limited) {
    if (!limited.hasAgeLimit()) {
      return "";
    }
    if (limited.maxAge().isEmpty()) {
      return "ages " + limited.minAge().get() + "+";
    }
    return "ages " + limited.minAge().map(String::valueOf).orElse("0") + "-" + limited.maxAge().get();
  }

  static String lower(Object value) {
    return value.toString().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  static String standard(Lookup lookup) {
    QualityStandard s = lookup.standard();
    Text text = new Text();
    text.line(s.municipality().name() + " Kommune (" + s.municipality().code() + ", " + s.municipality().slug() + ")");
    text.line(s.title());
    text.field("Status", adoption(s.adoption()), s.adoption());
    text.field("Validity", s.validity().toString(), s.validity());
    text.field("On this date", inForce(lookup), null);
    text.field("Tracks", s.tracks().stream().map(t -> t.name() + " (" + t.legalBasis(lookup.date(), null).citation() + ")")
        .collect(Collectors.joining(", ")), null);
    text.field("Cites", s.citedLaw().stream().map(Object::toString).collect(Collectors.joining("; ")), null);

    text.section("Offers", s.offers(), Describe::offer);
    text.section("Where to turn", s.contactPoints(), Describe::contactPoint);
    text.section("Treatment guarantee", s.guarantees(), Describe::guarantee);
    text.section("Other deadlines", s.deadlines(), Describe::deadline);
    text.section("Treatment plan review", s.planReviews(), Describe::planReview);
    text.section("After treatment ends", s.followUps(), Describe::followUp);
    text.section("Free choice", s.freeChoice(), Describe::freeChoice);
    text.section("Fees", s.fees(), Describe::fee);
    text.section("Gift cards", s.giftCards(), Describe::giftCards);
    text.section("Complaints", s.complaints(), Describe::complaint);
    text.section("Requirements of providers", s.providerRequirements(), ProviderRequirement::text);
    text.section("Key figures", s.keyFigures(), Describe::keyFigure);
    text.section("Also stated", s.statements(), Describe::statement);
    coverage(s, text);
    return text.toString();
  }

  private static String offer(Offer o) {
    List<String> parts = new ArrayList<>();
    parts.add(o.id() + ": " + o.name() + " [" + lower(o.kind()) + o.intensity().map(i -> ", " + lower(i) + " intensity").orElse("") + "]");
    o.description().ifPresent(parts::add);
    o.frequency().ifPresent(f -> parts.add(f.toString()));
    o.sessions().ifPresent(n -> parts.add(n.toString()));
    o.sessionLength().ifPresent(n -> parts.add(n + " per session"));
    o.duration().ifPresent(d -> parts.add("lasting " + d));
    o.groupSize().ifPresent(g -> parts.add("groups of " + g));
    if (!o.formats().isEmpty()) {
      parts.add(o.formats().stream().map(Describe::lower).collect(Collectors.joining("/")));
    }
    if (o.hasAgeLimit()) {
      parts.add(ages(o));
    }
    if (o.anonymity() != dk.kvalitetsstandard.standard.Anonymity.NOT_ANONYMOUS) {
      parts.add(lower(o.anonymity()));
    }
    if (o.forRelatives()) {
      parts.add("also for relatives");
    }
    if (!o.providers().isEmpty()) {
      parts.add("by " + String.join(", ", o.providers()));
    }
    String head = String.join("; ", parts);
    if (o.criteria().isEmpty()) {
      return head;
    }
    return head + o.criteria().stream().map(c -> "\n      criterion: " + criterion(c)).collect(Collectors.joining());
  }

  private static String criterion(Criterion c) {
    String how = c.fact().map(f -> lower(f) + " = " + c.requiredValue().orElseThrow()).orElse("caseworker's discretion");
    return c.text() + " (" + how + (c.narrowerThanLaw() ? "; narrower than the law" : "") + ") [" + c.source().rule() + "]";
  }

  private static String contactPoint(ContactPoint c) {
    List<String> parts = new ArrayList<>(List.of(c.name() + ": " + c.role()));
    c.phone().ifPresent(p -> parts.add("phone " + p));
    c.email().ifPresent(parts::add);
    c.address().ifPresent(parts::add);
    if (c.hasAgeLimit()) {
      parts.add(ages(c));
    }
    if (!c.offerKinds().isEmpty()) {
      parts.add("for " + c.offerKinds().stream().map(Describe::lower).collect(Collectors.joining(", ")));
    }
    return String.join("; ", parts);
  }

  private static String guarantee(GuaranteeRule g) {
    return g.days() + " days from " + lower(g.clockStart()) + " to the " + (g.promise() == dk.kvalitetsstandard.standard.Promise.START
        ? "start" : "offer (the seed promises an offer, the law a start)") + " of treatment; tracks "
        + g.tracks() + "; under 18: " + lower(g.minors())
        + g.fromAge().map(a -> "; from age " + a).orElse("")
        + (g.notCovering().isEmpty() ? "" : "; does not cover assessment for " + g.notCovering().stream().map(Describe::lower).collect(Collectors.joining(", ")));
  }

  private static String deadline(DeadlineRule d) {
    return lower(d.kind()) + ": " + d.limit() + (d.tracks().isEmpty() ? "" : " (" + d.tracks() + ")");
  }

  private static String planReview(PlanReviewRule r) {
    return lower(r.mode()) + r.interval().map(i -> ", at least every " + i).orElse("");
  }

  private static String followUp(FollowUpRule f) {
    return lower(f.kind()) + " after " + f.after().stream().map(Object::toString).collect(Collectors.joining(" and "))
        + "; for endings " + f.qualifyingEndings().stream().map(Describe::lower).collect(Collectors.joining(", "));
  }

  private static String freeChoice(FreeChoiceRule f) {
    List<String> parts = new ArrayList<>();
    parts.add(f.tracks().toString());
    parts.add(f.visitationRequired() ? "after visitation" : "without prior visitation");
    if (f.equivalentCharacterRequired()) {
      parts.add("equivalent kind and intensity");
    }
    if (f.listingRequired()) {
      parts.add("private providers approved and on Tilbudsportalen");
    }
    f.preconditions().forEach(c -> parts.add("precondition: " + c.text()));
    f.openQuestions().forEach(c -> parts.add("open question: " + c.text()));
    return String.join("; ", parts);
  }

  private static String fee(FeeRule f) {
    return lower(f.item()) + ": " + lower(f.charge())
        + (f.offerKinds().isEmpty() ? "" : " in " + f.offerKinds().stream().map(Describe::lower).collect(Collectors.joining(", ")))
        + (f.dependsOn().isEmpty() ? "" : "; amount depends on " + f.dependsOn().stream().map(Describe::lower).collect(Collectors.joining(", ")));
  }

  private static String giftCards(GiftCardScheme g) {
    List<String> parts = new ArrayList<>(List.of(g.id() + " in " + g.offerKinds().stream().map(Describe::lower).collect(Collectors.joining(", "))));
    if (g.hasAgeLimit()) {
      parts.add(ages(g));
    }
    g.countedSessions().ifPresent(n -> parts.add("first " + n + " sessions count"));
    g.attendancesPerCard().ifPresent(n -> parts.add("one card per " + n + " attendances"));
    g.cardValueDkk().ifPresent(v -> parts.add("DKK " + v + " a card"));
    g.maxCards().ifPresent(m -> parts.add("at most " + m + " cards"));
    if (!g.isComputable()) {
      parts.add("earning rule or value not stated");
    }
    return String.join("; ", parts);
  }

  private static String complaint(ComplaintRoute c) {
    return lower(c.subject()) + ": to " + c.body() + c.appealTo().map(a -> ", then " + a).orElse("")
        + c.limit().map(l -> "; within " + l).orElse("; no time limit stated")
        + (c.appealable() ? "" : "; cannot be appealed");
  }

  private static String keyFigure(KeyFigure k) {
    return k.measure() + ": " + (k.bound() == dk.kvalitetsstandard.standard.Bound.AT_LEAST ? "at least " : "at most ")
        + k.percent() + " %" + k.year().map(y -> " by " + y).orElse("");
  }

  private static String statement(Statement s) {
    return lower(s.topic()) + ": " + s.text();
  }

  private static void coverage(QualityStandard s, Text text) {
    Set<RequiredContent> covered = EnumSet.noneOf(RequiredContent.class);
    s.coverage().stream().map(ContentCoverage::content).forEach(covered::add);
    text.line("");
    text.line("Required contents (BEK nr. 1477 af 17/12/2019 § 4, NAT-Q1): " + covered.size() + " of 15 covered");
    for (RequiredContent content : RequiredContent.values()) {
      Optional<ContentCoverage> c = s.coverage().stream().filter(x -> x.content() == content).findFirst();
      text.line(String.format("  %2d %-48s %s", content.number(), content.danishName(),
          c.map(x -> String.join(", ", x.rules())).orElse("MISSING")));
    }
  }

  /** A growing block of text with sections. */
  private static final class Text {
    private final StringBuilder out = new StringBuilder();

    void line(String line) {
      out.append(line).append('\n');
    }

    void field(String name, String value, Sourced source) {
      line(String.format("%-14s %s%s", name + ":", value, source == null ? "" : " [" + source.source().rule() + "]"));
    }

    <T extends Sourced> void section(String title, Collection<T> items, Function<T, String> render) {
      if (items.isEmpty()) {
        return;
      }
      line("");
      line(title);
      for (T item : items) {
        line("  - " + render.apply(item) + " [" + item.source().rule() + "]");
      }
    }

    @Override
    public String toString() {
      return out.toString();
    }
  }
}
