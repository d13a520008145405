package dk.kvalitetsstandard.cases.internal;

import dk.kvalitetsstandard.cases.CaseFile;

/**
 * The way to the field in which a {@link CaseFile} keeps what the case check found: the registry
 * the case was found valid against and the standard found for it. The field is no part of the
 * value (not in {@code equals}, {@code hashCode}, JSON or {@code toString}); a case built anew,
 * from its parts or from another case, is a new instance and is checked anew. {@link CaseFile}
 * installs the access when it is initialised, before any case exists; this class has that happen
 * before anything else can install one.
 */
public final class CaseMemo {

  /** Reads and writes the field; implemented by {@link CaseFile} alone. */
  public interface Access {

    /**
     * Reads what the check of a case found.
     *
     * @param caseFile the case, not null
     * @return what the check found, or null where it has not been checked
     */
    Object get(CaseFile caseFile);

    /**
     * Records what the check of a case found.
     *
     * @param caseFile the case, not null
     * @param memo what the check found, not null
     */
    void set(CaseFile caseFile, Object memo);
  }

  private static volatile Access access;

  static {
    try {
      Class.forName(CaseFile.class.getName(), true, CaseMemo.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private CaseMemo() {}

  /**
   * Installs the access; {@link CaseFile}'s initialiser calls this once.
   *
   * @param installed the access, not null
   * @throws IllegalStateException if an access is already installed
   */
  public static synchronized void install(Access installed) {
    if (access != null) {
      throw new IllegalStateException("the case memo's access is installed already");
    }
    access = installed;
  }

  // Installed: a case exists, so its class has been initialised.
  static Object get(CaseFile caseFile) {
    return access.get(caseFile);
  }

  static void set(CaseFile caseFile, Object memo) {
    access.set(caseFile, memo);
  }
}
