package dk.kvalitetsstandard.conformance.property;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.cases.InvalidCaseException;
import dk.kvalitetsstandard.json.Json;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.questions.Attendance;
import dk.kvalitetsstandard.questions.FeesQuestion;
import dk.kvalitetsstandard.questions.FreeChoiceQuestion;
import dk.kvalitetsstandard.questions.GiftCardsQuestion;
import dk.kvalitetsstandard.questions.Medicine;
import dk.kvalitetsstandard.questions.Profile;
import dk.kvalitetsstandard.questions.Question;
import dk.kvalitetsstandard.questions.QuestionReader;
import dk.kvalitetsstandard.questions.ScreeningQuestion;
import dk.kvalitetsstandard.questions.Session;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.CitizenFact;
import dk.kvalitetsstandard.standard.FeeItem;
import dk.kvalitetsstandard.standard.GiftCardScheme;
import dk.kvalitetsstandard.standard.Offer;
import dk.kvalitetsstandard.standard.OfferKind;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generators of the four questions ({@code FREE_CHOICE}, {@code SCREENING}, {@code FEES},
 * {@code GIFT_CARDS}) for one standard: every track it covers, its offers by ID and every offer
 * kind, citizens of whom some facts are known and some not, ages on either side of every age limit
 * the standard names, dates on awkward days from {@value CaseFiles#FIRST_YEAR} to
 * {@value CaseFiles#LAST_YEAR}. Every question is valid (the question reader accepts it as
 * shown); the same seed gives the same question. A failing question shrinks towards less: facts
 * made unknown, sessions and figures dropped, no visitation or medicine. It is shown as JSON for
 * {@code standards-cli assess -}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Questions {

  private static final int ATTEMPTS = 200;

  private Questions() {}

  /**
   * Free-choice questions: a visitation (or none), a chosen offer and provider, a medicine.
   *
   * @param standard a valid standard
   * @return the generator
   */
  public static Generator<FreeChoiceQuestion> freeChoice(QualityStandard standard) {
    return freeChoiceGenerator(standard);
  }

  private static QuestionGenerator<FreeChoiceQuestion> freeChoiceGenerator(QualityStandard standard) {
    return new QuestionGenerator<>(standard, QuestionReader.Kind.FREE_CHOICE, Questions::makeFreeChoice,
        Questions::shrinkFreeChoice);
  }

  /**
   * Screening questions: a track and a citizen.
   *
   * @param standard a valid standard
   * @return the generator
   */
  public static Generator<ScreeningQuestion> screening(QualityStandard standard) {
    return screeningGenerator(standard);
  }

  private static QuestionGenerator<ScreeningQuestion> screeningGenerator(QualityStandard standard) {
    return new QuestionGenerator<>(standard, QuestionReader.Kind.SCREENING, (c, r) -> ScreeningQuestion.builder()
        .municipality(c.slug()).asOf(c.asOf(r)).track(c.track(r)).citizen(c.profile(r)).build(),
        q -> profiles(q.citizen()).stream().map(p -> ScreeningQuestion.builder().from(q).citizen(p).build())
            .toList());
  }

  /**
   * Fee questions: an offer, a citizen and some of the figures a caller may supply.
   *
   * @param standard a valid standard
   * @return the generator
   */
  public static Generator<FeesQuestion> fees(QualityStandard standard) {
    return feesGenerator(standard);
  }

  private static QuestionGenerator<FeesQuestion> feesGenerator(QualityStandard standard) {
    return new QuestionGenerator<>(standard, QuestionReader.Kind.FEES, Questions::makeFees, Questions::shrinkFees);
  }

  /**
   * Gift-card questions: an offer (MOVE more often than not), a citizen, up to 24 weekly sessions
   * attended, missed or cancelled, and follow-up sessions.
   *
   * @param standard a valid standard
   * @return the generator
   */
  public static Generator<GiftCardsQuestion> giftCards(QualityStandard standard) {
    return giftCardsGenerator(standard);
  }

  private static QuestionGenerator<GiftCardsQuestion> giftCardsGenerator(QualityStandard standard) {
    return new QuestionGenerator<>(standard, QuestionReader.Kind.GIFT_CARDS, Questions::makeGiftCards,
        Questions::shrinkGiftCards);
  }

  /**
   * Any of the four questions, each as likely.
   *
   * @param standard a valid standard
   * @return the generator
   */
  public static Generator<Question> any(QualityStandard standard) {
    List<QuestionGenerator<? extends Question>> all = List.of(freeChoiceGenerator(standard), screeningGenerator(standard),
        feesGenerator(standard), giftCardsGenerator(standard));
    return new Generator<>() {
      @Override
      public Question generate(long seed) {
        return all.get(Math.floorMod(seed, all.size())).generate(seed);
      }

      @Override
      public List<Question> shrink(Question value) {
        return all.stream().filter(g -> g.handles(value)).findFirst().map(g -> g.shrinkAny(value)).orElse(List.of());
      }

      @Override
      public String show(Question value) {
        return all.stream().filter(g -> g.handles(value)).findFirst().map(g -> g.showAny(value)).orElseThrow();
      }

      @Override
      public String shows() {
        return all.get(0).shows();
      }
    };
  }

  // ------------------------------------------------------------------ making questions

  private static FreeChoiceQuestion makeFreeChoice(Context c, SplittableRandom r) {
    Track track = c.track(r);
    LocalDate asOf = c.asOf(r);
    List<String> offers = c.offers(track);
    FreeChoiceQuestion.Builder q = FreeChoiceQuestion.builder().municipality(c.slug()).asOf(asOf).track(track)
        .chosen(FreeChoiceQuestion.Chosen.of(pick(r, offers), maybe(r), maybe(r)));
    if (r.nextInt(4) != 0) {
      q.visited(FreeChoiceQuestion.Visited.of(pick(r, offers), asOf.minusDays(r.nextInt(100))));
    }
    if (r.nextBoolean()) {
      q.medicine(pick(r, List.of(Medicine.values())));
    }
    return q.build();
  }

  private static FeesQuestion makeFees(Context c, SplittableRandom r) {
    Track track = c.track(r);
    FeesQuestion.Builder q = FeesQuestion.builder().municipality(c.slug()).asOf(c.asOf(r)).track(track)
        .offer(pick(r, c.offers(track))).citizen(c.profile(r));
    for (FeeItem item : FeeItem.values()) {
      if (r.nextInt(3) == 0) {
        q.putFigures(item, BigDecimal.valueOf(r.nextInt(8000)));
      }
    }
    return q.build();
  }

  private static GiftCardsQuestion makeGiftCards(Context c, SplittableRandom r) {
    Track track = c.track(r);
    List<String> schemeOffers = new ArrayList<>(List.of(OfferKind.MOVE.name(), OfferKind.MOVE.name()));
    c.standard.giftCards().stream().flatMap(s -> s.offerKinds().stream()).map(Enum::name).forEach(schemeOffers::add);
    c.standard.offersOn(track).stream().map(Offer::id).forEach(schemeOffers::add);
    LocalDate day = c.asOf(r).minusDays(7L * 30);
    List<Session> sessions = new ArrayList<>();
    int count = r.nextInt(25);
    for (int i = 0; i < count; i++) {
      sessions.add(Session.of(day, pick(r, List.of(Attendance.ATTENDED, Attendance.ATTENDED, Attendance.NO_SHOW,
          Attendance.CANCELLED_WITH_NOTICE))));
      day = day.plusDays(7);
    }
    List<Session> followUps = new ArrayList<>();
    int after = r.nextInt(4);
    for (int i = 0; i < after; i++) {
      followUps.add(Session.of(day, pick(r, List.of(Attendance.values()))));
      day = day.plusDays(14);
    }
    return GiftCardsQuestion.builder().municipality(c.slug()).asOf(day).track(track).offer(pick(r, schemeOffers))
        .citizen(c.profile(r)).sessions(sessions).followUpSessions(followUps).build();
  }

  // ------------------------------------------------------------------ shrinking questions

  private static List<FreeChoiceQuestion> shrinkFreeChoice(FreeChoiceQuestion q) {
    List<FreeChoiceQuestion> out = new ArrayList<>();
    if (q.visited().isPresent()) {
      out.add(FreeChoiceQuestion.builder().from(q).visited(Optional.empty()).build());
    }
    if (q.medicine().isPresent()) {
      out.add(FreeChoiceQuestion.builder().from(q).medicine(Optional.empty()).build());
    }
    FreeChoiceQuestion.Chosen chosen = q.chosen();
    if (chosen.onTilbudsportalen().isPresent()) {
      out.add(FreeChoiceQuestion.builder().from(q).chosen(FreeChoiceQuestion.Chosen.of(chosen.offer(), null,
          chosen.isPublic().orElse(null))).build());
    }
    if (chosen.isPublic().isPresent()) {
      out.add(FreeChoiceQuestion.builder().from(q).chosen(FreeChoiceQuestion.Chosen.of(chosen.offer(),
          chosen.onTilbudsportalen().orElse(null), null)).build());
    }
    return out;
  }

  private static List<FeesQuestion> shrinkFees(FeesQuestion q) {
    List<FeesQuestion> out = new ArrayList<>();
    for (FeeItem item : q.figures().keySet()) {
      Map<FeeItem, BigDecimal> fewer = new EnumMap<>(FeeItem.class);
      fewer.putAll(q.figures());
      fewer.remove(item);
      out.add(FeesQuestion.builder().from(q).figures(fewer).build());
    }
    profiles(q.citizen()).forEach(p -> out.add(FeesQuestion.builder().from(q).citizen(p).build()));
    return out;
  }

  private static List<GiftCardsQuestion> shrinkGiftCards(GiftCardsQuestion q) {
    List<GiftCardsQuestion> out = new ArrayList<>();
    if (!q.followUpSessions().isEmpty()) {
      out.add(GiftCardsQuestion.builder().from(q).followUpSessions(List.of()).build());
    }
    int n = q.sessions().size();
    if (n >= 4) {
      out.add(GiftCardsQuestion.builder().from(q).sessions(q.sessions().subList(0, n / 2)).build());
    }
    for (int i = n - 1; i >= 0; i--) {
      List<Session> fewer = new ArrayList<>(q.sessions());
      fewer.remove(i);
      out.add(GiftCardsQuestion.builder().from(q).sessions(fewer).build());
    }
    for (int i = q.followUpSessions().size() - 1; i >= 0; i--) {
      List<Session> fewer = new ArrayList<>(q.followUpSessions());
      fewer.remove(i);
      out.add(GiftCardsQuestion.builder().from(q).followUpSessions(fewer).build());
    }
    profiles(q.citizen()).forEach(p -> out.add(GiftCardsQuestion.builder().from(q).citizen(p).build()));
    return out;
  }

  /** The citizen with one known fact, or the age, made unknown. */
  private static List<Profile> profiles(Profile citizen) {
    List<Profile> out = new ArrayList<>();
    for (CitizenFact fact : CitizenFact.values()) {
      if (citizen.fact(fact).isPresent()) {
        out.add(withFact(citizen, fact, Optional.empty()));
      }
    }
    if (citizen.age().isPresent()) {
      out.add(Profile.builder().from(citizen).age(Optional.empty()).build());
    }
    return out;
  }

  private static Profile withFact(Profile citizen, CitizenFact fact, Optional<Boolean> value) {
    Profile.Builder b = Profile.builder().from(citizen);
    switch (fact) {
      case SELF_SUPPORTING -> b.selfSupporting(value);
      case HAS_OWN_HOME -> b.hasOwnHome(value);
      case WANTS_SUBSTITUTION -> b.wantsSubstitution(value);
      case MENTAL_ILLNESS_NEEDING_TREATMENT -> b.mentalIllnessNeedingTreatment(value);
      case OTHER_SOCIAL_PROBLEMS -> b.otherSocialProblems(value);
      case PSYCHOLOGICAL_PROBLEMS -> b.psychologicalProblems(value);
      case NEEDS_MEDICINE -> b.needsMedicine(value);
      case PARENTAL_CONSENT -> b.parentalConsent(value);
      case PREGNANT -> b.pregnant(value);
      case CHILDREN_UNDER_18 -> b.childrenUnder18(value);
    }
    return b.build();
  }

  // ------------------------------------------------------------------ helpers

  private static <T> T pick(SplittableRandom random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** True, false or unknown, each as likely. */
  private static Boolean maybe(SplittableRandom random) {
    int n = random.nextInt(3);
    return n == 0 ? null : n == 1;
  }

  /** What the makers of one standard's questions share. */
  private static final class Context {
    private final QualityStandard standard;
    private final List<Integer> ages;
    private final List<LocalDate> dates;
    private final LocalDate inForce;

    Context(QualityStandard standard) {
      this.standard = standard;
      this.ages = List.copyOf(Boundaries.ages(standard));
      this.dates = Boundaries.awkwardDates(CaseFiles.FIRST_YEAR, CaseFiles.LAST_YEAR, PublicHolidays.denmark());
      LocalDate from = standard.validity().from().orElse(LocalDate.of(2026, 1, 1));
      this.inForce = from.plusDays(100).isAfter(standard.validity().to().orElse(LocalDate.MAX)) ? from : from.plusDays(100);
    }

    String slug() {
      return standard.municipality().slug();
    }

    Track track(SplittableRandom r) {
      return pick(r, List.copyOf(standard.tracks()));
    }

    /** A date the standard is in force on, or an awkward date of the years covered. */
    LocalDate asOf(SplittableRandom r) {
      return r.nextBoolean() ? inForce : pick(r, dates);
    }

    /** Every offer kind by name and the standard's offers on {@code track} by ID. */
    List<String> offers(Track track) {
      List<String> names = new ArrayList<>(Stream.of(OfferKind.values()).map(Enum::name).toList());
      standard.offersOn(track).stream().map(Offer::id).forEach(names::add);
      return names;
    }

    Profile profile(SplittableRandom r) {
      int pick = r.nextInt(5);
      Optional<Integer> age = pick == 0 ? Optional.empty()
          : Optional.of(pick <= 2 ? pick(r, ages) : 12 + r.nextInt(60));
      return Profile.builder().age(age).selfSupporting(Optional.ofNullable(maybe(r)))
          .hasOwnHome(Optional.ofNullable(maybe(r))).wantsSubstitution(Optional.ofNullable(maybe(r)))
          .mentalIllnessNeedingTreatment(Optional.ofNullable(maybe(r)))
          .otherSocialProblems(Optional.ofNullable(maybe(r))).psychologicalProblems(Optional.ofNullable(maybe(r)))
          .needsMedicine(Optional.ofNullable(maybe(r))).parentalConsent(Optional.ofNullable(maybe(r)))
          .pregnant(Optional.ofNullable(maybe(r))).childrenUnder18(Optional.ofNullable(maybe(r))).build();
    }
  }

  /** A generator of one kind of question, valid by the question reader's judgement. */
  private static final class QuestionGenerator<Q extends Question> implements Generator<Q> {
    private final Context context;
    private final QuestionReader.Kind kind;
    private final QuestionReader reader;
    private final BiFunction<Context, SplittableRandom, Q> make;
    private final Function<Q, List<Q>> smaller;
    private final Class<?> type;

    QuestionGenerator(QualityStandard standard, QuestionReader.Kind kind, BiFunction<Context, SplittableRandom, Q> make,
        Function<Q, List<Q>> smaller) {
      Objects.requireNonNull(standard, "standard");
      this.context = new Context(standard);
      this.kind = kind;
      this.reader = QuestionReader.with(StandardRegistry.of(List.of(() -> standard)));
      this.make = make;
      this.smaller = smaller;
      this.type = switch (kind) {
        case FREE_CHOICE -> FreeChoiceQuestion.class;
        case SCREENING -> ScreeningQuestion.class;
        case FEES -> FeesQuestion.class;
        case GIFT_CARDS -> GiftCardsQuestion.class;
      };
    }

    @Override
    public Q generate(long seed) {
      SplittableRandom random = new SplittableRandom(seed);
      for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
        Q question = make.apply(context, random);
        if (isValid(question)) {
          return question;
        }
      }
      throw new IllegalStateException("no valid " + kind + " question for " + context.standard.municipality()
          + " in " + ATTEMPTS + " attempts from seed " + seed);
    }

    private boolean isValid(Q question) {
      try {
        reader.read(show(question));
        return true;
      } catch (InvalidCaseException e) {
        return false;
      }
    }

    @Override
    public List<Q> shrink(Q value) {
      return smaller.apply(value).stream().filter(this::isValid).toList();
    }

    @Override
    public String show(Q value) {
      ObjectNode shown = Json.mapper().createObjectNode();
      shown.put("question", kind.name());
      shown.setAll((ObjectNode) Json.mapper().valueToTree(value));
      return Json.mapper().writeValueAsString(shown);
    }

    @Override
    public String shows() {
      return "the question, ready for `standards-cli assess -`";
    }

    boolean handles(Question value) {
      return type.isInstance(value);
    }

    @SuppressWarnings("unchecked")
    List<Question> shrinkAny(Question value) {
      return List.copyOf(shrink((Q) value));
    }

    @SuppressWarnings("unchecked")
    String showAny(Question value) {
      return show((Q) value);
    }
  }
}
