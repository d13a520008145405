package dk.kvalitetsstandard.conformance;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.conformance.property.CaseFiles;
import dk.kvalitetsstandard.conformance.property.ForAll;
import dk.kvalitetsstandard.conformance.property.NamedCheck;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The library's own laws, for every standard of a registry, as named checks that any test
 * framework can run one by one: the deadline laws over generated case histories
 * ({@link DeadlineProperties}), the laws of the four answers over generated questions
 * ({@link QuestionProperties}), the laws of the check against the law over the standard and its
 * mutations ({@link StandardProperties}), and the date arithmetic for every date from 2020 to 2030
 * ({@link ExhaustiveDates}). Each check's name starts with the rules it checks; its group is the
 * standard. With JUnit Jupiter:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> laws() {
 *   return Laws.of(StandardRegistry.defaultRegistry()).checks().map(c -> DynamicTest.dynamicTest(c.displayName(), c::run));
 * }
 * }</pre>
 *
 * <p>A failing property names its seed; set the system property {@value ForAll#SEED_PROPERTY} to
 * it to replay the failure. Instances are immutable and thread-safe.
 */
public final class Laws {

  private final StandardRegistry registry;
  private final PublicHolidays holidays;
  private final ForAll settings;
  private final List<LocalDate> checkDates;

  private Laws(StandardRegistry registry, PublicHolidays holidays, ForAll settings, List<LocalDate> checkDates) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.holidays = Objects.requireNonNull(holidays, "holidays");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.checkDates = List.copyOf(checkDates);
  }

  /**
   * The laws for {@code registry}'s standards, with the Danish public holidays and
   * {@link ForAll#settings()}.
   *
   * @param registry the standards
   * @return the laws
   */
  public static Laws of(StandardRegistry registry) {
    return new Laws(registry, PublicHolidays.denmark(), ForAll.settings(), List.of());
  }

  /**
   * These laws with another holiday calendar.
   *
   * @param calendar the public holidays
   * @return new laws
   */
  public Laws withHolidays(PublicHolidays calendar) {
    return new Laws(registry, calendar, settings, checkDates);
  }

  /**
   * These laws with other tries and seed for the properties.
   *
   * @param forAll the settings
   * @return new laws
   */
  public Laws withSettings(ForAll forAll) {
    return new Laws(registry, holidays, forAll, checkDates);
  }

  /**
   * These laws with the standards also checked against the law on {@code date}, besides
   * {@link StandardProperties#CHECK_DATES} and the ends of each standard's validity.
   *
   * @param date a date
   * @return new laws
   */
  public Laws alsoCheckedOn(LocalDate date) {
    return new Laws(registry, holidays, settings, Stream.concat(checkDates.stream(), Stream.of(date)).toList());
  }

  /** {@return every law for every standard of the registry, standard by standard} */
  public Stream<NamedCheck> checks() {
    return registry.all().stream().flatMap(this::checks);
  }

  /**
   * Every law for {@code standard}.
   *
   * @param standard a standard of the registry
   * @return the checks, deadlines first, then questions, the check against the law, the dates
   */
  public Stream<NamedCheck> checks(QualityStandard standard) {
    return Stream.of(deadlines(standard), questions(standard), standards(standard), dates(standard)).flatMap(s -> s);
  }

  /** {@return the deadline laws for every standard of the registry} */
  public Stream<NamedCheck> deadlines() {
    return registry.all().stream().flatMap(this::deadlines);
  }

  /** {@return the laws of the four answers for every standard of the registry} */
  public Stream<NamedCheck> questions() {
    return registry.all().stream().flatMap(this::questions);
  }

  /** {@return the laws of the check against the law for every standard of the registry} */
  public Stream<NamedCheck> standards() {
    return registry.all().stream().flatMap(this::standards);
  }

  /** {@return the checks of the date arithmetic for every standard of the registry} */
  public Stream<NamedCheck> dates() {
    return registry.all().stream().flatMap(this::dates);
  }

  /**
   * The deadline laws for {@code standard}, over case histories of one to five courses.
   *
   * @param standard a standard of the registry
   * @return one check per law
   */
  public Stream<NamedCheck> deadlines(QualityStandard standard) {
    String group = group(standard);
    CaseFiles cases = CaseFiles.of(standard);
    return DeadlineProperties.of(registry, holidays).all().entrySet().stream()
        .map(law -> NamedCheck.property(group, law.getKey(), settings, cases, law.getValue()));
  }

  /**
   * The laws of the four answers for {@code standard}.
   *
   * @param standard a standard of the registry
   * @return one check per law
   */
  public Stream<NamedCheck> questions(QualityStandard standard) {
    String group = group(standard);
    return QuestionProperties.of(registry).laws(standard).stream().map(law -> questionCheck(group, law));
  }

  private <Q> NamedCheck questionCheck(String group, QuestionProperties.Law<Q> law) {
    return NamedCheck.property(group, law.name(), settings, law.generator(), law.property());
  }

  /**
   * The laws of the check against the law for {@code standard} and its mutations.
   *
   * @param standard a standard of the registry
   * @return three checks
   */
  public Stream<NamedCheck> standards(QualityStandard standard) {
    String group = group(standard);
    StandardProperties laws = StandardProperties.of(registry, holidays);
    var dates = StandardProperties.dates(standard, checkDates);
    return Stream.of(
        exhaustive(group, "NAT-Q1 NAT-Q2 NAT-G1 NAT-U1 NAT-C1 NAT-C5 every finding of the check against the law has an example "
            + "that shows it, for the standard and each mutation of it", () -> laws.findingsDemonstrated(standard, dates)),
        exhaustive(group, "NAT-G1 NAT-U1 NAT-C1 NAT-C5 NAT-Q1 NAT-Q2 the check against the law finds every change that gives the "
            + "citizen less than the law, and nothing new for one that gives as much", () -> laws.mutationsFound(standard, dates)),
        NamedCheck.property(group, "NAT-G1 NAT-U1 NAT-C1 NAT-C5 whatever a standard's text says, no effective deadline falls "
            + "short of the national floor", settings, laws.mutatedCases(standard), laws.floorHoldsWhateverTheTextSays(standard)));
  }

  /**
   * The date arithmetic for {@code standard}: every date from {@link ExhaustiveDates#FIRST} to
   * {@link ExhaustiveDates#LAST}.
   *
   * @param standard a standard of the registry
   * @return one check
   */
  public Stream<NamedCheck> dates(QualityStandard standard) {
    ExhaustiveDates dates = ExhaustiveDates.of(registry, holidays);
    return Stream.of(NamedCheck.of(group(standard), "D0-1 D0-2 D0-3 D0-5 NAT-G1 NAT-C1 NAT-C5 NAT-U1 the guarantee, the complaint "
        + "limit, the reconsideration and the follow-ups for every date from " + ExhaustiveDates.FIRST.getYear() + " to "
        + ExhaustiveDates.LAST.getYear(), () -> dates.check(standard).assertNone()));
  }

  private static NamedCheck exhaustive(String group, String name, Supplier<Optional<String>> check) {
    return NamedCheck.of(group, name, () -> check.get().ifPresent(wrong -> {
      throw new AssertionError(group + ": " + name + ": " + wrong);
    }));
  }

  private static String group(QualityStandard standard) {
    return standard.municipality().toString();
  }
}
