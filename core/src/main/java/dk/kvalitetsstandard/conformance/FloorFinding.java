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
 * example run through the library that shows the difference. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFloorFinding.class)
@JsonDeserialize(as = ImmutableFloorFinding.class)
public abstract class FloorFinding {

  /** What kind of shortfall it is. */
  public enum Kind {
    CLOCK_STARTS_LATER, FOLLOW_UP_OMITTED, NO_FOLLOW_UP, PROMISES_OFFER_NOT_START, NARROWER_CRITERION,
    EXPIRED, REVISION_OVERDUE, NO_ADOPTION_DATE, NO_VALIDITY, OUTDATED_REFERENCE, FORMER_BODY, MISSING_CONTENTS,
    OFFERS_OUTSIDE_GUARANTEE, WAIVER_WITHOUT_BASIS,
    /** A guarantee of more days than the law's 14. */
    GUARANTEE_LONGER,
    /** Follow-ups after fewer kinds of ending than the law's four. */
    FOLLOW_UP_NARROWER,
    /** A complaint limit shorter than the law's 4 weeks. */
    COMPLAINT_LIMIT_SHORTER,
    /** A reconsideration limit longer than the law's 4 weeks. */
    RECONSIDERATION_LONGER
  }

  public abstract Kind kind();

  /** The municipal rule that falls short. */
  public abstract String rule();

  /** The national rule it falls below. */
  public abstract String nationalRule();

  /** What is wrong, in English. */
  public abstract String message();

  /** A case whose deadlines show the difference, where one can. */
  public abstract Optional<CaseFile> exampleCase();

  /** A screening question whose answer shows the difference, where a case cannot. */
  public abstract Optional<ScreeningQuestion> exampleQuestion();

  /** What the library answers for the example: the difference itself. */
  public abstract Optional<String> difference();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FloorFinding}. */
  public static class Builder extends ImmutableFloorFinding.Builder {}
}
