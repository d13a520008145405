package dk.kvalitetsstandard.deadline;

import dk.kvalitetsstandard.cases.CaseEvent;
import dk.kvalitetsstandard.law.NationalFloor.Claim;
import dk.kvalitetsstandard.law.NationalFloor.GuaranteeTerm;
import dk.kvalitetsstandard.law.NationalFloor.Resolution;
import dk.kvalitetsstandard.law.NationalFloor;
import dk.kvalitetsstandard.law.LegalReference;
import dk.kvalitetsstandard.law.NationalRule;
import dk.kvalitetsstandard.standard.DeadlineKind;
import dk.kvalitetsstandard.standard.GuaranteeRule;
import dk.kvalitetsstandard.standard.MinorsRule;
import dk.kvalitetsstandard.standard.OfferKind;
import java.time.LocalDate;
import java.util.List;
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
  /** NAT-G3: anonymous treatment has no guarantee. */
  private static final LegalReference ANONYMOUS = NationalRule.NAT_G3.provision().orElseThrow().current();

  @Override
  public void evaluate(Evaluation e) {
    CaseFacts facts = e.facts();
    Optional<GuaranteeTerm> term = NationalFloor.guarantee(facts.track());
    boolean anyRequest = false;
    List<Course> courses = facts.courses();
    for (int i = 0; i < courses.size(); i++) {
      Course course = courses.get(i);
      if (course.hasContact()) {
        anyRequest = true;
        e.add(term.isPresent() ? guarantee(e, course, term.get()) : anonymous(course.number()));
      }
    }
    if (!anyRequest && term.isPresent()) {
      GuaranteeRule text = municipal(facts, null);
      e.add(Deadline.notStarted(KIND, 1, text != null ? text.source().rule() : term.get().rule().id(),
          facts.track().guarantee().current(), term.get().length()));
    } else if (!anyRequest) {
      e.add(anonymous(1));
    }
  }

  private static Deadline anonymous(int course) {
    return Deadline.notApplicable(KIND, course, NationalRule.NAT_G3.id(), ANONYMOUS,
        null, Reason.ANONYMOUS_GUARANTEE, null);
  }

  /** The municipal guarantee that speaks of this course; null where none does (see the class comment). */
  private static GuaranteeRule municipal(CaseFacts facts, Course course) {
    List<GuaranteeRule> guarantees = facts.rules().guarantees();
    for (int i = 0; i < guarantees.size(); i++) {
      GuaranteeRule g = guarantees.get(i);
      boolean minorLeftOut = g.minors() == MinorsRule.NOT_COVERED && facts.minor();
      boolean offerLeftOut = course != null && course.startedInOneOf(g.notCovering());
      if (!minorLeftOut && !offerLeftOut) {
        return g;
      }
    }
    return null;
  }

  private static Deadline guarantee(Evaluation e, Course course, GuaranteeTerm term) {
    CaseFacts facts = e.facts();
    GuaranteeRule text = municipal(facts, course);
    excludedOffer(e, course);
    LocalDate lawStart = course.firstContact(term::startsClock);
    LocalDate textStart = text == null ? null : course.firstContact(text.clockStart()::startsOn);
    LocalDate textDue = textStart == null ? null : textStart.plusDays(text.days());
    Claim national = new Claim(term.rule().id(), Optional.ofNullable(lawStart == null ? null : term.dueFrom(lawStart)));
    Resolution resolved = NationalFloor.resolve(NationalFloor.Favours.EARLIER, national,
        text == null ? Optional.empty() : Optional.of(new Claim(text.source().rule(), Optional.ofNullable(textDue))));
    if (resolved.due().isEmpty()) {
      return Deadline.notStarted(KIND, course.number(), resolved.rule(), facts.track().guarantee().current(), term.length());
    }
    boolean textDecides = text != null && resolved.rule().equals(text.source().rule());
    LocalDate start = textDecides ? textStart : lawStart;
    LocalDate due = resolved.due().get();
    if (resolved.lawOverridesText()) {
      LocalDate lawDue = national.due().get();
      String name = facts.municipalityName();
      String clock = "clock." + text.clockStart();
      e.finding(text.clockRule().rule(), x -> x.message("finding.clock", name, x.message(clock),
          textStart != null ? x.message("clock.textDates", textStart, textDue) : x.message("clock.textNotYet"),
          lawStart, lawDue));
    }
    LocalDate started = course.startDate();
    LocalDate closedBy = started != null && !started.isBefore(start) ? started : null;
    Deadline draft = Deadline.dated(KIND, course.number(), resolved.rule(), term.basis(start, facts.minor()), start, due, closedBy,
        facts.byDates(due, closedBy), term.length(), textDue);
    return exceptions(e, course, term, text, draft);
  }

  /** GEN-G2: the municipal text leaves the offer this course started in outside its guarantee. */
  private static void excludedOffer(Evaluation e, Course course) {
    CaseFacts facts = e.facts();
    if (course.startedIn() == null) {
      return;
    }
    List<GuaranteeRule> guarantees = facts.rules().guarantees();
    for (int i = 0; i < guarantees.size(); i++) {
      GuaranteeRule g = guarantees.get(i);
      if (course.startedInOneOf(g.notCovering())) {
        String name = facts.municipalityName();
        OfferKind kind = course.startedIn();
        String number = String.valueOf(course.number());
        e.finding(g.notCoveringRule().rule(), x -> x.message("finding.notCovering", name, x.offerKind(kind), number));
        return;
      }
    }
  }

  private static Deadline exceptions(Evaluation e, Course course, GuaranteeTerm term, GuaranteeRule text, Deadline draft) {
    CaseFacts facts = e.facts();
    if (facts.minor() && text != null && text.minors() == MinorsRule.NEEDS_DECISION) {
      String rule = text.minorsRule().rule();
      CaseEvent decision = course.minorDecision();
      if (decision == null) {
        return draft.decidedBy(rule).because(Status.NEEDS_DECISION, Reason.MINOR_UNDECIDED, null);
      }
      if (!decision.granted().orElse(false)) {
        return draft.decidedBy(rule)
            .because(Status.NOT_APPLICABLE, Reason.MINOR_REFUSED, decision.date());
      }
    }
    if (draft.status() == Status.MET) {
      return draft;
    }
    LocalDate choice = course.firstFreeChoiceBy(draft.dueOrNull());
    if (choice == null) {
      return exceptionsAfterChoice(e, course, draft);
    }
    if (term.freeChoiceWaiver().isPresent()) {
      NationalFloor.Waiver waiver = term.freeChoiceWaiver().get();
      return draft.decidedBy(waiver.rule().id(), waiver.basis())
          .because(Status.WAIVED, Reason.FREE_CHOICE, choice);
    }
    if (text != null && text.freeChoiceWaiver().isPresent()) {
      // The text would set the guarantee aside where the law does not (ODS-G3 on the alcohol track): the law decides.
      String name = facts.municipalityName();
      String citation = draft.legalBasisOrNull();
      e.finding(text.freeChoiceWaiver().get().rule(), x -> x.message("finding.waiverWithoutBasis", name, choice, citation));
      return exceptionsAfterChoice(e, course, draft.decidedBy(term.rule().id()));
    }
    return exceptionsAfterChoice(e, course, draft);
  }

  /** A refusal, or a course that closed before treatment started, each on or before the due date. */
  private static Deadline exceptionsAfterChoice(Evaluation e, Course course, Deadline draft) {
    CaseEvent refusal = course.refusal();
    if (refusal != null && !refusal.date().isAfter(draft.dueOrNull())) {
      return draft.because(Status.NOT_APPLICABLE, Reason.REFUSED, refusal.date());
    }
    CaseEvent end = course.end();
    if (course.startDate() == null && end != null && !end.date().isAfter(draft.dueOrNull())) {
      return draft.because(Status.NOT_APPLICABLE, Reason.COURSE_ENDED, end.date());
    }
    return draft;
  }
}
