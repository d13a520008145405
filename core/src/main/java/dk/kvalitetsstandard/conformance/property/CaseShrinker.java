package dk.kvalitetsstandard.conformance.property;

import dk.kvalitetsstandard.cases.CaseEvent;
import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.cases.Citizen;
import dk.kvalitetsstandard.cases.EventType;
import dk.kvalitetsstandard.law.ContactChannel;
import dk.kvalitetsstandard.standard.OfferKind;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Smaller cases than a failing one, the most promising first: half the events (the earlier or
 * the later half), one event fewer, a citizen of whom less is known, {@code asOf} moved back towards
 * the last event, an event's date pulled towards the one before it, a plainer channel or offer.
 * Some candidates may be invalid; the generator keeps only the valid ones.
 */
final class CaseShrinker {

  private CaseShrinker() {}

  static List<CaseFile> candidates(CaseFile c) {
    List<CaseFile> out = new ArrayList<>();
    List<CaseEvent> sorted = c.chronological();
    int n = sorted.size();
    if (n >= 4) {
      out.add(with(c, sorted.subList(0, n / 2)));
      out.add(with(c, sorted.subList(n / 2, n)));
    }
    for (int i = n - 1; i >= 0; i--) {
      List<CaseEvent> fewer = new ArrayList<>(sorted);
      fewer.remove(i);
      out.add(with(c, fewer));
    }
    Citizen citizen = c.citizen();
    if (!citizen.equals(Citizen.builder().age(citizen.age()).build())) {
      out.add(CaseFile.builder().from(c).citizen(Citizen.builder().age(citizen.age()).build()).build());
    }
    if (citizen.age().isPresent()) {
      out.add(CaseFile.builder().from(c).citizen(Citizen.builder().from(citizen).age(Optional.empty()).build()).build());
    }
    sorted.stream().map(CaseEvent::date).max(LocalDate::compareTo)
        .filter(last -> last.isBefore(c.asOf()))
        .ifPresent(last -> {
          long gap = ChronoUnit.DAYS.between(last, c.asOf());
          out.add(CaseFile.builder().from(c).asOf(last).build());
          out.add(CaseFile.builder().from(c).asOf(last.plusDays(gap / 2)).build());
        });
    for (int i = 1; i < n; i++) {
      CaseEvent e = sorted.get(i);
      long gap = ChronoUnit.DAYS.between(sorted.get(i - 1).date(), e.date());
      if (gap > 0) {
        out.add(replaced(c, sorted, i, CaseEvent.builder().from(e).date(e.date().minusDays(Math.max(1, gap / 2))).build()));
      }
    }
    for (int i = 0; i < n; i++) {
      CaseEvent e = sorted.get(i);
      if (e.type() == EventType.CONTACT && e.channel().orElse(null) != ContactChannel.PHONE) {
        out.add(replaced(c, sorted, i, CaseEvent.contact(e.date(), ContactChannel.PHONE)));
      }
      if (e.type() == EventType.TREATMENT_START && !e.offer().orElse("").equals(OfferKind.OUTPATIENT.name())) {
        out.add(replaced(c, sorted, i, CaseEvent.treatmentStart(e.date(), OfferKind.OUTPATIENT.name())));
      }
    }
    return out;
  }

  private static CaseFile with(CaseFile c, List<CaseEvent> events) {
    return CaseFile.builder().from(c).events(events).build();
  }

  private static CaseFile replaced(CaseFile c, List<CaseEvent> sorted, int index, CaseEvent event) {
    List<CaseEvent> moved = new ArrayList<>(sorted);
    moved.set(index, event);
    return with(c, moved);
  }
}
