package dk.kvalitetsstandard.deadline;

import dk.kvalitetsstandard.cases.CaseEvent;
import dk.kvalitetsstandard.cases.EventType;
import dk.kvalitetsstandard.law.HealthComplaintBody;
import dk.kvalitetsstandard.law.NationalFloor.Claim;
import dk.kvalitetsstandard.law.NationalFloor.LimitTerm;
import dk.kvalitetsstandard.law.NationalFloor.Resolution;
import dk.kvalitetsstandard.law.NationalFloor;
import dk.kvalitetsstandard.law.NationalRule;
import dk.kvalitetsstandard.law.Span;
import dk.kvalitetsstandard.standard.ComplaintRoute;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import dk.kvalitetsstandard.standard.DeadlineKind;
import dk.kvalitetsstandard.standard.DeadlineRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Complaints and their reconsideration (NAT-C1 to NAT-C5), each belonging to the course in which
 * the decision was received. One complaint limit per adverse decision: for social treatment the
 * citizen's 4 weeks counted as D0-5 (a municipal limit may only be longer), closed by the first
 * complaint after the decision and {@code LAPSED} when none came in time; no limit for anonymous
 * treatment (not appealable), case handling or the health-professional part, with the body to
 * complain to. One reconsideration per complaint that an adverse decision on social treatment
 * precedes, whatever other decisions lie between: 4 weeks counted as D0-5 (a municipal limit may
 * only be shorter), closed by the next reconsideration not yet used.
 */
final class ComplaintEvaluator implements Evaluator {

  @Override
  public void evaluate(Evaluation e) {
    CaseFacts facts = e.facts();
    List<CaseEvent> complaints = facts.all(EventType.COMPLAINT);
    for (CaseEvent decision : facts.all(EventType.DECISION_RECEIVED)) {
      if (decision.outcome().map(o -> o.isAdverse()).orElse(false)) {
        complaintLimit(e, decision, complaints);
      }
    }
    reconsiderations(e, complaints);
  }

  private static void complaintLimit(Evaluation e, CaseEvent decision, List<CaseEvent> complaints) {
    CaseFacts facts = e.facts();
    LocalDate received = decision.date();
    int course = facts.courseAt(received);
    Optional<ComplaintRoute> route = facts.rules().route(decision.subject().orElseThrow());
    switch (decision.subject().orElseThrow()) {
      case SOCIAL_TREATMENT -> {
        LimitTerm term = NationalFloor.COMPLAINT_LIMIT;
        Optional<Claim> text = route.flatMap(c -> c.limit().map(l -> new Claim(c.source().rule(),
            Optional.of(e.procedural(received, l)))));
        Resolution resolved = resolve(e, NationalFloor.Favours.LATER, term, received, text, route.flatMap(ComplaintRoute::limit));
        LocalDate due = resolved.due().orElseThrow();
        LocalDate closedBy = CaseFacts.firstOnOrAfter(complaints, received).orElse(null);
        Status status = facts.byDates(due, closedBy) == Status.BREACHED ? Status.LAPSED : facts.byDates(due, closedBy);
        e.add(Draft.dated(DeadlineKind.COMPLAINT, course, resolved.rule(), term.basis(received), received, due, closedBy, status,
            term.limit()));
      }
      case ANONYMOUS_TREATMENT -> e.add(Draft.notApplicable(DeadlineKind.COMPLAINT, course, NationalRule.NAT_A4.id(),
          NationalRule.NAT_A4.provision().orElseThrow().current(), received, Reason.NOT_APPEALABLE, null));
      case CASE_HANDLING -> e.add(Draft.notApplicable(DeadlineKind.COMPLAINT, course,
          route.map(c -> c.source().rule()).orElse(NationalRule.NAT_C4.id()), null, received, Reason.CASE_HANDLING,
          route.map(ComplaintRoute::body).orElse(e.explainer().message("theMunicipality", facts.municipalityName()))));
      case HEALTH_TREATMENT -> {
        // NAT-C3: the health-professional part goes to the body that handles such complaints now, whatever name the text uses.
        String body = HealthComplaintBody.CURRENT;
        boolean textAgrees = route.map(c -> HealthComplaintBody.isCurrent(c.body())).orElse(false);
        String detail = route.filter(c -> !textAgrees).map(c -> e.explainer().message("body.renamed", body, c.body()))
            .orElse(body);
        e.add(Draft.notApplicable(DeadlineKind.COMPLAINT, course, textAgrees ? route.get().source().rule()
            : NationalRule.NAT_C3.id(), null, received, Reason.HEALTH, detail));
      }
    }
  }

  private static void reconsiderations(Evaluation e, List<CaseEvent> complaints) {
    CaseFacts facts = e.facts();
    List<CaseEvent> decisions = new ArrayList<>(2);
    for (CaseEvent d : facts.all(EventType.DECISION_RECEIVED)) {
      if (d.subject().orElse(null) == ComplaintSubject.SOCIAL_TREATMENT && d.outcome().map(o -> o.isAdverse()).orElse(false)) {
        decisions.add(d);
      }
    }
    List<CaseEvent> reconsidered = facts.all(EventType.RECONSIDERED);
    Optional<DeadlineRule> municipal = facts.deadlineRule(DeadlineKind.RECONSIDERATION);
    LimitTerm term = NationalFloor.RECONSIDERATION_LIMIT;
    int decision = -1;
    int next = 0;
    for (CaseEvent complaint : complaints) {
      LocalDate made = complaint.date();
      while (decision + 1 < decisions.size() && !decisions.get(decision + 1).date().isAfter(made)) {
        decision++;
      }
      if (decision < 0) {
        continue;
      }
      Optional<Claim> text = municipal.map(r -> new Claim(r.source().rule(), Optional.of(e.procedural(made, r.limit()))));
      Resolution resolved = resolve(e, NationalFloor.Favours.EARLIER, term, made, text, municipal.map(DeadlineRule::limit));
      while (next < reconsidered.size() && reconsidered.get(next).date().isBefore(made)) {
        next++;
      }
      LocalDate closedBy = next < reconsidered.size() ? reconsidered.get(next++).date() : null;
      LocalDate due = resolved.due().orElseThrow();
      e.add(Draft.dated(DeadlineKind.RECONSIDERATION, facts.courseAt(decisions.get(decision).date()), resolved.rule(),
          term.basis(made), made, due, closedBy, facts.byDates(due, closedBy), term.limit()));
    }
  }

  /** The law's limit against the text's, with a finding where the text alone would give the citizen less. */
  private static Resolution resolve(Evaluation e, NationalFloor.Favours favours, LimitTerm term, LocalDate from,
      Optional<Claim> text, Optional<Span> textLimit) {
    LocalDate lawDue = e.procedural(from, term.limit());
    Resolution resolved = NationalFloor.resolve(favours, new Claim(term.rule().id(), Optional.of(lawDue)), text);
    if (resolved.lawOverridesText()) {
      e.finding(text.orElseThrow().rule(), "finding.limit", e.facts().municipalityName(), e.explainer().span(textLimit.orElseThrow()),
          e.explainer().date(text.get().due().orElseThrow()), e.explainer().span(term.limit()), e.explainer().date(lawDue));
    }
    return resolved;
  }
}
