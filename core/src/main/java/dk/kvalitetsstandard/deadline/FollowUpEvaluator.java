package dk.kvalitetsstandard.deadline;

import dk.kvalitetsstandard.cases.CaseEvent;
import dk.kvalitetsstandard.cases.EventType;
import dk.kvalitetsstandard.deadline.Rules.AfterEnd;
import dk.kvalitetsstandard.deadline.Rules.AfterEnd.Offset;
import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.law.LegalReference;
import dk.kvalitetsstandard.law.NationalFloor;
import dk.kvalitetsstandard.law.Provision;
import dk.kvalitetsstandard.law.Span;
import dk.kvalitetsstandard.standard.DeadlineKind;
import dk.kvalitetsstandard.standard.FollowUpRule;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * What follows each end of treatment, belonging to the course that ended: the follow-ups of the
 * law (NAT-U1, on the social drug track only) and of the standard (on the tracks its rule names),
 * one deadline per offset, an offset both require counted once; and relapse-prevention talks
 * (JAM-D1). The closing events after the end close them in date order, each used once across the
 * whole history. A death is never followed up, and anonymous treatment never is. Where the law
 * requires a follow-up the standard omits, a finding says so (ODS-U2, Jammerbugt).
 */
final class FollowUpEvaluator implements Evaluator {

  /** The provision of the law's follow-ups (NAT-U1). */
  private static final Provision FOLLOW_UP = NationalFloor.FOLLOW_UP.rule().provision().orElseThrow();

  @Override
  public void evaluate(Evaluation e) {
    CaseFacts facts = e.facts();
    int ends = facts.count(EventType.TREATMENT_END);
    if (ends == 0) {
      return;
    }
    Closers followUps = Closers.of(facts, EventType.FOLLOW_UP);
    Closers talks = Closers.of(facts, EventType.RELAPSE_PREVENTION_TALK);
    for (int i = 0; i < ends; i++) {
      CaseEvent end = facts.event(EventType.TREATMENT_END, i);
      EndStatus status = end.status().orElseThrow();
      if (status == EndStatus.DECEASED) {
        continue;
      }
      AfterEnd after = facts.rules().afterEnd(status);
      int course = facts.courseAt(end.date());
      followUps(e, end, course, after, followUps);
      for (FollowUpRule rule : after.relapsePrevention()) {
        LegalReference basis = facts.treatmentBasis(end.date());
        for (Span offset : rule.after()) {
          close(e, end, course, offset, talks, DeadlineKind.RELAPSE_PREVENTION, rule.source().rule(), basis);
        }
      }
    }
  }

  private static void followUps(Evaluation e, CaseEvent end, int course, AfterEnd after, Closers closers) {
    CaseFacts facts = e.facts();
    List<Span> missing = after.missing();
    if (!missing.isEmpty()) {
      String name = facts.municipalityName();
      LocalDate ended = end.date();
      if (after.municipal().isEmpty()) {
        e.finding(facts.rules().followUpRule(), x -> x.message("finding.noFollowUp", name, ended, dues(x, missing, ended)));
      } else {
        List<Span> stated = after.stated();
        e.finding(after.municipal().get(0).source().rule(), x -> x.message("finding.followUpSchedule", name,
            x.list(stated.stream().map(x::span).toList()), ended, dues(x, missing, ended)));
      }
    }
    List<Offset> offsets = inDateOrder(after.followUps(), end.date());
    LegalReference basis = FOLLOW_UP.inForceOn(end.date());
    for (int i = 0; i < offsets.size(); i++) {
      Offset offset = offsets.get(i);
      close(e, end, course, offset.offset(), closers, DeadlineKind.FOLLOW_UP, offset.rule(), basis);
    }
  }

  /** The follow-ups the law requires and the standard omits, each with its due date after {@code ended}. */
  private static String dues(Explainer x, List<Span> missing, LocalDate ended) {
    return x.list(missing.stream().map(o -> x.message("followUp.due", x.span(o), due(o, ended))).toList());
  }

  /** The follow-ups by the date each falls due after {@code ended}, those due on one date in the order given. */
  private static List<Offset> inDateOrder(List<Offset> offsets, LocalDate ended) {
    for (int i = 1; i < offsets.size(); i++) {
      Span earlier = offsets.get(i - 1).offset();
      Span later = offsets.get(i).offset();
      boolean outOfOrder = earlier.unit() == later.unit() ? later.exactly() < earlier.exactly()
          : due(later, ended).isBefore(due(earlier, ended));
      if (outOfOrder) {
        return offsets.stream().sorted(Comparator.comparing((Offset o) -> due(o.offset(), ended))).toList();
      }
    }
    return offsets;
  }

  private static LocalDate due(Span offset, LocalDate ended) {
    return offset.unit().addTo(ended, offset.exactly());
  }

  /** The deadline {@code offset} after {@code end}, closed by the first unused closing event after the end. */
  private static void close(Evaluation e, CaseEvent end, int course, Span offset, Closers closers, DeadlineKind kind,
      String rule, LegalReference basis) {
    LocalDate due = due(offset, end.date());
    LocalDate closedBy = closers.takeAfter(end.date());
    e.add(Deadline.dated(kind, course, rule, basis, end.date(), due, closedBy, e.facts().byDates(due, closedBy), offset));
  }

  /**
   * Closing events in date order, each used at most once. The ends are visited in date order, so
   * an event passed over for one end can close nothing later: one pointer suffices.
   */
  private static final class Closers {
    /** No closing events: it closes nothing and never changes, so one serves every report. */
    private static final Closers NONE = new Closers(null, null, 0);

    private final CaseFacts facts;
    private final EventType type;
    private final int count;
    private int next;

    private Closers(CaseFacts facts, EventType type, int count) {
      this.facts = facts;
      this.type = type;
      this.count = count;
    }

    static Closers of(CaseFacts facts, EventType type) {
      int count = facts.count(type);
      return count == 0 ? NONE : new Closers(facts, type, count);
    }

    /** The date of the first unused event after {@code date}, now used; null where there is none. */
    LocalDate takeAfter(LocalDate date) {
      while (next < count && !facts.event(type, next).date().isAfter(date)) {
        next++;
      }
      return next < count ? facts.event(type, next++).date() : null;
    }
  }
}
