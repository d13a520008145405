package dk.kvalitetsstandard.law;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A rule of law whose citation depends on the date: the succession of references that carried it
 * over time (NAT-Y1: since 1 January 2024 treatment of under-18s is given under Barnets lov, not
 * the Social Services Act).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Provision {

  private final List<LegalReference> versions;

  private Provision(List<LegalReference> versions) {
    if (versions.isEmpty()) {
      throw new IllegalArgumentException("a provision needs at least one reference");
    }
    this.versions = List.copyOf(versions);
  }

  /**
   * Obtains a provision carried by one reference throughout.
   *
   * @param reference the reference, not null
   * @return the provision
   * @throws NullPointerException if {@code reference} is null
   */
  public static Provision of(LegalReference reference) {
    return new Provision(List.of(reference));
  }

  /**
   * Obtains a provision carried by the given references in turn, each with its period in force.
   *
   * @param first the earliest reference, not null
   * @param later the references that carried the provision after it, oldest first; none null
   * @return the provision
   * @throws NullPointerException if a reference is null
   */
  public static Provision of(LegalReference first, LegalReference... later) {
    return new Provision(java.util.stream.Stream.concat(
        java.util.stream.Stream.of(first), java.util.stream.Stream.of(later)).toList());
  }

  /** {@return every reference that has carried the provision, oldest first; never empty, unmodifiable} */
  public List<LegalReference> versions() {
    return versions;
  }

  /**
   * Gives the reference in force on a date.
   *
   * @param date the date, not null
   * @return the reference in force on {@code date}; where none is (a date before the first
   *     version), the earliest version
   * @throws NullPointerException if {@code date} is null
   */
  public LegalReference inForceOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (versions.size() == 1) {
      return versions.get(0); // in force or not, the one version is the answer
    }
    for (int i = 0; i < versions.size(); i++) {
      LegalReference version = versions.get(i);
      if (version.isInForceOn(date)) {
        return version;
      }
    }
    return versions.get(0);
  }

  /** {@return the reference in force today by the law's own succession: the latest version} */
  public LegalReference current() {
    return versions.get(versions.size() - 1);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Provision p && p.versions.equals(versions);
  }

  @Override
  public int hashCode() {
    return versions.hashCode();
  }

  @Override
  public String toString() {
    return versions.toString();
  }
}
