package dk.kvalitetsstandard.audit;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How guarantees are counted in an audit.
 *
 * <p>{@link #LAW} counts every course's guarantee as the deadline engine decides it (D0-7): a new
 * request after a course has ended or been refused opens a new course with its own 14-day
 * guarantee, on every track, the anonymous one included (where the guarantee is
 * {@code NOT_APPLICABLE}, NAT-G3).
 *
 * <p>{@link #REGISTRY} follows the convention of the national drug-treatment register behind
 * Statistics Denmark's table SMDBV004 (D0-8), for figures comparable with the national statistics:
 * a request made 10 days or less after a course ended with a {@code TREATMENT_END} is merged into
 * that course and keeps its original request date, so it is not counted as a guarantee of its own;
 * and anonymous treatment under SEL § 101 a is left out. This is a statistical convention, not the
 * law: under the law the later request has a guarantee of its own.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Counting {
  /** Every course's guarantee, as the law and the engine decide it (D0-7). */
  LAW,
  /** The national register's convention (D0-8): short gaps merged, § 101 a left out. */
  REGISTRY;

  /** The largest gap, in days, between a course's end and a new request that the register merges into it (D0-8). */
  public static final int REGISTRY_MERGE_DAYS = 10;

  /** {@return the name as the command line and the JSON form write it: {@code law} or {@code registry}} */
  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Finds the counting with a given name.
   *
   * @param label the name, {@code law} or {@code registry}, in any case
   * @return the counting named {@code label}
   * @throws IllegalArgumentException for any other name, null included
   */
  public static Counting of(String label) {
    for (Counting counting : values()) {
      if (counting.label().equalsIgnoreCase(label)) {
        return counting;
      }
    }
    throw new IllegalArgumentException("counting is law or registry, not '" + label + "'");
  }
}
