package dk.kvalitetsstandard.examples.deadline;

import dk.kvalitetsstandard.conformance.Laws;
import dk.kvalitetsstandard.conformance.property.ForAll;
import dk.kvalitetsstandard.examples.property.LawTests;
import dk.kvalitetsstandard.registry.StandardRegistry;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The deadline laws over 300 generated case histories of one to five courses for each of the five
 * standards, one test per law and standard: order independence, MET exactly when closed in time
 * (D0-1), monotone in asOf, the national floor for the guarantee, the follow-ups, the complaint
 * limit and the reconsideration (NAT-G1, NAT-U1, NAT-C1, NAT-C5), a guarantee that never moves and
 * a complaint limit on a working day (D0-3, D0-5), an earlier start that never turns MET into
 * BREACHED, no follow-up after death (NAT-U1), JSON round trips, one guarantee per course, nothing
 * open past a course's end, and later courses that never change earlier ones (D0-7). Replay a
 * failure with {@code -Dkvalitetsstandard.seed=<seed>}.
 */
class DeadlinePropertiesTest {

  @TestFactory
  Stream<DynamicNode> deadlineLaws() {
    return LawTests.byStandard(Laws.of(StandardRegistry.defaultRegistry()).withSettings(ForAll.settings().tries(300)).deadlines());
  }
}
