package dk.kvalitetsstandard.conformance;

import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.questions.ScreeningQuestion;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Where a standard, read literally, gives the citizen less than the law or is out of date: the
 * municipal rule, the national rule it falls below, what is wrong, and a concrete
 * example run through the library that shows the difference.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFloorFinding.class)
@JsonDeserialize(as = ImmutableFloorFinding.class)
public abstract class FloorFinding {

  /**
   * What kind of shortfall a finding is.
   *
   * <p>This enum is immutable and thread-safe.
   */
  public enum Kind {
    /** A guarantee clock that some contact starting the law's clock (D0-6) does not start. */
    CLOCK_STARTS_LATER,
    /** Follow-ups that leave out one the law requires after treatment ends. */
    FOLLOW_UP_OMITTED,
    /** No follow-up at all after treatment ends, where the law requires follow-ups. */
    NO_FOLLOW_UP,
    /** A promise that treatment is offered within the guarantee, where the law requires it to start. */
    PROMISES_OFFER_NOT_START,
    /** An offer's criterion narrower than SEL § 101 a, stk. 1 for anonymous treatment (NAT-A1). */
    NARROWER_CRITERION,
    /** The standard's period of validity ended before the date of the check (NAT-Q2). */
    EXPIRED,
    /**
     * The standard was adopted more than two years before the date of the check, names no revision
     * since and has not expired (NAT-Q2).
     */
    REVISION_OVERDUE,
    /** The standard names no date of adoption (NAT-Q2). */
    NO_ADOPTION_DATE,
    /** The standard states no period of validity (NAT-Q2). */
    NO_VALIDITY,
    /**
     * A citation of an act that has been replaced, or of SEL § 140 for under-18s, whose treatment
     * has been given under Barnets lov since 1 January 2024.
     */
    OUTDATED_REFERENCE,
    /**
     * Complaints about the health-professional part of treatment sent to a body whose tasks have
     * passed to another (NAT-C3).
     */
    FORMER_BODY,
    /** Some of the fifteen required contents are missing (NAT-Q1). */
    MISSING_CONTENTS,
    /** Offers the standard leaves outside its guarantee, which the law's guarantee covers. */
    OFFERS_OUTSIDE_GUARANTEE,
    /** A free choice that sets the guarantee aside on a track where the law makes no such exception. */
    WAIVER_WITHOUT_BASIS,
    /** A guarantee of more days than the law's 14. */
    GUARANTEE_LONGER,
    /** Follow-ups after fewer kinds of ending than the law's four. */
    FOLLOW_UP_NARROWER,
    /** A complaint limit shorter than the law's 4 weeks. */
    COMPLAINT_LIMIT_SHORTER,
    /** A reconsideration limit longer than the law's 4 weeks. */
    RECONSIDERATION_LONGER
  }

  /** {@return what kind of shortfall it is} */
  public abstract Kind kind();

  /** {@return the ID of the municipal rule that falls short} */
  public abstract String rule();

  /** {@return the ID of the national rule it falls below} */
  public abstract String nationalRule();

  /** {@return what is wrong, in English} */
  public abstract String message();

  /** {@return a case whose deadlines show the difference; empty where no case can} */
  public abstract Optional<CaseFile> exampleCase();

  /** {@return a screening question whose answer shows the difference, where a case cannot; else empty} */
  public abstract Optional<ScreeningQuestion> exampleQuestion();

  /**
   * {@return what the library answers for the example, which is the difference itself; empty where
   * there is no example or its answer does not show the difference}
   */
  public abstract Optional<String> difference();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FloorFinding}. */
  public static class Builder extends ImmutableFloorFinding.Builder {}
}
