package dk.kvalitetsstandard.examples.cli;

import dk.kvalitetsstandard.json.Json;
import dk.kvalitetsstandard.questions.Answer;
import dk.kvalitetsstandard.questions.Assessor;
import dk.kvalitetsstandard.questions.Check;
import dk.kvalitetsstandard.questions.FeeComponent;
import dk.kvalitetsstandard.questions.FeesAnswer;
import dk.kvalitetsstandard.questions.FeesQuestion;
import dk.kvalitetsstandard.questions.FreeChoiceAnswer;
import dk.kvalitetsstandard.questions.GiftCardsAnswer;
import dk.kvalitetsstandard.questions.Note;
import dk.kvalitetsstandard.questions.Question;
import dk.kvalitetsstandard.questions.QuestionReader;
import dk.kvalitetsstandard.questions.Route;
import dk.kvalitetsstandard.questions.ScreenedCriterion;
import dk.kvalitetsstandard.questions.ScreenedOffer;
import dk.kvalitetsstandard.questions.ScreeningAnswer;
import dk.kvalitetsstandard.standard.AmountFactor;
import dk.kvalitetsstandard.standard.FeeItem;
import dk.kvalitetsstandard.standard.Offer;
import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.text.Words;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code assess FILE}: the answer to one of the four questions. */
@Command(name = "assess", mixinStandardHelpOptions = true,
    description = "Answer one question (FREE_CHOICE, SCREENING, FEES, GIFT_CARDS); print the answer as JSON or as text for a person.")
final class AssessCommand implements Callable<Integer> {

  enum Format { json, text }

  private final StandardsCli.Context context;

  @Parameters(index = "0", paramLabel = "FILE", description = "The question (JSON); - reads standard input.")
  String file;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "Language of the messages: en or da (default: ${DEFAULT-VALUE}).")
  String lang;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
      description = "json, or text: the answer in the words of --lang (default: ${DEFAULT-VALUE}).")
  Format format;

  AssessCommand(StandardsCli.Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Locale locale = Languages.parse(lang);
    Question question = QuestionReader.with(context.registry()).read(Input.read(file, context.stdin(), "question"));
    Answer answer = Assessor.of(context.registry()).answer(question, locale);
    if (format == Format.json) {
      context.out().println(Json.mapper().writeValueAsString(answer));
    } else {
      QualityStandard standard = context.registry().find(question.municipality(), question.asOf()).standard();
      context.out().print(text(question, answer, standard, Words.of(locale)));
    }
    return 0;
  }

  /** The answer for a person, in the words of the language asked for, at most {@link TextTable#WIDTH} columns wide. */
  static String text(Question question, Answer answer, QualityStandard standard, Words w) {
    String name = standard.municipality().name();
    if (answer instanceof FreeChoiceAnswer a) {
      return freeChoice(a, name, w);
    }
    if (answer instanceof ScreeningAnswer a) {
      return screening(a, name, standard, w);
    }
    if (answer instanceof FeesAnswer a) {
      return fees((FeesQuestion) question, a, name, standard, w);
    }
    if (answer instanceof GiftCardsAnswer a) {
      return giftCards(a, name, w);
    }
    throw new IllegalArgumentException("not an answer to one of the four questions");
  }

  private static String freeChoice(FreeChoiceAnswer a, String name, Words w) {
    StringBuilder out = new StringBuilder();
    out.append(TextTable.wrap(w.label("freeChoice.heading", name, a.legalBasis()), "", ""));
    out.append(TextTable.wrap(w.label("answer", Words.capitalized(w.name(a.outcome())), a.rule()), "", ""));
    out.append(TextTable.wrap(w.label("guaranteeWaived", yesNo(Optional.of(a.guaranteeWaived()), w)), "", ""));
    out.append('\n');
    TextTable table = TextTable.of(TextTable.fixed(w.label("rule")), TextTable.fixed(w.label("met")),
        TextTable.wrapping(w.label("reason")));
    for (Check c : a.criteria()) {
      table.row(c.rule(), yesNo(c.met(), w), c.message());
    }
    out.append(table.render());
    notes(out, a.openQuestions(), w);
    return out.toString();
  }

  private static void notes(StringBuilder out, List<Note> notes, Words w) {
    if (notes.isEmpty()) {
      return;
    }
    out.append('\n').append(w.label("openQuestions")).append('\n');
    for (Note n : notes) {
      out.append(TextTable.wrap(n.rule() + ": " + n.message(), "- ", "  "));
    }
  }

  private static String screening(ScreeningAnswer a, String name, QualityStandard standard, Words w) {
    StringBuilder out = new StringBuilder();
    out.append(TextTable.wrap(w.label("screening.heading", name, w.name(a.track()), a.legalBasis()), "", ""));
    a.applyTo().ifPresent(r -> out.append(TextTable.wrap(w.label("applyTo", route(r, w)), "", "")));
    for (ScreenedOffer o : a.offers()) {
      out.append('\n');
      String kind = w.name(o.kind());
      String offer = standard.offer(o.offer()).map(Offer::name).filter(n -> !n.equalsIgnoreCase(kind))
          .map(n -> n + " (" + kind + ")").orElse(Words.capitalized(kind));
      out.append(TextTable.wrap(offer + ": " + w.name(o.eligibility()), "", ""));
      o.applyTo().filter(r -> !a.applyTo().equals(Optional.of(r)))
          .ifPresent(r -> out.append(TextTable.wrap(w.label("applyTo", route(r, w)), "", "")));
      if (o.criteria().isEmpty()) {
        out.append(w.label("noCriteria")).append('\n');
        continue;
      }
      TextTable table = TextTable.of(TextTable.fixed(w.label("rule")), TextTable.fixed(w.label("met")),
          TextTable.wrapping(w.label("criterion")));
      for (ScreenedCriterion c : o.criteria()) {
        List<String> flags = new ArrayList<>();
        if (c.discretionary()) {
          flags.add(w.label("discretionary"));
        }
        if (c.narrowerThanLaw()) {
          flags.add(w.label("narrower"));
        }
        table.row(c.rule(), yesNo(c.met(), w), c.criterion() + (flags.isEmpty() ? "" : " (" + String.join(", ", flags) + ")"));
      }
      out.append(table.render());
    }
    return out.toString();
  }

  private static String route(Route r, Words w) {
    return r.name() + r.phone().map(p -> ", " + w.label("phone", p)).orElse("") + " (" + r.rule() + ")";
  }

  private static String fees(FeesQuestion q, FeesAnswer a, String name, QualityStandard standard, Words w) {
    StringBuilder out = new StringBuilder();
    String kind = w.name(standard.offerKind(q.offer()).orElseThrow());
    String offer = standard.offer(q.offer()).map(o -> o.name() + " (" + kind + ")").orElse(kind);
    out.append(TextTable.wrap(w.label("fees.heading", name, offer, a.legalBasis()), "", ""));
    out.append(TextTable.wrap(w.label("free", yesNo(Optional.of(a.free()), w), a.rule()), "", ""));
    out.append('\n');
    TextTable table = TextTable.of(TextTable.wrapping(w.label("item")), TextTable.fixed(w.label("payable")),
        TextTable.fixed(w.label("rule")), TextTable.wrapping(w.label("reason")));
    for (FeeComponent c : a.components()) {
      table.row(Words.capitalized(w.name(c.item())), yesNo(c.payable(), w), c.rule(), c.message());
    }
    out.append(table.render());
    out.append('\n');
    String amount = a.amountDkk().map(v -> w.label("amount.dkk", money(v, w)))
        .orElseGet(() -> w.label("amount.unknown", a.amountDependsOn().stream().map(d -> dependsOn(d, w))
            .collect(Collectors.joining(", "))));
    out.append(TextTable.wrap(w.label("amount", amount), "", ""));
    return out.toString();
  }

  /** What an amount depends on, in words: a factor of the standard, a figure the caller may give, or a fact of the citizen. */
  private static String dependsOn(String code, Words w) {
    if (code.startsWith("figures.")) {
      return w.label("dependsOn.figure", w.name(FeeItem.valueOf(code.substring("figures.".length()))));
    }
    return switch (code) {
      case "citizen.hasOwnHome" -> w.label("dependsOn.hasOwnHome");
      case "citizen.means" -> w.label("dependsOn.means");
      case "AFFORDABILITY" -> w.label("dependsOn.affordability");
      default -> w.name(AmountFactor.valueOf(code));
    };
  }

  private static String money(Number amount, Words w) {
    NumberFormat format = NumberFormat.getInstance(w.locale());
    if (amount instanceof BigDecimal decimal && decimal.scale() > 0) {
      format.setMinimumFractionDigits(2);
      format.setMaximumFractionDigits(2);
    }
    return format.format(amount);
  }

  private static String giftCards(GiftCardsAnswer a, String name, Words w) {
    StringBuilder out = new StringBuilder();
    out.append(TextTable.wrap(w.label("giftCards.heading", name, a.legalBasis(), a.rule()), "", ""));
    out.append(w.label("cards.count", a.cards().map(String::valueOf).orElse(w.label("notComputed")))).append('\n');
    out.append(w.label("cards.value", a.perCardDkk().map(v -> w.label("amount.dkk", money(v, w))).orElse(w.label("notComputed"))))
        .append('\n');
    out.append(w.label("cards.total", a.amountDkk().map(v -> w.label("amount.dkk", money(v, w))).orElse(w.label("notComputed"))))
        .append('\n');
    out.append(TextTable.wrap(a.message(), "", ""));
    return out.toString();
  }

  private static String yesNo(Optional<Boolean> value, Words w) {
    return value.map(v -> w.label(v ? "yes" : "no")).orElse(w.label("unknown"));
  }
}
