package dk.kvalitetsstandard.jammerbugt;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.kvalitetsstandard.cases.InvalidCaseException;
import dk.kvalitetsstandard.cases.Problem;
import dk.kvalitetsstandard.questions.Assessor;
import dk.kvalitetsstandard.registry.StandardRegistry;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.function.Executable;

/**
 * What the question tests share: the assessor over the default registry (this module's plug-in
 * only), the usual question date and the languages. Jammerbugt's standard covers 2022-2023; on any
 * later date the registry still applies it, marked expired (JAM-M1), so a question dated 2026 is
 * answered from it.
 */
final class JammerbugtQuestions {

  static final Assessor ASSESSOR = Assessor.of(StandardRegistry.defaultRegistry());

  static final String SLUG = "jammerbugt";

  /** A date after the standard's period (it expired on 31 December 2023). */
  static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

  /** A date inside the standard's period, before Barnets lov (NAT-Y1). */
  static final LocalDate IN_FORCE = LocalDate.of(2023, 6, 1);

  static final Locale EN = Locale.ENGLISH;

  static final Locale DA = Locale.forLanguageTag("da");

  private JammerbugtQuestions() {}

  /** The problems of the invalid question {@code asking} rejects. */
  static List<Problem> problems(Executable asking) {
    return assertThrows(InvalidCaseException.class, asking).problems();
  }

  /** The JSON paths of the problems of the invalid question {@code asking} rejects. */
  static List<String> paths(Executable asking) {
    return problems(asking).stream().map(Problem::path).toList();
  }
}
