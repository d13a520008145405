package dk.kvalitetsstandard.deadline;

import dk.kvalitetsstandard.calendar.internal.TimeLimits;
import dk.kvalitetsstandard.law.Span;
import dk.kvalitetsstandard.law.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The work of one report: the case's facts, the calendar for procedural limits, the language of
 * the findings, and what the evaluators have produced so far. One instance per report.
 */
final class Evaluation {

  private final CaseFacts facts;
  private final TimeLimits limits;
  private final Explainer explainer;
  private final List<Draft> drafts = new ArrayList<>();
  private final List<Finding> findings = new ArrayList<>();
  private List<GuidanceDraft> guidance = List.of();

  Evaluation(CaseFacts facts, TimeLimits limits, Explainer explainer) {
    this.facts = facts;
    this.limits = limits;
    this.explainer = explainer;
  }

  CaseFacts facts() {
    return facts;
  }

  Explainer explainer() {
    return explainer;
  }

  /** Adds a deadline. */
  void add(Draft draft) {
    drafts.add(draft);
  }

  /** Adds a finding of {@code rule}, written from the message {@code key}. */
  void finding(String rule, String key, Object... args) {
    findings.add(Finding.of(rule, explainer.message(key, args)));
  }

  /** Adds the complaint guidance of a decision. */
  void guidance(GuidanceDraft draft) {
    if (guidance.isEmpty()) {
      guidance = new ArrayList<>(2);
    }
    guidance.add(draft);
  }

  /** The complaint guidance of the decisions, in the order they were received. */
  List<GuidanceDraft> guidance() {
    return guidance;
  }

  List<Draft> drafts() {
    return drafts;
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
