package dk.kvalitetsstandard.cases;

import dk.kvalitetsstandard.cases.internal.CaseValidator;
import dk.kvalitetsstandard.cases.internal.StrictJson;
import dk.kvalitetsstandard.law.ContactChannel;
import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.problem.Problem;
import dk.kvalitetsstandard.problem.ProblemCode;
import dk.kvalitetsstandard.problem.internal.Problems;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a case file in its JSON form, reporting every problem at once with its JSON path: malformed
 * JSON, a key given twice, unknown fields, values of the wrong type, whole numbers given as
 * fractions or strings, malformed or impossible dates, unknown values, missing required fields, and
 * everything the check of a case against the law and its standard finds. The check of the JSON
 * and the binding are the library's own, on Jackson's parser; a bad value is recorded and reading
 * goes on, so one mistake does not hide the next. No message repeats a CPR number or names a Java
 * type. Reading takes time linear in the length of the document. The format is described in {@code
 * core/FORMATS.md}; every document this reader accepts is valid against {@link
 * dk.kvalitetsstandard.schema.FormatSchema#CASE_FILE}. This class is immutable and thread-safe.
 */
public final class CaseFileReader {

  private final CaseValidator validator;

  private CaseFileReader(CaseValidator validator) {
    this.validator = validator;
  }

  /**
   * Obtains a reader that checks municipalities, tracks and offers against a registry.
   *
   * @param registry the registry that holds the municipalities' standards, not null
   * @return the reader, not null
   */
  public static CaseFileReader with(StandardRegistry registry) {
    return new CaseFileReader(CaseValidator.with(registry));
  }

  /**
   * Reads and checks a case file.
   *
   * @param json the case file in its JSON form, not null
   * @return the case file, checked against the law and its municipality's standard, not null
   * @throws InvalidCaseException naming every problem, each with its JSON path; also if the
   *     document is a question rather than a case file
   */
  public CaseFile read(String json) {
    Objects.requireNonNull(json, "json");
    List<Problem> problems = new ArrayList<>();
    StrictJson.Reading<CaseJson> reading = StrictJson.read(json, CaseJson.class, DOCUMENT, problems);
    if (reading.keys().contains("question") && !reading.keys().contains("events")) {
      throw new InvalidCaseException(DOCUMENT, List.of(Problems.variant("", ProblemCode.WRONG_DOCUMENT, "question")));
    }
    CaseJson parsed = reading.value();
    List<Integer> originalIndex = new ArrayList<>();
    CaseFile caseFile = null;
    if (parsed != null) {
      // Paths whose value was bad already carry a problem; "is required" there would say it twice.
      java.util.Set<String> reported = problems.stream().map(Problem::path).collect(Collectors.toSet());
      List<Problem> more = new ArrayList<>();
      caseFile = toCaseFile(parsed, more, originalIndex);
      CaseFile checkable = caseFile != null ? caseFile : placeholder(parsed, more, originalIndex);
      if (checkable != null) {
        for (Problem p : validator.problems(checkable)) {
          if (caseFile != null || !dependsOnPlaceholder(p, parsed)) {
            more.add(p.at(renumber(p.path(), originalIndex)));
          }
        }
      }
      more.stream().filter(p -> !reported.contains(p.path())).forEach(problems::add);
    }
    if (!problems.isEmpty()) {
      throw new InvalidCaseException(DOCUMENT, problems.stream().distinct().toList());
    }
    return caseFile;
  }

  /**
   * A case file to check the rest against when a required top-level field is missing or bad: an
   * unknown municipality, the latest date, the social track. Problems that stem from these stand-ins
   * are dropped ({@link #dependsOnPlaceholder}).
   */
  private static CaseFile placeholder(CaseJson json, List<Problem> problems, List<Integer> originalIndex) {
    CaseJson filled = new CaseJson(json.municipality() == null ? PLACEHOLDER_MUNICIPALITY : json.municipality(),
        json.asOf() == null ? CaseValidator.LATEST_DATE : json.asOf(),
        json.track() == null ? Track.SOCIAL_DRUG : json.track(), json.citizen(), json.events());
    originalIndex.clear();
    return toCaseFile(filled, new ArrayList<>(), originalIndex);
  }

  private static final String PLACEHOLDER_MUNICIPALITY = "";

  private static final String DOCUMENT = "case file";

  private static final Pattern EVENT_PATH = Pattern.compile("^events\\[(\\d+)]");

  private static boolean dependsOnPlaceholder(Problem problem, CaseJson json) {
    boolean noMunicipality = json.municipality() == null;
    boolean noTrack = json.track() == null;
    return noMunicipality && (problem.path().equals("municipality") || problem.path().endsWith(".offer"))
        || noTrack && (problem.path().equals("track") || problem.path().startsWith("citizen.cpr")
            || problem.path().startsWith("citizen.name"));
  }

  private static CaseFile toCaseFile(CaseJson json, List<Problem> problems, List<Integer> originalIndex) {
    int before = problems.size();
    require(json.municipality(), "municipality", problems);
    require(json.asOf(), "asOf", problems);
    require(json.track(), "track", problems);
    Citizen citizen = json.citizen() == null ? Citizen.unknown() : citizen(json.citizen(), problems);
    List<CaseEvent> events = new ArrayList<>();
    List<EventJson> given = json.events() == null ? List.of() : json.events();
    for (int i = 0; i < given.size(); i++) {
      EventJson e = given.get(i);
      if (e == null) {
        continue; // null, or not an object: the reading has said so
      }
      if (e.type() == null || e.date() == null) {
        require(e.type(), "events[" + i + "].type", problems);
        require(e.date(), "events[" + i + "].date", problems);
      } else {
        events.add(CaseEvent.builder().type(e.type()).date(e.date()).channel(java.util.Optional.ofNullable(e.channel()))
            .offer(java.util.Optional.ofNullable(e.offer())).status(java.util.Optional.ofNullable(e.status()))
            .granted(java.util.Optional.ofNullable(e.granted())).subject(java.util.Optional.ofNullable(e.subject()))
            .outcome(java.util.Optional.ofNullable(e.outcome())).build());
        originalIndex.add(i);
      }
    }
    if (json.municipality() == null || json.asOf() == null || json.track() == null || problems.size() > before
        && problems.subList(before, problems.size()).stream().anyMatch(p -> p.path().startsWith("citizen.cpr"))) {
      return null;
    }
    return CaseFile.builder().municipality(json.municipality()).asOf(json.asOf()).track(json.track())
        .citizen(citizen).events(events).build();
  }

  private static Citizen citizen(CitizenJson json, List<Problem> problems) {
    Citizen.Builder citizen = Citizen.builder();
    citizen.age(java.util.Optional.ofNullable(json.age())).childrenUnder18(java.util.Optional.ofNullable(json.childrenUnder18()))
        .pregnant(java.util.Optional.ofNullable(json.pregnant())).hasOwnHome(java.util.Optional.ofNullable(json.hasOwnHome()))
        .name(java.util.Optional.ofNullable(json.name()));
    if (json.cpr() != null) {
      if (Cpr.isWellFormed(json.cpr())) {
        citizen.cpr(Cpr.of(json.cpr()));
      } else {
        problems.add(Problems.of("citizen.cpr", ProblemCode.INVALID_CPR));
      }
    }
    return citizen.build();
  }

  private static boolean require(Object value, String path, List<Problem> problems) {
    if (value == null) {
      problems.add(Problems.of(path, ProblemCode.REQUIRED));
      return false;
    }
    return true;
  }

  private static String renumber(String path, List<Integer> originalIndex) {
    Matcher m = EVENT_PATH.matcher(path);
    if (!m.find()) {
      return path;
    }
    return "events[" + originalIndex.get(Integer.parseInt(m.group(1))) + "]" + path.substring(m.end());
  }

  /** The JSON mirror of a case file: every field nullable, so that reading can go on past a bad one. */
  record CaseJson(String municipality, LocalDate asOf, Track track, CitizenJson citizen, List<EventJson> events) {}

  /** The JSON mirror of the citizen. */
  record CitizenJson(Integer age, Boolean childrenUnder18, Boolean pregnant, Boolean hasOwnHome, String cpr, String name) {}

  /** The JSON mirror of an event. */
  record EventJson(EventType type, LocalDate date, ContactChannel channel, String offer, EndStatus status, Boolean granted,
      ComplaintSubject subject, Outcome outcome) {}
}
