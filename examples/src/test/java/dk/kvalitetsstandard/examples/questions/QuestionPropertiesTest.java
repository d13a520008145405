package dk.kvalitetsstandard.examples.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.questions.Assessor;
import dk.kvalitetsstandard.questions.Attendance;
import dk.kvalitetsstandard.questions.ChoiceOutcome;
import dk.kvalitetsstandard.questions.Eligibility;
import dk.kvalitetsstandard.questions.FeesAnswer;
import dk.kvalitetsstandard.questions.FeesQuestion;
import dk.kvalitetsstandard.questions.FreeChoiceAnswer;
import dk.kvalitetsstandard.questions.FreeChoiceQuestion;
import dk.kvalitetsstandard.questions.GiftCardsAnswer;
import dk.kvalitetsstandard.questions.GiftCardsQuestion;
import dk.kvalitetsstandard.questions.Medicine;
import dk.kvalitetsstandard.questions.Profile;
import dk.kvalitetsstandard.questions.ScreenedOffer;
import dk.kvalitetsstandard.questions.ScreeningQuestion;
import dk.kvalitetsstandard.questions.Session;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.GiftCardScheme;
import dk.kvalitetsstandard.standard.Offer;
import dk.kvalitetsstandard.standard.OfferKind;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the four answers over generated questions, for each of the five standards. Each
 * question comes from a seed; a failure names the standard, the seed and the question.
 */
class QuestionPropertiesTest {

  private static final StandardRegistry REGISTRY = StandardRegistry.defaultRegistry();
  private static final Assessor ASSESSOR = Assessor.of(REGISTRY);
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
  private static final int QUESTIONS = 300;

  static Stream<QualityStandard> standards() {
    return REGISTRY.all().stream();
  }

  /** Runs {@code property} on the question of each seed; a violation fails with the seed and the question. */
  private static <Q> void forAll(QualityStandard standard, Function<SplittableRandom, Q> generator,
      Function<Q, Optional<String>> property) {
    for (long seed = 1; seed <= QUESTIONS; seed++) {
      Q question = generator.apply(new SplittableRandom(seed));
      Optional<String> violation = property.apply(question);
      if (violation.isPresent()) {
        fail(standard.municipality() + ", seed " + seed + ": " + violation.get() + "\n" + question);
      }
    }
  }

  private static <T> T pick(SplittableRandom random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static Boolean maybe(SplittableRandom random) {
    int n = random.nextInt(3);
    return n == 0 ? null : n == 1;
  }

  /** The offer names a question can use: the kinds and the standard's own offer IDs. */
  private static List<String> offers(QualityStandard standard, Track track) {
    List<String> names = new ArrayList<>(Stream.of(OfferKind.values()).map(Enum::name).toList());
    standard.offersOn(track).stream().map(Offer::id).forEach(names::add);
    return names;
  }

  private static FreeChoiceQuestion freeChoice(QualityStandard standard, SplittableRandom random) {
    Track track = pick(random, List.copyOf(standard.tracks()));
    List<String> offers = offers(standard, track);
    FreeChoiceQuestion.Builder q = FreeChoiceQuestion.builder().municipality(standard.municipality().slug())
        .asOf(AS_OF).track(track)
        .chosen(FreeChoiceQuestion.Chosen.of(pick(random, offers), maybe(random), maybe(random)));
    if (random.nextInt(4) != 0) {
      q.visited(FreeChoiceQuestion.Visited.of(pick(random, offers), AS_OF.minusDays(random.nextInt(100))));
    }
    if (random.nextBoolean()) {
      q.medicine(pick(random, List.of(Medicine.values())));
    }
    return q.build();
  }

  private static Profile profile(SplittableRandom random) {
    return Profile.builder().age(random.nextInt(5) == 0 ? Optional.empty() : Optional.of(12 + random.nextInt(60)))
        .selfSupporting(Optional.ofNullable(maybe(random))).hasOwnHome(Optional.ofNullable(maybe(random)))
        .wantsSubstitution(Optional.ofNullable(maybe(random)))
        .mentalIllnessNeedingTreatment(Optional.ofNullable(maybe(random)))
        .otherSocialProblems(Optional.ofNullable(maybe(random))).psychologicalProblems(Optional.ofNullable(maybe(random)))
        .needsMedicine(Optional.ofNullable(maybe(random))).parentalConsent(Optional.ofNullable(maybe(random)))
        .pregnant(Optional.ofNullable(maybe(random))).childrenUnder18(Optional.ofNullable(maybe(random))).build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("standards")
  @DisplayName("NAT-G2 a refused free choice never waives the guarantee")
  void refusedChoiceNeverWaives(QualityStandard standard) {
    forAll(standard, r -> freeChoice(standard, r), q -> {
      FreeChoiceAnswer a = ASSESSOR.freeChoice(q, Locale.ENGLISH);
      return a.outcome() == ChoiceOutcome.REFUSED && a.guaranteeWaived()
          ? Optional.of("REFUSED but the guarantee is waived") : Optional.empty();
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("standards")
  @DisplayName("NAT-F1 NAT-F7 changing only the chosen offer's kind to another character of treatment always refuses (MOVE is outpatient)")
  void otherKindAlwaysRefuses(QualityStandard standard) {
    forAll(standard, r -> {
      FreeChoiceQuestion q = freeChoice(standard, r);
      OfferKind visited = pick(r, List.of(OfferKind.COUNSELLING, OfferKind.OUTPATIENT, OfferKind.DAY, OfferKind.RESIDENTIAL,
          OfferKind.SUBSTITUTION, OfferKind.MOVE));
      List<OfferKind> others = Stream.of(OfferKind.values()).filter(k -> k.character() != visited.character()).toList();
      return FreeChoiceQuestion.builder().from(q).visited(FreeChoiceQuestion.Visited.of(visited.name(), AS_OF.minusDays(5)))
          .chosen(FreeChoiceQuestion.Chosen.of(pick(r, others).name(), q.chosen().onTilbudsportalen().orElse(null),
              q.chosen().isPublic().orElse(null))).build();
    }, q -> {
      FreeChoiceAnswer a = ASSESSOR.freeChoice(q, Locale.ENGLISH);
      return a.outcome() == ChoiceOutcome.REFUSED ? Optional.empty()
          : Optional.of("visited " + q.visited().orElseThrow().offer() + ", chose " + q.chosen().offer() + ": " + a.outcome());
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("standards")
  @DisplayName("NAT-K1 gift cards never exceed the scheme's cap and never decrease when an attendance is added")
  void giftCardsCappedAndMonotone(QualityStandard standard) {
    forAll(standard, r -> {
      int age = 15 + r.nextInt(11);
      List<Session> sessions = new ArrayList<>();
      LocalDate day = LocalDate.of(2026, 1, 5);
      int count = r.nextInt(24);
      for (int i = 0; i < count; i++) {
        sessions.add(Session.of(day, pick(r, List.of(Attendance.ATTENDED, Attendance.ATTENDED, Attendance.NO_SHOW,
            Attendance.CANCELLED_WITH_NOTICE))));
        day = day.plusDays(7);
      }
      return GiftCardsQuestion.builder().municipality(standard.municipality().slug()).asOf(LocalDate.of(2026, 12, 31))
          .track(Track.SOCIAL_DRUG)
          .offer("MOVE").citizen(Profile.builder().age(age).build()).sessions(sessions).build();
    }, q -> {
      GiftCardsAnswer before = ASSESSOR.giftCards(q, Locale.ENGLISH);
      Optional<Integer> cap = standard.giftCards().stream().filter(s -> s.offerKinds().contains(OfferKind.MOVE))
          .findFirst().flatMap(GiftCardScheme::maxCards);
      if (cap.isPresent() && before.cards().orElse(0) > cap.get()) {
        return Optional.of(before.cards().get() + " cards exceed the cap of " + cap.get());
      }
      LocalDate next = q.sessions().isEmpty() ? LocalDate.of(2026, 1, 5) : q.sessions().get(q.sessions().size() - 1).date().plusDays(7);
      GiftCardsAnswer after = ASSESSOR.giftCards(GiftCardsQuestion.builder().from(q)
          .addSessions(Session.of(next, Attendance.ATTENDED)).build(), Locale.ENGLISH);
      if (before.cards().isPresent() && after.cards().orElse(0) < before.cards().get()) {
        return Optional.of("cards fell from " + before.cards().get() + " to " + after.cards().orElse(0) + " with one more attendance");
      }
      if (before.cards().isPresent() && before.amountDkk().orElse(0) != before.cards().get() * before.perCardDkk().orElse(0)) {
        return Optional.of("the amount is not cards x value");
      }
      return before.deductibleFromBenefits() ? Optional.of("deductible from benefits") : Optional.empty();
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("standards")
  @DisplayName("NAT-E1 outpatient treatment is free everywhere, whatever the citizen and the figures")
  void outpatientIsFree(QualityStandard standard) {
    forAll(standard, r -> FeesQuestion.builder().municipality(standard.municipality().slug()).asOf(AS_OF)
        .track(pick(r, List.copyOf(standard.tracks()).stream().filter(t -> t != Track.ANONYMOUS_DRUG).toList()))
        .offer(pick(r, List.of("OUTPATIENT", "DAY"))).citizen(profile(r))
        .putFigures(dk.kvalitetsstandard.standard.FeeItem.BOARD, new BigDecimal(r.nextInt(5000))).build(), q -> {
          FeesAnswer a = ASSESSOR.fees(q, Locale.ENGLISH);
          if (!a.free() || !a.amountDkk().equals(Optional.of(BigDecimal.ZERO)) || a.components().size() != 5) {
            return Optional.of(q.offer() + " is not free: " + a.components());
          }
          return Optional.empty();
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("standards")
  @DisplayName("An unknown or discretionary criterion never yields ELIGIBLE; a failed one always gives NOT_ELIGIBLE")
  void unknownNeverEligible(QualityStandard standard) {
    forAll(standard, r -> ScreeningQuestion.builder().municipality(standard.municipality().slug()).asOf(AS_OF)
        .track(pick(r, List.copyOf(standard.tracks()))).citizen(profile(r)).build(), q -> {
          for (ScreenedOffer offer : ASSESSOR.screening(q, Locale.ENGLISH).offers()) {
            boolean anyUnknown = offer.criteria().stream().anyMatch(c -> c.met().isEmpty());
            boolean anyFailed = offer.criteria().stream().anyMatch(c -> c.met().equals(Optional.of(false)));
            if (offer.eligibility() == Eligibility.ELIGIBLE && (anyUnknown || anyFailed)) {
              return Optional.of(offer.offer() + " is ELIGIBLE with an unknown or failed criterion");
            }
            if (anyFailed != (offer.eligibility() == Eligibility.NOT_ELIGIBLE)) {
              return Optional.of(offer.offer() + " is " + offer.eligibility() + " but failed=" + anyFailed);
            }
          }
          return Optional.empty();
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("standards")
  @DisplayName("Screening lists exactly the standard's offers on the track, and answers survive JSON")
  void screeningListsEveryOffer(QualityStandard standard) {
    for (Track track : standard.tracks()) {
      var answer = ASSESSOR.screening(ScreeningQuestion.builder().municipality(standard.municipality().code())
          .asOf(AS_OF).track(track).build(), Locale.ENGLISH);
      assertEquals(standard.offersOn(track).stream().map(Offer::id).toList(),
          answer.offers().stream().map(ScreenedOffer::offer).toList());
      String json = dk.kvalitetsstandard.json.Json.mapper().writeValueAsString(answer);
      assertEquals(answer, dk.kvalitetsstandard.json.Json.mapper().readValue(json, answer.getClass()));
      assertTrue(answer.offers().stream().noneMatch(o -> o.eligibility() == Eligibility.ELIGIBLE
          && o.criteria().stream().anyMatch(c -> c.met().isEmpty())));
    }
  }
}
