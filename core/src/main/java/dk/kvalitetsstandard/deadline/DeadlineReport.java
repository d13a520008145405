package dk.kvalitetsstandard.deadline;

import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The deadline report of a case: the municipality, the report date, the standard
 * applied, every deadline ordered by due date (undated ones last), the findings, and the complaint
 * guidance of each decision in the order the decisions were received.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDeadlineReport.class)
@JsonDeserialize(as = ImmutableDeadlineReport.class)
public abstract class DeadlineReport {

  /** The municipality's slug. */
  public abstract String municipality();

  public abstract LocalDate asOf();

  public abstract StandardSummary standard();

  public abstract List<Deadline> deadlines();

  public abstract List<Finding> findings();

  /**
   * The complaint guidance (klagevejledning) of every decision in the case, in the order received;
   * decisions of one day by subject and outcome.
   */
  public abstract List<ComplaintGuidance> complaintGuidance();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeadlineReport}. */
  public static class Builder extends ImmutableDeadlineReport.Builder {}
}
