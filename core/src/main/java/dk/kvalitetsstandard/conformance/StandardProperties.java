package dk.kvalitetsstandard.conformance;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.cases.internal.CaseValidator;
import dk.kvalitetsstandard.conformance.property.CaseFiles;
import dk.kvalitetsstandard.conformance.property.Generator;
import dk.kvalitetsstandard.conformance.property.Mutations;
import dk.kvalitetsstandard.conformance.property.Property;
import dk.kvalitetsstandard.conformance.property.StandardMutation;
import dk.kvalitetsstandard.deadline.Deadline;
import dk.kvalitetsstandard.deadline.DeadlineEngine;
import dk.kvalitetsstandard.deadline.DeadlineReport;
import dk.kvalitetsstandard.deadline.Status;
import dk.kvalitetsstandard.law.HealthComplaintBody;
import dk.kvalitetsstandard.law.NationalRule;
import dk.kvalitetsstandard.questions.Assessor;
import dk.kvalitetsstandard.questions.Eligibility;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.DeadlineKind;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The laws of the check of a standard against the law ({@link StandardChecker}), each named by the
 * rules it checks: every finding's example really shows the difference it states; every change to
 * a standard that gives the citizen less than the law is found, naming the changed rule, and a
 * change that gives as much or more brings no new finding ({@link Mutations}); and whatever a
 * standard says, the engine's effective deadlines keep to the national floor. The first two run
 * over the standard and every mutation of it, on several dates; the third is a property over cases
 * of mutated standards.
 *
 * <p>Thread-safe.
 */
public final class StandardProperties {

  /** The dates the standards are checked on, besides the start and end of their validity. */
  public static final List<LocalDate> CHECK_DATES = List.of(LocalDate.of(2021, 1, 1), LocalDate.of(2024, 3, 1),
      LocalDate.of(2027, 6, 1), LocalDate.of(2030, 12, 31));

  private final StandardRegistry registry;
  private final PublicHolidays holidays;

  private StandardProperties(StandardRegistry registry, PublicHolidays holidays) {
    this.registry = registry;
    this.holidays = holidays;
  }

  /**
   * The laws, with {@code registry}'s standards and {@code holidays}.
   *
   * @param registry the standards
   * @param holidays the public holidays
   * @return the laws
   */
  public static StandardProperties of(StandardRegistry registry, PublicHolidays holidays) {
    return new StandardProperties(Objects.requireNonNull(registry, "registry"), Objects.requireNonNull(holidays, "holidays"));
  }

  /** The dates {@code standard} is checked on: {@link #CHECK_DATES}, the start and end of its validity, and {@code extra}. */
  static Set<LocalDate> dates(QualityStandard standard, List<LocalDate> extra) {
    Set<LocalDate> dates = new TreeSet<>(CHECK_DATES);
    standard.validity().from().ifPresent(dates::add);
    standard.validity().to().ifPresent(dates::add);
    dates.addAll(extra);
    return dates;
  }

  // ------------------------------------------------------------------ examples show the difference

  /**
   * Whether every finding of {@code standard} and of every mutation of it, checked on each of
   * {@code dates}, has an example that shows what the finding states.
   *
   * @param standard a standard of the registry
   * @param dates the dates to check on
   * @return the first finding whose example does not show it, described; empty when all do
   */
  public Optional<String> findingsDemonstrated(QualityStandard standard, Set<LocalDate> dates) {
    List<StandardMutation> mutations = Mutations.all(standard);
    for (int i = -1; i < mutations.size(); i++) {
      QualityStandard checked = i < 0 ? standard : mutations.get(i).standard();
      String which = i < 0 ? "" : " (mutation " + mutations.get(i).name() + ")";
      StandardRegistry in = i < 0 ? registry : mutations.get(i).registry();
      StandardChecker checker = StandardChecker.of(in, holidays);
      DeadlineEngine engine = DeadlineEngine.of(in, holidays);
      Assessor assessor = Assessor.of(in);
      CaseValidator validator = CaseValidator.with(in);
      for (LocalDate on : dates) {
        for (FloorFinding f : checker.check(checked, on).findings()) {
          Optional<String> wrong = demonstrated(f, engine, assessor, validator);
          if (wrong.isPresent()) {
            return Optional.of(f.kind() + " " + f.rule() + " checked on " + on + which + ": " + wrong.get());
          }
        }
      }
    }
    return Optional.empty();
  }

  /** What is wrong with {@code f}'s example, if anything: run again, it must show the difference of the finding's kind. */
  static Optional<String> demonstrated(FloorFinding f, DeadlineEngine engine, Assessor assessor, CaseValidator validator) {
    if (f.kind() == FloorFinding.Kind.MISSING_CONTENTS) {
      return Optional.empty();
    }
    if (f.difference().filter(d -> !d.isBlank()).isEmpty()) {
      return Optional.of("no difference is stated");
    }
    if (f.exampleQuestion().isPresent()) {
      boolean notAdmitted = assessor.screening(f.exampleQuestion().get(), Locale.ENGLISH).offers().stream()
          .anyMatch(o -> o.eligibility() != Eligibility.ELIGIBLE);
      return notAdmitted ? Optional.empty() : Optional.of("every offer admits the example's citizen");
    }
    if (f.exampleCase().isEmpty()) {
      return Optional.of("no example");
    }
    CaseFile example = f.exampleCase().get();
    if (!validator.problems(example).isEmpty()) {
      return Optional.of("the example is not a valid case: " + validator.problems(example));
    }
    DeadlineReport report = engine.report(example);
    boolean engineFinds = report.findings().stream().anyMatch(x -> x.rule().equals(f.rule()));
    Optional<Deadline> guarantee = first(report, DeadlineKind.TREATMENT_GUARANTEE);
    boolean shown = switch (f.kind()) {
      case CLOCK_STARTS_LATER, OFFERS_OUTSIDE_GUARANTEE -> engineFinds && guarantee.flatMap(Deadline::due).isPresent();
      case WAIVER_WITHOUT_BASIS -> engineFinds && guarantee.map(d -> d.status() != Status.WAIVED).orElse(false);
      case GUARANTEE_LONGER -> guarantee.filter(d -> d.status() == Status.BREACHED && d.standardDue().isPresent()
          && !d.closedBy().orElseThrow().isAfter(d.standardDue().get())).isPresent();
      case PROMISES_OFFER_NOT_START -> guarantee.filter(d -> d.status() == Status.BREACHED).isPresent();
      case FOLLOW_UP_OMITTED, NO_FOLLOW_UP -> engineFinds && lawDecides(report, DeadlineKind.FOLLOW_UP, NationalRule.NAT_U1);
      case FOLLOW_UP_NARROWER -> lawDecides(report, DeadlineKind.FOLLOW_UP, NationalRule.NAT_U1);
      case COMPLAINT_LIMIT_SHORTER -> first(report, DeadlineKind.COMPLAINT)
          .filter(d -> d.status() == Status.MET && d.rule().equals(NationalRule.NAT_C1.id())).isPresent();
      case RECONSIDERATION_LONGER -> first(report, DeadlineKind.RECONSIDERATION)
          .filter(d -> d.status() == Status.BREACHED && d.rule().equals(NationalRule.NAT_C5.id())).isPresent();
      case EXPIRED -> report.findings().stream().anyMatch(x -> x.rule().equals(NationalRule.NAT_Q2.id()));
      case REVISION_OVERDUE, NO_ADOPTION_DATE, NO_VALIDITY -> !report.deadlines().isEmpty();
      case OUTDATED_REFERENCE -> report.deadlines().stream().anyMatch(d -> d.legalBasis().isPresent());
      case FORMER_BODY -> first(report, DeadlineKind.COMPLAINT)
          .filter(d -> d.explanation().contains(HealthComplaintBody.CURRENT)).isPresent();
      case NARROWER_CRITERION, MISSING_CONTENTS -> true;
    };
    return shown ? Optional.empty() : Optional.of("the example's report does not show it: " + report.deadlines().stream()
        .map(d -> d.kind() + " " + d.rule() + " " + d.status() + " due " + d.due().orElse(null)
            + d.standardDue().map(x -> " (standard " + x + ")").orElse("")).collect(Collectors.joining("; "))
        + "; findings " + report.findings().stream().map(x -> x.rule()).toList());
  }

  private static Optional<Deadline> first(DeadlineReport report, DeadlineKind kind) {
    return report.deadlines().stream().filter(d -> d.kind() == kind).findFirst();
  }

  private static boolean lawDecides(DeadlineReport report, DeadlineKind kind, NationalRule rule) {
    return report.deadlines().stream().anyMatch(d -> d.kind() == kind && d.rule().equals(rule.id()));
  }

  // ------------------------------------------------------------------ the checker finds the mutations

  /**
   * Whether the check against the law finds every mutation of {@code standard} that gives the
   * citizen less than the law, with a finding the standard itself does not have and that names the
   * changed rule; and whether a mutation that gives as much or more brings no finding of a kind
   * and rule the standard does not already have. Only the dates from {@link Mutations#JUDGED_FROM}
   * count, as the mutations are judged for those.
   *
   * @param standard a standard of the registry
   * @param dates the dates to check on
   * @return the first mutation the check gets wrong, described; empty when it gets all right
   */
  public Optional<String> mutationsFound(QualityStandard standard, Set<LocalDate> dates) {
    return mutationsFound(standard, dates, in -> {
      StandardChecker checker = StandardChecker.of(in, holidays);
      return (checked, on) -> checker.check(checked, on).findings();
    });
  }

  /** The findings of a check of a standard on a date. */
  @FunctionalInterface
  interface Checker {
    List<FloorFinding> findings(QualityStandard standard, LocalDate on);
  }

  /** {@link #mutationsFound(QualityStandard, Set)} with the checker that {@code checkers} gives for a registry. */
  Optional<String> mutationsFound(QualityStandard standard, Set<LocalDate> dates,
      java.util.function.Function<StandardRegistry, Checker> checkers) {
    Checker original = checkers.apply(registry);
    for (StandardMutation m : Mutations.all(standard)) {
      Checker checker = checkers.apply(m.registry());
      for (LocalDate on : dates) {
        if (on.isBefore(Mutations.JUDGED_FROM)) {
          continue;
        }
        List<FloorFinding> before = original.findings(standard, on);
        List<FloorFinding> after = checker.findings(m.standard(), on);
        List<FloorFinding> added = after.stream().filter(f -> before.stream().noneMatch(b -> b.kind() == f.kind()
            && b.rule().equals(f.rule()) && b.message().equals(f.message()))).toList();
        if (m.belowLaw() && added.stream().noneMatch(f -> f.rule().equals(m.rule()))) {
          return Optional.of("the check on " + on + " misses the mutation " + m.name() + ": no new finding names " + m.rule()
              + (added.isEmpty() ? "" : "; new findings: " + added.stream().map(f -> f.kind() + " " + f.rule()).toList()));
        }
        List<FloorFinding> newKinds = added.stream().filter(f -> before.stream().noneMatch(b -> b.kind() == f.kind()
            && b.rule().equals(f.rule()))).toList();
        if (!m.belowLaw() && !newKinds.isEmpty()) {
          return Optional.of("the check on " + on + " reports " + newKinds.stream().map(f -> f.kind() + " " + f.rule()
              + ": " + f.message()).toList() + " for the mutation " + m.name() + ", which gives the citizen as much as the law");
        }
      }
    }
    return Optional.empty();
  }

  // ------------------------------------------------------------------ the floor holds whatever the text says

  /**
   * A case of a mutated standard.
   *
   * @param index the mutation's place in {@link Mutations#all}
   * @param mutation the mutation
   * @param caseFile a case under the mutated standard
   */
  public record MutatedCase(int index, StandardMutation mutation, CaseFile caseFile) {}

  /**
   * Cases of the mutations of {@code standard}: a mutation picked by the seed, then a case for the
   * mutated standard; a failing case shrinks as {@link CaseFiles} shrinks it.
   *
   * @param standard a valid standard
   * @return the generator
   */
  public Generator<MutatedCase> mutatedCases(QualityStandard standard) {
    List<StandardMutation> mutations = Mutations.all(standard);
    List<CaseFiles> cases = mutations.stream().map(m -> CaseFiles.of(m.standard())).toList();
    return new Generator<>() {
      @Override
      public MutatedCase generate(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int index = random.nextInt(mutations.size());
        return new MutatedCase(index, mutations.get(index), cases.get(index).generate(random.nextLong()));
      }

      @Override
      public List<MutatedCase> shrink(MutatedCase value) {
        return cases.get(value.index()).shrink(value.caseFile()).stream()
            .map(c -> new MutatedCase(value.index(), value.mutation(), c)).toList();
      }

      @Override
      public String show(MutatedCase value) {
        return "the standard mutated: " + value.mutation().name() + "\n" + cases.get(value.index()).show(value.caseFile());
      }

      @Override
      public String shows() {
        return "the mutation and the case file (report it against the mutated standard)";
      }
    };
  }

  /**
   * The floor properties of {@link DeadlineProperties#floor()}, each evaluated under the mutated
   * standard of the case.
   *
   * @param standard the standard whose mutations the cases come from
   * @return the property
   */
  public Property<MutatedCase> floorHoldsWhateverTheTextSays(QualityStandard standard) {
    List<Map<String, Property<CaseFile>>> floors = new ArrayList<>();
    for (StandardMutation m : Mutations.all(standard)) {
      floors.add(DeadlineProperties.of(m.registry(), holidays).floor());
    }
    return value -> {
      for (Map.Entry<String, Property<CaseFile>> law : floors.get(value.index()).entrySet()) {
        Optional<String> violation = law.getValue().violation(value.caseFile());
        if (violation.isPresent()) {
          return Optional.of(law.getKey() + ": " + violation.get());
        }
      }
      return Optional.empty();
    };
  }
}
