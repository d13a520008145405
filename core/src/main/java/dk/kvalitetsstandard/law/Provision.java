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

  /** A provision carried by one reference throughout. */
  public static Provision of(LegalReference reference) {
    return new Provision(List.of(reference));
  }

  /** A provision carried by the given references in turn, each with its period in force. */
  public static Provision of(LegalReference first, LegalReference... later) {
    return new Provision(java.util.stream.Stream.concat(
        java.util.stream.Stream.of(first), java.util.stream.Stream.of(later)).toList());
  }

  /** Every reference that has carried the provision, oldest first; never empty. */
  public List<LegalReference> versions() {
    return versions;
  }

  /**
   * The reference in force on {@code date}; where none is (a date before the first version), the
   * earliest version.
   */
  public LegalReference inForceOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    for (LegalReference version : versions) {
      if (version.isInForceOn(date)) {
        return version;
      }
    }
    return versions.get(0);
  }

  /** The reference in force today by the law's own succession: the latest version. */
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
