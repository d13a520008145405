package dk.kvalitetsstandard.gentofte;

import dk.kvalitetsstandard.conformance.StandardAssert;
import dk.kvalitetsstandard.standard.DeadlineKind;
import java.util.List;

/** Every deadline of one kind in a case's report, where the kit checks only the first of a kind in a course. */
final class Deadlines {

  private Deadlines() {}

  /** Each deadline of {@code kind} in report order, as {@code course 1 due 2026-02-28 MET}. */
  static List<String> all(StandardAssert.Case c, DeadlineKind kind) {
    return c.report().deadlines().stream().filter(d -> d.kind() == kind)
        .map(d -> "course " + d.course() + " due " + d.due().map(Object::toString).orElse("-") + " " + d.status())
        .toList();
  }
}
