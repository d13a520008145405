package dk.kvalitetsstandard.conformance;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.cases.CaseEvent;
import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.cases.Citizen;
import dk.kvalitetsstandard.cases.EventType;
import dk.kvalitetsstandard.cases.Outcome;
import dk.kvalitetsstandard.deadline.Deadline;
import dk.kvalitetsstandard.deadline.DeadlineEngine;
import dk.kvalitetsstandard.deadline.DeadlineReport;
import dk.kvalitetsstandard.deadline.Finding;
import dk.kvalitetsstandard.deadline.Status;
import dk.kvalitetsstandard.law.ContactChannel;
import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.law.RequiredContent;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.questions.Assessor;
import dk.kvalitetsstandard.questions.ChoiceOutcome;
import dk.kvalitetsstandard.questions.FeesAnswer;
import dk.kvalitetsstandard.questions.FeesQuestion;
import dk.kvalitetsstandard.questions.FreeChoiceAnswer;
import dk.kvalitetsstandard.questions.FreeChoiceQuestion;
import dk.kvalitetsstandard.questions.Eligibility;
import dk.kvalitetsstandard.questions.GiftCardsAnswer;
import dk.kvalitetsstandard.questions.GiftCardsQuestion;
import dk.kvalitetsstandard.questions.Route;
import dk.kvalitetsstandard.questions.ScreenedCriterion;
import dk.kvalitetsstandard.questions.ScreenedOffer;
import dk.kvalitetsstandard.questions.ScreeningAnswer;
import dk.kvalitetsstandard.questions.ScreeningQuestion;
import dk.kvalitetsstandard.registry.InForce;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import dk.kvalitetsstandard.standard.DeadlineKind;
import dk.kvalitetsstandard.standard.OfferKind;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Tests that read like the standard: a fluent checker of what the library decides for one
 * municipality's standard, through the same engine and answerer a case tool uses. Every check runs
 * at once and throws {@link AssertionError} naming what was expected, what was found, and the
 * report it looked in; no test framework is needed.
 *
 * <pre>{@code
 * assertFor("odsherred").on(Track.SOCIAL_DRUG)
 *     .given(phone(date(2025, 3, 3)), inPerson(date(2025, 3, 8)), start(date(2025, 3, 25), "outpatient-low"))
 *     .deadline(DeadlineKind.TREATMENT_GUARANTEE)
 *     .decidedBy("NAT-G1").startedBy(date(2025, 3, 3)).due(date(2025, 3, 17)).is(Status.BREACHED)
 *     .withFinding("ODS-G2");
 * }</pre>
 *
 * <p>A case is reported as of the date given by {@link Case#asOf}, or else as of its latest event. Not
 * thread-safe; each chain makes its own case.
 */
public final class StandardAssert {

  private final String municipality;
  private final StandardRegistry registry;
  private final DeadlineEngine engine;

  private StandardAssert(String municipality, StandardRegistry registry) {
    this.municipality = municipality;
    this.registry = registry;
    this.engine = DeadlineEngine.of(registry, PublicHolidays.denmark());
  }

  /**
   * Checks on the standard of {@code municipality} found in the default registry.
   *
   * @param municipality a slug or four-digit code
   * @return the checker
   * @throws AssertionError if no standard of that municipality is known
   */
  public static StandardAssert assertFor(String municipality) {
    return assertFor(municipality, StandardRegistry.defaultRegistry());
  }

  /**
   * Checks on the standard of {@code municipality} in {@code registry}.
   *
   * @param municipality a slug or four-digit code
   * @param registry where to find it
   * @return the checker
   * @throws AssertionError if no standard of that municipality is known
   */
  public static StandardAssert assertFor(String municipality, StandardRegistry registry) {
    Objects.requireNonNull(municipality, "municipality");
    if (!registry.knows(municipality)) {
      throw new AssertionError("no standard of '" + municipality + "' is known; known: " + registry.municipalities());
    }
    return new StandardAssert(municipality, registry);
  }

  /**
   * The standard in force on {@code date}.
   *
   * @param date a date
   * @return the standard
   */
  public QualityStandard standardOn(LocalDate date) {
    return registry.find(municipality, date).standard();
  }

  /**
   * Expects the standard to be in force on {@code date}.
   *
   * @param date a date
   * @return this checker
   */
  public StandardAssert inForceOn(LocalDate date) {
    return inForce(date, InForce.IN_FORCE);
  }

  /**
   * Expects the standard to have expired by {@code date}.
   *
   * @param date a date
   * @return this checker
   */
  public StandardAssert expiredBy(LocalDate date) {
    return inForce(date, InForce.EXPIRED);
  }

  /**
   * Expects the standard not to be in force yet on {@code date}.
   *
   * @param date a date
   * @return this checker
   */
  public StandardAssert notYetInForceOn(LocalDate date) {
    return inForce(date, InForce.NOT_YET_IN_FORCE);
  }

  private StandardAssert inForce(LocalDate date, InForce expected) {
    InForce actual = registry.find(municipality, date).inForce();
    if (actual != expected) {
      throw new AssertionError(municipality + " on " + date + ": expected " + expected + ", was " + actual);
    }
    return this;
  }

  /**
   * A case of this municipality on {@code track}.
   *
   * @param track the case's track
   * @return an empty case
   */
  public Case on(Track track) {
    return new Case(Objects.requireNonNull(track, "track"));
  }

  /**
   * Expects the answer to a free-choice question of this municipality.
   *
   * @param question the question (its municipality must be this one)
   * @return the answer's checker
   */
  public FreeChoiceCheck freeChoice(FreeChoiceQuestion question) {
    return new FreeChoiceCheck(Assessor.of(registry).freeChoice(question, Locale.ENGLISH));
  }

  /**
   * Expects the answer to a fees question of this municipality.
   *
   * @param question the question (its municipality must be this one)
   * @return the answer's checker
   */
  public FeesCheck fees(FeesQuestion question) {
    return new FeesCheck(Assessor.of(registry).fees(question, Locale.ENGLISH));
  }

  /**
   * Expects the answer to a screening question of this municipality.
   *
   * @param question the question (its municipality must be this one)
   * @return the answer's checker
   */
  public ScreeningCheck screening(ScreeningQuestion question) {
    return new ScreeningCheck(Assessor.of(registry).screening(question, Locale.ENGLISH));
  }

  /**
   * Expects the answer to a gift-card question of this municipality.
   *
   * @param question the question (its municipality must be this one)
   * @return the answer's checker
   */
  public GiftCardsCheck giftCards(GiftCardsQuestion question) {
    return new GiftCardsCheck(Assessor.of(registry).giftCards(question, Locale.ENGLISH));
  }

  /**
   * Expects what the check against the law ({@link StandardChecker}) finds in the standard in force on
   * {@code date}.
   *
   * @param date the date of the check
   * @return the check's checker
   */
  public CheckedStandard checkedOn(LocalDate date) {
    return new CheckedStandard(StandardChecker.of(registry, PublicHolidays.denmark()).check(standardOn(date), date));
  }

  // Events, named as a caseworker records them.

  /**
   * A date.
   *
   * @param year the year
   * @param month the month, 1 to 12
   * @param day the day of the month
   * @return the date
   */
  public static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  /**
   * A request for treatment by phone.
   *
   * @param date its date
   * @return the event
   */
  public static CaseEvent phone(LocalDate date) {
    return CaseEvent.contact(date, ContactChannel.PHONE);
  }

  /**
   * A request for treatment made in person.
   *
   * @param date its date
   * @return the event
   */
  public static CaseEvent inPerson(LocalDate date) {
    return CaseEvent.contact(date, ContactChannel.IN_PERSON);
  }

  /**
   * A request for treatment made digitally.
   *
   * @param date its date
   * @return the event
   */
  public static CaseEvent digital(LocalDate date) {
    return CaseEvent.contact(date, ContactChannel.DIGITAL);
  }

  /**
   * A request for treatment passed on by a provider.
   *
   * @param date its date
   * @return the event
   */
  public static CaseEvent viaProvider(LocalDate date) {
    return CaseEvent.contact(date, ContactChannel.VIA_PROVIDER);
  }

  /**
   * The start of treatment.
   *
   * @param date its date
   * @param offer an offer kind or the ID of one of the standard's offers
   * @return the event
   */
  public static CaseEvent start(LocalDate date, String offer) {
    return CaseEvent.treatmentStart(date, offer);
  }

  /**
   * The end of treatment.
   *
   * @param date its date
   * @param status how it ended
   * @return the event
   */
  public static CaseEvent end(LocalDate date, EndStatus status) {
    return CaseEvent.treatmentEnd(date, status);
  }

  /**
   * A decision the citizen received.
   *
   * @param date the date it was received
   * @param subject what it is about
   * @param outcome its outcome
   * @return the event
   */
  public static CaseEvent decision(LocalDate date, ComplaintSubject subject, Outcome outcome) {
    return CaseEvent.decision(date, subject, outcome);
  }

  /**
   * An event of a type that takes no field other than its date (a plan review, a follow-up, a complaint, …).
   *
   * @param type the event's type
   * @param date its date
   * @return the event
   */
  public static CaseEvent event(EventType type, LocalDate date) {
    return CaseEvent.of(type, date);
  }

  /** A case of the municipality, and what the engine reports for it. */
  public final class Case {

    private final Track track;
    private Citizen citizen = Citizen.unknown();
    private final List<CaseEvent> events = new ArrayList<>();
    private LocalDate asOf;
    private DeadlineReport report;

    private Case(Track track) {
      this.track = track;
    }

    /**
     * The citizen's age at first contact.
     *
     * @param years whole years
     * @return this case
     */
    public Case age(int years) {
      citizen = Citizen.builder().age(years).build();
      report = null;
      return this;
    }

    /**
     * The case's events, in any order.
     *
     * @param happened the events
     * @return this case
     */
    public Case given(CaseEvent... happened) {
      events.addAll(List.of(happened));
      report = null;
      return this;
    }

    /**
     * The date the case is reported on; without it, the date of the latest event.
     *
     * @param date the report date
     * @return this case
     */
    public Case asOf(LocalDate date) {
      asOf = Objects.requireNonNull(date, "date");
      report = null;
      return this;
    }

    /**
     * The engine's report of the case.
     *
     * @return the report
     */
    public DeadlineReport report() {
      if (report == null) {
        LocalDate on = asOf != null ? asOf
            : events.stream().map(CaseEvent::date).max(Comparator.naturalOrder()).orElseThrow(
                () -> new AssertionError("a case needs an event or a report date"));
        report = engine.report(CaseFile.builder().municipality(municipality).asOf(on).track(track).citizen(citizen)
            .events(events).build());
      }
      return report;
    }

    /**
     * Expects a deadline of {@code kind}: the first of its kind, or, after {@link DeadlineCheck#inCourse}, that course's.
     *
     * @param kind the deadline's kind
     * @return its checker
     */
    public DeadlineCheck deadline(DeadlineKind kind) {
      return new DeadlineCheck(this, kind, 0);
    }

    /**
     * Expects no deadline of {@code kind} in the report.
     *
     * @param kind a deadline kind
     * @return this case
     */
    public Case hasNo(DeadlineKind kind) {
      List<Deadline> found = report().deadlines().stream().filter(d -> d.kind() == kind).toList();
      if (!found.isEmpty()) {
        throw new AssertionError("expected no " + kind + ", found " + found + describe());
      }
      return this;
    }

    /**
     * Expects exactly {@code count} deadlines of {@code kind}.
     *
     * @param count how many
     * @param kind a deadline kind
     * @return this case
     */
    public Case has(int count, DeadlineKind kind) {
      long found = report().deadlines().stream().filter(d -> d.kind() == kind).count();
      if (found != count) {
        throw new AssertionError("expected " + count + " " + kind + ", found " + found + describe());
      }
      return this;
    }

    /**
     * Expects a finding of {@code rule} in the report.
     *
     * @param rule a rule ID
     * @return this case
     */
    public Case withFinding(String rule) {
      if (findings(rule).isEmpty()) {
        throw new AssertionError("expected a finding of " + rule + describe());
      }
      return this;
    }

    /**
     * Expects no finding of {@code rule} in the report.
     *
     * @param rule a rule ID
     * @return this case
     */
    public Case withoutFinding(String rule) {
      if (!findings(rule).isEmpty()) {
        throw new AssertionError("expected no finding of " + rule + ", found " + findings(rule) + describe());
      }
      return this;
    }

    /**
     * Expects the report to have no finding at all.
     *
     * @return this case
     */
    public Case withoutFindings() {
      if (!report().findings().isEmpty()) {
        throw new AssertionError("expected no findings" + describe());
      }
      return this;
    }

    private List<Finding> findings(String rule) {
      return report().findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    private String describe() {
      DeadlineReport r = report();
      return "\n  in the report of " + municipality + " on " + track + " as of " + r.asOf() + ":\n"
          + r.deadlines().stream().map(d -> "    " + line(d)).collect(Collectors.joining("\n"))
          + (r.findings().isEmpty() ? "" : "\n  findings: " + r.findings().stream().map(Finding::rule).toList());
    }
  }

  private static String line(Deadline d) {
    return d.kind() + " course " + d.course() + " " + d.rule() + d.legalBasis().map(b -> " (" + b + ")").orElse("")
        + " started " + d.startedBy().map(Object::toString).orElse("-") + " due " + d.due().map(Object::toString)
        .orElse("-") + d.standardDue().map(s -> " (standard: " + s + ")").orElse("") + " closed "
        + d.closedBy().map(Object::toString).orElse("-") + " " + d.status();
  }

  /** One deadline of a case's report, and what is expected of it. */
  public final class DeadlineCheck {

    private final Case owner;
    private final DeadlineKind kind;
    private final int course;
    private final int nth;

    private DeadlineCheck(Case owner, DeadlineKind kind, int course) {
      this(owner, kind, course, 1);
    }

    private DeadlineCheck(Case owner, DeadlineKind kind, int course, int nth) {
      this.owner = owner;
      this.kind = kind;
      this.course = course;
      this.nth = nth;
      deadline();
    }

    /**
     * The deadline of this kind in course {@code number} (1 for the first).
     *
     * @param number the course
     * @return its checker
     */
    public DeadlineCheck inCourse(int number) {
      return new DeadlineCheck(owner, kind, number, 1);
    }

    /**
     * The {@code n}th deadline of this kind (in the course chosen, if one is), in the report's
     * order: the second follow-up, the second plan review.
     *
     * @param n 1 for the first
     * @return its checker
     */
    public DeadlineCheck nth(int n) {
      return new DeadlineCheck(owner, kind, course, n);
    }

    /**
     * The deadline checked.
     *
     * @return the deadline
     */
    public Deadline deadline() {
      Optional<Deadline> found = owner.report().deadlines().stream()
          .filter(d -> d.kind() == kind && (course == 0 || d.course() == course)).skip(nth - 1L).findFirst();
      return found.orElseThrow(() -> new AssertionError("expected " + (nth == 1 ? "a " : "a " + nth + ". ") + kind
          + (course == 0 ? "" : " in course " + course) + owner.describe()));
    }

    /**
     * Expects the deadline to be decided by {@code rule}.
     *
     * @param rule a rule ID
     * @return this checker
     */
    public DeadlineCheck decidedBy(String rule) {
      return expect("rule", rule, deadline().rule());
    }

    /**
     * Expects the deadline's legal basis.
     *
     * @param citation a citation such as {@code SEL § 101, stk. 4}
     * @return this checker
     */
    public DeadlineCheck basedOn(String citation) {
      return expect("legal basis", Optional.of(citation), deadline().legalBasis());
    }

    /**
     * Expects the date that started the deadline.
     *
     * @param date the date
     * @return this checker
     */
    public DeadlineCheck startedBy(LocalDate date) {
      return expect("started by", Optional.of(date), deadline().startedBy());
    }

    /**
     * Expects the due date.
     *
     * @param date the date
     * @return this checker
     */
    public DeadlineCheck due(LocalDate date) {
      return expect("due", Optional.of(date), deadline().due());
    }

    /**
     * Expects the date the standard's own text would give, where it differs from the law's.
     *
     * @param date the date
     * @return this checker
     */
    public DeadlineCheck standardDue(LocalDate date) {
      return expect("standard's due date", Optional.of(date), deadline().standardDue());
    }

    /**
     * Expects no due date.
     *
     * @return this checker
     */
    public DeadlineCheck undated() {
      return expect("due", Optional.empty(), deadline().due());
    }

    /**
     * Expects the date of the event that closed the deadline.
     *
     * @param date the date
     * @return this checker
     */
    public DeadlineCheck closedBy(LocalDate date) {
      return expect("closed by", Optional.of(date), deadline().closedBy());
    }

    /**
     * Expects no event to have closed the deadline (yet).
     *
     * @return this checker
     */
    public DeadlineCheck unclosed() {
      return expect("closed by", Optional.empty(), deadline().closedBy());
    }

    /**
     * Expects the status.
     *
     * @param status the status
     * @return this checker
     */
    public DeadlineCheck is(Status status) {
      return expect("status", status, deadline().status());
    }

    /**
     * Expects the deadline's explanation, in English, to contain {@code fragment}.
     *
     * @param fragment a part of the explanation
     * @return this checker
     */
    public DeadlineCheck explains(String fragment) {
      String explanation = deadline().explanation();
      if (!explanation.contains(fragment)) {
        throw new AssertionError(label() + ": expected the explanation to contain '" + fragment + "', was: " + explanation);
      }
      return this;
    }

    /**
     * Expects a finding of {@code rule} in the report.
     *
     * @param rule a rule ID
     * @return this checker
     */
    public DeadlineCheck withFinding(String rule) {
      owner.withFinding(rule);
      return this;
    }

    /**
     * Expects no finding of {@code rule} in the report.
     *
     * @param rule a rule ID
     * @return this checker
     */
    public DeadlineCheck withoutFinding(String rule) {
      owner.withoutFinding(rule);
      return this;
    }

    /**
     * Another deadline of the same case.
     *
     * @param other its kind
     * @return its checker
     */
    public DeadlineCheck deadline(DeadlineKind other) {
      return new DeadlineCheck(owner, other, 0);
    }

    /**
     * The case, for more checks.
     *
     * @return the case
     */
    public Case and() {
      return owner;
    }

    private String label() {
      return (nth == 1 ? "" : nth + ". ") + kind + (course == 0 ? "" : " in course " + course);
    }

    private DeadlineCheck expect(String field, Object expected, Object actual) {
      if (!expected.equals(actual)) {
        throw new AssertionError(label() + ": expected " + field + " "
            + expected + ", was " + actual + "\n  " + line(deadline()) + owner.describe());
      }
      return this;
    }
  }

  /** The answer to a free-choice question, and what is expected of it. */
  public static final class FreeChoiceCheck {

    private final FreeChoiceAnswer answer;

    private FreeChoiceCheck(FreeChoiceAnswer answer) {
      this.answer = answer;
    }

    /**
     * The answer checked.
     *
     * @return the answer
     */
    public FreeChoiceAnswer answer() {
      return answer;
    }

    /**
     * Expects the outcome.
     *
     * @param outcome the outcome
     * @return this checker
     */
    public FreeChoiceCheck is(ChoiceOutcome outcome) {
      return expect("outcome", outcome, answer.outcome());
    }

    /**
     * Expects the rule that decided.
     *
     * @param rule a rule ID
     * @return this checker
     */
    public FreeChoiceCheck decidedBy(String rule) {
      return expect("rule", rule, answer.rule());
    }

    /**
     * Expects a criterion of {@code rule} among those checked, with the result {@code met} (null: undecided).
     *
     * @param rule a rule ID
     * @param met whether the criterion is met; null where the answer cannot tell
     * @return this checker
     */
    public FreeChoiceCheck checked(String rule, Boolean met) {
      boolean found = answer.criteria().stream().anyMatch(c -> c.rule().equals(rule) && c.met().equals(Optional.ofNullable(met)));
      if (!found) {
        throw new AssertionError("expected a criterion " + rule + " met=" + met + " in " + answer);
      }
      return this;
    }

    /**
     * Expects the answer to leave the questions of {@code rules} open, for the caseworker to decide.
     *
     * @param rules rule IDs
     * @return this checker
     */
    public FreeChoiceCheck asks(String... rules) {
      List<String> open = answer.openQuestions().stream().map(n -> n.rule()).toList();
      for (String rule : rules) {
        if (!open.contains(rule)) {
          throw new AssertionError("free choice: expected an open question of " + rule + ", open: " + open);
        }
      }
      return this;
    }

    /**
     * Expects the answer's open questions to be exactly those of {@code rules}, one rule per question, in
     * the answer's order.
     *
     * @param rules rule IDs, repeated where a rule leaves more than one question (none: no open question)
     * @return this checker
     */
    public FreeChoiceCheck asksExactly(String... rules) {
      return expect("open questions of", List.of(rules), answer.openQuestions().stream().map(n -> n.rule()).toList());
    }

    /**
     * Expects whether choosing waives the treatment guarantee.
     *
     * @param waived whether it does
     * @return this checker
     */
    public FreeChoiceCheck waivesGuarantee(boolean waived) {
      return expect("guarantee waived", waived, answer.guaranteeWaived());
    }

    private FreeChoiceCheck expect(String field, Object expected, Object actual) {
      if (!expected.equals(actual)) {
        throw new AssertionError("free choice: expected " + field + " " + expected + ", was " + actual + " in " + answer);
      }
      return this;
    }
  }

  /** The answer to a fees question, and what is expected of it. */
  public static final class FeesCheck {

    private final FeesAnswer answer;

    private FeesCheck(FeesAnswer answer) {
      this.answer = answer;
    }

    /**
     * The answer checked.
     *
     * @return the answer
     */
    public FeesAnswer answer() {
      return answer;
    }

    /**
     * Expects the treatment to be free of charge.
     *
     * @return this checker
     */
    public FeesCheck isFree() {
      return expect("free", true, answer.free());
    }

    /**
     * Expects the citizen to pay.
     *
     * @return this checker
     */
    public FeesCheck isCharged() {
      return expect("free", false, answer.free());
    }

    /**
     * Expects the amount in kroner; the comparison ignores trailing zeros.
     *
     * @param kroner the amount
     * @return this checker
     */
    public FeesCheck amount(String kroner) {
      BigDecimal expected = new BigDecimal(kroner);
      boolean same = answer.amountDkk().map(a -> a.compareTo(expected) == 0).orElse(false);
      if (!same) {
        throw new AssertionError("fees: expected " + kroner + " kr., was " + answer.amountDkk() + " in " + answer);
      }
      return this;
    }

    /**
     * Expects that no amount can be given.
     *
     * @return this checker
     */
    public FeesCheck noAmount() {
      return expect("amount", Optional.empty(), answer.amountDkk());
    }

    /**
     * Expects the rule that decided.
     *
     * @param rule a rule ID
     * @return this checker
     */
    public FeesCheck decidedBy(String rule) {
      return expect("rule", rule, answer.rule());
    }

    private FeesCheck expect(String field, Object expected, Object actual) {
      if (!expected.equals(actual)) {
        throw new AssertionError("fees: expected " + field + " " + expected + ", was " + actual + " in " + answer);
      }
      return this;
    }
  }

  /** The answer to a screening question, and what is expected of it. */
  public static final class ScreeningCheck {

    private final ScreeningAnswer answer;

    private ScreeningCheck(ScreeningAnswer answer) {
      this.answer = answer;
    }

    /**
     * The answer checked.
     *
     * @return the answer
     */
    public ScreeningAnswer answer() {
      return answer;
    }

    /**
     * Expects the legal basis the answer gives.
     *
     * @param citation a citation such as {@code SEL § 101 a}
     * @return this checker
     */
    public ScreeningCheck basedOn(String citation) {
      return expect("legal basis", citation, answer.legalBasis());
    }

    /**
     * Expects exactly the offers {@code ids} to be screened, in the answer's order.
     *
     * @param ids offers' IDs
     * @return this checker
     */
    public ScreeningCheck offers(String... ids) {
      return expect("offers", List.of(ids), answer.offers().stream().map(ScreenedOffer::offer).toList());
    }

    /**
     * Expects the offer {@code id} to be screened as {@code eligibility}.
     *
     * @param id an offer's ID
     * @param eligibility the expected eligibility
     * @return this checker
     */
    public ScreeningCheck offer(String id, Eligibility eligibility) {
      offer(id).is(eligibility);
      return this;
    }

    /**
     * The offer {@code id}, for checks of its own.
     *
     * @param id an offer's ID
     * @return its checker
     * @throws AssertionError if the offer is not among those screened
     */
    public OfferCheck offer(String id) {
      return new OfferCheck(answer.offers().stream().filter(o -> o.offer().equals(id)).findFirst()
          .orElseThrow(() -> new AssertionError("screening: no offer " + id + " among "
              + answer.offers().stream().map(ScreenedOffer::offer).toList())));
    }

    /**
     * Expects the offer {@code id} not to be among the offers screened (it serves another track or age).
     *
     * @param id an offer's ID
     * @return this checker
     */
    public ScreeningCheck withoutOffer(String id) {
      if (answer.offers().stream().anyMatch(o -> o.offer().equals(id))) {
        throw new AssertionError("screening: expected no offer " + id + " in " + answer);
      }
      return this;
    }

    /**
     * Expects the answer to send the citizen to {@code name}, with no phone number, by {@code rule}.
     *
     * @param name where to apply
     * @param rule the rule that says so
     * @return this checker
     */
    public ScreeningCheck applyTo(String name, String rule) {
      return applyTo(name, null, rule);
    }

    /**
     * Expects the answer to send the citizen to {@code name} on {@code phone} by {@code rule}.
     *
     * @param name where to apply
     * @param phone its phone number; null for none
     * @param rule the rule that says so
     * @return this checker
     */
    public ScreeningCheck applyTo(String name, String phone, String rule) {
      return expectRoute("the answer", answer.applyTo(), name, phone, rule);
    }

    /**
     * Expects the answer to name nowhere to apply.
     *
     * @return this checker
     */
    public ScreeningCheck applyNowhere() {
      return expectRoute("the answer", answer.applyTo(), null, null, null);
    }

    /**
     * Expects the answer and every offer screened to send the citizen to {@code name} on {@code phone} by
     * {@code rule}.
     *
     * @param name where to apply
     * @param phone its phone number; null for none
     * @param rule the rule that says so
     * @return this checker
     */
    public ScreeningCheck allApplyTo(String name, String phone, String rule) {
      applyTo(name, phone, rule);
      answer.offers().forEach(o -> expectRoute(o.offer(), o.applyTo(), name, phone, rule));
      return this;
    }

    private ScreeningCheck expectRoute(String whose, Optional<Route> route, String name, String phone, String rule) {
      boolean same = name == null ? route.isEmpty()
          : route.filter(r -> r.name().equals(name) && r.phone().equals(Optional.ofNullable(phone))
              && r.rule().equals(rule)).isPresent();
      if (!same) {
        throw new AssertionError("screening: expected " + whose + " to apply to "
            + (name == null ? "nowhere" : place(name, Optional.ofNullable(phone), rule)) + ", was "
            + route.map(r -> place(r.name(), r.phone(), r.rule())).orElse("nowhere") + " in " + answer);
      }
      return this;
    }

    private static String place(String name, Optional<String> phone, String rule) {
      return name + phone.map(p -> ", phone " + p).orElse("") + " (" + rule + ")";
    }

    private ScreeningCheck expect(String field, Object expected, Object actual) {
      if (!expected.equals(actual)) {
        throw new AssertionError("screening: expected " + field + " " + expected + ", was " + actual + " in " + answer);
      }
      return this;
    }

    /** One offer of a screening answer, and what is expected of it. */
    public final class OfferCheck {

      private final ScreenedOffer offer;

      private OfferCheck(ScreenedOffer offer) {
        this.offer = offer;
      }

      /**
       * Expects the offer's eligibility.
       *
       * @param eligibility the eligibility
       * @return this checker
       */
      public OfferCheck is(Eligibility eligibility) {
        return expect("eligibility", eligibility, offer.eligibility());
      }

      /**
       * Expects the offer's kind.
       *
       * @param kind the kind
       * @return this checker
       */
      public OfferCheck ofKind(OfferKind kind) {
        return expect("kind", kind, offer.kind());
      }

      /**
       * Expects the rules of the offer's criteria, one per criterion, in order.
       *
       * @param rules rule IDs (none: the offer has no criterion)
       * @return this checker
       */
      public OfferCheck criteria(String... rules) {
        return expect("rules of the criteria", List.of(rules), rules(c -> true));
      }

      /**
       * Expects whether each of the offer's criteria is met, in order.
       *
       * @param results one per criterion: true met, false not met, null left to a caseworker
       * @return this checker
       */
      public OfferCheck met(Boolean... results) {
        return expect("criteria met", Arrays.asList(results),
            offer.criteria().stream().map(c -> c.met().orElse(null)).toList());
      }

      /**
       * Expects the rules of the criteria not met to be exactly {@code rules}, in order.
       *
       * @param rules rule IDs, one per criterion not met
       * @return this checker
       */
      public OfferCheck fails(String... rules) {
        return expect("rules of the criteria not met", List.of(rules), rules(c -> c.met().equals(Optional.of(false))));
      }

      /**
       * Expects the rules of the criteria left to a caseworker (neither met nor not met) to be exactly
       * {@code rules}, in order.
       *
       * @param rules rule IDs, one per criterion left open
       * @return this checker
       */
      public OfferCheck leaves(String... rules) {
        return expect("rules of the criteria left open", List.of(rules), rules(c -> c.met().isEmpty()));
      }

      /**
       * Expects which of the offer's criteria are flagged as narrower than the law, in order.
       *
       * @param flags one per criterion
       * @return this checker
       */
      public OfferCheck narrowerThanLaw(boolean... flags) {
        return expect("criteria narrower than the law", booleans(flags),
            offer.criteria().stream().map(ScreenedCriterion::narrowerThanLaw).toList());
      }

      /**
       * Expects which of the offer's criteria are for a caseworker's discretion, in order.
       *
       * @param flags one per criterion
       * @return this checker
       */
      public OfferCheck discretionary(boolean... flags) {
        return expect("discretionary criteria", booleans(flags),
            offer.criteria().stream().map(ScreenedCriterion::discretionary).toList());
      }

      /**
       * Expects the offer to be applied for at {@code name}, with no phone number, by {@code rule}.
       *
       * @param name where to apply
       * @param rule the rule that says so
       * @return this checker
       */
      public OfferCheck applyTo(String name, String rule) {
        return applyTo(name, null, rule);
      }

      /**
       * Expects the offer to be applied for at {@code name} on {@code phone} by {@code rule}.
       *
       * @param name where to apply
       * @param phone its phone number; null for none
       * @param rule the rule that says so
       * @return this checker
       */
      public OfferCheck applyTo(String name, String phone, String rule) {
        expectRoute(offer.offer(), offer.applyTo(), name, phone, rule);
        return this;
      }

      /**
       * Expects the offer to need no application: no place to apply is named.
       *
       * @return this checker
       */
      public OfferCheck applyNowhere() {
        expectRoute(offer.offer(), offer.applyTo(), null, null, null);
        return this;
      }

      /**
       * Another offer of the same answer.
       *
       * @param id an offer's ID
       * @return its checker
       */
      public OfferCheck offer(String id) {
        return ScreeningCheck.this.offer(id);
      }

      /**
       * The answer, for more checks.
       *
       * @return the answer's checker
       */
      public ScreeningCheck and() {
        return ScreeningCheck.this;
      }

      private List<String> rules(Predicate<ScreenedCriterion> which) {
        return offer.criteria().stream().filter(which).map(ScreenedCriterion::rule).toList();
      }

      private static List<Boolean> booleans(boolean... flags) {
        List<Boolean> list = new ArrayList<>();
        for (boolean flag : flags) {
          list.add(flag);
        }
        return list;
      }

      private OfferCheck expect(String field, Object expected, Object actual) {
        if (!expected.equals(actual)) {
          throw new AssertionError("screening: " + offer.offer() + ": expected " + field + " " + expected + ", was "
              + actual + " in " + offer);
        }
        return this;
      }
    }
  }

  /** The answer to a gift-card question, and what is expected of it. */
  public static final class GiftCardsCheck {

    private final GiftCardsAnswer answer;

    private GiftCardsCheck(GiftCardsAnswer answer) {
      this.answer = answer;
    }

    /**
     * The answer checked.
     *
     * @return the answer
     */
    public GiftCardsAnswer answer() {
      return answer;
    }

    /**
     * Expects the number of gift cards earned.
     *
     * @param cards how many
     * @return this checker
     */
    public GiftCardsCheck earns(int cards) {
      if (!answer.cards().equals(Optional.of(cards))) {
        throw new AssertionError("gift cards: expected " + cards + " cards, was " + answer.cards() + " in " + answer);
      }
      return this;
    }

    /**
     * Expects the total in kroner.
     *
     * @param kroner the total
     * @return this checker
     */
    public GiftCardsCheck worth(int kroner) {
      if (!answer.amountDkk().equals(Optional.of(kroner))) {
        throw new AssertionError("gift cards: expected " + kroner + " kr., was " + answer.amountDkk() + " in " + answer);
      }
      return this;
    }

    /**
     * Expects the value of one card in kroner.
     *
     * @param kroner the value of a card
     * @return this checker
     */
    public GiftCardsCheck perCard(int kroner) {
      return expect("kroner per card", Optional.of(kroner), answer.perCardDkk());
    }

    /**
     * Expects that neither the number of cards nor their worth can be computed: the standard names a
     * scheme without saying how cards are earned or what they are worth.
     *
     * @return this checker
     */
    public GiftCardsCheck notComputed() {
      expect("cards", Optional.empty(), answer.cards());
      return expect("kroner", Optional.empty(), answer.amountDkk());
    }

    /**
     * Expects the gift-card scheme that applies.
     *
     * @param id the scheme's ID
     * @return this checker
     */
    public GiftCardsCheck scheme(String id) {
      return expect("scheme", Optional.of(id), answer.scheme());
    }

    /**
     * Expects no gift-card scheme to apply.
     *
     * @return this checker
     */
    public GiftCardsCheck noScheme() {
      return expect("scheme", Optional.empty(), answer.scheme());
    }

    /**
     * Expects the rule that decided.
     *
     * @param rule a rule ID
     * @return this checker
     */
    public GiftCardsCheck decidedBy(String rule) {
      if (!answer.rule().equals(rule)) {
        throw new AssertionError("gift cards: expected rule " + rule + ", was " + answer.rule() + " in " + answer);
      }
      return this;
    }

    /**
     * Expects the legal basis the answer gives.
     *
     * @param citation a citation such as {@code SEL § 101, stk. 9}
     * @return this checker
     */
    public GiftCardsCheck basedOn(String citation) {
      return expect("legal basis", citation, answer.legalBasis());
    }

    private GiftCardsCheck expect(String field, Object expected, Object actual) {
      if (!expected.equals(actual)) {
        throw new AssertionError("gift cards: expected " + field + " " + expected + ", was " + actual + " in " + answer);
      }
      return this;
    }
  }

  /** What the check against the law finds in a standard, and what is expected of it. */
  public static final class CheckedStandard {

    private final StandardCheck check;

    private CheckedStandard(StandardCheck check) {
      this.check = check;
    }

    /**
     * The check.
     *
     * @return the check
     */
    public StandardCheck check() {
      return check;
    }

    /**
     * Expects the required content {@code content} to be covered by exactly {@code rules} (none: missing).
     *
     * @param content one of the fifteen required contents
     * @param rules the rule IDs that cover it, in the standard's order
     * @return this checker
     */
    public CheckedStandard covers(RequiredContent content, String... rules) {
      ContentCheck found = check.contents().stream().filter(c -> c.content() == content).findFirst()
          .orElseThrow(() -> new AssertionError("no check of " + content));
      if (!found.rules().equals(List.of(rules))) {
        throw new AssertionError(content + ": expected " + List.of(rules) + ", was " + found.rules());
      }
      return this;
    }

    /**
     * Expects exactly {@code count} of the fifteen required contents to be covered.
     *
     * @param count how many are covered
     * @return this checker
     */
    public CheckedStandard covers(int count) {
      if (check.covered() != count) {
        throw new AssertionError("expected " + count + " required contents covered, was " + check.covered() + ": "
            + check.contents().stream().map(c -> c.content() + " " + c.rules()).toList());
      }
      return this;
    }

    /**
     * Expects {@code rule} to cover none of the required contents.
     *
     * @param rule the standard's rule ID
     * @return this checker
     */
    public CheckedStandard coversNothingWith(String rule) {
      List<RequiredContent> covered = check.contents().stream().filter(c -> c.rules().contains(rule))
          .map(ContentCheck::content).toList();
      if (!covered.isEmpty()) {
        throw new AssertionError("expected " + rule + " to cover no required content, covers " + covered);
      }
      return this;
    }

    /**
     * Expects exactly these findings, in the check's order, each written as
     * {@code "KIND RULE below NATIONAL_RULE"}, such as {@code "EXPIRED ODS-M1 below NAT-Q2"}.
     *
     * @param findings the findings, described (none: no finding)
     * @return this checker
     */
    public CheckedStandard findsExactly(String... findings) {
      List<String> found = check.findings().stream().map(CheckedStandard::describe).toList();
      if (!found.equals(List.of(findings))) {
        throw new AssertionError("expected the findings " + List.of(findings) + ", found " + found);
      }
      return this;
    }

    /**
     * Expects a finding of {@code kind} of {@code rule} below {@code nationalRule}.
     *
     * @param kind what the finding is
     * @param rule the standard's rule ID
     * @param nationalRule the national rule it falls below
     * @return this checker
     */
    public CheckedStandard finds(FloorFinding.Kind kind, String rule, String nationalRule) {
      if (!found(kind, rule, nationalRule)) {
        throw new AssertionError("expected a finding " + kind + " " + rule + " below " + nationalRule + ", found "
            + check.findings().stream().map(CheckedStandard::describe).toList());
      }
      return this;
    }

    /**
     * Expects no finding of {@code kind} of {@code rule} below {@code nationalRule}.
     *
     * @param kind what the finding would be
     * @param rule the standard's rule ID
     * @param nationalRule the national rule it would fall below
     * @return this checker
     */
    public CheckedStandard doesNotFind(FloorFinding.Kind kind, String rule, String nationalRule) {
      if (found(kind, rule, nationalRule)) {
        throw new AssertionError("expected no finding " + kind + " " + rule + " below " + nationalRule + ", found "
            + check.findings().stream().map(CheckedStandard::describe).toList());
      }
      return this;
    }

    private boolean found(FloorFinding.Kind kind, String rule, String nationalRule) {
      return check.findings().stream()
          .anyMatch(f -> f.kind() == kind && f.rule().equals(rule) && f.nationalRule().equals(nationalRule));
    }

    private static String describe(FloorFinding f) {
      return f.kind() + " " + f.rule() + " below " + f.nationalRule();
    }

    /**
     * Expects a finding of {@code rule} below {@code nationalRule}.
     *
     * @param rule the standard's rule ID
     * @param nationalRule the national rule it falls below
     * @return this checker
     */
    public CheckedStandard finds(String rule, String nationalRule) {
      if (check.findings().stream().noneMatch(f -> f.rule().equals(rule) && f.nationalRule().equals(nationalRule))) {
        throw new AssertionError("expected a finding " + rule + " below " + nationalRule + ", found "
            + check.findings().stream().map(f -> f.rule() + " below " + f.nationalRule()).toList());
      }
      return this;
    }

    /**
     * Expects no finding of {@code rule}.
     *
     * @param rule the standard's rule ID
     * @return this checker
     */
    public CheckedStandard findsNothingOf(String rule) {
      if (check.findings().stream().anyMatch(f -> f.rule().equals(rule))) {
        throw new AssertionError("expected no finding of " + rule + ", found " + check.findings());
      }
      return this;
    }
  }
}
