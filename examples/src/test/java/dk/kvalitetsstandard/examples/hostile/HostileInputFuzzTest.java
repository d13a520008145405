package dk.kvalitetsstandard.examples.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.conformance.property.CaseFiles;
import dk.kvalitetsstandard.json.Json;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A seeded mutation fuzzer over case files and questions, run through the tool in process (its
 * {@link ToolProvider}). It starts from valid documents (the examples, and cases the conformance
 * kit's generator makes for each of the five standards, some with a CPR number) and mutates them:
 * values of the wrong type, nulls, missing and extra fields, bad and extreme dates, huge numbers,
 * unicode and control characters, long strings, deep nesting, duplicate keys, identical events,
 * CPR-like strings in values and keys, truncation and stray bytes. On every input it checks:
 *
 * <ul>
 *   <li>the exit code is 0 or 1 (never 2, a usage error, for what is in a file; never 3, an
 *       internal error), and no exception escapes the tool;
 *   <li>standard error shows no CPR-like value, neither one of the input nor any other;
 *   <li>standard error names no Java exception, class or package;
 *   <li>standard output is empty when the exit code is not 0, and JSON when a JSON command succeeds.
 * </ul>
 *
 * <p>The normal build runs {@value #DEFAULT_INPUTS} inputs. A long run, with the figures printed at
 * the end:
 *
 * <pre>
 * mvn -B -pl examples -am verify -Dtest=HostileInputFuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dfuzz.inputs=1000000 -Dfuzz.threads=2 [-Dfuzz.seed=20261201]
 * </pre>
 *
 * The same seed gives the same inputs; a failure names the seed and the input's number.
 */
class HostileInputFuzzTest {

  static final int DEFAULT_INPUTS = 2000;

  private static final long SEED = Long.getLong("fuzz.seed", 20261201L);
  private static final int INPUTS = Integer.getInteger("fuzz.inputs", DEFAULT_INPUTS);
  private static final int THREADS = Integer.getInteger("fuzz.threads", 1);

  /** A long run says how far it has come after every so many inputs. */
  private static final int PROGRESS = 50_000;

  private static final Pattern CPR_LIKE = Pattern.compile("[0-9]{6}-?[0-9]{4}");
  private static final List<String> JAVA_NAMES = List.of("Exception", "Error:", "java.", "javax.", "jakarta.",
      "tools.jackson", "com.fasterxml", "at dk.", "dk.kvalitetsstandard", "picocli.", "Immutable", "\tat ", "Caused by");

  @TempDir
  Path dir;

  @Test
  @DisplayName("Mutated case files and questions: exit 0 or 1, no CPR and no Java name on standard error, no output on failure")
  void fuzz() throws Exception {
    ToolProvider tool = ToolProvider.findFirst("standards-cli").orElseThrow();
    Seeds seeds = Seeds.load();
    Findings findings = new Findings();
    AtomicInteger next = new AtomicInteger();
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        Path file = dir.resolve("input-" + t + ".json");
        workers.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < INPUTS; i = next.getAndIncrement()) {
            runOne(tool, seeds, i, file, findings);
            if ((i + 1) % PROGRESS == 0) {
              System.out.printf("fuzz: %d inputs so far, %d failures, %d distinct, %.0f s%n", i + 1, findings.failures.get(),
                  findings.distinct.size(), (System.nanoTime() - start) / 1e9);
            }
          }
          return null;
        }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("fuzz: seed %d, %d inputs (%d exit 0, %d exit 1), %d failures, %d distinct, %.1f s, %d thread(s)%n",
        SEED, INPUTS, findings.exit0.get(), findings.exit1.get(), findings.failures.get(), findings.distinct.size(),
        seconds, THREADS);
    assertEquals(0, findings.failures.get(), findings.report());
    assertTrue(findings.exit0.get() > INPUTS / 50 && findings.exit1.get() > INPUTS / 2,
        "the inputs should reach both the reports and the errors: " + findings.exit0 + " and " + findings.exit1);
  }

  private static void runOne(ToolProvider tool, Seeds seeds, int index, Path file, Findings findings) throws IOException {
    SplittableRandom random = new SplittableRandom(SEED ^ (0x9E3779B97F4A7C15L * (index + 1)));
    boolean question = random.nextInt(3) == 0;
    Node document = (question ? seeds.questions : seeds.cases).get(random.nextInt((question ? seeds.questions : seeds.cases).size()))
        .copy();
    Mutator mutator = new Mutator(random);
    int mutations = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(3);
    for (int m = 0; m < mutations; m++) {
      document = mutator.mutate(document);
    }
    byte[] input = mutator.text(document.write());
    Files.write(file, input);
    List<String> args = new ArrayList<>(List.of(question ^ random.nextInt(20) == 0 ? "assess" : "report", file.toString()));
    if (args.get(0).equals("report")) {
      switch (random.nextInt(40)) {
        case 0, 1, 2, 3 -> args.addAll(List.of("--format", "text"));
        case 4, 5, 6, 7 -> args.addAll(List.of("--lang", "da"));
        case 8 -> args.set(0, "compare");
        default -> { }
      }
    } else if (random.nextInt(6) == 0) {
      args.addAll(List.of("--lang", "da"));
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try {
      code = tool.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
    } catch (Throwable e) {
      findings.fail(index, "uncaught " + e.getClass().getSimpleName(), input, "");
      return;
    }
    String inputText = new String(input, StandardCharsets.UTF_8);
    String stdout = out.toString();
    String stderr = err.toString();
    if (code == 0) {
      findings.exit0.incrementAndGet();
    } else if (code == 1) {
      findings.exit1.incrementAndGet();
    } else {
      findings.fail(index, "exit code " + code, input, stderr);
    }
    if (code != 0 && !stdout.isEmpty()) {
      findings.fail(index, "standard output on failure", input, stderr);
    }
    if (code == 0 && !args.get(0).equals("compare") && !args.contains("text")) {
      try {
        Json.mapper().readTree(stdout);
      } catch (RuntimeException e) {
        findings.fail(index, "standard output is not JSON", input, stdout);
      }
    }
    if (CPR_LIKE.matcher(stderr).find()) {
      findings.fail(index, "a CPR-like value on standard error", input, stderr);
    }
    for (String cpr : cprLike(inputText)) {
      if (stdout.contains(cpr)) {
        findings.fail(index, "a CPR-like value of the input on standard output", input, stderr);
      }
    }
    for (String name : JAVA_NAMES) {
      if (stderr.contains(name)) {
        findings.fail(index, "'" + name.strip() + "' on standard error", input, stderr);
      }
    }
  }

  /** Every CPR-like run in {@code text}, overlapping ones included. */
  private static Set<String> cprLike(String text) {
    Set<String> found = new LinkedHashSet<>();
    Matcher m = CPR_LIKE.matcher(text);
    int from = 0;
    while (from < text.length() && m.find(from)) {
      found.add(m.group());
      from = m.start() + 1;
    }
    return found;
  }

  /** What the run found: counts, and the first inputs of each kind of failure. */
  private static final class Findings {
    final AtomicInteger exit0 = new AtomicInteger();
    final AtomicInteger exit1 = new AtomicInteger();
    final AtomicInteger failures = new AtomicInteger();
    final Map<String, String> distinct = Collections.synchronizedMap(new LinkedHashMap<>());

    void fail(int index, String what, byte[] input, String output) {
      failures.incrementAndGet();
      String text = new String(input, StandardCharsets.UTF_8);
      distinct.putIfAbsent(what + " / " + firstLine(output).replaceAll("[0-9]+", "#"),
          "seed " + SEED + " input " + index + ": " + what + "\n  input: "
              + CPR_LIKE.matcher(text.length() > 600 ? text.substring(0, 600) + "…" : text).replaceAll("<cpr>")
              + "\n  output: " + CPR_LIKE.matcher(output.length() > 600 ? output.substring(0, 600) + "…" : output)
                  .replaceAll("<cpr>"));
    }

    private static String firstLine(String text) {
      String first = text.lines().filter(l -> !l.isBlank()).skip(1).findFirst().orElse(text.lines().findFirst().orElse(""));
      return first.length() > 80 ? first.substring(0, 80) : first;
    }

    String report() {
      synchronized (distinct) {
        return failures + " failures, " + distinct.size() + " distinct:\n" + String.join("\n", distinct.values().stream()
            .limit(10).toList());
      }
    }
  }

  /** The valid documents the mutations start from. */
  private record Seeds(List<Node> cases, List<Node> questions) {

    static Seeds load() throws IOException {
      List<Node> cases = new ArrayList<>();
      cases.add(Node.of(Json.mapper().readTree(Files.readString(Path.of("cases/odsherred-guarantee.json")))));
      for (QualityStandard standard : StandardRegistry.defaultRegistry().all()) {
        CaseFiles generator = CaseFiles.of(standard);
        for (long seed = 1; seed <= 12; seed++) {
          CaseFile generated = generator.generate(seed * 7919);
          cases.add(Node.of(Json.mapper().readTree(Json.mapper().writeValueAsString(generated))));
        }
      }
      List<Node> questions = new ArrayList<>();
      try (var files = Files.list(Path.of("questions"))) {
        for (Path file : files.sorted().toList()) {
          questions.add(Node.of(Json.mapper().readTree(Files.readString(file))));
        }
      }
      for (String extra : List.of("""
          {"question": "FEES", "municipality": "odsherred", "asOf": "2026-03-01", "track": "SOCIAL_DRUG",
           "offer": "RESIDENTIAL", "citizen": {"hasOwnHome": false}, "figures": {"BOARD": 1200.50, "LODGING": 800}}""", """
          {"question": "GIFT_CARDS", "municipality": "jammerbugt", "asOf": "2026-06-01", "track": "SOCIAL_DRUG",
           "offer": "OUTPATIENT", "citizen": {"age": 19},
           "sessions": [{"date": "2026-01-05", "attendance": "ATTENDED"}, {"date": "2026-01-12", "attendance": "ATTENDED"}],
           "followUpSessions": []}""", """
          {"question": "FREE_CHOICE", "municipality": "gentofte", "asOf": "2026-03-01", "track": "MEDICAL_DRUG",
           "visited": {"offer": "SUBSTITUTION", "date": "2026-02-01"},
           "chosen": {"offer": "SUBSTITUTION", "onTilbudsportalen": true, "public": true}, "medicine": "METHADONE"}""", """
          {"question": "SCREENING", "municipality": "ringsted", "asOf": "2026-03-01", "track": "SOCIAL_DRUG",
           "citizen": {"age": 17, "selfSupporting": false, "hasOwnHome": null, "parentalConsent": true}}""")) {
        questions.add(Node.of(Json.mapper().readTree(extra)));
      }
      return new Seeds(cases, questions);
    }
  }

  /**
   * A JSON document as the fuzzer edits it: objects are lists of entries, so a key can be given
   * twice, and numbers keep their text, so they can be as large as JSON allows.
   */
  private sealed interface Node {

    Node copy();

    default String write() {
      StringBuilder out = new StringBuilder();
      write(out);
      return out.toString();
    }

    void write(StringBuilder out);

    static Node of(JsonNode json) {
      if (json.isObject()) {
        Obj obj = new Obj(new ArrayList<>());
        json.properties().forEach(e -> obj.entries().add(new Entry(e.getKey(), of(e.getValue()))));
        return obj;
      }
      if (json.isArray()) {
        Arr arr = new Arr(new ArrayList<>());
        json.values().forEach(v -> arr.items().add(of(v)));
        return arr;
      }
      if (json.isString()) {
        return new Str(json.asString());
      }
      return new Raw(json.toString());
    }
  }

  private record Entry(String key, Node value) {}

  private record Obj(List<Entry> entries) implements Node {
    @Override
    public Node copy() {
      return new Obj(new ArrayList<>(entries.stream().map(e -> new Entry(e.key(), e.value().copy())).toList()));
    }

    @Override
    public void write(StringBuilder out) {
      out.append('{');
      for (int i = 0; i < entries.size(); i++) {
        out.append(i == 0 ? "" : ", ");
        Str.quote(entries.get(i).key(), out);
        out.append(": ");
        entries.get(i).value().write(out);
      }
      out.append('}');
    }
  }

  private record Arr(List<Node> items) implements Node {
    @Override
    public Node copy() {
      return new Arr(new ArrayList<>(items.stream().map(Node::copy).toList()));
    }

    @Override
    public void write(StringBuilder out) {
      out.append('[');
      for (int i = 0; i < items.size(); i++) {
        out.append(i == 0 ? "" : ", ");
        items.get(i).write(out);
      }
      out.append(']');
    }
  }

  private record Str(String value) implements Node {
    @Override
    public Node copy() {
      return this;
    }

    @Override
    public void write(StringBuilder out) {
      quote(value, out);
    }

    static void quote(String value, StringBuilder out) {
      out.append('"');
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '"' || c == '\\') {
          out.append('\\').append(c);
        } else if (c < 0x20) {
          out.append(String.format("\\u%04x", (int) c));
        } else {
          out.append(c);
        }
      }
      out.append('"');
    }
  }

  /** A number, true, false or null, written as it stands. */
  private record Raw(String text) implements Node {
    @Override
    public Node copy() {
      return this;
    }

    @Override
    public void write(StringBuilder out) {
      out.append(text);
    }
  }

  /** The mutations, all drawn from one seeded random source. */
  private static final class Mutator {

    private static final List<String> CPRS = List.of("0102031234", "010203-1234", "3112999999", "121212-1212", "0000000000");

    private static final List<String> DATES = List.of("2026-02-30", "+999999999-12-31", "-999999999-01-01", "0000-01-01",
        "1899-12-31", "1900-01-01", "2199-12-31", "2200-01-01", "2026-1-5", "2026-01-05T10:00", "05-01-2026",
        "2026-13-01", "2024-02-29", "2023-02-29", "9999-12-31", "2026-01-05", "2025-12-31", "", "2026-01-05 ");

    private static final List<String> NUMBERS = List.of("0", "-1", "17", "17.99", "17.0", "1.7e1", "-0", "1e999999999",
        "-1e999999999", "1e-999999999", "99999999999999999999999", "2147483647", "2147483648", "-2147483649", "130",
        "131", "1000000000", "1.5", "1e308", "1E+2", "0.001", "1102031234", "4.9e-324", "123456789012345678901234567890.5");

    private static final List<String> WORDS = List.of("CONTACT", "TREATMENT_START", "TREATMENT_END", "FOLLOW_UP",
        "DECISION_RECEIVED", "COMPLAINT", "PHONE", "IN_PERSON", "OUTPATIENT", "RESIDENTIAL", "MOVE", "COMPLETED",
        "REFUSED", "SOCIAL_TREATMENT", "SOCIAL_DRUG", "ANONYMOUS_DRUG", "ALCOHOL", "MEDICAL_DRUG", "FEES", "GIFT_CARDS",
        "SCREENING", "FREE_CHOICE", "ATTENDED", "NO_SHOW", "BOARD", "TREATMENT", "METHADONE", "randers", "0730",
        "gentofte", "odsherred", "ringsted", "jammerbugt", "aarhus", "phone", "Contact", " PHONE", "PHONE\n");

    private static final List<String> KEYS = List.of("type", "date", "channel", "offer", "status", "granted", "subject",
        "outcome", "municipality", "asOf", "track", "citizen", "events", "age", "cpr", "name", "question", "figures",
        "sessions", "followUpSessions", "visited", "chosen", "public", "medicine", "attendance", "colour", "", " ",
        "a.b", "[0]", "events[0]", "\"", "\\", "\u0000", "1234", "0", "æøå", "\u202e", "__proto__", "$ref");

    private static final List<String> ODD = List.of("\u0000", "\u0007", "\n", "\r\n", "\t", "\u202e", "\ufeff", "\u2028",
        "\ud83d\ude00", "\ud800", "\udfff", "æøå ÆØÅ", "\u0301", "\\", "\"", "'", "<script>", "%s%n", "${x}", "{}", "[]");

    private final SplittableRandom random;

    Mutator(SplittableRandom random) {
      this.random = random;
    }

    private <T> T pick(List<T> list) {
      return list.get(random.nextInt(list.size()));
    }

    private String cpr() {
      String cpr = pick(CPRS);
      return switch (random.nextInt(4)) {
        case 0 -> cpr;
        case 1 -> "x" + cpr + "y";
        case 2 -> cpr + cpr.replace("-", "");
        default -> String.format("%06d%04d", random.nextInt(1_000_000), random.nextInt(10_000));
      };
    }

    /** A value that a field might be given by mistake or by malice. */
    Node hostileValue() {
      return switch (random.nextInt(16)) {
        case 0 -> new Str(pick(DATES));
        case 1 -> new Raw(pick(NUMBERS));
        case 2 -> new Str(pick(NUMBERS));
        case 3 -> new Raw(pick(List.of("true", "false", "null")));
        case 4 -> new Str(pick(List.of("true", "false", "null")));
        case 5 -> new Str(pick(WORDS));
        case 6 -> new Str(cpr());
        case 7 -> new Raw(cpr().replaceAll("[^0-9]", ""));
        case 8 -> new Str(pick(ODD) + pick(WORDS) + pick(ODD));
        case 9 -> new Str("x".repeat(random.nextInt(3) == 0 ? 20_000 + random.nextInt(100_000) : 100 + random.nextInt(2000)));
        case 10 -> new Arr(new ArrayList<>(List.of(new Raw("2026"), new Raw("1"), new Raw("5"))));
        case 11 -> nested(1 + random.nextInt(random.nextInt(4) == 0 ? 200 : 10));
        case 12 -> new Obj(new ArrayList<>(List.of(new Entry(pick(KEYS), new Str(pick(WORDS))))));
        case 13 -> new Arr(new ArrayList<>(List.of(new Raw("null"))));
        case 14 -> new Raw("1" + "0".repeat(random.nextInt(2) == 0 ? 900 + random.nextInt(200) : 20));
        default -> new Obj(new ArrayList<>());
      };
    }

    private Node nested(int depth) {
      Node node = new Raw("1");
      for (int i = 0; i < depth; i++) {
        node = random.nextBoolean() ? new Arr(new ArrayList<>(List.of(node)))
            : new Obj(new ArrayList<>(List.of(new Entry(pick(KEYS), node))));
      }
      return node;
    }

    private String hostileKey() {
      return switch (random.nextInt(4)) {
        case 0 -> cpr();
        case 1 -> pick(KEYS) + (random.nextBoolean() ? "" : pick(ODD));
        case 2 -> "k".repeat(random.nextInt(5) == 0 ? 60_000 : 1 + random.nextInt(200));
        default -> pick(KEYS);
      };
    }

    /** Every container of {@code node}, itself included. */
    private static void containers(Node node, List<Node> out) {
      if (node instanceof Obj obj) {
        out.add(obj);
        obj.entries().forEach(e -> containers(e.value(), out));
      } else if (node instanceof Arr arr) {
        out.add(arr);
        arr.items().forEach(i -> containers(i, out));
      }
    }

    Node mutate(Node document) {
      List<Node> containers = new ArrayList<>();
      containers(document, containers);
      Node target = pick(containers);
      int op = random.nextInt(12);
      if (target instanceof Obj obj) {
        List<Entry> entries = obj.entries();
        int at = entries.isEmpty() ? 0 : random.nextInt(entries.size());
        switch (op) {
          case 0, 1, 2 -> {
            if (!entries.isEmpty()) {
              entries.set(at, new Entry(entries.get(at).key(), hostileValue()));
            }
          }
          case 3 -> {
            if (!entries.isEmpty()) {
              entries.remove(at);
            }
          }
          case 4 -> entries.add(random.nextInt(entries.size() + 1), new Entry(hostileKey(), hostileValue()));
          case 5 -> {
            if (!entries.isEmpty()) {
              Entry e = entries.get(at);
              Node again = switch (random.nextInt(3)) {
                case 0 -> new Raw("null");
                case 1 -> e.value().copy();
                default -> hostileValue();
              };
              entries.add(random.nextInt(entries.size() + 1), new Entry(e.key(), again));
            }
          }
          case 6 -> {
            if (!entries.isEmpty()) {
              entries.set(at, new Entry(hostileKey(), entries.get(at).value()));
            }
          }
          case 7 -> cprEverywhere(document);
          case 8 -> {
            if (!entries.isEmpty()) {
              entries.set(at, new Entry(entries.get(at).key(), new Raw("null")));
            }
          }
          case 9 -> {
            if (!entries.isEmpty()) {
              entries.set(at, new Entry(entries.get(at).key(), new Arr(new ArrayList<>(List.of(entries.get(at).value())))));
            }
          }
          default -> {
            if (!entries.isEmpty() && entries.get(at).value() instanceof Str) {
              entries.set(at, new Entry(entries.get(at).key(), new Str(pick(DATES))));
            } else if (!entries.isEmpty()) {
              entries.set(at, new Entry(entries.get(at).key(), new Raw(pick(NUMBERS))));
            }
          }
        }
      } else if (target instanceof Arr arr) {
        List<Node> items = arr.items();
        int at = items.isEmpty() ? 0 : random.nextInt(items.size());
        switch (op) {
          case 0, 1 -> {
            if (!items.isEmpty()) {
              int copies = random.nextInt(10) == 0 ? 50 + random.nextInt(400) : 1 + random.nextInt(4);
              for (int c = 0; c < copies; c++) {
                items.add(at, items.get(at).copy());
              }
            }
          }
          case 2, 3 -> {
            if (!items.isEmpty()) {
              items.set(at, hostileValue());
            }
          }
          case 4 -> {
            if (!items.isEmpty()) {
              items.remove(at);
            }
          }
          case 5 -> items.add(at, new Raw("null"));
          case 6 -> Collections.shuffle(items, new java.util.Random(random.nextLong()));
          case 7 -> cprEverywhere(document);
          default -> items.add(at, hostileValue());
        }
      }
      return document;
    }

    /** A CPR-like string in (nearly) every key and every string value. */
    private void cprEverywhere(Node node) {
      if (node instanceof Obj obj) {
        for (int i = 0; i < obj.entries().size(); i++) {
          Entry e = obj.entries().get(i);
          cprEverywhere(e.value());
          String key = random.nextInt(3) == 0 ? cpr() : e.key();
          Node value = e.value() instanceof Str s && random.nextBoolean() ? new Str(random.nextBoolean() ? cpr() : s.value() + cpr())
              : e.value();
          obj.entries().set(i, new Entry(key, value));
        }
      } else if (node instanceof Arr arr) {
        for (int i = 0; i < arr.items().size(); i++) {
          cprEverywhere(arr.items().get(i));
          if (arr.items().get(i) instanceof Str && random.nextBoolean()) {
            arr.items().set(i, new Str(cpr()));
          }
        }
      }
    }

    /** The document as bytes, now and then damaged as text: cut short, stray characters or bytes, spans lost or repeated. */
    byte[] text(String json) {
      if (random.nextInt(4) != 0) {
        return json.getBytes(StandardCharsets.UTF_8);
      }
      int at = json.isEmpty() ? 0 : random.nextInt(json.length());
      String damaged = switch (random.nextInt(8)) {
        case 0 -> json.substring(0, at);
        case 1 -> json.substring(0, at) + pick(ODD) + json.substring(at);
        case 2 -> json.substring(0, at) + pick(List.of("{", "}", "[", "]", ",", ":", "\"", "/*", "//", "NaN", "'"))
            + json.substring(at);
        case 3 -> json.substring(0, at) + json.substring(Math.min(json.length(), at + 1 + random.nextInt(20)));
        case 4 -> json.substring(0, at) + json.substring(at, Math.min(json.length(), at + random.nextInt(40))) + json.substring(at);
        case 5 -> pick(List.of("", " ", "\n", "null", "[]", "{}", "\"x\"", "42", "{\"a\":", "\ufeff{}", "{} {}", "[{}]"));
        case 6 -> "\ufeff" + json;
        default -> null;
      };
      if (damaged != null) {
        return damaged.getBytes(StandardCharsets.UTF_8);
      }
      byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
      byte[] out = new byte[bytes.length + 1];
      int pos = random.nextInt(bytes.length + 1);
      System.arraycopy(bytes, 0, out, 0, pos);
      out[pos] = (byte) pick(List.of(0xFF, 0xC3, 0x80, 0xED, 0xF4, 0x00)).intValue();
      System.arraycopy(bytes, pos, out, pos + 1, bytes.length - pos);
      return out;
    }
  }
}
