package dk.kvalitetsstandard.deadline;

import dk.kvalitetsstandard.cases.CaseEvent;
import dk.kvalitetsstandard.law.NationalFloor.Claim;
import dk.kvalitetsstandard.law.NationalFloor.GuaranteeTerm;
import dk.kvalitetsstandard.law.NationalFloor.Resolution;
import dk.kvalitetsstandard.law.NationalFloor;
import dk.kvalitetsstandard.law.NationalRule;
import dk.kvalitetsstandard.standard.DeadlineKind;
import dk.kvalitetsstandard.standard.GuaranteeRule;
import dk.kvalitetsstandard.standard.MinorsRule;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The treatment guarantee, one per course with a request (NAT-G1, NAT-G4, NAT-G5, D0-7): the
 * law's 14 days from the first personal contact and the municipal text's clock, resolved by
 * {@link NationalFloor#resolve}, closed by the course's first start, and then the exceptions in
 * order: a minor awaiting the authority's decision (RAN-G2), a free choice (NAT-G2, SUL § 142,
 * stk. 8; none on the alcohol track), a refusal, a course that closed before treatment started.
 *
 * <p>Readings: a guarantee met in time stays {@code MET} even if the citizen also chose another
 * provider before the due date; a free choice waives only a guarantee not met. A municipal rule
 * that does not speak of the case (GEN-G1 for a minor, GEN-G2 for a course started in day or
 * residential treatment) leaves the law's guarantee alone in force (NAT-X1); GEN-G2 is reported.
 */
final class GuaranteeEvaluator implements Evaluator {

  private static final DeadlineKind KIND = DeadlineKind.TREATMENT_GUARANTEE;

  @Override
  public void evaluate(Evaluation e) {
    CaseFacts facts = e.facts();
    Optional<GuaranteeTerm> term = NationalFloor.guarantee(facts.track());
    boolean anyRequest = false;
    for (Course course : facts.courses()) {
      if (!course.contacts().isEmpty()) {
        anyRequest = true;
        e.add(term.isPresent() ? guarantee(e, course, term.get()) : anonymous(course.number()));
      }
    }
    if (!anyRequest) {
      e.add(term.map(t -> Draft.notStarted(KIND, 1, municipal(facts, null).map(g -> g.source().rule())
          .orElse(t.rule().id()), facts.track().guarantee().current(), t.length())).orElseGet(() -> anonymous(1)));
    }
  }

  private static Draft anonymous(int course) {
    return Draft.notApplicable(KIND, course, NationalRule.NAT_G3.id(), NationalRule.NAT_G3.provision().orElseThrow().current(),
        null, Reason.ANONYMOUS_GUARANTEE, null);
  }

  /** The municipal guarantee that speaks of this course, if any (see the class comment). */
  private static Optional<GuaranteeRule> municipal(CaseFacts facts, Course course) {
    for (GuaranteeRule g : facts.rules().guarantees()) {
      boolean minorLeftOut = g.minors() == MinorsRule.NOT_COVERED && facts.minor();
      boolean offerLeftOut = course != null && course.startedInOneOf(g.notCovering());
      if (!minorLeftOut && !offerLeftOut) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }

  private static Draft guarantee(Evaluation e, Course course, GuaranteeTerm term) {
    CaseFacts facts = e.facts();
    Optional<GuaranteeRule> text = municipal(facts, course);
    excludedOffer(e, course);
    Optional<LocalDate> lawStart = course.firstContact(c -> term.startsClock(c.channel().orElseThrow()));
    Optional<LocalDate> textStart = text.flatMap(g -> course.firstContact(c -> g.clockStart().startsOn(c.channel().orElseThrow())));
    Optional<LocalDate> textDue = text.flatMap(g -> textStart.map(d -> d.plusDays(g.days())));
    Claim national = new Claim(term.rule().id(), lawStart.map(term::dueFrom));
    Resolution resolved = NationalFloor.resolve(NationalFloor.Favours.EARLIER, national,
        text.map(g -> new Claim(g.source().rule(), textDue)));
    if (resolved.due().isEmpty()) {
      return Draft.notStarted(KIND, course.number(), resolved.rule(), facts.track().guarantee().current(), term.length());
    }
    boolean textDecides = text.isPresent() && resolved.rule().equals(text.get().source().rule());
    LocalDate start = textDecides ? textStart.orElseThrow() : lawStart.orElseThrow();
    LocalDate due = resolved.due().get();
    if (resolved.lawOverridesText()) {
      GuaranteeRule g = text.orElseThrow();
      String textDates = textStart.isPresent()
          ? e.explainer().message("clock.textDates", e.explainer().date(textStart.get()), e.explainer().date(textDue.orElseThrow()))
          : e.explainer().message("clock.textNotYet");
      e.finding(g.clockRule().rule(), "finding.clock", facts.municipalityName(), e.explainer().message("clock." + g.clockStart()),
          textDates, e.explainer().date(lawStart.get()), e.explainer().date(national.due().get()));
    }
    LocalDate closedBy = course.start().filter(s -> !s.isBefore(start)).orElse(null);
    Draft draft = Draft.dated(KIND, course.number(), resolved.rule(), term.basis(start, facts.minor()), start, due, closedBy,
        facts.byDates(due, closedBy), term.length()).withStandardDue(textDue.orElse(null));
    return exceptions(e, course, term, text, draft);
  }

  /** GEN-G2: the municipal text leaves the offer this course started in outside its guarantee. */
  private static void excludedOffer(Evaluation e, Course course) {
    CaseFacts facts = e.facts();
    for (GuaranteeRule g : facts.rules().guarantees()) {
      if (course.startedInOneOf(g.notCovering())) {
        e.finding(g.notCoveringRule().rule(), "finding.notCovering", facts.municipalityName(),
            e.explainer().offerKind(course.startedIn().orElseThrow()), String.valueOf(course.number()));
        return;
      }
    }
  }

  private static Draft exceptions(Evaluation e, Course course, GuaranteeTerm term, Optional<GuaranteeRule> text, Draft draft) {
    CaseFacts facts = e.facts();
    if (facts.minor() && text.map(g -> g.minors() == MinorsRule.NEEDS_DECISION).orElse(false)) {
      String rule = text.get().minorsRule().rule();
      Optional<CaseEvent> decision = course.minorDecision();
      if (decision.isEmpty()) {
        return draft.decidedBy(rule, draft.basis()).because(Status.NEEDS_DECISION, Reason.MINOR_UNDECIDED, null);
      }
      if (!decision.get().granted().orElse(false)) {
        return draft.decidedBy(rule, draft.basis())
            .because(Status.NOT_APPLICABLE, Reason.MINOR_REFUSED, e.explainer().date(decision.get().date()));
      }
    }
    if (draft.status() == Status.MET) {
      return draft;
    }
    Optional<LocalDate> choice = course.firstFreeChoiceBy(draft.due());
    if (choice.isPresent() && term.freeChoiceWaiver().isPresent()) {
      NationalFloor.Waiver waiver = term.freeChoiceWaiver().get();
      return draft.decidedBy(waiver.rule().id(), waiver.basis())
          .because(Status.WAIVED, Reason.FREE_CHOICE, e.explainer().date(choice.get()));
    }
    Optional<String> textWaiver = text.flatMap(GuaranteeRule::freeChoiceWaiver).map(w -> w.rule());
    if (choice.isPresent() && textWaiver.isPresent()) {
      // The text would set the guarantee aside where the law does not (ODS-G3 on the alcohol track): the law decides.
      e.finding(textWaiver.get(), "finding.waiverWithoutBasis", facts.municipalityName(), e.explainer().date(choice.get()),
          draft.basis().citation());
      return exceptionsAfterChoice(e, course, draft.decidedBy(term.rule().id(), draft.basis()));
    }
    return exceptionsAfterChoice(e, course, draft);
  }

  /** A refusal, or a course that closed before treatment started, each on or before the due date. */
  private static Draft exceptionsAfterChoice(Evaluation e, Course course, Draft draft) {
    Optional<LocalDate> refused = course.refusal().map(CaseEvent::date).filter(d -> !d.isAfter(draft.due()));
    if (refused.isPresent()) {
      return draft.because(Status.NOT_APPLICABLE, Reason.REFUSED, e.explainer().date(refused.get()));
    }
    Optional<LocalDate> ended = course.end().map(CaseEvent::date).filter(d -> !d.isAfter(draft.due()));
    if (course.start().isEmpty() && ended.isPresent()) {
      return draft.because(Status.NOT_APPLICABLE, Reason.COURSE_ENDED, e.explainer().date(ended.get()));
    }
    return draft;
  }
}
