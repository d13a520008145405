package dk.kvalitetsstandard.examples.property;

import dk.kvalitetsstandard.conformance.property.NamedCheck;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/** The one adapter between the conformance kit's named checks and JUnit Jupiter: one container per standard, one test per law. */
public final class LawTests {

  private LawTests() {}

  /** A container per group (standard), in the order the groups come, holding one dynamic test per check. */
  public static Stream<DynamicNode> byStandard(Stream<NamedCheck> checks) {
    Map<String, List<NamedCheck>> groups = checks.collect(Collectors.groupingBy(NamedCheck::group, LinkedHashMap::new,
        Collectors.toList()));
    return groups.entrySet().stream().map(group -> DynamicContainer.dynamicContainer(group.getKey(),
        group.getValue().stream().map(check -> DynamicTest.dynamicTest(check.name(), check::run))));
  }
}
