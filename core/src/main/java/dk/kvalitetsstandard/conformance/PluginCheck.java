package dk.kvalitetsstandard.conformance;

import dk.kvalitetsstandard.registry.Lookup;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.spi.StandardProvider;
import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.standard.internal.StandardValidator;
import dk.kvalitetsstandard.standardfile.InvalidStandardFileException;
import dk.kvalitetsstandard.standardfile.StandardFile;
import dk.kvalitetsstandard.standardfile.StandardFileProvider;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Checks a municipality plug-in the way the registry and its users will meet it: the provider is
 * registered twice ({@code module-info.java} and {@code META-INF/services}), is found by
 * {@link StandardRegistry} by slug and by code, gives a valid standard, and that standard carries
 * every expected rule ID; a provider of a standard file ({@link StandardFileProvider}) gives the
 * standard its file holds, and the file passes {@link StandardFile#check}. Every problem is
 * collected; {@link #assertPasses()} reports them all at once.
 *
 * <pre>{@code
 * PluginCheck.of(OdsherredStandardProvider.class).expectRules(ids).assertPasses();
 * }</pre>
 *
 * <p>Instances are not thread-safe; make one per check.
 */
public final class PluginCheck {

  private static final String SERVICE_FILE = "META-INF/services/" + StandardProvider.class.getName();

  private final Class<? extends StandardProvider> providerClass;
  private final SortedSet<String> expectedRules = new TreeSet<>();
  private boolean moduleDescriptorRequired = true;
  private ClassLoader loader;

  private PluginCheck(Class<? extends StandardProvider> providerClass) {
    this.providerClass = Objects.requireNonNull(providerClass, "providerClass");
    this.loader = providerClass.getClassLoader();
  }

  /**
   * Looks for the registration and discovers the provider through another class loader than the
   * provider's own.
   *
   * @param classLoader the class loader, not null
   * @return this check
   */
  public PluginCheck withClassLoader(ClassLoader classLoader) {
    this.loader = Objects.requireNonNull(classLoader, "classLoader");
    return this;
  }

  /**
   * Obtains a check of a plug-in's provider, which requires a module descriptor and looks for the
   * registration through the provider's own class loader.
   *
   * @param providerClass the plug-in's provider, which must have a public no-argument constructor;
   *     not null
   * @return a new check, not null
   */
  public static PluginCheck of(Class<? extends StandardProvider> providerClass) {
    return new PluginCheck(providerClass);
  }

  /**
   * Also requires that the standard's elements carry every given rule ID, besides those required
   * before.
   *
   * @param ruleIds the rule IDs, such as {@code NAT-G1}, not null
   * @return this check
   */
  public PluginCheck expectRules(Collection<String> ruleIds) {
    expectedRules.addAll(ruleIds);
    return this;
  }

  /**
   * Stops requiring a {@code module-info.java}, for a plug-in used only on the class path.
   *
   * @return this check
   */
  public PluginCheck withoutModuleDescriptor() {
    moduleDescriptorRequired = false;
    return this;
  }

  /**
   * Runs the check and collects every problem found.
   *
   * @return every problem, as a message in English; empty when the plug-in passes
   * @throws java.io.UncheckedIOException if a service registration file cannot be read
   */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    checkServiceFile(problems);
    if (moduleDescriptorRequired) {
      checkModuleDescriptor(problems);
    }
    QualityStandard standard = instantiate(problems);
    if (standard != null) {
      problems.addAll(StandardValidator.problems(standard).stream().map(p -> "standard: " + p).toList());
      checkFile(standard, problems);
      checkDiscovery(standard, problems);
      SortedSet<String> missing = new TreeSet<>(expectedRules);
      missing.removeAll(standard.ruleIds());
      if (!missing.isEmpty()) {
        problems.add("the standard carries no element for the rules " + String.join(", ", missing));
      }
    }
    return Collections.unmodifiableList(problems);
  }

  /**
   * Runs the check, throwing if the plug-in has any problem.
   *
   * @throws AssertionError naming every problem
   * @throws java.io.UncheckedIOException if a service registration file cannot be read
   */
  public void assertPasses() {
    List<String> problems = problems();
    if (!problems.isEmpty()) {
      throw new AssertionError("The plug-in " + providerClass.getName() + " fails " + problems.size()
          + " check(s):\n  - " + String.join("\n  - ", problems));
    }
  }

  private QualityStandard instantiate(List<String> problems) {
    try {
      return providerClass.getConstructor().newInstance().standard();
    } catch (ReflectiveOperationException | RuntimeException e) {
      problems.add("the provider cannot be created with its public no-argument constructor: " + e);
      return null;
    }
  }

  /**
   * For a provider of a standard file: the file itself passes {@link StandardFile#check} and holds
   * the standard the provider gives, which the class compiled from the file builds without reading it.
   */
  private void checkFile(QualityStandard standard, List<String> problems) {
    try {
      if (providerClass.getConstructor().newInstance() instanceof StandardFileProvider provider) {
        if (!provider.checkFile().equals(standard)) {
          problems.add("the standard the provider gives is not the one its file " + provider.fileName()
              + " holds: the class compiled from the file builds another");
        }
      }
    } catch (InvalidStandardFileException e) {
      problems.add(e.getMessage());
    } catch (ReflectiveOperationException | RuntimeException e) {
      problems.add("the provider's standard file cannot be read: " + e);
    }
  }

  private void checkServiceFile(List<String> problems) {
    boolean listed = false;
    try {
      for (URL url : Collections.list(loader.getResources(SERVICE_FILE))) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
          listed |= reader.lines().map(l -> l.replaceAll("#.*", "").trim()).anyMatch(providerClass.getName()::equals);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!listed) {
      problems.add("no " + SERVICE_FILE + " lists " + providerClass.getName());
    }
  }

  private void checkModuleDescriptor(List<String> problems) {
    Path location;
    try {
      location = Path.of(providerClass.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | RuntimeException e) {
      problems.add("the location of " + providerClass.getName() + " cannot be read: " + e);
      return;
    }
    List<ModuleDescriptor> modules;
    try {
      modules = ModuleFinder.of(location).findAll().stream().map(m -> m.descriptor()).toList();
    } catch (RuntimeException e) {
      problems.add("the module at " + location + " cannot be read: " + e.getMessage());
      return;
    }
    boolean provides = modules.stream().flatMap(m -> m.provides().stream())
        .anyMatch(p -> p.service().equals(StandardProvider.class.getName())
            && p.providers().contains(providerClass.getName()));
    if (!provides) {
      problems.add("no module-info.java at " + location + " declares 'provides " + StandardProvider.class.getName()
          + " with " + providerClass.getName() + "'");
    }
  }

  private void checkDiscovery(QualityStandard standard, List<String> problems) {
    StandardRegistry registry;
    try {
      registry = StandardRegistry.load(loader);
    } catch (RuntimeException e) {
      problems.add("the registry cannot load the providers on this class path: " + e.getMessage());
      return;
    }
    String slug = standard.municipality().slug();
    String code = standard.municipality().code();
    for (String name : List.of(slug, code)) {
      if (!registry.knows(name) || !registry.standardsOf(name).contains(standard)) {
        problems.add("the registry does not find the standard by '" + name + "'");
      }
    }
    LocalDate probe = standard.validity().from().orElse(LocalDate.of(2020, 1, 1));
    if (registry.knows(slug)) {
      Lookup lookup = registry.find(slug, probe);
      if (!lookup.standard().equals(standard)) {
        problems.add("the registry finds another standard of " + slug + " on " + probe);
      }
    }
  }
}
