package dk.kvalitetsstandard.deadline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The deadline report of a case: the municipality, the report date, the standard
 * applied, every deadline ordered by due date (undated ones last), the findings, and the complaint
 * guidance of each decision in the order the decisions were received.
 *
 * <p>Made by the {@link DeadlineEngine} or read from JSON. Equal when every attribute is equal.
 *
 * <p>This class is immutable and thread-safe.
 */
@JsonPropertyOrder({"municipality", "asOf", "standard", "deadlines", "findings", "complaintGuidance"})
public final class DeadlineReport {

  private final String municipality;
  private final LocalDate asOf;
  private final StandardSummary standard;
  private final List<Deadline> deadlines;
  private final List<Finding> findings;
  private final List<ComplaintGuidance> complaintGuidance;

  private DeadlineReport(String municipality, LocalDate asOf, StandardSummary standard, List<Deadline> deadlines,
      List<Finding> findings, List<ComplaintGuidance> complaintGuidance) {
    this.municipality = Objects.requireNonNull(municipality, "municipality");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.standard = Objects.requireNonNull(standard, "standard");
    this.deadlines = deadlines;
    this.findings = findings;
    this.complaintGuidance = complaintGuidance;
  }

  /**
   * The engine's report, over lists the engine made for it and hands over: each is shown to
   * callers read-only, not copied.
   */
  static DeadlineReport of(String municipality, LocalDate asOf, StandardSummary standard, List<Deadline> deadlines,
      List<Finding> findings, List<ComplaintGuidance> complaintGuidance) {
    return new DeadlineReport(municipality, asOf, standard, readOnly(deadlines), readOnly(findings),
        readOnly(complaintGuidance));
  }

  private static <T> List<T> readOnly(List<T> list) {
    return list.isEmpty() ? List.of() : Collections.unmodifiableList(list);
  }

  /** A report as read from JSON; a list left out is empty. */
  @JsonCreator
  static DeadlineReport read(@JsonProperty("municipality") String municipality, @JsonProperty("asOf") LocalDate asOf,
      @JsonProperty("standard") StandardSummary standard, @JsonProperty("deadlines") List<Deadline> deadlines,
      @JsonProperty("findings") List<Finding> findings,
      @JsonProperty("complaintGuidance") List<ComplaintGuidance> complaintGuidance) {
    return new DeadlineReport(municipality, asOf, standard, copy(deadlines), copy(findings), copy(complaintGuidance));
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  /** {@return the slug of the municipality whose standard was applied} */
  @JsonProperty("municipality")
  public String municipality() {
    return municipality;
  }

  /** {@return the report date: the case's {@code asOf}, on which every status is taken} */
  @JsonProperty("asOf")
  public LocalDate asOf() {
    return asOf;
  }

  /** {@return the standard applied} */
  @JsonProperty("standard")
  public StandardSummary standard() {
    return standard;
  }

  /** {@return every deadline of the case, ordered by due date, undated ones last; unmodifiable} */
  @JsonProperty("deadlines")
  public List<Deadline> deadlines() {
    return deadlines;
  }

  /**
   * {@return the findings: where the standard alone would give the citizen less than the law, and
   * where the standard applied was not in force when the case began (NAT-Q2); empty where there is
   * none; unmodifiable}
   */
  @JsonProperty("findings")
  public List<Finding> findings() {
    return findings;
  }

  /**
   * The complaint guidance (klagevejledning) of every decision in the case, in the order received;
   * decisions of one day by subject and outcome.
   *
   * @return the guidance of each decision; empty where the case has no decision; unmodifiable
   */
  @JsonProperty("complaintGuidance")
  public List<ComplaintGuidance> complaintGuidance() {
    return complaintGuidance;
  }

  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof DeadlineReport that
        && municipality.equals(that.municipality) && asOf.equals(that.asOf) && standard.equals(that.standard)
        && deadlines.equals(that.deadlines) && findings.equals(that.findings)
        && complaintGuidance.equals(that.complaintGuidance);
  }

  @Override
  public int hashCode() {
    return Objects.hash(municipality, asOf, standard, deadlines, findings, complaintGuidance);
  }

  @Override
  public String toString() {
    return "DeadlineReport{municipality=" + municipality + ", asOf=" + asOf + ", standard=" + standard
        + ", deadlines=" + deadlines + ", findings=" + findings + ", complaintGuidance=" + complaintGuidance + "}";
  }
}
