package dk.kvalitetsstandard.conformance.property;

import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.util.List;
import java.util.Objects;

/**
 * One deliberate change to a standard, for checking a checker: what was changed, the rule a
 * finding about it should name, whether the change gives the citizen less than the law, the
 * standard before and after, and the changed element as JSON.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StandardMutation {

  private final String name;
  private final String rule;
  private final boolean belowLaw;
  private final QualityStandard original;
  private final QualityStandard standard;
  private final String changed;

  StandardMutation(String name, String rule, boolean belowLaw, QualityStandard original, QualityStandard standard,
      String changed) {
    this.name = Objects.requireNonNull(name, "name");
    this.rule = Objects.requireNonNull(rule, "rule");
    this.belowLaw = belowLaw;
    this.original = Objects.requireNonNull(original, "original");
    this.standard = Objects.requireNonNull(standard, "standard");
    this.changed = Objects.requireNonNull(changed, "changed");
  }

  /** {@return what was changed, for example "RAN-G1: a guarantee of 21 days"} */
  public String name() {
    return name;
  }

  /** {@return the ID of the changed element's rule: the rule a finding about the change should name} */
  public String rule() {
    return rule;
  }

  /**
   * Whether the change gives the citizen less than the law (a longer guarantee, a later clock, a
   * follow-up dropped, …), so that a check of the standard against the law should find it; false
   * for a change that gives as much or more (a shorter guarantee, a longer complaint limit).
   *
   * @return whether a checker should report it
   */
  public boolean belowLaw() {
    return belowLaw;
  }

  /** {@return the standard before the change} */
  public QualityStandard original() {
    return original;
  }

  /** {@return the standard after the change} */
  public QualityStandard standard() {
    return standard;
  }

  /** {@return the changed element after the change, as JSON} */
  public String changed() {
    return changed;
  }

  /**
   * A registry of the changed standard alone, to run cases and questions against it.
   *
   * @return a new registry
   */
  public StandardRegistry registry() {
    return StandardRegistry.of(List.of(() -> standard));
  }

  @Override
  public String toString() {
    return name + (belowLaw ? " (below the law)" : " (as good as the law or better)");
  }
}
