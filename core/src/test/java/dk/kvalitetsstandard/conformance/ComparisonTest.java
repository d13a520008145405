package dk.kvalitetsstandard.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.cases.CaseEvent;
import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.cases.Citizen;
import dk.kvalitetsstandard.deadline.Deadline;
import dk.kvalitetsstandard.law.ContactChannel;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.ClockStart;
import dk.kvalitetsstandard.standard.DeadlineKind;
import dk.kvalitetsstandard.standard.GuaranteeRule;
import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.standard.SampleStandards;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Which cells of a comparison stand out: the substance of a deadline, never the rule that decided it. */
class ComparisonTest {

  private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
  private static final LocalDate TO = LocalDate.of(2026, 12, 31);

  @Test
  @DisplayName("All alike: nothing stands out")
  void allAlike() {
    assertEquals(Set.of(), Comparison.differing(List.of("a", "a", "a", "a", "a")));
  }

  @Test
  @DisplayName("One value held by most: the cells with another value stand out")
  void majority() {
    assertEquals(Set.of(1, 3), Comparison.differing(List.of("a", "b", "a", "c", "a")));
    assertEquals(Set.of(1), Comparison.differing(List.of("a", "b", "a", "a", "a")));
  }

  @Test
  @DisplayName("Two values held by as many cells, and a third by fewer: the third stands out")
  void twoMajorities() {
    assertEquals(Set.of(4), Comparison.differing(List.of("a", "b", "a", "b", "c")));
  }

  @Test
  @DisplayName("Every value held by as many cells as any other: every cell stands out")
  void noMajority() {
    assertEquals(Set.of(0, 1, 2, 3), Comparison.differing(List.of("a", "b", "b", "a")));
    assertEquals(Set.of(0, 1, 2), Comparison.differing(List.of("a", "b", "c")));
  }

  @Test
  @DisplayName("A cell left out of the comparison (null) never stands out, and does not count")
  void leftOut() {
    assertEquals(Set.of(), Comparison.differing(Arrays.asList("a", null, "a")));
    assertEquals(Set.of(0, 2), Comparison.differing(Arrays.asList("a", null, "b", null)));
  }

  @Test
  @DisplayName("One case under three standards: the law decides the same guarantee everywhere, so that line is not marked"
      + " though different rules decided it; the line of the standards' own text marks the one whose clock starts later")
  void caseUnderThreeStandards() {
    QualityStandard later = SampleStandards.complete("Testrup", "testrup", "0999", FROM, TO);
    QualityStandard first = firstContact(SampleStandards.complete("Prøvested", "proevested", "0998", FROM, TO));
    QualityStandard also = firstContact(SampleStandards.complete("Eksempelby", "eksempelby", "0997", FROM, TO));
    StandardRegistry registry = StandardRegistry.of(List.of(() -> later, () -> first, () -> also));
    LocalDate phoned = LocalDate.of(2026, 1, 5);
    CaseFile caseFile = CaseFile.builder().municipality("proevested").asOf(LocalDate.of(2026, 3, 1)).track(Track.SOCIAL_DRUG)
        .citizen(Citizen.builder().age(34).build())
        .addEvents(CaseEvent.contact(phoned, ContactChannel.PHONE), CaseEvent.contact(phoned.plusDays(3), ContactChannel.IN_PERSON),
            CaseEvent.treatmentStart(phoned.plusDays(15), "OUTPATIENT"))
        .build();

    Comparison.CaseComparison compared = Comparison.of(registry, PublicHolidays.denmark()).ofCase(caseFile, Locale.ENGLISH);

    List<String> slugs = compared.columns().stream().map(c -> c.standard().municipality().slug()).toList();
    assertEquals(Set.of("testrup", "proevested", "eksempelby"), Set.copyOf(slugs));
    int testrup = slugs.indexOf("testrup");
    int other = slugs.indexOf("proevested");
    Comparison.Line guarantee = line(compared, false);
    Set<String> rules = guarantee.cells().stream().map(Optional::orElseThrow).map(Deadline::rule).collect(Collectors.toSet());
    assertTrue(rules.size() > 1, "different rules decided the guarantee: " + rules);
    assertEquals(1, guarantee.cells().stream().map(c -> c.orElseThrow().due()).distinct().count());
    assertFalse(guarantee.differs(), "the same date and status everywhere is no difference");

    Comparison.Line textAlone = line(compared, true);
    assertEquals(Set.of(testrup), textAlone.differing(), "Testrup's own text counts from the attendance in person");
    assertTrue(textAlone.cells().get(testrup).orElseThrow().standardDue().orElseThrow()
        .isAfter(textAlone.cells().get(other).orElseThrow().due().orElseThrow()));
  }

  @Test
  @DisplayName("A standard the case's track is not covered by is a column without a report, left out of every line")
  void trackNotCovered() {
    QualityStandard testrup = SampleStandards.complete();
    StandardRegistry registry = StandardRegistry.of(List.of(() -> testrup));
    CaseFile alcohol = CaseFile.builder().municipality("testrup").asOf(LocalDate.of(2026, 3, 1)).track(Track.SOCIAL_DRUG)
        .addEvents(CaseEvent.contact(LocalDate.of(2026, 1, 5), ContactChannel.PHONE)).build();
    Comparison comparison = Comparison.of(registry, PublicHolidays.denmark());
    Comparison.CaseComparison covered = comparison.ofCase(alcohol, Locale.ENGLISH);
    assertTrue(covered.columns().get(0).applies());

    CaseFile onAlcohol = CaseFile.builder().from(alcohol).track(Track.ALCOHOL).build();
    Comparison.CaseComparison notCovered = comparison.ofCase(onAlcohol, Locale.ENGLISH);
    assertFalse(notCovered.columns().get(0).applies());
    assertFalse(notCovered.columns().get(0).problems().isEmpty());
    assertTrue(notCovered.lines().isEmpty(), "no deadlines under a standard the case does not run under");
  }

  private static Comparison.Line line(Comparison.CaseComparison compared, boolean textAlone) {
    return compared.lines().stream().filter(l -> l.kind() == DeadlineKind.TREATMENT_GUARANTEE && l.textAlone() == textAlone)
        .findFirst().orElseThrow();
  }

  private static QualityStandard firstContact(QualityStandard standard) {
    GuaranteeRule g = standard.guarantees().get(0);
    return QualityStandard.builder().from(standard)
        .guarantees(List.of(GuaranteeRule.builder().from(g).clockStart(ClockStart.FIRST_CONTACT).build())).build();
  }
}
