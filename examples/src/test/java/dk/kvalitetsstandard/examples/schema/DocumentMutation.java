package dk.kvalitetsstandard.examples.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One change to a valid case file or question, of one of the kinds in {@link Change}. The
 * structural ones make a document the reader must refuse (an unknown key, a value of the wrong
 * type, a required field left out or null, a value not in its list, a date that is none or out of
 * range, null in a list, a field the event or question does not take, an identifier on an
 * anonymous case); the others leave out or null an optional field, which the reader may accept.
 *
 * @param change what was changed
 * @param where the JSON path of the change
 * @param document the changed document
 */
record DocumentMutation(Change change, String where, ObjectNode document) {

  /** The kinds of change. */
  enum Change {
    UNKNOWN_KEY(true), WRONG_TYPE(true), MISSING_FIELD(true), BAD_ENUM(true), BAD_DATE(true), NULL_IN_LIST(true),
    FIELD_NOT_TAKEN(true), IDENTIFIED_ANONYMOUS(true), OPTIONAL_NULL(false), OPTIONAL_REMOVED(false);

    private final boolean structural;

    Change(boolean structural) {
      this.structural = structural;
    }

    /** Whether the change makes a document the reader must refuse for its structure. */
    boolean structural() {
      return structural;
    }
  }

  /** Which format a document is in, and what that format requires and lists. */
  enum Format { CASE_FILE, QUESTION }

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The synthetic CPR number the project's tests use. */
  private static final String SYNTHETIC_CPR = "0101901234";

  /** For each event type, the fields it takes besides its date. */
  private static final Map<String, List<String>> EVENT_FIELDS = Map.of(
      "CONTACT", List.of("channel"),
      "UNDER18_GUARANTEE_DECISION", List.of("granted"),
      "TREATMENT_START", List.of("offer"),
      "TREATMENT_END", List.of("status"),
      "DECISION_RECEIVED", List.of("subject", "outcome"));

  /** A valid value of each field an event may take. */
  private static final Map<String, JsonNode> EVENT_FIELD_VALUES = Map.of(
      "channel", NODES.stringNode("PHONE"), "offer", NODES.stringNode("OUTPATIENT"), "status", NODES.stringNode("COMPLETED"),
      "granted", NODES.booleanNode(true), "subject", NODES.stringNode("SOCIAL_TREATMENT"), "outcome", NODES.stringNode("GRANTED"));

  /** For each question, the fields it takes besides the four every question has. */
  private static final Map<String, List<String>> QUESTION_FIELDS = Map.of(
      "FREE_CHOICE", List.of("visited", "chosen", "medicine"),
      "SCREENING", List.of("citizen"),
      "FEES", List.of("offer", "citizen", "figures"),
      "GIFT_CARDS", List.of("offer", "citizen", "sessions", "followUpSessions"));

  /** A value of the right shape for each field a question may take. */
  private static final Map<String, JsonNode> QUESTION_FIELD_VALUES = Map.of(
      "visited", NODES.objectNode().put("offer", "OUTPATIENT").put("date", "2026-01-05"),
      "chosen", NODES.objectNode().put("offer", "OUTPATIENT"), "medicine", NODES.stringNode("METHADONE"),
      "citizen", NODES.objectNode(), "offer", NODES.stringNode("OUTPATIENT"), "figures", NODES.objectNode(),
      "sessions", NODES.arrayNode(), "followUpSessions", NODES.arrayNode());

  private static final Set<String> ENUM_FIELDS = Set.of("track", "type", "channel", "status", "subject", "outcome", "question",
      "medicine", "attendance");

  private static final Set<String> DATE_FIELDS = Set.of("asOf", "date");

  private static final List<String> BAD_DATES = List.of("2026-02-30", "2025-02-29", "2026-1-5", "05-01-2026",
      "2026-01-05T10:00", "1899-12-31", "2200-01-01", "20260105", "");

  private static final List<String> UNKNOWN_KEYS = List.of("note", "Track", "asof", "extra", "events2", "comment");

  /** Where a value stands: its parent and its key or index. */
  private record Place(String path, JsonNode parent, String key, int index) {

    JsonNode value() {
      return key != null ? parent.get(key) : parent.get(index);
    }

    void set(JsonNode value) {
      if (key != null) {
        ((ObjectNode) parent).set(key, value);
      } else {
        ((ArrayNode) parent).set(index, value);
      }
    }

    String name() {
      return key;
    }
  }

  /**
   * {@code valid} with one change of the kind {@code change}, where the document offers a place for
   * it; the document is copied, never changed.
   */
  static Optional<DocumentMutation> of(Format format, ObjectNode valid, Change change, SplittableRandom random) {
    ObjectNode doc = valid.deepCopy();
    List<Place> places = new ArrayList<>();
    collect(doc, "", places);
    Optional<String> where = switch (change) {
      case UNKNOWN_KEY -> unknownKey(doc, places, random);
      case WRONG_TYPE -> wrongType(places, random);
      case MISSING_FIELD -> missing(format, doc, places, random);
      case BAD_ENUM -> badEnum(places, random);
      case BAD_DATE -> badDate(places, random);
      case NULL_IN_LIST -> nullInList(places, random);
      case FIELD_NOT_TAKEN -> fieldNotTaken(format, doc, places, random);
      case IDENTIFIED_ANONYMOUS -> format == Format.CASE_FILE ? identified(doc, random) : Optional.empty();
      case OPTIONAL_NULL, OPTIONAL_REMOVED -> optional(format, doc, places, change == Change.OPTIONAL_REMOVED, random);
    };
    return where.map(w -> new DocumentMutation(change, w, doc));
  }

  private static void collect(JsonNode node, String path, List<Place> places) {
    if (node instanceof ObjectNode object) {
      for (String key : object.propertyNames()) {
        String at = path.isEmpty() ? key : path + "." + key;
        places.add(new Place(at, object, key, -1));
        collect(object.get(key), at, places);
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        String at = path + "[" + i + "]";
        places.add(new Place(at, array, null, i));
        collect(array.get(i), at, places);
      }
    }
  }

  private static <T> Optional<T> pick(List<T> options, SplittableRandom random) {
    return options.isEmpty() ? Optional.empty() : Optional.of(options.get(random.nextInt(options.size())));
  }

  private static Optional<String> unknownKey(ObjectNode doc, List<Place> places, SplittableRandom random) {
    List<ObjectNode> objects = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    objects.add(doc);
    paths.add("");
    for (Place p : places) {
      if (p.value() instanceof ObjectNode o) {
        objects.add(o);
        paths.add(p.path());
      }
    }
    int i = random.nextInt(objects.size());
    String key = UNKNOWN_KEYS.get(random.nextInt(UNKNOWN_KEYS.size()));
    if (objects.get(i).has(key)) {
      return Optional.empty();
    }
    objects.get(i).put(key, random.nextBoolean() ? "x" : "1");
    return Optional.of(paths.get(i) + (paths.get(i).isEmpty() ? "" : ".") + key);
  }

  private static Optional<String> wrongType(List<Place> places, SplittableRandom random) {
    return pick(places.stream().filter(p -> !p.value().isNull()).toList(), random).map(p -> {
      JsonNode v = p.value();
      JsonNode other;
      if (v.isString()) {
        other = random.nextBoolean() ? NODES.numberNode(7) : NODES.booleanNode(true);
      } else if (v.isBoolean()) {
        other = NODES.stringNode(v.asString());
      } else if (v.isNumber()) {
        other = random.nextBoolean() ? NODES.stringNode(v.asString()) : NODES.booleanNode(false);
      } else if (v.isObject()) {
        other = random.nextBoolean() ? NODES.arrayNode() : NODES.stringNode("x");
      } else {
        other = random.nextBoolean() ? NODES.objectNode() : NODES.numberNode(1);
      }
      p.set(other);
      return p.path();
    });
  }

  private static Optional<String> missing(Format format, ObjectNode doc, List<Place> places, SplittableRandom random) {
    List<Place> required = new ArrayList<>();
    for (Place p : places) {
      if (p.value().isNull() || p.name() == null) {
        continue;
      }
      String path = p.path();
      boolean topLevel = p.parent() == doc;
      boolean isRequired = switch (format) {
        case CASE_FILE -> topLevel && Set.of("municipality", "asOf", "track").contains(p.name())
            || path.matches("events\\[\\d+]\\.(type|date)")
            || path.matches("events\\[\\d+]\\.\\w+") && EVENT_FIELDS.getOrDefault(p.parent().path("type").asString(), List.of())
                .contains(p.name());
        case QUESTION -> topLevel && Set.of("question", "municipality", "asOf", "track").contains(p.name())
            || topLevel && p.name().equals("chosen") && doc.path("question").asString().equals("FREE_CHOICE")
            || topLevel && p.name().equals("offer") && Set.of("FEES", "GIFT_CARDS").contains(doc.path("question").asString())
            || path.matches("chosen\\.offer|visited\\.(offer|date)")
            || path.matches("(sessions|followUpSessions)\\[\\d+]\\.(date|attendance)");
      };
      if (isRequired) {
        required.add(p);
      }
    }
    return pick(required, random).map(p -> {
      if (random.nextBoolean()) {
        ((ObjectNode) p.parent()).remove(p.name());
      } else {
        p.set(NODES.nullNode());
      }
      return p.path();
    });
  }

  private static Optional<String> badEnum(List<Place> places, SplittableRandom random) {
    List<Place> enums = places.stream().filter(p -> p.name() != null && ENUM_FIELDS.contains(p.name()) && p.value().isString())
        .toList();
    return pick(enums, random).map(p -> {
      String value = p.value().asString();
      String bad = switch (random.nextInt(4)) {
        case 0 -> value.toLowerCase(java.util.Locale.ROOT);
        case 1 -> value + "S";
        case 2 -> "";
        default -> "UNKNOWN_VALUE";
      };
      p.set(NODES.stringNode(bad));
      return p.path();
    });
  }

  private static Optional<String> badDate(List<Place> places, SplittableRandom random) {
    return pick(places.stream().filter(p -> p.name() != null && DATE_FIELDS.contains(p.name()) && p.value().isString()).toList(),
        random).map(p -> {
          p.set(NODES.stringNode(BAD_DATES.get(random.nextInt(BAD_DATES.size()))));
          return p.path();
        });
  }

  private static Optional<String> nullInList(List<Place> places, SplittableRandom random) {
    return pick(places.stream().filter(p -> p.name() == null).toList(), random).map(p -> {
      p.set(NODES.nullNode());
      return p.path();
    });
  }

  private static Optional<String> fieldNotTaken(Format format, ObjectNode doc, List<Place> places, SplittableRandom random) {
    if (format == Format.CASE_FILE) {
      return pick(places.stream().filter(p -> p.path().matches("events\\[\\d+]") && p.value().isObject()).toList(), random)
          .flatMap(p -> {
            ObjectNode event = (ObjectNode) p.value();
            List<String> takes = EVENT_FIELDS.getOrDefault(event.path("type").asString(), List.of());
            List<String> others = EVENT_FIELD_VALUES.keySet().stream().filter(f -> !takes.contains(f)).sorted().toList();
            return pick(others, random).map(field -> {
              event.set(field, EVENT_FIELD_VALUES.get(field));
              return p.path() + "." + field;
            });
          });
    }
    List<String> takes = QUESTION_FIELDS.getOrDefault(doc.path("question").asString(), List.of());
    List<String> others = QUESTION_FIELD_VALUES.keySet().stream().filter(f -> !takes.contains(f)).sorted().toList();
    return pick(others, random).map(field -> {
      doc.set(field, QUESTION_FIELD_VALUES.get(field).deepCopy());
      return field;
    });
  }

  private static Optional<String> identified(ObjectNode doc, SplittableRandom random) {
    doc.put("track", "ANONYMOUS_DRUG");
    ObjectNode citizen = doc.get("citizen") instanceof ObjectNode c ? c : doc.putObject("citizen");
    String field = random.nextBoolean() ? "cpr" : "name";
    citizen.put(field, field.equals("cpr") ? SYNTHETIC_CPR : "Anna Jensen");
    return Optional.of("citizen." + field);
  }

  /** An optional field left out or made null: the citizen or one of its facts, a list, a field of another kind. */
  private static Optional<String> optional(Format format, ObjectNode doc, List<Place> places, boolean remove,
      SplittableRandom random) {
    List<Place> optional = new ArrayList<>();
    for (Place p : places) {
      if (p.name() == null) {
        continue;
      }
      String path = p.path();
      boolean isOptional = switch (format) {
        case CASE_FILE -> path.equals("citizen") || path.equals("events") || path.matches("citizen\\.\\w+")
            || path.matches("events\\[\\d+]\\.\\w+") && !path.matches("events\\[\\d+]\\.(type|date)")
                && !EVENT_FIELDS.getOrDefault(p.parent().path("type").asString(), List.of()).contains(p.name());
        case QUESTION -> path.matches("citizen(\\.\\w+)?|visited|medicine|figures(\\.\\w+)?|sessions|followUpSessions")
            || path.matches("chosen\\.(onTilbudsportalen|public)")
            || p.parent() == doc && !QUESTION_FIELDS.getOrDefault(doc.path("question").asString(), List.of()).contains(p.name())
                && QUESTION_FIELD_VALUES.containsKey(p.name());
      };
      if (isOptional) {
        optional.add(p);
      }
    }
    return pick(optional, random).map(p -> {
      if (remove) {
        ((ObjectNode) p.parent()).remove(p.name());
      } else {
        p.set(NODES.nullNode());
      }
      return p.path();
    });
  }
}
