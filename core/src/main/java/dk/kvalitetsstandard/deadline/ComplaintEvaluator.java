package dk.kvalitetsstandard.deadline;

import dk.kvalitetsstandard.cases.CaseEvent;
import dk.kvalitetsstandard.cases.EventType;
import dk.kvalitetsstandard.cases.Outcome;
import dk.kvalitetsstandard.deadline.ComplaintGuidance.Kind;
import dk.kvalitetsstandard.law.HealthComplaintBody;
import dk.kvalitetsstandard.law.LegalReference;
import dk.kvalitetsstandard.law.NationalFloor.Claim;
import dk.kvalitetsstandard.law.NationalFloor.LimitTerm;
import dk.kvalitetsstandard.law.NationalFloor.Resolution;
import dk.kvalitetsstandard.law.NationalFloor;
import dk.kvalitetsstandard.law.NationalRule;
import dk.kvalitetsstandard.law.Provisions;
import dk.kvalitetsstandard.law.Span;
import dk.kvalitetsstandard.law.Track;
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
 *
 * <p>Every decision also gets its complaint guidance ({@link ComplaintGuidance}): for an adverse
 * decision on social treatment the same last day as its complaint limit, the route the standard
 * gives (or the municipality), the reconsideration (the shorter of the law's and the standard's)
 * and Ankestyrelsen; for the other subjects what the limit's explanation says; for a decision
 * that grants in full, that none is needed (Forvaltningsloven § 25, stk. 1).
 */
final class ComplaintEvaluator implements Evaluator {

  private static final String ANKESTYRELSEN = "Ankestyrelsen";

  /** NAT-A4: a decision on anonymous treatment cannot be appealed. */
  private static final LegalReference NOT_APPEALABLE = NationalRule.NAT_A4.provision().orElseThrow().current();

  @Override
  public void evaluate(Evaluation e) {
    CaseFacts facts = e.facts();
    int decisions = facts.count(EventType.DECISION_RECEIVED);
    if (decisions == 0) {
      return; // a complaint needs a decision before it, so there is nothing to reconsider either
    }
    for (int i = 0; i < decisions; i++) {
      CaseEvent decision = facts.event(EventType.DECISION_RECEIVED, i);
      ComplaintSubject subject = decision.subject().orElseThrow();
      Outcome outcome = decision.outcome().orElseThrow();
      if (outcome.isAdverse()) {
        complaintLimit(e, decision.date(), subject, outcome);
      } else {
        granted(e, decision.date(), subject, outcome);
      }
    }
    if (facts.count(EventType.COMPLAINT) > 0) {
      reconsiderations(e);
    }
  }

  private static void complaintLimit(Evaluation e, LocalDate received, ComplaintSubject subject, Outcome outcome) {
    CaseFacts facts = e.facts();
    int course = facts.courseAt(received);
    ComplaintRoute route = facts.rules().route(subject);
    switch (subject) {
      case SOCIAL_TREATMENT -> {
        LimitTerm term = NationalFloor.COMPLAINT_LIMIT;
        Span textLimit = route == null ? null : route.limit().orElse(null);
        Claim text = textLimit == null ? null
            : new Claim(route.source().rule(), Optional.of(e.procedural(received, textLimit)));
        Resolution resolved = resolve(e, NationalFloor.Favours.LATER, term, received, text, textLimit);
        LocalDate due = resolved.due().orElseThrow();
        LocalDate closedBy = facts.firstOnOrAfter(EventType.COMPLAINT, received);
        Status byDates = facts.byDates(due, closedBy);
        LegalReference basis = term.basis(received);
        e.add(Deadline.dated(DeadlineKind.COMPLAINT, course, resolved.rule(), basis, received, due, closedBy,
            byDates == Status.BREACHED ? Status.LAPSED : byDates, term.limit()));
        boolean textDecides = text != null && resolved.rule().equals(text.rule());
        Span limit = textDecides ? textLimit : term.limit();
        e.guidance(new ComplaintGuidance(Kind.SOCIAL, received, subject, outcome, course, resolved.rule(),
            route == null ? null : route.source().rule(), basis, socialBody(e, route),
            route == null ? null : route.address().orElse(null),
            route == null ? ANKESTYRELSEN : route.appealTo().orElse(ANKESTYRELSEN),
            due, !due.equals(limit.unit().addTo(received, limit.exactly())), limit, reconsideration(e, received),
            NationalFloor.RECONSIDERATION_LIMIT.basis(received)));
      }
      case ANONYMOUS_TREATMENT -> {
        e.add(Deadline.notApplicable(DeadlineKind.COMPLAINT, course, NationalRule.NAT_A4.id(),
            NOT_APPEALABLE, received, Reason.NOT_APPEALABLE, null));
        e.guidance(otherGuidance(e, received, subject, outcome));
      }
      case CASE_HANDLING -> {
        ComplaintGuidance guidance = otherGuidance(e, received, subject, outcome);
        e.add(Deadline.notApplicable(DeadlineKind.COMPLAINT, course, guidance.rule(), null, received, Reason.CASE_HANDLING,
            guidance.complaintToOrNull()));
        e.guidance(guidance);
      }
      case HEALTH_TREATMENT -> {
        ComplaintGuidance guidance = otherGuidance(e, received, subject, outcome);
        String body = guidance.complaintToOrNull();
        String detail = route != null && !facts.rules().healthRouteIsCurrent()
            ? e.explainer().message("body.renamed", body, route.body()) : body;
        e.add(Deadline.notApplicable(DeadlineKind.COMPLAINT, course, guidance.rule(), null, received, Reason.HEALTH, detail));
        e.guidance(guidance);
      }
    }
  }

  /**
   * The guidance of a decision on anonymous treatment (not appealable, NAT-A4), on the
   * health-professional part (to the body that handles such complaints now, whatever name the
   * standard uses, NAT-C3) or on case handling (no time limit, not Ankestyrelsen, NAT-C4), whatever
   * its outcome: none of them depends on it.
   */
  private static ComplaintGuidance otherGuidance(Evaluation e, LocalDate received, ComplaintSubject subject,
      Outcome outcome) {
    CaseFacts facts = e.facts();
    ComplaintRoute route = facts.rules().route(subject);
    String routeRule = route == null ? null : route.source().rule();
    int course = facts.courseAt(received);
    return switch (subject) {
      case ANONYMOUS_TREATMENT -> ComplaintGuidance.without(Kind.ANONYMOUS, received, subject, outcome, course,
          NationalRule.NAT_A4.id(), routeRule, NOT_APPEALABLE, null, null, null);
      case CASE_HANDLING -> ComplaintGuidance.without(Kind.CASE_HANDLING, received, subject, outcome, course,
          routeRule != null ? routeRule : NationalRule.NAT_C4.id(), routeRule, null, socialBody(e, route),
          route == null ? null : route.address().orElse(null), route == null ? null : route.appealTo().orElse(null));
      case HEALTH_TREATMENT -> {
        boolean textAgrees = facts.rules().healthRouteIsCurrent();
        yield ComplaintGuidance.without(Kind.HEALTH, received, subject, outcome, course,
            textAgrees ? routeRule : NationalRule.NAT_C3.id(), routeRule, healthBasis(facts.track()), HealthComplaintBody.CURRENT,
            textAgrees ? route.address().orElse(null) : null, null);
      }
      case SOCIAL_TREATMENT -> throw new IllegalArgumentException("a decision on social treatment depends on its outcome");
    };
  }

  /**
   * Where a complaint goes first: the standard's route, or the municipality (NAT-C1 for social
   * treatment, NAT-C4 for case handling).
   */
  private static String socialBody(Evaluation e, ComplaintRoute route) {
    return route != null ? route.body() : e.explainer().message("theMunicipality", e.facts().municipalityName());
  }

  /**
   * The municipality's time to reconsider, for the guidance: the standard's where it ends earlier
   * than the law's 4 weeks (NAT-C5), counted from {@code from} as a complaint made that day would be.
   */
  private static Span reconsideration(Evaluation e, LocalDate from) {
    Span law = NationalFloor.RECONSIDERATION_LIMIT.limit();
    DeadlineRule municipal = e.facts().deadlineRule(DeadlineKind.RECONSIDERATION);
    return municipal != null && e.procedural(from, municipal.limit()).isBefore(e.procedural(from, law))
        ? municipal.limit() : law;
  }

  /** The provision of the health-professional treatment a case on {@code track} is about: SUL § 141 for alcohol, else § 142. */
  private static LegalReference healthBasis(Track track) {
    return (track == Track.ALCOHOL ? Provisions.ALCOHOL_TREATMENT : Provisions.MEDICAL_TREATMENT).current();
  }

  /**
   * The guidance of a decision that grants in full. On social treatment it needs no complaint
   * guidance (Forvaltningsloven § 25, stk. 1); on the other subjects the guidance does not depend on
   * the outcome.
   */
  private static void granted(Evaluation e, LocalDate received, ComplaintSubject subject, Outcome outcome) {
    if (subject != ComplaintSubject.SOCIAL_TREATMENT) {
      e.guidance(otherGuidance(e, received, subject, outcome));
      return;
    }
    CaseFacts facts = e.facts();
    ComplaintRoute route = facts.rules().route(subject);
    String routeRule = route == null ? null : route.source().rule();
    e.guidance(ComplaintGuidance.without(Kind.GRANTED, received, subject, outcome, facts.courseAt(received),
        routeRule != null ? routeRule : NationalRule.NAT_C1.id(), routeRule, Provisions.COMPLAINT_GUIDANCE.current(), null, null,
        null));
  }

  private static void reconsiderations(Evaluation e) {
    CaseFacts facts = e.facts();
    List<CaseEvent> decisions = new ArrayList<>(2);
    for (int i = 0; i < facts.count(EventType.DECISION_RECEIVED); i++) {
      CaseEvent d = facts.event(EventType.DECISION_RECEIVED, i);
      if (d.subject().orElseThrow() == ComplaintSubject.SOCIAL_TREATMENT && d.outcome().orElseThrow().isAdverse()) {
        decisions.add(d);
      }
    }
    int reconsidered = facts.count(EventType.RECONSIDERED);
    DeadlineRule municipal = facts.deadlineRule(DeadlineKind.RECONSIDERATION);
    LimitTerm term = NationalFloor.RECONSIDERATION_LIMIT;
    int decision = -1;
    int next = 0;
    for (int c = 0; c < facts.count(EventType.COMPLAINT); c++) {
      LocalDate made = facts.event(EventType.COMPLAINT, c).date();
      while (decision + 1 < decisions.size() && !decisions.get(decision + 1).date().isAfter(made)) {
        decision++;
      }
      if (decision < 0) {
        continue;
      }
      Span textLimit = municipal == null ? null : municipal.limit();
      Claim text = municipal == null ? null
          : new Claim(municipal.source().rule(), Optional.of(e.procedural(made, textLimit)));
      Resolution resolved = resolve(e, NationalFloor.Favours.EARLIER, term, made, text, textLimit);
      while (next < reconsidered && facts.event(EventType.RECONSIDERED, next).date().isBefore(made)) {
        next++;
      }
      LocalDate closedBy = next < reconsidered ? facts.event(EventType.RECONSIDERED, next++).date() : null;
      LocalDate due = resolved.due().orElseThrow();
      e.add(Deadline.dated(DeadlineKind.RECONSIDERATION, facts.courseAt(decisions.get(decision).date()), resolved.rule(),
          term.basis(made), made, due, closedBy, facts.byDates(due, closedBy), term.limit()));
    }
  }

  /**
   * The law's limit against the text's ({@code text}, null where the standard states none, with its
   * limit {@code textLimit}), with a finding where the text alone would give the citizen less.
   */
  private static Resolution resolve(Evaluation e, NationalFloor.Favours favours, LimitTerm term, LocalDate from,
      Claim text, Span textLimit) {
    LocalDate lawDue = e.procedural(from, term.limit());
    Resolution resolved = NationalFloor.resolve(favours, new Claim(term.rule().id(), Optional.of(lawDue)),
        Optional.ofNullable(text));
    if (resolved.lawOverridesText()) {
      String name = e.facts().municipalityName();
      LocalDate textDue = text.due().orElseThrow();
      Span limit = term.limit();
      e.finding(text.rule(), x -> x.message("finding.limit", name, x.span(textLimit), textDue, x.span(limit), lawDue));
    }
    return resolved;
  }
}
