package dk.kvalitetsstandard.questions;

import dk.kvalitetsstandard.law.Act;
import dk.kvalitetsstandard.law.LegalReference;
import dk.kvalitetsstandard.law.NationalFloor;
import dk.kvalitetsstandard.law.NationalRule;
import dk.kvalitetsstandard.law.Provisions;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.AgeLimited;
import dk.kvalitetsstandard.standard.CitizenFact;
import dk.kvalitetsstandard.standard.ContactPoint;
import dk.kvalitetsstandard.standard.Criterion;
import dk.kvalitetsstandard.standard.FeeItem;
import dk.kvalitetsstandard.standard.FeeRule;
import dk.kvalitetsstandard.standard.FreeChoiceRule;
import dk.kvalitetsstandard.standard.GiftCardScheme;
import dk.kvalitetsstandard.standard.Intensity;
import dk.kvalitetsstandard.standard.Offer;
import dk.kvalitetsstandard.standard.OfferKind;
import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.text.internal.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Answers the four questions from the municipality's standard in force on the
 * question's date and the national rules: free choice, screening, fees and gift cards. Every
 * answer names the rule that decided it; a discretionary point or a missing input is answered
 * {@code null} (empty), never guessed. Each method first checks the question and throws
 * {@link dk.kvalitetsstandard.cases.InvalidCaseException} naming every problem with its JSON path.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Assessor {

  private static final String BUNDLE = "dk.kvalitetsstandard.questions.Answers";
  private static final LegalReference FREE_CHOICE = LegalReference.of(Act.SEL, "101", 5);
  private static final LegalReference MEDICAL_FREE_CHOICE = LegalReference.of(Act.SUL, "142", 7);
  private static final LegalReference GIFT_CARDS = LegalReference.of(Act.SEL, "101", 9);

  private final StandardRegistry registry;
  private final QuestionValidator validator;

  private Assessor(StandardRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.validator = new QuestionValidator(registry);
  }

  /**
   * Obtains an assessor over a registry's standards.
   *
   * @param registry the registry whose standards answer the questions, not null
   * @return the assessor, not null
   */
  public static Assessor of(StandardRegistry registry) {
    return new Assessor(registry);
  }

  private QualityStandard standard(Question question) {
    return registry.find(question.municipality(), question.asOf()).standard();
  }

  private static Optional<Offer> offer(QualityStandard standard, String offer) {
    return standard.offer(offer);
  }

  private static OfferKind kind(QualityStandard standard, String offer) {
    return standard.offerKind(offer).orElseThrow();
  }

  /**
   * The answer to any of the four questions.
   *
   * @param question the question, not null
   * @param locale the language of the answer's sentences (Danish or English), not null
   * @return the answer of the question's kind: a {@link FreeChoiceAnswer} to a
   *     {@link FreeChoiceQuestion} and so on
   * @throws dk.kvalitetsstandard.cases.InvalidCaseException naming every problem of the question,
   *     each with its JSON path
   */
  public Answer answer(Question question, Locale locale) {
    if (question instanceof FreeChoiceQuestion q) {
      return freeChoice(q, locale);
    }
    if (question instanceof ScreeningQuestion q) {
      return screening(q, locale);
    }
    if (question instanceof FeesQuestion q) {
      return fees(q, locale);
    }
    if (question instanceof GiftCardsQuestion q) {
      return giftCards(q, locale);
    }
    // The interface is sealed: no fifth kind of question exists.
    throw new IllegalStateException("not one of the four questions: " + question.getClass().getName());
  }

  /** The name of a fee item, offer kind or intensity in the answer's language. */
  private static String name(Messages m, Enum<?> value) {
    return m.text(value.getDeclaringClass().getSimpleName() + "." + value.name());
  }

  /**
   * An offer as a question names it, in words: an offer of the standard by its name and kind
   * ({@code Familieorienteret rusmiddelbehandling (ambulant behandling)}), a kind by its name.
   */
  private static String offerWords(QualityStandard standard, String offer, Messages m) {
    String kind = name(m, kind(standard, offer));
    return offer(standard, offer).map(o -> o.name() + " (" + kind + ")").orElse(kind);
  }

  // ------------------------------------------------------------------ FREE_CHOICE

  /**
   * May the citizen be treated by the chosen provider? {@code REFUSED} when a criterion decidable
   * from the input fails, {@code NEEDS_ASSESSMENT} when none fails but one is undecided (an input
   * not given, or a discretionary precondition such as GEN-F1's price and quality), else
   * {@code ALLOWED}. The guarantee is waived unless the choice is refused (NAT-G2, SUL § 142,
   * stk. 8); on the alcohol track no law or seed quoted here lets a choice set it aside, so it is
   * not waived there, as in the deadline engine.
   *
   * @param q the question, not null
   * @param locale the language of the answer's sentences: Danish for a Danish locale, English for
   *     any other; not null
   * @return the answer, not null
   * @throws dk.kvalitetsstandard.cases.InvalidCaseException naming every problem of the question,
   *     each with its JSON path
   */
  public FreeChoiceAnswer freeChoice(FreeChoiceQuestion q, Locale locale) {
    validator.requireValid(q);
    QualityStandard standard = standard(q);
    Messages m = Messages.of(BUNDLE, locale);
    List<Check> criteria = new ArrayList<>();
    List<Note> open = new ArrayList<>();
    Track track = q.track();
    LegalReference basis = switch (track) {
      case MEDICAL_DRUG -> MEDICAL_FREE_CHOICE;
      case ALCOHOL -> Provisions.ALCOHOL_TREATMENT.current();
      default -> FREE_CHOICE;
    };

    if (track == Track.ANONYMOUS_DRUG) {
      criteria.add(Check.of(NationalRule.NAT_A2.id(), false, m.text("fc.anonymous")));
      return FreeChoiceAnswer.builder().municipality(standard.municipality().slug()).outcome(ChoiceOutcome.REFUSED)
          .rule(NationalRule.NAT_A2.id()).legalBasis(NationalRule.NAT_A2.provision().orElseThrow().current().citation())
          .criteria(criteria).guaranteeWaived(false).build();
    }
    Optional<FreeChoiceRule> rule = standard.freeChoice().stream().filter(f -> f.tracks().contains(track)).findFirst();
    boolean visitationRequired = rule.map(FreeChoiceRule::visitationRequired).orElse(true);
    if (visitationRequired) {
      criteria.add(Check.of(NationalRule.NAT_F2.id(), q.visited().isPresent(),
          q.visited().map(v -> m.format("fc.visited", offerWords(standard, v.offer(), m), v.date())).orElse(m.text("fc.notVisited"))));
    } else {
      Set<OfferKind> allowed = rule.get().withoutVisitationOnly();
      OfferKind chosenKind = kind(standard, q.chosen().offer());
      boolean ok = q.visited().isPresent() || allowed.isEmpty() || allowed.contains(chosenKind);
      criteria.add(Check.of(rule.get().source().rule(), ok, ok ? m.text("fc.noVisitationNeeded")
          : m.format("fc.visitationNeededFor", name(m, chosenKind))));
    }
    q.visited().ifPresent(v -> criteria.add(equivalence(standard, v.offer(), q.chosen().offer(), m)));
    criteria.add(listing(q.chosen(), m));
    if (track == Track.MEDICAL_DRUG) {
      Boolean notHeroin = q.medicine().map(med -> med != Medicine.DIACETYLMORPHINE).orElse(null);
      criteria.add(Check.of(NationalRule.NAT_F5.id(), notHeroin,
          notHeroin == null ? m.text("fc.medicineUnknown") : notHeroin ? m.text("fc.notHeroin") : m.text("fc.heroin")));
      open.add(Note.of(NationalRule.NAT_F5.id(), m.text("fc.institutionMayRefuse")));
    }
    rule.ifPresent(r -> r.preconditions().forEach(c -> criteria.add(Check.of(c.source().rule(), null,
        m.format("fc.precondition", CriterionText.of(c, locale))))));
    open.add(Note.of(NationalRule.NAT_F3.id(), m.text("fc.limitForCitizensSake")));
    rule.ifPresent(r -> r.openQuestions().forEach(c -> open.add(Note.of(c.source().rule(), CriterionText.of(c, locale)))));

    Optional<Check> failed = criteria.stream().filter(c -> c.met().equals(Optional.of(false))).findFirst();
    Optional<Check> undecided = criteria.stream().filter(c -> c.met().isEmpty()).findFirst();
    ChoiceOutcome outcome = failed.isPresent() ? ChoiceOutcome.REFUSED
        : undecided.isPresent() ? ChoiceOutcome.NEEDS_ASSESSMENT : ChoiceOutcome.ALLOWED;
    String decidedBy = failed.or(() -> undecided).map(Check::rule)
        .orElse(rule.map(r -> r.source().rule()).orElse(NationalRule.NAT_F1.id()));
    return FreeChoiceAnswer.builder().municipality(standard.municipality().slug()).outcome(outcome).rule(decidedBy)
        .legalBasis(basis.citation()).criteria(criteria)
        .guaranteeWaived(outcome != ChoiceOutcome.REFUSED
            && NationalFloor.guarantee(track).flatMap(NationalFloor.GuaranteeTerm::freeChoiceWaiver).isPresent())
        .openQuestions(open).build();
  }

  /**
   * NAT-F1: the same kind of treatment, and the same intensity where both offers have one. MOVE
   * compares as the outpatient treatment it is a method of (NAT-F7). An offer named by its kind
   * alone has the intensity that every offer of that kind in the standard shares, if they share one
   * (Odsherred's MOVE is its intensive course).
   */
  private static Check equivalence(QualityStandard standard, String visited, String chosen, Messages m) {
    OfferKind visitedKind = kind(standard, visited);
    OfferKind chosenKind = kind(standard, chosen);
    if (visitedKind.character() != chosenKind.character()) {
      return Check.of(NationalRule.NAT_F1.id(), false, m.format("fc.otherKind", name(m, visitedKind), name(m, chosenKind)));
    }
    Optional<Intensity> visitedIntensity = intensity(standard, visited);
    Optional<Intensity> chosenIntensity = intensity(standard, chosen);
    String rule = visitedKind == chosenKind ? NationalRule.NAT_F1.id() : NationalRule.NAT_F7.id();
    OfferKind shown = visitedKind == chosenKind ? visitedKind : visitedKind.character();
    if (visitedIntensity.isPresent() && chosenIntensity.isPresent()) {
      boolean same = visitedIntensity.equals(chosenIntensity);
      return Check.of(rule, same, same ? m.format("fc.sameKindAndIntensity", name(m, shown), name(m, visitedIntensity.get()))
          : m.format("fc.otherIntensity", name(m, visitedIntensity.get()), name(m, chosenIntensity.get())));
    }
    if (visitedIntensity.isPresent() || chosenIntensity.isPresent()) {
      return Check.of(rule, null, m.format("fc.intensityUnknown", name(m, shown),
          name(m, visitedIntensity.or(() -> chosenIntensity).orElseThrow())));
    }
    return Check.of(rule, true, m.format("fc.sameKind", name(m, shown)));
  }

  /** The intensity of the offer with ID {@code offer}, or the one every offer of the kind so named shares. */
  private static Optional<Intensity> intensity(QualityStandard standard, String offer) {
    Optional<Offer> byId = offer(standard, offer);
    if (byId.isPresent()) {
      return byId.get().intensity();
    }
    OfferKind kind = kind(standard, offer);
    List<Optional<Intensity>> shared = standard.offers().stream().filter(o -> o.kind() == kind).map(Offer::intensity)
        .distinct().toList();
    return shared.size() == 1 ? shared.get(0) : Optional.empty();
  }

  /**
   * NAT-F6: a private provider must be approved and listed on Tilbudsportalen, in every
   * municipality, whether or not its standard says so; a public one needs no listing.
   */
  private static Check listing(FreeChoiceQuestion.Chosen chosen, Messages m) {
    String id = NationalRule.NAT_F6.id();
    if (chosen.isPublic().orElse(false)) {
      return Check.of(NationalRule.NAT_F6.id(), true, m.text("fc.publicProvider"));
    }
    Optional<Boolean> listed = chosen.onTilbudsportalen();
    if (listed.orElse(false)) {
      return Check.of(id, true, m.text("fc.listed"));
    }
    if (listed.isPresent() && chosen.isPublic().isPresent()) {
      return Check.of(id, false, m.text("fc.notListed"));
    }
    return Check.of(id, null, m.text("fc.listingUnknown"));
  }

  // ------------------------------------------------------------------ SCREENING

  /**
   * Which offers of the standard on the track fit this citizen: each offer's age limits and
   * criteria evaluated three-valued. On an anonymous offer the law's own condition (no other social
   * problems, NAT-A1) is added where the standard does not state it.
   *
   * @param q the question, not null
   * @param locale the language of the answer's sentences: Danish for a Danish locale, English for
   *     any other; not null
   * @return the answer, with one entry per offer of the standard on the track; not null
   * @throws dk.kvalitetsstandard.cases.InvalidCaseException naming every problem of the question,
   *     each with its JSON path
   */
  public ScreeningAnswer screening(ScreeningQuestion q, Locale locale) {
    validator.requireValid(q);
    QualityStandard standard = standard(q);
    Messages m = Messages.of(BUNDLE, locale);
    Profile citizen = q.citizen();
    List<ScreenedOffer> offers = new ArrayList<>();
    for (Offer offer : standard.offersOn(q.track())) {
      List<ScreenedCriterion> criteria = new ArrayList<>();
      if (offer.hasAgeLimit()) {
        criteria.add(ScreenedCriterion.builder().rule(offer.source().rule()).criterion(ages(offer, m))
            .met(citizen.age().map(offer::admitsAge)).discretionary(false).narrowerThanLaw(false).build());
      }
      offer.criteria().stream().filter(c -> c.bindsAge(citizen.age())).forEach(c -> criteria.add(screen(c, citizen, locale)));
      if (offer.kind() == OfferKind.ANONYMOUS_OUTPATIENT
          && offer.criteria().stream().noneMatch(c -> c.fact().equals(Optional.of(CitizenFact.OTHER_SOCIAL_PROBLEMS)))) {
        criteria.add(ScreenedCriterion.builder().rule(NationalRule.NAT_A1.id()).criterion(m.text("sc.noOtherSocialProblems"))
            .met(citizen.otherSocialProblems().map(b -> !b)).discretionary(false).narrowerThanLaw(false).build());
      }
      Eligibility eligibility = criteria.stream().anyMatch(c -> c.met().equals(Optional.of(false))) ? Eligibility.NOT_ELIGIBLE
          : criteria.stream().anyMatch(c -> c.met().isEmpty()) ? Eligibility.NEEDS_ASSESSMENT : Eligibility.ELIGIBLE;
      offers.add(ScreenedOffer.builder().offer(offer.id()).kind(offer.kind()).eligibility(eligibility).criteria(criteria)
          .applyTo(route(standard, citizen.age(), offer.kind())).build());
    }
    OfferKind main = q.track() == Track.ANONYMOUS_DRUG ? OfferKind.ANONYMOUS_OUTPATIENT : OfferKind.OUTPATIENT;
    return ScreeningAnswer.builder().municipality(standard.municipality().slug()).track(q.track())
        .legalBasis(q.track().legalBasis(q.asOf(), citizen.age().orElse(null)).citation())
        .offers(offers).applyTo(route(standard, citizen.age(), main)).build();
  }

  private static ScreenedCriterion screen(Criterion c, Profile citizen, Locale locale) {
    Optional<Boolean> met = c.fact().flatMap(citizen::fact).map(v -> v.equals(c.requiredValue().orElseThrow()));
    return ScreenedCriterion.builder().rule(c.source().rule()).criterion(CriterionText.of(c, locale)).met(met)
        .discretionary(c.isDiscretionary()).narrowerThanLaw(c.narrowerThanLaw()).build();
  }

  private static String ages(AgeLimited limited, Messages m) {
    if (limited.maxAge().isEmpty()) {
      return m.format("sc.ageFrom", String.valueOf(limited.minAge().orElseThrow()));
    }
    if (limited.minAge().isEmpty()) {
      return m.format("sc.ageTo", String.valueOf(limited.maxAge().get()));
    }
    return m.format("sc.ageBetween", String.valueOf(limited.minAge().get()), String.valueOf(limited.maxAge().get()));
  }

  /**
   * Where a citizen of {@code age} applies for {@code kind}: the first contact point that routes
   * them; with the age unknown, only a place without an age limit.
   */
  private static Optional<Route> route(QualityStandard standard, Optional<Integer> age, OfferKind kind) {
    return standard.contactPoints().stream()
        .filter(c -> c.applyHere() && (c.offerKinds().isEmpty() || c.offerKinds().contains(kind)))
        .filter(c -> age.map(c::admitsAge).orElse(!c.hasAgeLimit()))
        .findFirst()
        .map(c -> Route.builder().name(c.name()).phone(c.phone()).rule(c.source().rule()).build());
  }

  // ------------------------------------------------------------------ FEES

  /**
   * What the citizen pays in an offer: one component per fee item from the municipality's fee
   * rules, the law where it is silent (treatment is free, NAT-E1; board and lodging in residential
   * treatment may be charged, NAT-E2) or where it is the floor (a citizen who keeps a home pays no
   * lodging, SEL § 163, stk. 2), and an amount only from figures the caller gives.
   *
   * @param q the question, not null
   * @param locale the language of the answer's sentences: Danish for a Danish locale, English for
   *     any other; not null
   * @return the answer, not null
   * @throws dk.kvalitetsstandard.cases.InvalidCaseException naming every problem of the question,
   *     each with its JSON path
   */
  public FeesAnswer fees(FeesQuestion q, Locale locale) {
    validator.requireValid(q);
    QualityStandard standard = standard(q);
    Messages m = Messages.of(BUNDLE, locale);
    OfferKind kind = kind(standard, q.offer());
    List<FeeComponent> components = new ArrayList<>();
    Set<String> dependsOn = new LinkedHashSet<>();
    for (FeeItem item : FeeItem.values()) {
      Optional<FeeRule> rule = standard.fees().stream().filter(f -> f.item() == item && f.appliesTo(kind, q.track())).findFirst();
      FeeComponent component = rule.map(r -> component(item, r, q.citizen(), m, dependsOn))
          .orElseGet(() -> silent(item, kind, q.track(), m, dependsOn));
      components.add(component);
    }
    boolean free = components.stream().allMatch(c -> c.payable().equals(Optional.of(false)));
    Optional<BigDecimal> amount = Optional.of(BigDecimal.ZERO);
    if (!free) {
      boolean undecided = components.stream().anyMatch(c -> c.payable().isEmpty());
      List<FeeItem> payable = components.stream().filter(c -> c.payable().equals(Optional.of(true))).map(FeeComponent::item).toList();
      List<FeeItem> missing = payable.stream().filter(i -> !q.figures().containsKey(i)).toList();
      missing.forEach(i -> dependsOn.add("figures." + i));
      amount = undecided || !missing.isEmpty() ? Optional.empty()
          : Optional.of(payable.stream().map(q.figures()::get).reduce(BigDecimal.ZERO, BigDecimal::add));
      if (amount.isPresent()) {
        dependsOn.clear();
      }
    } else {
      dependsOn.clear();
    }
    String rule = components.stream().filter(c -> !c.payable().equals(Optional.of(false))).findFirst()
        .map(FeeComponent::rule).orElse(components.get(0).rule());
    LegalReference basis = kind == OfferKind.RESIDENTIAL ? NationalRule.NAT_E2.provision().orElseThrow().current()
        : q.track().legalBasis(q.asOf(), q.citizen().age().orElse(null));
    return FeesAnswer.builder().municipality(standard.municipality().slug()).offer(kind.name()).free(free)
        .rule(rule).legalBasis(basis.citation())
        .components(components).amountDependsOn(dependsOn).amountDkk(amount).build();
  }

  private static FeeComponent component(FeeItem item, FeeRule rule, Profile citizen, Messages m, Set<String> dependsOn) {
    if (item == FeeItem.LODGING && rule.charge() != dk.kvalitetsstandard.standard.Charge.FREE
        && rule.charge() != dk.kvalitetsstandard.standard.Charge.PAID_BY_MUNICIPALITY
        && rule.charge() != dk.kvalitetsstandard.standard.Charge.CHARGED_UNLESS_HOME_ALREADY_PAID) {
      // NAT-E2, SEL § 163, stk. 2: a citizen who keeps a home generally pays no lodging during a
      // temporary stay; a standard that charges lodging without saying so cannot go below that.
      if (citizen.hasOwnHome().orElse(false)) {
        return FeeComponent.builder().item(item).payable(false).rule(NationalRule.NAT_E2.id())
            .message(m.format("fee.homeSoFree", name(m, item))).build();
      }
      if (citizen.hasOwnHome().isEmpty()) {
        dependsOn.add("citizen.hasOwnHome");
        rule.dependsOn().forEach(f -> dependsOn.add(f.name()));
        return FeeComponent.builder().item(item).payable(Optional.empty()).rule(NationalRule.NAT_E2.id())
            .message(m.format("fee.dependsOnHome", name(m, item))).build();
      }
    }
    FeeComponent.Builder c = FeeComponent.builder().item(item).rule(rule.source().rule());
    switch (rule.charge()) {
      case FREE -> c.payable(false).message(item == FeeItem.TREATMENT ? m.text("fee.treatmentFree")
          : m.format("fee.free", name(m, item)));
      case PAID_BY_MUNICIPALITY -> c.payable(false).message(m.format("fee.paidByMunicipality", name(m, item)));
      case CHARGED -> {
        c.payable(true).message(m.format("fee.charged", name(m, item)));
        rule.dependsOn().forEach(f -> dependsOn.add(f.name()));
      }
      case CHARGED_IF_AFFORDABLE -> {
        c.payable(Optional.empty()).message(m.format("fee.ifAffordable", name(m, item)));
        dependsOn.add("AFFORDABILITY");
      }
      case CHARGED_UNLESS_HOME_ALREADY_PAID -> {
        Optional<Boolean> payable = citizen.hasOwnHome().map(home -> !home);
        c.payable(payable).message(payable.map(p -> m.format(p ? "fee.noHomeSoCharged" : "fee.homeSoFree", name(m, item)))
            .orElse(m.format("fee.dependsOnHome", name(m, item))));
        if (payable.isEmpty()) {
          dependsOn.add("citizen.hasOwnHome");
        }
        rule.dependsOn().forEach(f -> dependsOn.add(f.name()));
      }
      default -> throw new IllegalStateException(rule.charge().name());
    }
    return c.build();
  }

  /**
   * An item the standard is silent on: treatment is free (NAT-E1); board and lodging in residential
   * social treatment may be charged under SEL § 107 (NAT-E2), a decision the standard leaves open;
   * on the health tracks (SUL §§ 141, 142) no charge has a basis; anything else is not charged.
   */
  private static FeeComponent silent(FeeItem item, OfferKind kind, Track track, Messages m, Set<String> dependsOn) {
    if (item == FeeItem.TREATMENT) {
      return FeeComponent.builder().item(item).payable(false).rule(NationalRule.NAT_E1.id()).message(m.text("fee.treatmentFree")).build();
    }
    if ((item == FeeItem.BOARD || item == FeeItem.LODGING) && kind == OfferKind.RESIDENTIAL && track == Track.SOCIAL_DRUG) {
      dependsOn.add("citizen.means");
      return FeeComponent.builder().item(item).payable(Optional.empty()).rule(NationalRule.NAT_E2.id())
          .message(m.format("fee.mayBeCharged", name(m, item))).build();
    }
    return FeeComponent.builder().item(item).payable(false).rule(NationalRule.NAT_E1.id())
        .message(m.format("fee.noCharge", name(m, item), name(m, kind))).build();
  }

  // ------------------------------------------------------------------ GIFT_CARDS

  /**
   * The gift cards a course has earned: only the sessions the scheme counts (a cancellation with
   * notice is not a held session and does not use one up; a no-show does, and earns nothing), one
   * card per so many attendances, at most the cap; follow-up sessions earn none unless the scheme
   * says so. A scheme whose figures the seed does not state computes nothing (ODS-O4).
   *
   * @param q the question, not null
   * @param locale the language of the answer's sentences: Danish for a Danish locale, English for
   *     any other; not null
   * @return the answer, not null
   * @throws dk.kvalitetsstandard.cases.InvalidCaseException naming every problem of the question,
   *     each with its JSON path
   */
  public GiftCardsAnswer giftCards(GiftCardsQuestion q, Locale locale) {
    validator.requireValid(q);
    QualityStandard standard = standard(q);
    Messages m = Messages.of(BUNDLE, locale);
    OfferKind kind = kind(standard, q.offer());
    String basis = (q.citizen().age().map(a -> a < 18).orElse(false)
        ? Provisions.GIFT_CARDS_UNDER_18.inForceOn(q.asOf()) : GIFT_CARDS).citation();
    GiftCardsAnswer.Builder answer = GiftCardsAnswer.builder().municipality(standard.municipality().slug()).legalBasis(basis);
    if (standard.giftCards().isEmpty()) {
      return answer.cards(0).amountDkk(0).rule(NationalRule.NAT_K1.id())
          .message(m.format("gc.noScheme", standard.municipality().name())).build();
    }
    Optional<GiftCardScheme> found = standard.giftCards().stream().filter(s -> s.offerKinds().contains(kind)).findFirst();
    if (found.isEmpty()) {
      GiftCardScheme any = standard.giftCards().get(0);
      return answer.cards(0).amountDkk(0).rule(any.offersRule().rule())
          .message(m.format("gc.notThisOffer", name(m, kind),
              any.offerKinds().stream().map(k -> name(m, k)).collect(java.util.stream.Collectors.joining(", ")))).build();
    }
    GiftCardScheme scheme = found.get();
    answer.scheme(scheme.id()).rule(scheme.source().rule());
    if (!scheme.isComputable()) {
      return answer.perCardDkk(scheme.cardValueDkk()).message(m.text("gc.notStated")).build();
    }
    List<Session> held = q.sessions().stream().sorted(Comparator.comparing(Session::date))
        .filter(s -> s.attendance() != Attendance.CANCELLED_WITH_NOTICE).toList();
    List<Session> counted = held.subList(0, Math.min(held.size(), scheme.countedSessions().orElse(held.size())));
    long attended = counted.stream().filter(s -> s.attendance() == Attendance.ATTENDED).count()
        + (scheme.followUpEarns() ? q.followUpSessions().stream().filter(s -> s.attendance() == Attendance.ATTENDED).count() : 0);
    int cards = (int) (attended / scheme.attendancesPerCard().orElseThrow());
    if (scheme.maxCards().isPresent()) {
      cards = Math.min(cards, scheme.maxCards().get());
    }
    int value = scheme.cardValueDkk().orElseThrow();
    return answer.cards(cards).perCardDkk(value).amountDkk(cards * value)
        .message(m.format("gc.earned", attended, counted.size(), cards, cards * value, value)).build();
  }
}
