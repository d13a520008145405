package dk.kvalitetsstandard.questions;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.kvalitetsstandard.cases.InvalidCaseException;
import dk.kvalitetsstandard.cases.internal.StrictJson;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.problem.Problem;
import dk.kvalitetsstandard.problem.ProblemCode;
import dk.kvalitetsstandard.problem.internal.Problems;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.FeeItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one question in its JSON form ({@code "question": "FREE_CHOICE"} and so on), reporting
 * every problem at once with its JSON path, as strictly as {@link
 * dk.kvalitetsstandard.cases.CaseFileReader} reads case files. A case file
 * given where a question is expected is named as such. The format is described in
 * {@code core/FORMATS.md}; every document this reader accepts is valid against
 * {@link dk.kvalitetsstandard.schema.FormatSchema#QUESTION}. Immutable and thread-safe.
 */
public final class QuestionReader {

  /** The four questions. */
  public enum Kind {
    /** May the citizen be treated by the chosen provider ({@link FreeChoiceQuestion})? */
    FREE_CHOICE,
    /** Which offers fit the citizen ({@link ScreeningQuestion})? */
    SCREENING,
    /** What does the citizen pay in an offer ({@link FeesQuestion})? */
    FEES,
    /** How many gift cards has the citizen earned ({@link GiftCardsQuestion})? */
    GIFT_CARDS
  }

  private static final Map<Kind, Set<String>> FIELDS = Map.of(
      Kind.FREE_CHOICE, Set.of("visited", "chosen", "medicine"),
      Kind.SCREENING, Set.of("citizen"),
      Kind.FEES, Set.of("offer", "citizen", "figures"),
      Kind.GIFT_CARDS, Set.of("offer", "citizen", "sessions", "followUpSessions"));

  private final QuestionValidator validator;

  private QuestionReader(StandardRegistry registry) {
    this.validator = new QuestionValidator(registry);
  }

  /**
   * Obtains a reader that checks municipalities, tracks and offers against a registry.
   *
   * @param registry the registry that holds the municipalities' standards, not null
   * @return the reader, not null
   */
  public static QuestionReader with(StandardRegistry registry) {
    return new QuestionReader(registry);
  }

  /**
   * Reads and checks a question.
   *
   * @param json the question as a JSON document, not null
   * @return the question, not null
   * @throws InvalidCaseException naming every problem with its JSON path
   */
  public Question read(String json) {
    Objects.requireNonNull(json, "json");
    List<Problem> problems = new ArrayList<>();
    StrictJson.Reading<QuestionJson> reading = StrictJson.read(json, QuestionJson.class, DOCUMENT, problems);
    if (reading.keys().contains("events") && !reading.keys().contains("question")) {
      throw new InvalidCaseException(DOCUMENT, List.of(Problems.variant("", ProblemCode.WRONG_DOCUMENT, "case-file")));
    }
    QuestionJson q = reading.value();
    Question question = null;
    if (q != null) {
      question = new Binding(problems).toQuestion(q);
      if (question != null && problems.isEmpty()) {
        problems.addAll(validator.problems(question));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidCaseException(DOCUMENT, problems.stream().distinct().toList());
    }
    return question;
  }

  private static final String DOCUMENT = "question";

  /** Turns one mirror into a question, noting what is missing; "is required" is said only where nothing else was. */
  private static final class Binding {
    private final List<Problem> problems;
    private final Set<String> reported = new HashSet<>();

    Binding(List<Problem> problems) {
      this.problems = problems;
      problems.forEach(p -> reported.add(p.path()));
    }

    private Question toQuestion(QuestionJson q) {
      require(q.question(), "question", problems);
      require(q.municipality(), "municipality", problems);
      require(q.asOf(), "asOf", problems);
      require(q.track(), "track", problems);
      if (q.question() == null) {
        return null;
      }
      Map<String, Object> given = new LinkedHashMap<>();
      given.put("visited", q.visited());
      given.put("chosen", q.chosen());
      given.put("medicine", q.medicine());
      given.put("citizen", q.citizen());
      given.put("offer", q.offer());
      given.put("figures", q.figures());
      given.put("sessions", q.sessions());
      given.put("followUpSessions", q.followUpSessions());
      given.forEach((field, value) -> {
        if (value != null && !FIELDS.get(q.question()).contains(field)) {
          problems.add(Problems.variant(field, ProblemCode.FIELD_NOT_TAKEN, "question", q.question(), field));
        }
      });
      Profile citizen = q.citizen() == null ? Profile.unknown() : q.citizen().toProfile();
      return switch (q.question()) {
        case FREE_CHOICE -> {
          if (require(q.chosen(), "chosen", problems) && require(q.chosen().offer(), "chosen.offer", problems)
              && q.visited() != null) {
            require(q.visited().offer(), "visited.offer", problems);
            require(q.visited().date(), "visited.date", problems);
          }
          yield complete(problems) ? FreeChoiceQuestion.builder().municipality(q.municipality()).asOf(q.asOf()).track(q.track())
              .visited(Optional.ofNullable(q.visited()).map(v -> FreeChoiceQuestion.Visited.of(v.offer(), v.date())))
              .chosen(FreeChoiceQuestion.Chosen.of(q.chosen().offer(), q.chosen().onTilbudsportalen(), q.chosen().isPublic()))
              .medicine(Optional.ofNullable(q.medicine())).build() : null;
        }
        case SCREENING -> complete(problems) ? ScreeningQuestion.builder().municipality(q.municipality()).asOf(q.asOf())
            .track(q.track()).citizen(citizen).build() : null;
        case FEES -> require(q.offer(), "offer", problems) && complete(problems)
            ? FeesQuestion.builder().municipality(q.municipality()).asOf(q.asOf()).track(q.track()).offer(q.offer())
                .citizen(citizen).figures(q.figures() == null ? Map.of() : q.figures()).build() : null;
        case GIFT_CARDS -> {
          require(q.offer(), "offer", problems);
          List<Session> sessions = sessions(q.sessions(), "sessions", problems);
          List<Session> followUps = sessions(q.followUpSessions(), "followUpSessions", problems);
          yield complete(problems) ? GiftCardsQuestion.builder().municipality(q.municipality()).asOf(q.asOf()).track(q.track())
              .offer(q.offer()).citizen(citizen).sessions(sessions).followUpSessions(followUps).build() : null;
        }
      };
    }

    private List<Session> sessions(List<SessionJson> given, String path, List<Problem> problems) {
      List<Session> sessions = new ArrayList<>();
      for (int i = 0; given != null && i < given.size(); i++) {
        SessionJson s = given.get(i);
        if (s != null && require(s.date(), path + "[" + i + "].date", problems)
            & require(s.attendance(), path + "[" + i + "].attendance", problems)) {
          sessions.add(Session.of(s.date(), s.attendance()));
        }
      }
      return sessions;
    }

    private static boolean complete(List<Problem> problems) {
      return problems.isEmpty();
    }

    private boolean require(Object value, String path, List<Problem> problems) {
      if (value == null) {
        if (reported.add(path)) {
          problems.add(Problems.of(path, ProblemCode.REQUIRED));
        }
        return false;
      }
      return true;
    }
  }

  /** The JSON mirror of a question: every field nullable, so that reading can go on past a bad one. */
  record QuestionJson(Kind question, String municipality, LocalDate asOf, Track track, VisitedJson visited,
      ChosenJson chosen, Medicine medicine, ProfileJson citizen, String offer, Map<FeeItem, BigDecimal> figures,
      List<SessionJson> sessions, List<SessionJson> followUpSessions) {}

  record VisitedJson(String offer, LocalDate date) {}

  record ChosenJson(String offer, Boolean onTilbudsportalen, @JsonProperty("public") Boolean isPublic) {}

  record SessionJson(LocalDate date, Attendance attendance) {}

  record ProfileJson(Integer age, Boolean selfSupporting, Boolean hasOwnHome, Boolean wantsSubstitution,
      Boolean mentalIllnessNeedingTreatment, Boolean otherSocialProblems, Boolean psychologicalProblems,
      Boolean needsMedicine, Boolean parentalConsent, Boolean pregnant, Boolean childrenUnder18) {

    Profile toProfile() {
      return Profile.builder().age(Optional.ofNullable(age)).selfSupporting(Optional.ofNullable(selfSupporting))
          .hasOwnHome(Optional.ofNullable(hasOwnHome)).wantsSubstitution(Optional.ofNullable(wantsSubstitution))
          .mentalIllnessNeedingTreatment(Optional.ofNullable(mentalIllnessNeedingTreatment))
          .otherSocialProblems(Optional.ofNullable(otherSocialProblems))
          .psychologicalProblems(Optional.ofNullable(psychologicalProblems)).needsMedicine(Optional.ofNullable(needsMedicine))
          .parentalConsent(Optional.ofNullable(parentalConsent)).pregnant(Optional.ofNullable(pregnant))
          .childrenUnder18(Optional.ofNullable(childrenUnder18)).build();
    }
  }
}
