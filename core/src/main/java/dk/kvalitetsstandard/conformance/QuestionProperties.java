package dk.kvalitetsstandard.conformance;

import dk.kvalitetsstandard.conformance.property.Generator;
import dk.kvalitetsstandard.conformance.property.Property;
import dk.kvalitetsstandard.conformance.property.Questions;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.questions.Assessor;
import dk.kvalitetsstandard.questions.Attendance;
import dk.kvalitetsstandard.questions.Check;
import dk.kvalitetsstandard.questions.ChoiceOutcome;
import dk.kvalitetsstandard.questions.Eligibility;
import dk.kvalitetsstandard.questions.FeesAnswer;
import dk.kvalitetsstandard.questions.FeesQuestion;
import dk.kvalitetsstandard.questions.FreeChoiceAnswer;
import dk.kvalitetsstandard.questions.FreeChoiceQuestion;
import dk.kvalitetsstandard.questions.GiftCardsAnswer;
import dk.kvalitetsstandard.questions.GiftCardsQuestion;
import dk.kvalitetsstandard.questions.ScreenedOffer;
import dk.kvalitetsstandard.questions.ScreeningQuestion;
import dk.kvalitetsstandard.questions.Session;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.FeeItem;
import dk.kvalitetsstandard.standard.GiftCardScheme;
import dk.kvalitetsstandard.standard.OfferKind;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The laws the four answers obey, whatever the question, as properties over the questions of
 * {@link Questions}, each named by the rules it checks: a refused free choice never waives the
 * guarantee (NAT-G2, NAT-G4); a choice of another character of treatment is always refused, MOVE
 * counting as outpatient (NAT-F1, NAT-F7); an unknown input never makes a choice {@code ALLOWED}
 * (NAT-X1); gift cards never exceed the scheme's cap, never decrease when an attendance is added,
 * are worth their number times their value and are never deducted from benefits (NAT-K1, NAT-K2);
 * outpatient and day treatment are free (NAT-E1); an unknown or discretionary criterion never
 * makes an offer {@code ELIGIBLE}, and a failed one always makes it {@code NOT_ELIGIBLE} (NAT-X1).
 *
 * <p>Thread-safe.
 */
public final class QuestionProperties {

  /** One law: its name, its generator and its property, for one standard. */
  record Law<Q>(String name, Generator<Q> generator, Property<Q> property) {}

  private final Assessor assessor;

  private QuestionProperties(StandardRegistry registry) {
    this.assessor = Assessor.of(registry);
  }

  /**
   * The laws, answered with {@code registry}'s standards.
   *
   * @param registry the standards the questions are put to
   * @return the laws
   */
  public static QuestionProperties of(StandardRegistry registry) {
    return new QuestionProperties(Objects.requireNonNull(registry, "registry"));
  }

  /** Every law for {@code standard}, in a fixed order. */
  List<Law<?>> laws(QualityStandard standard) {
    Generator<FreeChoiceQuestion> freeChoice = Questions.freeChoice(standard);
    return List.of(
        new Law<>("NAT-G2 NAT-G4 a refused free choice never waives the guarantee", freeChoice, this::refusedNeverWaives),
        new Law<>("NAT-F1 NAT-F7 a chosen offer of another character than the visited one is always refused (MOVE is outpatient)",
            freeChoice, this::otherCharacterRefused),
        new Law<>("NAT-X1 NAT-F2 a free choice with an unknown input is never ALLOWED", freeChoice, this::unknownNeverAllowed),
        new Law<>("NAT-K1 NAT-K2 gift cards never exceed the cap, never decrease when an attendance is added, and are never deducted",
            Questions.giftCards(standard), q -> giftCards(standard, q)),
        new Law<>("NAT-E1 outpatient and day treatment are free, whatever the citizen and the figures", Questions.fees(standard),
            this::outpatientIsFree),
        new Law<>("NAT-X1 an unknown or discretionary criterion never yields ELIGIBLE; a failed one always yields NOT_ELIGIBLE",
            Questions.screening(standard), this::unknownNeverEligible));
  }

  /**
   * Every law by name, for {@code standard}: each with the generator of its questions.
   *
   * @param standard a standard of the registry
   * @return the names, in a fixed order
   */
  public List<String> names(QualityStandard standard) {
    return laws(standard).stream().map(Law::name).toList();
  }

  private Optional<String> refusedNeverWaives(FreeChoiceQuestion q) {
    FreeChoiceAnswer a = assessor.freeChoice(q, Locale.ENGLISH);
    return a.outcome() == ChoiceOutcome.REFUSED && a.guaranteeWaived()
        ? Optional.of("REFUSED (" + a.rule() + ") but the guarantee is waived") : Optional.empty();
  }

  private Optional<String> otherCharacterRefused(FreeChoiceQuestion q) {
    List<OfferKind> visited = List.of(OfferKind.COUNSELLING, OfferKind.OUTPATIENT, OfferKind.DAY, OfferKind.RESIDENTIAL,
        OfferKind.SUBSTITUTION, OfferKind.MOVE);
    int turn = q.asOf().getDayOfYear();
    for (OfferKind kind : visited) {
      List<OfferKind> others = Stream.of(OfferKind.values()).filter(k -> k.character() != kind.character()).toList();
      OfferKind chosen = others.get(turn % others.size());
      FreeChoiceQuestion changed = FreeChoiceQuestion.builder().from(q)
          .visited(FreeChoiceQuestion.Visited.of(kind.name(), q.asOf().minusDays(5)))
          .chosen(FreeChoiceQuestion.Chosen.of(chosen.name(), q.chosen().onTilbudsportalen().orElse(null),
              q.chosen().isPublic().orElse(null))).build();
      FreeChoiceAnswer a = assessor.freeChoice(changed, Locale.ENGLISH);
      if (a.outcome() != ChoiceOutcome.REFUSED) {
        return Optional.of("visited " + kind + ", chose " + chosen + ": " + a.outcome());
      }
    }
    return Optional.empty();
  }

  private Optional<String> unknownNeverAllowed(FreeChoiceQuestion q) {
    FreeChoiceAnswer a = assessor.freeChoice(q, Locale.ENGLISH);
    Optional<Check> unknown = a.criteria().stream().filter(c -> c.met().isEmpty()).findFirst();
    return a.outcome() == ChoiceOutcome.ALLOWED && unknown.isPresent()
        ? Optional.of("ALLOWED though " + unknown.get().rule() + " is not known: " + unknown.get().message()) : Optional.empty();
  }

  private Optional<String> giftCards(QualityStandard standard, GiftCardsQuestion q) {
    GiftCardsAnswer before = assessor.giftCards(q, Locale.ENGLISH);
    if (before.deductibleFromBenefits()) {
      return Optional.of("the gift cards are deductible from benefits");
    }
    Optional<Integer> cap = before.scheme().flatMap(id -> standard.giftCards().stream().filter(s -> s.id().equals(id)).findFirst())
        .flatMap(GiftCardScheme::maxCards);
    if (cap.isPresent() && before.cards().orElse(0) > cap.get()) {
      return Optional.of(before.cards().get() + " cards exceed the cap of " + cap.get());
    }
    if (before.cards().isPresent() && before.perCardDkk().isPresent()
        && !before.amountDkk().equals(Optional.of(before.cards().get() * before.perCardDkk().get()))) {
      return Optional.of("the amount " + before.amountDkk().orElse(null) + " is not " + before.cards().get() + " cards of DKK "
          + before.perCardDkk().get());
    }
    LocalDate next = q.sessions().isEmpty() ? q.asOf() : q.sessions().get(q.sessions().size() - 1).date().plusDays(1);
    if (next.isAfter(q.asOf())) {
      next = q.asOf();
    }
    List<Session> more = new ArrayList<>(q.sessions());
    more.add(Session.of(next, Attendance.ATTENDED));
    GiftCardsAnswer after = assessor.giftCards(GiftCardsQuestion.builder().from(q).sessions(more).build(), Locale.ENGLISH);
    if (before.cards().isPresent() && after.cards().orElse(0) < before.cards().get()) {
      return Optional.of("the cards fell from " + before.cards().get() + " to " + after.cards().orElse(0)
          + " with one more attendance on " + next);
    }
    return Optional.empty();
  }

  private Optional<String> outpatientIsFree(FeesQuestion generated) {
    if (generated.track() == Track.ANONYMOUS_DRUG) {
      return Optional.empty();
    }
    for (String offer : List.of(OfferKind.OUTPATIENT.name(), OfferKind.DAY.name())) {
      FeesQuestion q = FeesQuestion.builder().from(generated).offer(offer).build();
      FeesAnswer a = assessor.fees(q, Locale.ENGLISH);
      if (!a.free() || !a.amountDkk().map(x -> x.compareTo(BigDecimal.ZERO) == 0).orElse(false)
          || a.components().size() != FeeItem.values().length) {
        return Optional.of(offer + " is not free: " + a.amountDkk().orElse(null) + ", " + a.components());
      }
    }
    return Optional.empty();
  }

  private Optional<String> unknownNeverEligible(ScreeningQuestion q) {
    for (ScreenedOffer offer : assessor.screening(q, Locale.ENGLISH).offers()) {
      boolean anyUnknown = offer.criteria().stream().anyMatch(c -> c.met().isEmpty());
      boolean anyFailed = offer.criteria().stream().anyMatch(c -> c.met().equals(Optional.of(false)));
      if (offer.eligibility() == Eligibility.ELIGIBLE && (anyUnknown || anyFailed)) {
        return Optional.of(offer.offer() + " is ELIGIBLE with an unknown or failed criterion");
      }
      if (anyFailed != (offer.eligibility() == Eligibility.NOT_ELIGIBLE)) {
        return Optional.of(offer.offer() + " is " + offer.eligibility() + (anyFailed ? " with" : " without") + " a failed criterion");
      }
    }
    return Optional.empty();
  }
}
