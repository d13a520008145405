package dk.kvalitetsstandard.conformance;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.conformance.property.ForAll;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.spi.StandardProvider;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The whole conformance kit in one call, for a plug-in author's tests or an auditor's run:
 * the plug-in checks ({@link PluginCheck}), the standard's checklist and floor findings
 * ({@link StandardChecker}), and the library's laws ({@link Laws}) for the standard: the deadline
 * laws over generated case histories, the laws of the four answers over generated questions, the
 * laws of the check against the law over the standard's mutations, and the date arithmetic for
 * every date from 2020 to 2030. The plug-in is checked alone, in a registry of its own,
 * so other plug-ins on the class path cannot disturb the result. No test framework is needed.
 *
 * <pre>{@code
 * ConformanceKit.forProvider(MyStandardProvider.class).expectRules(ids).checkOn(LocalDate.of(2026, 11, 1)).assertPasses();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ConformanceKit {

  private final Class<? extends StandardProvider> providerClass;
  private final List<String> expectedRules;
  private final int cases;
  private final boolean moduleDescriptorRequired;
  private final ClassLoader loader;

  private ConformanceKit(Class<? extends StandardProvider> providerClass, List<String> expectedRules, int cases,
      boolean moduleDescriptorRequired, ClassLoader loader) {
    this.providerClass = Objects.requireNonNull(providerClass, "providerClass");
    this.expectedRules = List.copyOf(expectedRules);
    this.cases = cases;
    this.moduleDescriptorRequired = moduleDescriptorRequired;
    this.loader = Objects.requireNonNull(loader, "loader");
  }

  /**
   * Obtains the kit for a plug-in's provider: 200 generated cases or questions per property, a
   * module descriptor required, and the registration looked for through the provider's own class
   * loader.
   *
   * @param providerClass the plug-in's provider, which must have a public no-argument constructor;
   *     not null
   * @return the kit, not null
   */
  public static ConformanceKit forProvider(Class<? extends StandardProvider> providerClass) {
    return new ConformanceKit(providerClass, List.of(), 200, true, providerClass.getClassLoader());
  }

  /**
   * Returns a copy of this kit that also requires the standard to carry every given rule ID. The
   * IDs replace those given before.
   *
   * @param ruleIds the rule IDs, such as {@code NAT-G1}, that the standard's elements must carry;
   *     not null
   * @return a kit with the expected rule IDs, not null
   */
  public ConformanceKit expectRules(Collection<String> ruleIds) {
    return new ConformanceKit(providerClass, ruleIds.stream().toList(), cases, moduleDescriptorRequired, loader);
  }

  /**
   * Returns a copy of this kit that generates a given number of cases or questions per property,
   * unless the system property {@value ForAll#TRIES_PROPERTY} is set.
   *
   * @param count the number of cases or questions per property, at least 1; a smaller count makes
   *     {@link #checkOn} throw
   * @return a kit with the count, not null
   */
  public ConformanceKit cases(int count) {
    return new ConformanceKit(providerClass, expectedRules, count, moduleDescriptorRequired, loader);
  }

  /**
   * Returns a copy of this kit for a plug-in that is used only on the class path: registration
   * through {@code META-INF/services} suffices and no {@code module-info.java} is required.
   *
   * @return a kit that requires no module descriptor, not null
   */
  public ConformanceKit classPathOnly() {
    return new ConformanceKit(providerClass, expectedRules, cases, false, loader);
  }

  /**
   * Returns a copy of this kit that looks for the registration and discovers the provider through
   * another class loader than the provider's own.
   *
   * @param classLoader the class loader, not null
   * @return a kit with the class loader, not null
   */
  public ConformanceKit withClassLoader(ClassLoader classLoader) {
    return new ConformanceKit(providerClass, expectedRules, cases, moduleDescriptorRequired, classLoader);
  }

  /**
   * Runs every check as on a date: the plug-in checks, the standard's checklist and floor findings
   * on that date, and the library's laws for the standard.
   *
   * <p>If the provider cannot be created, or throws when asked for its standard, the report holds
   * the plug-in problems and a standard check with {@code "?"} for municipality and title and
   * nothing else. If the standard cannot be put in a registry of its own, the report holds the
   * plug-in problems and the checklist alone. A law that fails or throws is a property failure in
   * the report, not an exception.
   *
   * @param on the date the standard is checked against the law on, not null
   * @return the report, not null
   * @throws IllegalArgumentException if the count given to {@link #cases} is below 1
   * @throws java.io.UncheckedIOException if a service registration file cannot be read
   */
  public ConformanceReport checkOn(LocalDate on) {
    PluginCheck pluginCheck = PluginCheck.of(providerClass).expectRules(expectedRules).withClassLoader(loader);
    if (!moduleDescriptorRequired) {
      pluginCheck = pluginCheck.withoutModuleDescriptor();
    }
    List<String> problems = new ArrayList<>(pluginCheck.problems());
    StandardProvider provider;
    QualityStandard standard;
    try {
      provider = providerClass.getConstructor().newInstance();
      standard = provider.standard();
    } catch (ReflectiveOperationException | RuntimeException e) {
      return ConformanceReport.builder().provider(providerClass.getName()).pluginProblems(problems)
          .standard(StandardCheck.builder().municipality("?").title("?").checkedOn(on).build()).build();
    }
    StandardRegistry alone;
    try {
      alone = StandardRegistry.of(List.of(provider));
    } catch (RuntimeException e) {
      return ConformanceReport.builder().provider(providerClass.getName()).pluginProblems(problems)
          .standard(StandardCheck.builder().municipality(standard.municipality().slug()).title(standard.title()).checkedOn(on)
              .contents(StandardChecker.checklist(standard)).build()).build();
    }
    StandardCheck check = StandardChecker.of(alone, PublicHolidays.denmark()).check(standard, on);
    List<String> failures = new ArrayList<>();
    Laws.of(alone).withSettings(ForAll.settings().tries(cases)).alsoCheckedOn(on).checks(standard)
        .forEach(law -> law.failure().ifPresent(failures::add));
    return ConformanceReport.builder().provider(providerClass.getName()).pluginProblems(problems).standard(check)
        .propertyFailures(failures).build();
  }
}
