package dk.kvalitetsstandard.audit;

import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.deadline.DeadlineEngine;
import dk.kvalitetsstandard.deadline.DeadlineReport;
import java.util.Objects;

/**
 * A case file with its deadline report: what {@link AuditFigures} counts. The report alone does not
 * say the track, nor when a course without a running clock was opened; the case file does.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param caseFile the case file
 * @param report its deadline report, made for the same {@code asOf}
 */
public record AuditedCase(CaseFile caseFile, DeadlineReport report) {

  /**
   * Pairs a case file with its report, checking that the report was made for the case file's
   * {@code asOf}.
   *
   * @param caseFile the case file, not null
   * @param report its deadline report, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the report was made for another {@code asOf}
   */
  public AuditedCase {
    Objects.requireNonNull(caseFile, "caseFile");
    Objects.requireNonNull(report, "report");
    if (!caseFile.asOf().equals(report.asOf())) {
      throw new IllegalArgumentException("the report is made for " + report.asOf() + ", the case file for "
          + caseFile.asOf());
    }
  }

  /**
   * Evaluates a case file and pairs it with its report.
   *
   * @param engine the engine that makes the report, not null
   * @param caseFile the case file, not null
   * @return {@code caseFile} with the report {@code engine} makes of it
   * @throws dk.kvalitetsstandard.cases.InvalidCaseException where the case file is not valid
   */
  public static AuditedCase of(DeadlineEngine engine, CaseFile caseFile) {
    return new AuditedCase(caseFile, engine.report(caseFile));
  }
}
