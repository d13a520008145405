package dk.kvalitetsstandard.conformance;

import dk.kvalitetsstandard.cases.CaseEvent;
import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.cases.Citizen;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Shrinks a case that breaks a property to a smaller one that still breaks it: drops events, pulls
 * dates together, moves {@code asOf} back to the last event, forgets the citizen. Each step is kept
 * only if the smaller case is still valid and still fails. Immutable and thread-safe.
 */
final class CaseShrinker {

  private static final int MAX_ROUNDS = 200;

  private final Predicate<CaseFile> valid;

  CaseShrinker(Predicate<CaseFile> valid) {
    this.valid = valid;
  }

  CaseFile shrink(CaseFile failing, Predicate<CaseFile> fails) {
    CaseFile current = failing;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      Optional<CaseFile> smaller = candidates(current).stream()
          .filter(c -> valid.test(c) && fails.test(c)).findFirst();
      if (smaller.isEmpty()) {
        return current;
      }
      current = smaller.get();
    }
    return current;
  }

  private static List<CaseFile> candidates(CaseFile c) {
    List<CaseFile> out = new ArrayList<>();
    List<CaseEvent> events = c.events();
    for (int i = 0; i < events.size(); i++) {
      List<CaseEvent> fewer = new ArrayList<>(events);
      fewer.remove(i);
      out.add(CaseFile.builder().from(c).events(fewer).build());
    }
    if (!c.citizen().equals(Citizen.unknown())) {
      out.add(CaseFile.builder().from(c).citizen(Citizen.builder().age(c.citizen().age()).build()).build());
    }
    c.chronological().stream().map(CaseEvent::date).max(LocalDate::compareTo)
        .filter(last -> last.isBefore(c.asOf()))
        .ifPresent(last -> {
          long gap = ChronoUnit.DAYS.between(last, c.asOf());
          out.add(CaseFile.builder().from(c).asOf(last).build());
          out.add(CaseFile.builder().from(c).asOf(last.plusDays(gap / 2)).build());
        });
    List<CaseEvent> sorted = c.chronological();
    for (int i = 1; i < sorted.size(); i++) {
      CaseEvent e = sorted.get(i);
      long gap = ChronoUnit.DAYS.between(sorted.get(i - 1).date(), e.date());
      if (gap > 0) {
        CaseEvent closer = CaseEvent.builder().from(e).date(e.date().minusDays(Math.max(1, gap / 2))).build();
        List<CaseEvent> moved = new ArrayList<>(events);
        moved.set(events.indexOf(e), closer);
        out.add(CaseFile.builder().from(c).events(moved).build());
      }
    }
    return out;
  }
}
