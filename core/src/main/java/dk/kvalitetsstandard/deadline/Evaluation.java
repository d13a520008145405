package dk.kvalitetsstandard.deadline;

import dk.kvalitetsstandard.calendar.internal.TimeLimits;
import dk.kvalitetsstandard.law.Span;
import dk.kvalitetsstandard.law.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The work of one report: the case's facts, the calendar for procedural limits, the language of
 * the findings, and what the evaluators have produced so far. One instance per report.
 */
final class Evaluation {

  private final CaseFacts facts;
  private final TimeLimits limits;
  private final Explainer explainer;
  /** The deadlines so far; room for those of nearly every history, about two for every five events. */
  private final List<Deadline> deadlines;
  private List<Finding> findings = List.of();
  private List<ComplaintGuidance> guidance = List.of();

  Evaluation(CaseFacts facts, TimeLimits limits, Explainer explainer) {
    this.facts = facts;
    this.limits = limits;
    this.explainer = explainer;
    this.deadlines = new ArrayList<>(4 + facts.eventCount() / 2);
  }

  CaseFacts facts() {
    return facts;
  }

  Explainer explainer() {
    return explainer;
  }

  /** Adds a deadline. */
  void add(Deadline deadline) {
    deadlines.add(deadline);
  }

  /**
   * Adds a finding of {@code rule}, whose message {@code writer} writes in the report's language
   * when it is first read.
   */
  void finding(String rule, Function<Explainer, String> writer) {
    if (findings.isEmpty()) {
      findings = new ArrayList<>(2);
    }
    findings.add(ImmutableFinding.of(rule, LazyText.of(writer, explainer)));
  }

  /** Adds the complaint guidance of a decision. */
  void guidance(ComplaintGuidance decision) {
    if (guidance.isEmpty()) {
      guidance = new ArrayList<>(2);
    }
    guidance.add(decision);
  }

  /** The complaint guidance of the decisions, in the order the evaluators made it; modifiable where not empty. */
  List<ComplaintGuidance> guidance() {
    return guidance;
  }

  /** The deadlines so far, in the order the evaluators made them; modifiable. */
  List<Deadline> deadlines() {
    return deadlines;
  }

  List<Finding> findings() {
    return findings;
  }

  /** The last day of a procedural limit from {@code from}: weeks as D0-5, other units moved past holidays too. */
  LocalDate procedural(LocalDate from, Span limit) {
    return limit.unit() == Unit.WEEKS ? limits.weeksFrom(from, limit.exactly())
        : limits.holidays().thisOrNextWorkingDay(limit.unit().addTo(from, limit.exactly()));
  }
}
