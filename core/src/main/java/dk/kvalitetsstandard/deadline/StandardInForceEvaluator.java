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
      String name = facts.municipalityName();
      LocalDate to = facts.standard().validity().to().orElseThrow();
      e.finding(NationalRule.NAT_Q2.id(), x -> x.message("finding.expired", name, to, first));
    } else if (facts.inForce() == InForce.NOT_YET_IN_FORCE) {
      String name = facts.municipalityName();
      LocalDate from = facts.standard().validity().from().orElseThrow();
      e.finding(NationalRule.NAT_Q2.id(), x -> x.message("finding.notYetInForce", name, from, first));
    }
  }
}
