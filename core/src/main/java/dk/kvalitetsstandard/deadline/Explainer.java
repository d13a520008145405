package dk.kvalitetsstandard.deadline;

import dk.kvalitetsstandard.law.LegalReference;
import dk.kvalitetsstandard.law.Span;
import dk.kvalitetsstandard.law.Unit;
import dk.kvalitetsstandard.standard.DeadlineKind;
import dk.kvalitetsstandard.standard.OfferKind;
import dk.kvalitetsstandard.text.Language;
import dk.kvalitetsstandard.text.internal.Messages;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes explanations and findings in English or Danish from the resource bundles
 * {@code dk/kvalitetsstandard/deadline/Explanations_en} and {@code _da}. Any locale whose language
 * is Danish gets Danish; every other locale gets English. Immutable and thread-safe.
 */
final class Explainer {

  private static final String BUNDLE = "dk.kvalitetsstandard.deadline.Explanations";

  /** Room for most explanations, which run to two sentences. */
  private static final int EXPLANATION_LENGTH = 320;

  // The keys of the texts each constant selects, made once rather than for every sentence.
  private static final Map<DeadlineKind, String> WHAT = keys(DeadlineKind.class, "what.", "");
  private static final Map<Reason, String> REASON = keys(Reason.class, "reason.", "");
  private static final Map<Status, String> STATUS = keys(Status.class, "status.", "");
  private static final Map<Status, String> STATUS_OPEN = keys(Status.class, "status.", ".open");
  private static final Map<Status, String> STATUS_CLOSED = keys(Status.class, "status.", ".closed");
  private static final Map<Unit, String> UNIT_ONE = keys(Unit.class, "unit.", ".one");
  private static final Map<Unit, String> UNIT_MANY = keys(Unit.class, "unit.", ".many");

  private final Messages messages;
  /** The name of each kind of deadline in this language. */
  private final Map<DeadlineKind, String> kinds = new EnumMap<>(DeadlineKind.class);

  private Explainer(Locale locale) {
    this.messages = Messages.of(BUNDLE, locale);
    keys(DeadlineKind.class, "kind.", "").forEach((kind, key) -> kinds.put(kind, messages.text(key)));
  }

  /** The key {@code prefix}, constant, {@code suffix} of each constant of {@code type}. */
  private static <E extends Enum<E>> Map<E, String> keys(Class<E> type, String prefix, String suffix) {
    Map<E, String> keys = new EnumMap<>(type);
    for (E constant : type.getEnumConstants()) {
      keys.put(constant, prefix + constant.name() + suffix);
    }
    return keys;
  }

  private static final Explainer ENGLISH = new Explainer(Locale.ENGLISH);
  private static final Explainer DANISH = new Explainer(Locale.forLanguageTag("da"));

  static Explainer forLocale(Locale locale) {
    return Language.isDanish(locale) ? DANISH : ENGLISH;
  }

  /**
   * The explanation of a deadline: what is due when (where it has a date), then its status or the
   * reason for it. Written into one builder; the dates are written where the texts name them.
   */
  String explain(Deadline d) {
    String basis = d.legalBasisOrNull() == null ? d.rule() : d.rule() + ", " + d.legalBasisOrNull();
    Object[] args = {orBlank(d.startedByOrNull()), orBlank(d.dueOrNull()), orBlank(d.closedByOrNull()), d.rule(), basis,
        d.span() == null ? "" : span(d.span()), detail(d.detail()), kinds.get(d.kind())};
    StringBuilder text = new StringBuilder(EXPLANATION_LENGTH);
    if (d.dueOrNull() != null) {
      messages.formatTo(text, WHAT.get(d.kind()), args).append(' ');
    }
    if (d.reason() != Reason.DATES) {
      return messages.formatTo(text, REASON.get(d.reason()), args).toString();
    }
    String status = switch (d.status()) {
      case BREACHED, LAPSED -> (d.closedByOrNull() == null ? STATUS_OPEN : STATUS_CLOSED).get(d.status());
      default -> STATUS.get(d.status());
    };
    return messages.formatTo(text, status, args).toString();
  }

  /** A deadline's detail as its explanation names it: a date written in this language, a body's name as it is. */
  private String detail(Object detail) {
    return detail == null ? "" : detail instanceof LocalDate on ? date(on) : detail.toString();
  }

  /**
   * The complaint guidance of a decision: the paragraph the decision letter carries, addressed to
   * the citizen ({@link ComplaintGuidance}).
   */
  String guidance(ComplaintGuidance g) {
    String to = g.complaintToOrNull() == null ? "" : g.address() == null ? g.complaintToOrNull() : g.complaintToOrNull() + ", " + g.address();
    return switch (g.kind()) {
      case SOCIAL -> format("guidance.social", date(g.lastDayOrNull()), span(g.limit()), g.complaintToOrNull(), to,
          span(g.reconsideration()), g.appealToOrNull(), citations(g.basis(), g.reconsiderationBasis()),
          g.moved() ? " " + messages.text("guidance.moved") : "");
      case ANONYMOUS -> format("guidance.anonymous", g.basis().citation());
      case HEALTH -> format("guidance.health", g.basis().citation(), to);
      case CASE_HANDLING -> format("guidance.caseHandling", to,
          g.appealToOrNull() == null ? "" : " " + format("guidance.caseHandling.further", g.appealToOrNull()));
      case GRANTED -> format("guidance.granted", g.basis().citation());
    };
  }

  /** Two provisions cited together: {@code Retssikkerhedsloven § 67 og § 66} where they share the act. */
  private String citations(LegalReference first, LegalReference second) {
    String a = first.citation();
    String b = second.citation();
    String act = first.act().shortForm() + " ";
    String and = " " + messages.text("and") + " ";
    return first.act() == second.act() && b.startsWith(act) ? a + and + b.substring(act.length()) : a + and + b;
  }

  /** Items in a sentence: {@code a}, {@code a og b}, {@code a, b og c} ({@code and} in English). */
  String list(java.util.List<String> items) {
    if (items.size() < 2) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " " + messages.text("and") + " " + items.get(items.size() - 1);
  }

  String message(String key, Object... args) {
    return format(key, args);
  }

  String span(Span span) {
    int n = span.exactly();
    return n + " " + messages.text((n == 1 ? UNIT_ONE : UNIT_MANY).get(span.unit()));
  }

  private String format(String key, Object... args) {
    return messages.format(key, args);
  }

  /** A date as the explanations and findings write it: {@code 5. januar 2026}, {@code 5 January 2026}. */
  String date(LocalDate date) {
    return messages.date(date);
  }

  /** The name of an offer kind in this language. */
  String offerKind(OfferKind kind) {
    return messages.text("offer." + kind);
  }

  /** A date for a text's argument, written as {@link #date} writes it; blank where there is none. */
  private static Object orBlank(LocalDate date) {
    return date == null ? "" : date;
  }
}
