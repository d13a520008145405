package dk.kvalitetsstandard.examples.conformance;

import dk.kvalitetsstandard.conformance.Laws;
import dk.kvalitetsstandard.conformance.property.ForAll;
import dk.kvalitetsstandard.examples.property.LawTests;
import dk.kvalitetsstandard.registry.StandardRegistry;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The laws of the check against the law for each of the five standards: every finding's example
 * shows the difference it states, for the standard and every mutation of it; every mutation that
 * gives the citizen less than the law is found (a guarantee of 21 days, a clock at in-person
 * attendance, a follow-up dropped, a complaint limit of 2 weeks, …) and none that gives as much;
 * and whatever a mutated standard says, the engine keeps to the national floor over 200 generated
 * cases.
 */
class StandardPropertiesTest {

  @TestFactory
  Stream<DynamicNode> checkerLaws() {
    return LawTests.byStandard(Laws.of(StandardRegistry.defaultRegistry()).withSettings(ForAll.settings().tries(200))
        .alsoCheckedOn(LocalDate.of(2026, 11, 23)).standards());
  }
}
