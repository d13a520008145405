package dk.kvalitetsstandard.deadline;

import dk.kvalitetsstandard.law.NationalRule;
import dk.kvalitetsstandard.registry.InForce;
import java.time.LocalDate;

/**
 * NAT-Q2: a finding where the standard applied was not in force when the case began, because it
 * had expired (it is still the municipality's latest description of its practice) or had not yet
 * come into force. It adds no deadline.
 */
final class StandardInForceEvaluator implements Evaluator {

  @Override
  public void evaluate(Evaluation e) {
    CaseFacts facts = e.facts();
    LocalDate first = facts.caseFile().firstEventDate().orElse(facts.asOf());
    if (facts.inForce() == InForce.EXPIRED) {
      e.finding(NationalRule.NAT_Q2.id(), "finding.expired", facts.municipalityName(),
          e.explainer().date(facts.standard().validity().to().orElseThrow()), e.explainer().date(first));
    } else if (facts.inForce() == InForce.NOT_YET_IN_FORCE) {
      e.finding(NationalRule.NAT_Q2.id(), "finding.notYetInForce", facts.municipalityName(),
          e.explainer().date(facts.standard().validity().from().orElseThrow()), e.explainer().date(first));
    }
  }
}
