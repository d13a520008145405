package dk.kvalitetsstandard.conformance;

import dk.kvalitetsstandard.deadline.Deadline;
import dk.kvalitetsstandard.deadline.DeadlineReport;
import dk.kvalitetsstandard.deadline.Status;
import dk.kvalitetsstandard.standard.DeadlineKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Expectations on deadline reports for plug-in authors' example tests, independent of any test
 * framework: a failed expectation throws {@link AssertionError} naming every field that differs.
 */
public final class DeadlineExpectations {

  private DeadlineExpectations() {}

  /** The report's deadlines of {@code kind}, in the report's order. */
  public static List<Deadline> all(DeadlineReport report, DeadlineKind kind) {
    return report.deadlines().stream().filter(d -> d.kind() == kind).toList();
  }

  /** The report's deadlines of {@code kind} in course {@code course} (1 for the first), in the report's order. */
  public static List<Deadline> inCourse(DeadlineReport report, int course, DeadlineKind kind) {
    return report.deadlines().stream().filter(d -> d.kind() == kind && d.course() == course).toList();
  }

  /**
   * The report's one deadline of {@code kind}.
   *
   * @throws AssertionError if there is not exactly one
   */
  public static Deadline only(DeadlineReport report, DeadlineKind kind) {
    List<Deadline> found = all(report, kind);
    if (found.size() != 1) {
      throw new AssertionError("expected exactly one " + kind + ", found " + found.size() + " in " + report.deadlines());
    }
    return found.get(0);
  }

  /**
   * Expects every field of {@code actual} but its explanation; a null expectation means the field is
   * absent.
   *
   * @throws AssertionError naming every field that differs
   */
  public static void assertDeadline(Deadline actual, DeadlineKind kind, String rule, String legalBasis,
      LocalDate startedBy, LocalDate due, LocalDate closedBy, Status status) {
    List<String> wrong = new ArrayList<>();
    expect(wrong, "kind", kind, actual.kind());
    expect(wrong, "rule", rule, actual.rule());
    expect(wrong, "legalBasis", Optional.ofNullable(legalBasis), actual.legalBasis());
    expect(wrong, "startedBy", Optional.ofNullable(startedBy), actual.startedBy());
    expect(wrong, "due", Optional.ofNullable(due), actual.due());
    expect(wrong, "closedBy", Optional.ofNullable(closedBy), actual.closedBy());
    expect(wrong, "status", status, actual.status());
    if (!wrong.isEmpty()) {
      throw new AssertionError(String.join("; ", wrong) + " in " + actual);
    }
  }

  private static void expect(List<String> wrong, String field, Object expected, Object actual) {
    if (!Objects.equals(expected, actual)) {
      wrong.add(field + ": expected " + expected + " but was " + actual);
    }
  }
}
