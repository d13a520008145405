package dk.kvalitetsstandard.deadline;

import dk.kvalitetsstandard.law.LegalReference;
import dk.kvalitetsstandard.law.Span;
import dk.kvalitetsstandard.standard.OfferKind;
import dk.kvalitetsstandard.text.internal.Messages;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Writes explanations and findings in English or Danish from the resource bundles
 * {@code dk/kvalitetsstandard/deadline/Explanations_en} and {@code _da}. Any locale whose language
 * is Danish gets Danish; every other locale gets English. Immutable and thread-safe.
 */
final class Explainer {

  private static final String BUNDLE = "dk.kvalitetsstandard.deadline.Explanations";

  private final Messages messages;

  private Explainer(Locale locale) {
    this.messages = Messages.of(BUNDLE, locale);
  }

  private static final Explainer ENGLISH = new Explainer(Locale.ENGLISH);
  private static final Explainer DANISH = new Explainer(Locale.forLanguageTag("da"));

  static Explainer forLocale(Locale locale) {
    return "da".equals(locale.getLanguage()) ? DANISH : ENGLISH;
  }

  String explain(Draft d) {
    String basis = d.basis() == null ? d.rule() : d.rule() + ", " + d.basis().citation();
    Object[] args = {text(d.startedBy()), text(d.due()), text(d.closedBy()), d.rule(), basis,
        d.span() == null ? "" : span(d.span()), d.detail() == null ? "" : d.detail(),
        messages.text("kind." + d.kind())};
    String what = d.due() == null ? "" : format("what." + d.kind(), args) + " ";
    if (d.reason() != Reason.DATES) {
      return what + format("reason." + d.reason(), args);
    }
    String status = switch (d.status()) {
      case BREACHED, LAPSED -> "status." + d.status() + (d.closedBy() == null ? ".open" : ".closed");
      default -> "status." + d.status();
    };
    return what + format(status, args);
  }

  /**
   * The complaint guidance of a decision: the paragraph the decision letter carries, addressed to
   * the citizen ({@link ComplaintGuidance}).
   */
  String guidance(GuidanceDraft g) {
    String to = g.complaintTo() == null ? "" : g.address() == null ? g.complaintTo() : g.complaintTo() + ", " + g.address();
    return switch (g.kind()) {
      case SOCIAL -> format("guidance.social", date(g.lastDay()), span(g.limit()), g.complaintTo(), to,
          span(g.reconsideration()), g.appealTo(), citations(g.basis(), g.reconsiderationBasis()),
          g.moved() ? " " + messages.text("guidance.moved") : "");
      case ANONYMOUS -> format("guidance.anonymous", g.basis().citation());
      case HEALTH -> format("guidance.health", g.basis().citation(), to);
      case CASE_HANDLING -> format("guidance.caseHandling", to,
          g.appealTo() == null ? "" : " " + format("guidance.caseHandling.further", g.appealTo()));
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
    return n + " " + messages.text("unit." + span.unit() + (n == 1 ? ".one" : ".many"));
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

  private String text(LocalDate date) {
    return date == null ? "" : date(date);
  }
}
