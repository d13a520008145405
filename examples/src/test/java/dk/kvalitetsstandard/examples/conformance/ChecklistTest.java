package dk.kvalitetsstandard.examples.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.kvalitetsstandard.conformance.ContentCheck;
import dk.kvalitetsstandard.conformance.StandardChecker;
import dk.kvalitetsstandard.registry.StandardRegistry;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;

/**
 * NAT-Q1: which of the fifteen contents of BEK nr. 1477 af 17/12/2019 § 4, stk. 1 each seed covers.
 * The missing numbers are read from the seeds: Gentofte has no user involvement, staff
 * qualifications, monitoring or gift-card guidelines, and no action-plan targets; Odsherred names
 * gift cards without guidelines and has no staff section in the catalogue's rules.
 */
class ChecklistTest {

  @ParameterizedTest(name = "{0}: missing {1}")
  @CsvSource({
      "randers, 9",
      "gentofte, 9 10 13 14 15",
      "odsherred, 9 13 15",
      "ringsted, 15",
      "jammerbugt, 9 14"})
  @DisplayName("NAT-Q1 each standard covers the required contents its text contains, and only those")
  void coverage(String municipality, String missing) {
    List<ContentCheck> contents = StandardChecker.checklist(
        StandardRegistry.defaultRegistry().find(municipality, LocalDate.of(2026, 11, 23)).standard());
    assertEquals(15, contents.size());
    assertEquals(missing, String.join(" ", contents.stream().filter(c -> !c.covered()).map(c -> String.valueOf(c.number())).toList()));
    contents.stream().filter(ContentCheck::covered).forEach(c -> assertEquals(true, c.rules().stream()
        .allMatch(r -> r.startsWith(municipality.substring(0, 3).toUpperCase(java.util.Locale.ROOT) + "-")
            || r.startsWith("NAT-")), c.toString()));
  }
}
