package dk.kvalitetsstandard.conformance;

import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Everything the conformance kit found for one plug-in: the plug-in's problems (registration,
 * discovery, validation, rule IDs), the standard's checklist and floor findings, and the property
 * failures, each with its seed and shrunk case. A plug-in passes when it has no problem and no
 * failure; floor findings are information about the standard, not failures of the plug-in.
 *
 * <p>This class is immutable and thread-safe.
 */
/* Derived values are written for readers and ignored when read back. */
@com.fasterxml.jackson.annotation.JsonIgnoreProperties(value = {"passes"}, allowGetters = true)
@Value.Immutable
@JsonSerialize(as = ImmutableConformanceReport.class)
@JsonDeserialize(as = ImmutableConformanceReport.class)
public abstract class ConformanceReport {

  /** {@return the provider class's fully qualified name} */
  public abstract String provider();

  /** {@return the plug-in's problems, as {@link PluginCheck#problems()} gives them; empty if none} */
  public abstract List<String> pluginProblems();

  /** {@return the standard's checklist and floor findings} */
  public abstract StandardCheck standard();

  /** {@return the property failures, each naming the property, the seed and the shrunk case} */
  public abstract List<String> propertyFailures();

  /** {@return true if the plug-in has no problem and every property holds} */
  @Value.Derived
  public boolean passes() {
    return pluginProblems().isEmpty() && propertyFailures().isEmpty();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConformanceReport}. */
  public static class Builder extends ImmutableConformanceReport.Builder {}

  /**
   * Checks that the plug-in passes, throwing if it does not.
   *
   * @throws AssertionError if the plug-in does not pass, naming every problem and failure
   */
  public void assertPasses() {
    if (!passes()) {
      throw new AssertionError("The plug-in " + provider() + " does not pass the conformance kit:\n  - "
          + String.join("\n  - ", pluginProblems()) + (propertyFailures().isEmpty() ? "" : "\n" + String.join("\n", propertyFailures())));
    }
  }
}
