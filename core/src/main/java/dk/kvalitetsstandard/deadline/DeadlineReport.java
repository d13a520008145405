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

  /** {@return the slug of the municipality whose standard was applied} */
  @Value.Parameter
  public abstract String municipality();

  /** {@return the report date: the case's {@code asOf}, on which every status is taken} */
  @Value.Parameter
  public abstract LocalDate asOf();

  /** {@return the standard applied} */
  @Value.Parameter
  public abstract StandardSummary standard();

  /** {@return every deadline of the case, ordered by due date, undated ones last} */
  @Value.Parameter
  public abstract List<Deadline> deadlines();

  /**
   * {@return the findings: where the standard alone would give the citizen less than the law, and
   * where the standard applied was not in force when the case began (NAT-Q2); empty where there is none}
   */
  @Value.Parameter
  public abstract List<Finding> findings();

  /**
   * The complaint guidance (klagevejledning) of every decision in the case, in the order received;
   * decisions of one day by subject and outcome.
   *
   * @return the guidance of each decision; empty where the case has no decision
   */
  @Value.Parameter
  public abstract List<ComplaintGuidance> complaintGuidance();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeadlineReport}. */
  public static class Builder extends ImmutableDeadlineReport.Builder {}
}
