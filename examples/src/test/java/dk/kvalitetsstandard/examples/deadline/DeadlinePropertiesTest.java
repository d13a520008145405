package dk.kvalitetsstandard.examples.deadline;

import static org.junit.jupiter.api.Assertions.fail;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.conformance.DeadlineProperties;
import dk.kvalitetsstandard.conformance.PropertyCheck;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conformance kit's deadline properties over 300 generated case histories for each of the five
 * standards: order independence, MET exactly when closed in time, monotone in asOf, the guarantee
 * never later than the national one (NAT-G1), complaint limits on working days and never before
 * receipt + 28 days (NAT-C1, D0-5), no follow-up after death (NAT-U1), JSON round trips.
 */
class DeadlinePropertiesTest {

  private static final StandardRegistry REGISTRY = StandardRegistry.defaultRegistry();
  private static final Map<String, PropertyCheck.Property> PROPERTIES =
      DeadlineProperties.of(REGISTRY, PublicHolidays.denmark()).all();

  static Stream<Arguments> standardsAndProperties() {
    return REGISTRY.all().stream().flatMap(s -> PROPERTIES.keySet().stream().map(p -> Arguments.of(s, p)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("standardsAndProperties")
  @DisplayName("Deadline properties hold over generated case histories")
  void holds(QualityStandard standard, String property) {
    PropertyCheck.over(REGISTRY, standard).cases(300).check(property, PROPERTIES.get(property))
        .ifPresent(failure -> fail(failure));
  }
}
