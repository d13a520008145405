package dk.kvalitetsstandard.conformance;

import dk.kvalitetsstandard.deadline.Deadline;
import dk.kvalitetsstandard.deadline.DeadlineReport;
import dk.kvalitetsstandard.deadline.Status;
import dk.kvalitetsstandard.standard.DeadlineKind;
import dk.kvalitetsstandard.text.Dates;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expectations on deadline reports for plug-in authors' example tests, independent of any test
 * framework: a failed expectation throws {@link AssertionError} naming every field that differs.
 *
 * <p>This class has only static methods and is thread-safe.
 */
public final class DeadlineExpectations {

  private DeadlineExpectations() {}

  /**
   * Finds a report's deadlines of one kind.
   *
   * @param report the report, not null
   * @param kind the kind of deadline
   * @return the deadlines of that kind, in the report's order; empty if there are none
   */
  public static List<Deadline> all(DeadlineReport report, DeadlineKind kind) {
    return report.deadlines().stream().filter(d -> d.kind() == kind).toList();
  }

  /**
   * Finds a report's deadlines of one kind in one course.
   *
   * @param report the report, not null
   * @param course the course, 1 for the first
   * @param kind the kind of deadline
   * @return the deadlines of that kind in that course, in the report's order; empty if there are
   *     none
   */
  public static List<Deadline> inCourse(DeadlineReport report, int course, DeadlineKind kind) {
    return report.deadlines().stream().filter(d -> d.kind() == kind && d.course() == course).toList();
  }

  /**
   * Finds a report's one deadline of a kind, across all courses.
   *
   * @param report the report, not null
   * @param kind the kind of deadline
   * @return the one deadline of that kind
   * @throws AssertionError if the report has no deadline of that kind or more than one
   */
  public static Deadline only(DeadlineReport report, DeadlineKind kind) {
    List<Deadline> found = all(report, kind);
    if (found.size() != 1) {
      throw new AssertionError("expected exactly one " + kind + ", found " + found.size() + " in " + report.deadlines());
    }
    return found.get(0);
  }

  /**
   * Expects the fields of a deadline: its kind, rule, legal basis, dates and status. Its course,
   * its standard's own due date ({@link Deadline#standardDue()}) and its explanation are not
   * compared.
   *
   * @param actual the deadline, not null
   * @param kind the expected kind
   * @param rule the expected ID of the rule that decided it
   * @param legalBasis the expected provision, as a Danish citation; null if none is expected
   * @param startedBy the expected date of the event that started it; null if none is expected
   * @param due the expected due date; null if none is expected
   * @param closedBy the expected date of the event that closed it; null if none is expected
   * @param status the expected status
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

  private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

  /**
   * {@code expected} with each ISO date in it ({@code 2026-01-19}) written as explanations and
   * findings write dates in {@code locale}'s language ({@code 19 January 2026},
   * {@code 19. januar 2026}): for expectations on prose written with the dates a test works out.
   *
   * @param expected a text that may name dates in ISO form
   * @param locale the language of the prose
   * @return the text as the prose would contain it
   */
  public static String inProse(String expected, Locale locale) {
    Matcher m = ISO_DATE.matcher(expected);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String replacement;
      try {
        replacement = Dates.longForm(LocalDate.parse(m.group()), locale);
      } catch (DateTimeParseException e) {
        replacement = m.group();
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static void expect(List<String> wrong, String field, Object expected, Object actual) {
    if (!Objects.equals(expected, actual)) {
      wrong.add(field + ": expected " + expected + " but was " + actual);
    }
  }
}
