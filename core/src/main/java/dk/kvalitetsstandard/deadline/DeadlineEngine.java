package dk.kvalitetsstandard.deadline;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.calendar.internal.TimeLimits;
import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.cases.InvalidCaseException;
import dk.kvalitetsstandard.cases.internal.CaseValidator;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.registry.Lookup;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Computes a case's deadline report: every deadline the law and the municipality's standard give
 * it, each the effective one (the national floor and the municipal rule combined, the more
 * favourable to the citizen winning), its status on {@code asOf}, and the findings where the
 * municipal text alone would give less.
 *
 * <p>The standard applied is the municipality's standard in force on the date of the case's first
 * event (or {@code asOf} for a case without events); an expired or not yet valid standard is still
 * applied, with a finding (NAT-Q2). The engine reads no clock: {@code asOf} is the case's.
 *
 * <p>A case is checked before its first report, and the check's finding is kept with the case
 * instance: a case read by {@link dk.kvalitetsstandard.cases.CaseFileReader}, or reported before,
 * is not checked again. Explanations, complaint guidance and findings are written in the language
 * asked for when they are first read.
 *
 * <pre>{@code
 * DeadlineEngine engine = DeadlineEngine.of(StandardRegistry.defaultRegistry(), PublicHolidays.denmark());
 * DeadlineReport report = engine.report(caseFile, Locale.forLanguageTag("da"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe: one engine serves any number of threads.
 */
public final class DeadlineEngine {

  /**
   * The evaluators in the order their deadlines are produced; the report orders them by due date,
   * keeping this order for equal dates. Case → facts (once, in one pass) → one evaluator per kind.
   */
  private static final Evaluator[] PIPELINE = {new StandardInForceEvaluator(), new GuaranteeEvaluator(),
      new MedicalExaminationEvaluator(), new PlanReviewEvaluator(), new ActionPlanEvaluator(),
      new ProviderNoticeEvaluator(), new FollowUpEvaluator(), new ComplaintEvaluator()};

  private static final Comparator<Deadline> BY_DUE = (a, b) -> {
    LocalDate x = a.dueOrNull();
    LocalDate y = b.dueOrNull();
    return x == null ? (y == null ? 0 : 1) : y == null ? -1 : x.compareTo(y);
  };

  /** Decisions in the order received, those of one day by subject and outcome: the order of the events never matters. */
  private static final Comparator<ComplaintGuidance> BY_RECEIPT = Comparator.comparing(ComplaintGuidance::decisionReceived)
      .thenComparing(ComplaintGuidance::subject).thenComparing(ComplaintGuidance::outcome);

  private final CaseValidator validator;
  private final TimeLimits limits;
  /** The rules of each standard of the registry by track, sorted out once; looked up by identity. */
  private final Map<QualityStandard, Map<Track, Rules>> rules = new IdentityHashMap<>();

  private DeadlineEngine(StandardRegistry registry, PublicHolidays holidays) {
    Objects.requireNonNull(registry, "registry");
    this.validator = CaseValidator.with(registry);
    this.limits = TimeLimits.with(holidays);
    registry.all().forEach(standard -> rules.put(standard, Rules.of(standard)));
  }

  /**
   * Obtains an engine over a registry's standards.
   *
   * @param registry the registry whose standards are applied, not null
   * @param holidays the public holidays procedural limits are counted with, not null
   * @return the engine, not null
   */
  public static DeadlineEngine of(StandardRegistry registry, PublicHolidays holidays) {
    return new DeadlineEngine(registry, holidays);
  }

  /**
   * Obtains an engine over the default registry and the Danish public holidays.
   *
   * @return the engine, not null
   */
  public static DeadlineEngine withDefaults() {
    return new DeadlineEngine(StandardRegistry.defaultRegistry(), PublicHolidays.denmark());
  }

  /**
   * Computes the report of a case, explained in English.
   *
   * @param caseFile the case, not null
   * @return the report, not null
   * @throws InvalidCaseException naming every problem of the case file, each with its JSON path
   */
  public DeadlineReport report(CaseFile caseFile) {
    return report(caseFile, Locale.ENGLISH);
  }

  /**
   * Computes the report of a case, explained in a locale's language: Danish for a Danish locale,
   * English for any other.
   *
   * @param caseFile the case, not null
   * @param locale the locale whose language the explanations, findings and guidance are written
   *     in, not null
   * @return the report, not null
   * @throws InvalidCaseException naming every problem of the case file, each with its JSON path
   */
  public DeadlineReport report(CaseFile caseFile, Locale locale) {
    Lookup lookup = validator.requireValidLookup(caseFile);
    Explainer explainer = Explainer.forLocale(locale);
    Rules applied = rules(lookup.standard()).get(caseFile.track());
    Evaluation evaluation = new Evaluation(CaseFacts.of(caseFile, lookup, applied), limits, explainer);
    for (Evaluator evaluator : PIPELINE) {
      evaluator.evaluate(evaluation);
    }
    List<Deadline> deadlines = evaluation.deadlines();
    deadlines.sort(BY_DUE); // one pass where they are in order already, as they often are
    for (int i = 0; i < deadlines.size(); i++) {
      deadlines.get(i).explainedBy(explainer);
    }
    List<ComplaintGuidance> guidance = evaluation.guidance();
    if (guidance.size() > 1) {
      guidance.sort(BY_RECEIPT);
    }
    for (int i = 0; i < guidance.size(); i++) {
      guidance.get(i).explainedBy(explainer);
    }
    return DeadlineReport.of(lookup.standard().municipality().slug(), caseFile.asOf(), applied.summary(), deadlines,
        evaluation.findings(), guidance);
  }

  /** The rules sorted out at construction; read only, so safe from any thread. */
  private Map<Track, Rules> rules(QualityStandard standard) {
    Map<Track, Rules> known = rules.get(standard);
    return known != null ? known : Rules.of(standard);
  }
}
