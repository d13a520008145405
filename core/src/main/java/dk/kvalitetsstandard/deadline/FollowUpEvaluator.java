package dk.kvalitetsstandard.deadline;

import dk.kvalitetsstandard.cases.CaseEvent;
import dk.kvalitetsstandard.cases.EventType;
import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.law.LegalReference;
import dk.kvalitetsstandard.law.NationalFloor;
import dk.kvalitetsstandard.law.Span;
import dk.kvalitetsstandard.standard.DeadlineKind;
import dk.kvalitetsstandard.standard.FollowUpKind;
import dk.kvalitetsstandard.standard.FollowUpRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What follows each end of treatment, belonging to the course that ended: the follow-ups of the
 * law (NAT-U1, on the social drug track only) and of the standard (on the tracks its rule names),
 * one deadline per offset, an offset both require counted once; and relapse-prevention talks
 * (JAM-D1). The closing events after the end close them in date order, each used once across the
 * whole history. A death is never followed up, and anonymous treatment never is. Where the law
 * requires a follow-up the standard omits, a finding says so (ODS-U2, Jammerbugt).
 */
final class FollowUpEvaluator implements Evaluator {

  @Override
  public void evaluate(Evaluation e) {
    CaseFacts facts = e.facts();
    Closers followUps = new Closers(facts.all(EventType.FOLLOW_UP));
    Closers talks = new Closers(facts.all(EventType.RELAPSE_PREVENTION_TALK));
    for (CaseEvent end : facts.all(EventType.TREATMENT_END)) {
      EndStatus status = end.status().orElseThrow();
      if (status == EndStatus.DECEASED) {
        continue;
      }
      followUps(e, end, status, followUps);
      for (FollowUpRule rule : rules(facts, FollowUpKind.RELAPSE_PREVENTION, status)) {
        close(e, end, rule.after(), talks, DeadlineKind.RELAPSE_PREVENTION, rule.source().rule(),
            facts.treatmentBasis(end.date()));
      }
    }
  }

  private static List<FollowUpRule> rules(CaseFacts facts, FollowUpKind kind, EndStatus status) {
    List<FollowUpRule> stated = kind == FollowUpKind.FOLLOW_UP ? facts.rules().followUps() : facts.rules().relapsePrevention();
    if (stated.isEmpty()) {
      return stated;
    }
    List<FollowUpRule> qualifying = new ArrayList<>(stated.size());
    for (FollowUpRule rule : stated) {
      if (rule.qualifyingEndings().contains(status)) {
        qualifying.add(rule);
      }
    }
    return qualifying;
  }

  private static void followUps(Evaluation e, CaseEvent end, EndStatus status, Closers closers) {
    CaseFacts facts = e.facts();
    List<FollowUpRule> municipal = rules(facts, FollowUpKind.FOLLOW_UP, status);
    Map<Span, String> ruleByOffset = new LinkedHashMap<>();
    municipal.forEach(f -> f.after().forEach(offset -> ruleByOffset.putIfAbsent(offset, f.source().rule())));
    if (NationalFloor.FOLLOW_UP.appliesTo(facts.track(), status)) {
      List<Span> stated = municipal.stream().flatMap(f -> f.after().stream()).distinct().toList();
      NationalFloor.FOLLOW_UP.after().forEach(offset -> ruleByOffset.putIfAbsent(offset, NationalFloor.FOLLOW_UP.rule().id()));
      List<Span> missing = NationalFloor.FOLLOW_UP.missingFrom(stated);
      if (!missing.isEmpty()) {
        String dues = e.explainer().list(missing.stream().map(o -> e.explainer().message("followUp.due", e.explainer().span(o),
            e.explainer().date(o.unit().addTo(end.date(), o.exactly())))).toList());
        String name = facts.municipalityName();
        if (municipal.isEmpty()) {
          e.finding(facts.rules().followUpRule(), "finding.noFollowUp", name, e.explainer().date(end.date()), dues);
        } else {
          e.finding(municipal.get(0).source().rule(), "finding.followUpSchedule", name,
              e.explainer().list(stated.stream().map(e.explainer()::span).toList()), e.explainer().date(end.date()), dues);
        }
      }
    }
    List<Span> offsets = ruleByOffset.keySet().stream()
        .sorted(Comparator.comparing((Span o) -> o.unit().addTo(end.date(), o.exactly()))).toList();
    LegalReference basis = NationalFloor.FOLLOW_UP.rule().provision().orElseThrow().inForceOn(end.date());
    for (Span offset : offsets) {
      close(e, end, List.of(offset), closers, DeadlineKind.FOLLOW_UP, ruleByOffset.get(offset), basis);
    }
  }

  /** One deadline per offset after {@code end}, closed in date order by the unused closing events after the end. */
  private static void close(Evaluation e, CaseEvent end, List<Span> offsets, Closers closers, DeadlineKind kind, String rule,
      LegalReference basis) {
    int course = e.facts().courseAt(end.date());
    for (Span offset : offsets) {
      LocalDate due = offset.unit().addTo(end.date(), offset.exactly());
      LocalDate closedBy = closers.takeAfter(end.date());
      e.add(Draft.dated(kind, course, rule, basis, end.date(), due, closedBy, e.facts().byDates(due, closedBy), offset));
    }
  }

  /**
   * Closing events in date order, each used at most once. The ends are visited in date order, so
   * an event passed over for one end can close nothing later: one pointer suffices.
   */
  private static final class Closers {
    private final List<CaseEvent> events;
    private int next;

    Closers(List<CaseEvent> events) {
      this.events = events;
    }

    /** The date of the first unused event after {@code date}, now used; null where there is none. */
    LocalDate takeAfter(LocalDate date) {
      while (next < events.size() && !events.get(next).date().isAfter(date)) {
        next++;
      }
      return next < events.size() ? events.get(next++).date() : null;
    }
  }
}
