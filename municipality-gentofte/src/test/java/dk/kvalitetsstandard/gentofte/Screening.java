package dk.kvalitetsstandard.gentofte;

import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.questions.Assessor;
import dk.kvalitetsstandard.questions.Eligibility;
import dk.kvalitetsstandard.questions.Profile;
import dk.kvalitetsstandard.questions.ScreenedCriterion;
import dk.kvalitetsstandard.questions.ScreenedOffer;
import dk.kvalitetsstandard.questions.ScreeningAnswer;
import dk.kvalitetsstandard.questions.ScreeningQuestion;
import dk.kvalitetsstandard.registry.StandardRegistry;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** The answer to a screening question put to Gentofte, and what is expected of it (the kit checks no screening). */
final class Screening {

  private static final Assessor ASSESSOR = Assessor.of(StandardRegistry.defaultRegistry());

  private final ScreeningAnswer answer;

  private Screening(ScreeningAnswer answer) {
    this.answer = answer;
  }

  /** Screens {@code citizen} on {@code track} as of 1 March 2026. */
  static Screening screen(Track track, Profile citizen) {
    return new Screening(ASSESSOR.screening(ScreeningQuestion.builder().municipality("gentofte")
        .asOf(LocalDate.of(2026, 3, 1)).track(track).citizen(citizen).build(), Locale.ENGLISH));
  }

  Screening basedOn(String citation) {
    return expect("legal basis", citation, answer.legalBasis());
  }

  Screening offers(String... ids) {
    return expect("offers", List.of(ids), answer.offers().stream().map(ScreenedOffer::offer).toList());
  }

  Offer offer(String id) {
    return new Offer(answer.offers().stream().filter(o -> o.offer().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no offer " + id + " in " + answer)));
  }

  private Screening expect(String field, Object expected, Object actual) {
    check(field, expected, actual);
    return this;
  }

  private void check(String field, Object expected, Object actual) {
    if (!Objects.equals(expected, actual)) {
      throw new AssertionError("screening: expected " + field + " " + expected + ", was " + actual + " in " + answer);
    }
  }

  /** One screened offer. */
  final class Offer {

    private final ScreenedOffer offer;

    private Offer(ScreenedOffer offer) {
      this.offer = offer;
    }

    Offer is(Eligibility eligibility) {
      return expect("eligibility", eligibility, offer.eligibility());
    }

    /** Expects no criterion at all. */
    Offer open() {
      return expect("criteria", List.of(), offer.criteria());
    }

    /** Expects exactly one criterion not met, from {@code rule}. */
    Offer failsOn(String rule) {
      return expect("rules of the unmet criteria", List.of(rule), rules(Optional.of(false)));
    }

    /** Expects the criteria left for a caseworker (neither met nor unmet) to be from {@code rules}, in order. */
    Offer leaves(String... rules) {
      return expect("rules of the undecided criteria", List.of(rules), rules(Optional.empty()));
    }

    /** Expects {@code count} criteria flagged as narrower than the law. */
    Offer narrowerThanLaw(int count) {
      return expect("criteria narrower than the law", count,
          (int) offer.criteria().stream().filter(ScreenedCriterion::narrowerThanLaw).count());
    }

    /** Expects where to apply, and the rule that says so. */
    Offer applyTo(String name, String rule) {
      return expect("route", name + " (" + rule + ")", offer.applyTo().map(r -> r.name() + " (" + r.rule() + ")")
          .orElse("none"));
    }

    Offer offer(String id) {
      return Screening.this.offer(id);
    }

    private List<String> rules(Optional<Boolean> met) {
      return offer.criteria().stream().filter(c -> c.met().equals(met)).map(ScreenedCriterion::rule).toList();
    }

    private Offer expect(String field, Object expected, Object actual) {
      check(offer.offer() + ": " + field, expected, actual);
      return this;
    }
  }
}
