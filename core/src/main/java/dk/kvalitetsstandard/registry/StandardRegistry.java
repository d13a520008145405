package dk.kvalitetsstandard.registry;

import dk.kvalitetsstandard.problem.Problem;
import dk.kvalitetsstandard.problem.ProblemCode;
import dk.kvalitetsstandard.problem.internal.Problems;
import dk.kvalitetsstandard.spi.StandardProvider;
import dk.kvalitetsstandard.standard.Municipality;
import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.standard.internal.StandardValidator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Every quality standard that plug-ins provide, found through {@link ServiceLoader}.
 *
 * <p>Loading sorts the standards by municipality code and start of validity, so the order never
 * depends on the class path, and refuses two providers that claim the same municipality for
 * overlapping periods, or one slug for two codes. A standard found on the class path is not
 * validated again at load: its module validates it when it is built, through the conformance kit
 * ({@code ConformanceKit}, which every plug-in's tests run), so that loading costs milliseconds
 * rather than the start of a validation engine. {@link #of} validates each standard it is given
 * against every constraint of the model, for standards made at run time. After
 * loading the registry never changes: it is immutable and thread-safe, and
 * {@link #defaultRegistry()} is loaded once, on first use.
 *
 * <pre>{@code
 * StandardRegistry registry = StandardRegistry.defaultRegistry();
 * Lookup lookup = registry.find("odsherred", LocalDate.of(2026, 3, 1));
 * QualityStandard standard = lookup.standard();
 * }</pre>
 */
public final class StandardRegistry {

  private static final Comparator<QualityStandard> ORDER = Comparator
      .comparing((QualityStandard s) -> s.municipality().code())
      .thenComparing(s -> s.validity().from().orElse(LocalDate.MIN));

  private final List<QualityStandard> standards;
  /** Each municipality's standards, oldest first, under its slug in lower case and under its code. */
  private final Map<String, List<QualityStandard>> byName = new HashMap<>();

  private StandardRegistry(List<QualityStandard> standards) {
    this.standards = List.copyOf(standards);
    for (QualityStandard standard : this.standards) {
      Municipality m = standard.municipality();
      for (String name : List.of(m.slug().toLowerCase(Locale.ROOT), m.code())) {
        byName.computeIfAbsent(name, k -> new ArrayList<>()).add(standard);
      }
    }
    byName.replaceAll((name, list) -> List.copyOf(list));
  }

  /** The standards named by {@code slugOrCode} (slug in any case, or code, trimmed); empty if none. */
  private List<QualityStandard> named(String slugOrCode) {
    String name = slugOrCode.trim();
    List<QualityStandard> found = byName.get(name);
    return found != null ? found : byName.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
  }

  /**
   * Obtains the registry of the providers visible to this library's class loader, loaded on first
   * use and shared after that.
   *
   * @return the default registry; never null
   * @throws RegistryException if a provider fails or two providers conflict, on first use
   */
  public static StandardRegistry defaultRegistry() {
    return DefaultHolder.INSTANCE;
  }

  /**
   * Loads the providers visible to {@code classLoader}; their standards were validated when their
   * modules were built (see the class comment).
   *
   * @param classLoader the class loader whose providers to load, not null
   * @return a new registry of those providers' standards
   * @throws RegistryException if a provider cannot be loaded, fails or gives no standard, or two
   *     providers conflict
   */
  public static StandardRegistry load(ClassLoader classLoader) {
    Objects.requireNonNull(classLoader, "classLoader");
    List<StandardProvider> providers = new ArrayList<>();
    try {
      ServiceLoader.load(StandardProvider.class, classLoader).forEach(providers::add);
    } catch (java.util.ServiceConfigurationError e) {
      throw new RegistryException(Problems.of("", ProblemCode.PROVIDER_NOT_LOADED, e.getMessage()), e);
    }
    return build(providers, false);
  }

  /**
   * Creates a registry of the given providers, sorted as if loaded; unlike {@link #load}, each
   * standard is validated.
   *
   * @param providers the providers, not null and without null elements
   * @return a new registry of those providers' standards
   * @throws RegistryException if a provider fails or gives no standard, or two providers conflict
   * @throws dk.kvalitetsstandard.standard.InvalidStandardException if a standard breaks its
   *     constraints
   */
  public static StandardRegistry of(List<? extends StandardProvider> providers) {
    return build(providers, true);
  }

  private static StandardRegistry build(List<? extends StandardProvider> providers, boolean validate) {
    List<Provided> provided = new ArrayList<>();
    for (StandardProvider provider : providers) {
      QualityStandard standard;
      try {
        standard = provider.standard();
      } catch (RuntimeException e) {
        throw new RegistryException(Problems.of("", ProblemCode.PROVIDER_FAILED, provider.getClass().getName(),
            e.getMessage()), e);
      }
      if (standard == null) {
        throw new RegistryException(Problems.variant("", ProblemCode.PROVIDER_FAILED, "nothing",
            provider.getClass().getName()));
      }
      if (validate) {
        StandardValidator.requireValid(standard);
      }
      provided.add(new Provided(provider.getClass().getName(), standard));
    }
    provided.sort(Comparator.comparing(Provided::standard, ORDER).thenComparing(Provided::provider));
    requireNoConflicts(provided);
    return new StandardRegistry(provided.stream().map(Provided::standard).toList());
  }

  /** {@return every standard, sorted by municipality code and start of validity; unmodifiable} */
  public List<QualityStandard> all() {
    return standards;
  }

  /** {@return every municipality with a standard, each once, sorted by code; unmodifiable} */
  public List<Municipality> municipalities() {
    return standards.stream().map(QualityStandard::municipality).distinct().toList();
  }

  /**
   * Every standard of the municipality named by {@code slugOrCode} (slug in any case, or the
   * four-digit code), oldest first.
   *
   * @param slugOrCode the municipality's slug in any case, or its code; surrounding white space is
   *     ignored; not null
   * @return the municipality's standards, oldest first; never empty, unmodifiable
   * @throws RegistryException if no standard of that municipality is known
   */
  public List<QualityStandard> standardsOf(String slugOrCode) {
    Objects.requireNonNull(slugOrCode, "slugOrCode");
    List<QualityStandard> found = named(slugOrCode);
    if (found.isEmpty()) {
      throw new RegistryException(standards.isEmpty()
          ? Problems.variant("", ProblemCode.UNKNOWN_MUNICIPALITY, "no-provider", Problem.quote(slugOrCode))
          : Problems.variant("", ProblemCode.UNKNOWN_MUNICIPALITY, "registry", Problem.quote(slugOrCode),
              municipalities().stream().map(m -> m.slug() + " (" + m.code() + ")").collect(Collectors.joining(", "))));
    }
    return found;
  }

  /**
   * Checks whether a standard of a municipality is known.
   *
   * @param slugOrCode the municipality's slug in any case, or its code; surrounding white space is
   *     ignored; not null
   * @return true if at least one standard of that municipality is known
   */
  public boolean knows(String slugOrCode) {
    return !named(slugOrCode).isEmpty();
  }

  /**
   * The municipality's standard for {@code date}: the one in force then; where the latest had
   * expired by then, that one, marked {@link InForce#EXPIRED}; where every one starts later, the
   * earliest, marked {@link InForce#NOT_YET_IN_FORCE}.
   *
   * @param slugOrCode the municipality's slug in any case, or its code; surrounding white space is
   *     ignored; not null
   * @param date the date asked about, not null
   * @return the standard found and how it relates to {@code date}; never null
   * @throws RegistryException if no standard of that municipality is known
   */
  public Lookup find(String slugOrCode, LocalDate date) {
    Objects.requireNonNull(date, "date");
    List<QualityStandard> candidates = standardsOf(slugOrCode);
    for (QualityStandard standard : candidates) {
      if (standard.isInForceOn(date)) {
        return new Lookup(standard, date, InForce.IN_FORCE);
      }
    }
    for (int i = candidates.size() - 1; i >= 0; i--) {
      if (candidates.get(i).validity().hasExpiredBy(date)) {
        return new Lookup(candidates.get(i), date, InForce.EXPIRED);
      }
    }
    return new Lookup(candidates.get(0), date, InForce.NOT_YET_IN_FORCE);
  }

  private record Provided(String provider, QualityStandard standard) {}

  private static void requireNoConflicts(List<Provided> provided) {
    List<Object> conflicts = new ArrayList<>();
    for (int i = 0; i < provided.size(); i++) {
      for (int j = i + 1; j < provided.size(); j++) {
        QualityStandard a = provided.get(i).standard();
        QualityStandard b = provided.get(j).standard();
        Municipality ma = a.municipality();
        Municipality mb = b.municipality();
        if (ma.code().equals(mb.code()) && a.validity().overlaps(b.validity())) {
          conflicts.add(Problems.phrase("conflict.overlap", ma, a.validity(), b.validity(), provided.get(i).provider(),
              provided.get(j).provider()));
        } else if (ma.slug().equals(mb.slug()) != ma.code().equals(mb.code())) {
          conflicts.add(Problems.phrase("conflict.claimed", Problem.quote(ma.slug()), ma.code(), ma,
              mb.name() + " (" + mb.code() + ", " + mb.slug() + ")", provided.get(i).provider(), provided.get(j).provider()));
        }
      }
    }
    if (!conflicts.isEmpty()) {
      throw new RegistryException(Problems.of("", ProblemCode.CONFLICTING_PROVIDERS, Problems.list(conflicts)));
    }
  }

  @Override
  public String toString() {
    return "StandardRegistry" + municipalities();
  }

  private static final class DefaultHolder {
    static final StandardRegistry INSTANCE = load(StandardRegistry.class.getClassLoader());
  }
}
