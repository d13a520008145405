package dk.kvalitetsstandard.questions;

import dk.kvalitetsstandard.cases.InvalidCaseException;
import dk.kvalitetsstandard.cases.internal.CaseValidator;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.problem.Problem;
import dk.kvalitetsstandard.problem.ProblemCode;
import dk.kvalitetsstandard.problem.internal.Problems;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.GiftCardScheme;
import dk.kvalitetsstandard.standard.Offer;
import dk.kvalitetsstandard.standard.OfferKind;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks a question against the contract and the standard, naming every problem with its JSON path:
 * dates outside the ones the library handles (as for a case, {@link dk.kvalitetsstandard.cases.CaseFile#EARLIEST_DATE} to
 * {@link dk.kvalitetsstandard.cases.CaseFile#LATEST_DATE}), more than {@value #MAX_SESSIONS} sessions, amounts that are
 * negative, of DKK {@value #MAX_AMOUNT_DKK} or more, or finer than øre, besides what the standard
 * decides. Assessing runs this check first, so a question built in Java gets the same problems as
 * one read from JSON. Thread-safe.
 */
final class QuestionValidator {

  /** The most sessions (and, separately, follow-up sessions) a question may list. */
  static final int MAX_SESSIONS = 100_000;

  /** Amounts must be below this many DKK. */
  static final long MAX_AMOUNT_DKK = 1_000_000_000L;

  private final StandardRegistry registry;

  QuestionValidator(StandardRegistry registry) {
    this.registry = registry;
  }

  void requireValid(Question question) {
    List<Problem> problems = problems(question);
    if (!problems.isEmpty()) {
      throw new InvalidCaseException("question", problems);
    }
  }

  List<Problem> problems(Question q) {
    List<Problem> problems = new ArrayList<>();
    CaseValidator.inRange(q.asOf(), "asOf", problems);
    if (q instanceof FreeChoiceQuestion f && f.visited().isPresent()) {
      CaseValidator.inRange(f.visited().get().date(), "visited.date", problems);
    }
    if (q instanceof GiftCardsQuestion g && !(sessions(g.sessions(), "sessions", problems)
        & sessions(g.followUpSessions(), "followUpSessions", problems))) {
      return problems.stream().sorted().toList();
    }
    if (!registry.knows(q.municipality())) {
      problems.add(Problems.of("municipality", ProblemCode.UNKNOWN_MUNICIPALITY, Problem.quote(q.municipality()),
          registry.municipalities().stream().map(m -> m.slug() + " (" + m.code() + ")").collect(Collectors.joining(", "))));
      return problems;
    }
    QualityStandard standard = registry.find(q.municipality(), CaseValidator.clamp(q.asOf())).standard();
    if (!standard.covers(q.track())) {
      problems.add(Problems.variant("track", ProblemCode.TRACK_NOT_COVERED, "question", standard.municipality().name(),
          q.track(), standard.tracks().stream().map(Track::name).collect(Collectors.joining(", "))));
    }
    if (q instanceof FreeChoiceQuestion f) {
      f.visited().ifPresent(v -> {
        offer(standard, v.offer(), "visited.offer", problems);
        notAfter(v.date(), q.asOf(), "visited.date", problems);
      });
      offer(standard, f.chosen().offer(), "chosen.offer", problems);
    } else if (q instanceof ScreeningQuestion s) {
      age(s.citizen(), problems);
    } else if (q instanceof FeesQuestion f) {
      offer(standard, f.offer(), "offer", problems);
      age(f.citizen(), problems);
      f.figures().forEach((item, amount) -> amount(amount, "figures." + item, problems));
    } else if (q instanceof GiftCardsQuestion g) {
      age(g.citizen(), problems);
      for (int i = 0; i < g.sessions().size(); i++) {
        notAfter(g.sessions().get(i).date(), q.asOf(), "sessions[" + i + "].date", problems);
      }
      for (int i = 0; i < g.followUpSessions().size(); i++) {
        notAfter(g.followUpSessions().get(i).date(), q.asOf(), "followUpSessions[" + i + "].date", problems);
      }
      offer(standard, g.offer(), "offer", problems).ifPresent(kind -> schemeAge(standard, kind, g.citizen(), problems));
    }
    return problems.stream().sorted().toList();
  }

  /** Whether the list is within the limit (a problem if not); a problem for each date out of range. */
  private static boolean sessions(List<Session> sessions, String path, List<Problem> problems) {
    if (sessions.size() > MAX_SESSIONS) {
      problems.add(Problems.variant(path, ProblemCode.TOO_MANY_ENTRIES, "sessions", MAX_SESSIONS, sessions.size()));
      return false;
    }
    for (int i = 0; i < sessions.size(); i++) {
      CaseValidator.inRange(sessions.get(i).date(), path + "[" + i + "].date", problems);
    }
    return true;
  }

  /** An amount in DKK: not negative, below {@link #MAX_AMOUNT_DKK}, in whole øre at most. */
  private static void amount(BigDecimal amount, String path, List<Problem> problems) {
    if (amount.signum() < 0) {
      problems.add(Problems.variant(path, ProblemCode.INVALID_AMOUNT, "negative", Problem.shown(amount.toString())));
    } else if (amount.compareTo(BigDecimal.valueOf(MAX_AMOUNT_DKK)) >= 0) {
      problems.add(Problems.variant(path, ProblemCode.INVALID_AMOUNT, "too-large", Problems.grouped(MAX_AMOUNT_DKK),
          Problem.shown(amount.toString())));
    } else if (amount.stripTrailingZeros().scale() > 2) {
      problems.add(Problems.variant(path, ProblemCode.INVALID_AMOUNT, "precision", Problem.shown(amount.toString())));
    }
  }

  private static Optional<OfferKind> offer(QualityStandard standard, String offer, String path, List<Problem> problems) {
    Optional<OfferKind> kind = standard.offerKind(offer);
    if (kind.isEmpty()) {
      problems.add(CaseValidator.unknownOffer(path, offer, standard));
    }
    return kind;
  }

  private static void notAfter(LocalDate date, LocalDate asOf, String path, List<Problem> problems) {
    if (date.isAfter(asOf)) {
      problems.add(Problems.of(path, ProblemCode.AFTER_AS_OF, date, asOf));
    }
  }

  private static void age(Profile citizen, List<Problem> problems) {
    citizen.age().filter(a -> a < 0)
        .ifPresent(a -> problems.add(Problems.variant("citizen.age", ProblemCode.AGE_OUT_OF_RANGE, "negative", a)));
  }

  /** JAM-O5: a scheme for some ages needs the age, and a citizen outside them earns no cards. */
  private static void schemeAge(QualityStandard standard, OfferKind kind, Profile citizen, List<Problem> problems) {
    Optional<GiftCardScheme> scheme = standard.giftCards().stream().filter(s -> s.offerKinds().contains(kind)).findFirst();
    if (scheme.isEmpty() || !scheme.get().hasAgeLimit()) {
      return;
    }
    GiftCardScheme s = scheme.get();
    String range = s.minAge().map(String::valueOf).orElse("0") + "-" + s.maxAge().map(String::valueOf).orElse("");
    if (citizen.age().isEmpty()) {
      problems.add(Problems.variant("citizen.age", ProblemCode.REQUIRED, "scheme-age", standard.municipality().name(),
          s.source().rule(), range));
    } else if (!s.admitsAge(citizen.age().get()) && citizen.age().get() >= 0) {
      problems.add(Problems.variant("citizen.age", ProblemCode.AGE_OUT_OF_RANGE, "scheme", standard.municipality().name(),
          s.source().rule(), range, citizen.age().get()));
    }
  }
}
