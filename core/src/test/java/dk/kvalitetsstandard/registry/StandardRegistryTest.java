package dk.kvalitetsstandard.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.problem.ProblemCode;
import dk.kvalitetsstandard.spi.StandardProvider;
import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.standard.SampleStandards;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StandardRegistryTest {

  private static final QualityStandard OLD = SampleStandards.complete("Testrup", "testrup", "0999",
      LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31));
  private static final QualityStandard NEW = SampleStandards.complete("Testrup", "testrup", "0999",
      LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31));
  private static final QualityStandard OTHER = SampleStandards.complete("Andeby", "andeby", "0111",
      LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31));

  private static StandardProvider provider(QualityStandard standard) {
    return () -> standard;
  }

  private final StandardRegistry registry = StandardRegistry.of(List.of(provider(NEW), provider(OTHER), provider(OLD)));

  @Test
  @DisplayName("Standards are sorted by municipality code and start of validity, whatever the provider order")
  void deterministicOrder() {
    assertEquals(List.of(OTHER, OLD, NEW), registry.all());
    List<StandardProvider> shuffled = new ArrayList<>(List.of(provider(OLD), provider(NEW), provider(OTHER)));
    for (int seed = 0; seed < 5; seed++) {
      Collections.shuffle(shuffled, new java.util.Random(seed));
      assertEquals(registry.all(), StandardRegistry.of(shuffled).all());
    }
  }

  @Test
  @DisplayName("A municipality is found by slug, in any case, and by code")
  void findBySlugOrCode() {
    assertEquals(List.of(OLD, NEW), registry.standardsOf("testrup"));
    assertEquals(List.of(OLD, NEW), registry.standardsOf("TESTRUP"));
    assertEquals(List.of(OLD, NEW), registry.standardsOf("0999"));
    assertTrue(registry.knows("andeby"));
  }

  @Test
  @DisplayName("By date: the standard in force; the latest one, expired; or the earliest, not yet in force")
  void findByDate() {
    assertEquals(new Lookup(OLD, LocalDate.of(2022, 12, 31), InForce.IN_FORCE), registry.find("testrup", LocalDate.of(2022, 12, 31)));
    assertEquals(new Lookup(NEW, LocalDate.of(2023, 1, 1), InForce.IN_FORCE), registry.find("0999", LocalDate.of(2023, 1, 1)));
    Lookup expired = registry.find("testrup", LocalDate.of(2026, 6, 1));
    assertEquals(NEW, expired.standard());
    assertTrue(expired.isExpired());
    assertEquals(new Lookup(OLD, LocalDate.of(2019, 1, 1), InForce.NOT_YET_IN_FORCE), registry.find("testrup", LocalDate.of(2019, 1, 1)));
  }

  @Test
  @DisplayName("An unknown municipality fails with a message naming it and the known ones")
  void unknownMunicipality() {
    RegistryException e = assertThrows(RegistryException.class, () -> registry.find("aarhus", LocalDate.of(2026, 1, 1)));
    assertEquals("No quality standard is known for the municipality 'aarhus'; known: andeby (0111), testrup (0999)",
        e.getMessage());
    assertEquals(ProblemCode.UNKNOWN_MUNICIPALITY, e.code());
    assertEquals("Der kendes ingen kvalitetsstandard for kommunen 'aarhus'; kendte: andeby (0111), testrup (0999)",
        e.message(Locale.forLanguageTag("da")));
  }

  @Test
  @DisplayName("Two providers claiming one municipality for overlapping periods are refused, naming both")
  void overlappingProviders() {
    QualityStandard overlapping = SampleStandards.complete("Testrup", "testrup", "0999",
        LocalDate.of(2024, 6, 1), LocalDate.of(2025, 12, 31));
    RegistryException e = assertThrows(RegistryException.class,
        () -> StandardRegistry.of(List.of(provider(NEW), provider(overlapping))));
    assertTrue(e.getMessage().startsWith("Conflicting standard providers: two standards claim Testrup (0999) for overlapping periods"),
        e.getMessage());
    assertTrue(e.getMessage().contains("providers "), e.getMessage());
    assertEquals(ProblemCode.CONFLICTING_PROVIDERS, e.code());
    assertTrue(e.message(Locale.forLanguageTag("da")).startsWith("Leverandører af kvalitetsstandarder, der strider mod hinanden: "
        + "to standarder gælder for Testrup (0999) i perioder, der overlapper"), e.message(Locale.forLanguageTag("da")));
  }

  @Test
  @DisplayName("One slug for two codes is refused")
  void slugClaimedTwice() {
    QualityStandard impostor = SampleStandards.complete("Testrup", "testrup", "0998",
        LocalDate.of(2030, 1, 1), LocalDate.of(2031, 12, 31));
    RegistryException e = assertThrows(RegistryException.class,
        () -> StandardRegistry.of(List.of(provider(NEW), provider(impostor))));
    assertTrue(e.getMessage().contains("is claimed by two municipalities"), e.getMessage());
  }

  @Test
  @DisplayName("The registry gives the same answers to many threads at once")
  void threadSafe() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Lookup>> futures = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        LocalDate date = LocalDate.of(2020, 1, 1).plusDays(i * 7L);
        futures.add(pool.submit(() -> registry.find(date.getDayOfMonth() % 2 == 0 ? "testrup" : "0999", date)));
      }
      for (int i = 0; i < futures.size(); i++) {
        LocalDate date = LocalDate.of(2020, 1, 1).plusDays(i * 7L);
        assertEquals(registry.find("testrup", date), futures.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  @DisplayName("Core provides no standard itself: its default registry is empty, and asking it names no municipality")
  void coreAloneProvidesNone() {
    StandardRegistry alone = StandardRegistry.defaultRegistry();
    assertEquals(List.of(), alone.all());
    RegistryException e = assertThrows(RegistryException.class, () -> alone.standardsOf("randers"));
    assertEquals("No quality standard is known for the municipality 'randers'; no standard provider is on the class path", e.getMessage());
  }
}
