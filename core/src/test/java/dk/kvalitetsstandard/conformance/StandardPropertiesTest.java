package dk.kvalitetsstandard.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.cases.CaseEvent;
import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.cases.internal.CaseValidator;
import dk.kvalitetsstandard.conformance.property.CaseFiles;
import dk.kvalitetsstandard.conformance.property.ForAll;
import dk.kvalitetsstandard.conformance.property.Mutations;
import dk.kvalitetsstandard.conformance.property.StandardMutation;
import dk.kvalitetsstandard.deadline.DeadlineEngine;
import dk.kvalitetsstandard.law.ContactChannel;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.questions.Assessor;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.standard.SampleStandards;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The laws of the check against the law hold for the sample standard, and each of them can fail. */
class StandardPropertiesTest {

  private static final QualityStandard STANDARD = SampleStandards.complete();
  private static final StandardRegistry REGISTRY = StandardRegistry.of(List.of(() -> STANDARD));
  private static final StandardProperties LAWS = StandardProperties.of(REGISTRY, PublicHolidays.denmark());
  private static final Set<LocalDate> DATES = StandardProperties.dates(STANDARD, List.of());

  @Test
  @DisplayName("The sample standard and all its mutations: every finding is shown by its example, every change below the law is found")
  void holdForTheSample() {
    assertEquals(Optional.empty(), LAWS.findingsDemonstrated(STANDARD, DATES));
    assertEquals(Optional.empty(), LAWS.mutationsFound(STANDARD, DATES));
    assertTrue(DATES.containsAll(StandardProperties.CHECK_DATES));
    assertTrue(DATES.contains(LocalDate.of(2025, 1, 1)) && DATES.contains(LocalDate.of(2026, 12, 31)));
  }

  @Test
  @DisplayName("NAT-G1 a checker that overlooks a guarantee longer than the law's is caught, naming the mutation of 21 days")
  void blindCheckerIsCaught() {
    String wrong = LAWS.mutationsFound(STANDARD, DATES, in -> {
      StandardChecker checker = StandardChecker.of(in, PublicHolidays.denmark());
      return (s, on) -> checker.check(s, on).findings().stream().filter(f -> f.kind() != FloorFinding.Kind.GUARANTEE_LONGER).toList();
    }).orElseThrow();
    assertTrue(wrong.contains("misses the mutation TST-G1: a guarantee of 21 days: no new finding names TST-G1"), wrong);
  }

  @Test
  @DisplayName("NAT-G1 a checker that also reports a guarantee shorter than the law's, which gives the citizen more, is caught")
  void overEagerCheckerIsCaught() {
    String wrong = LAWS.mutationsFound(STANDARD, DATES, in -> {
      StandardChecker checker = StandardChecker.of(in, PublicHolidays.denmark());
      return (s, on) -> {
        List<FloorFinding> findings = new java.util.ArrayList<>(checker.check(s, on).findings());
        s.guarantees().stream().filter(g -> g.days() < 14).forEach(g -> findings.add(FloorFinding.builder()
            .kind(FloorFinding.Kind.GUARANTEE_LONGER).rule(g.source().rule()).nationalRule("NAT-G1").message("wrong").build()));
        return findings;
      };
    }).orElseThrow();
    assertTrue(wrong.contains("for the mutation TST-G1: a guarantee of 13 days, which gives the citizen as much as the law"), wrong);
  }

  @Test
  @DisplayName("ODS-G2 a finding whose example does not show the difference is caught: an in-person contact starts both clocks")
  void exampleThatShowsNothingIsCaught() {
    CaseFile sameClocks = CaseFile.builder().municipality("testrup").asOf(LocalDate.of(2026, 3, 1)).track(Track.SOCIAL_DRUG)
        .addEvents(CaseEvent.contact(LocalDate.of(2026, 1, 5), ContactChannel.IN_PERSON)).build();
    FloorFinding claimed = FloorFinding.builder().kind(FloorFinding.Kind.CLOCK_STARTS_LATER).rule("TST-G1").nationalRule("NAT-G1")
        .message("The standard starts the clock later.").exampleCase(sameClocks).difference("it does").build();
    String wrong = StandardProperties.demonstrated(claimed, DeadlineEngine.of(REGISTRY, PublicHolidays.denmark()),
        Assessor.of(REGISTRY), CaseValidator.with(REGISTRY)).orElseThrow();
    assertTrue(wrong.startsWith("the example's report does not show it"), wrong);
    CaseFile phoneFirst = CaseFile.builder().from(sameClocks).addEvents(CaseEvent.contact(LocalDate.of(2026, 1, 2),
        ContactChannel.PHONE)).build();
    assertEquals(Optional.empty(), StandardProperties.demonstrated(FloorFinding.builder().from(claimed).exampleCase(phoneFirst)
        .build(), DeadlineEngine.of(REGISTRY, PublicHolidays.denmark()), Assessor.of(REGISTRY), CaseValidator.with(REGISTRY)));
    assertEquals(Optional.of("no difference is stated"), StandardProperties.demonstrated(FloorFinding.builder().from(claimed)
        .difference(Optional.empty()).build(), DeadlineEngine.of(REGISTRY, PublicHolidays.denmark()), Assessor.of(REGISTRY),
        CaseValidator.with(REGISTRY)));
  }

  @Test
  @DisplayName("NAT-G1 NAT-U1 NAT-C1 NAT-C5 the floor holds for cases of every mutation of the sample standard")
  void floorOverMutations() {
    List<StandardMutation> mutations = Mutations.all(STANDARD);
    StandardProperties.MutatedCase value = LAWS.mutatedCases(STANDARD).generate(7);
    assertEquals(mutations.get(value.index()).name(), value.mutation().name());
    assertEquals(List.of(), CaseValidator.with(value.mutation().registry()).problems(value.caseFile()));
    assertTrue(LAWS.mutatedCases(STANDARD).show(value).startsWith("the standard mutated: " + value.mutation().name() + "\n{"));
    ForAll.settings().tries(60).assertHolds("floor", LAWS.mutatedCases(STANDARD), LAWS.floorHoldsWhateverTheTextSays(STANDARD));
    assertTrue(CaseFiles.of(value.mutation().standard()).shrink(value.caseFile()).size() > 0);
  }
}
