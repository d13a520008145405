package dk.kvalitetsstandard.law;

import java.time.LocalDate;

/**
 * The legal track a case runs on. Each track has its own legal basis and its own guarantee.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Track {
  /** Social drug treatment, SEL § 101. */
  SOCIAL_DRUG("Social stofmisbrugsbehandling", Provisions.SOCIAL_TREATMENT, Provisions.TREATMENT_GUARANTEE),
  /** Anonymous outpatient drug treatment, SEL § 101 a: outside the 14-day guarantee (NAT-G3). */
  ANONYMOUS_DRUG("Anonym ambulant stofmisbrugsbehandling", Provisions.ANONYMOUS_TREATMENT, null),
  /** Medical drug treatment (substitution), SUL § 142. */
  MEDICAL_DRUG("Lægelig stofmisbrugsbehandling", Provisions.MEDICAL_TREATMENT, Provisions.MEDICAL_GUARANTEE),
  /** Alcohol treatment, SUL § 141. */
  ALCOHOL("Alkoholbehandling", Provisions.ALCOHOL_TREATMENT, Provisions.ALCOHOL_GUARANTEE);

  private final String danishName;
  private final Provision basis;
  private final Provision guarantee;

  Track(String danishName, Provision basis, Provision guarantee) {
    this.danishName = danishName;
    this.basis = basis;
    this.guarantee = guarantee;
  }

  /** {@return the Danish name of the track, for example {@code Alkoholbehandling}} */
  public String danishName() {
    return danishName;
  }

  /**
   * Gives the provision under which treatment on this track is given on a date, for a citizen of a
   * given age. Social treatment of under-18s moved to Barnets lov in 2024 (NAT-Y1).
   *
   * @param date the date, not null
   * @param age the citizen's age in years, or null when unknown (then read as 18 or older)
   * @return the legal basis in force on {@code date}
   */
  public LegalReference legalBasis(LocalDate date, Integer age) {
    if (this == SOCIAL_DRUG && age != null && age < 18) {
      return Provisions.SOCIAL_TREATMENT_UNDER_18.inForceOn(date);
    }
    return basis.inForceOn(date);
  }

  /**
   * Checks whether the 14-day guarantee covers this track (NAT-G1, NAT-G3, NAT-G4, NAT-G5).
   *
   * @return true on every track except {@link #ANONYMOUS_DRUG}
   */
  public boolean hasGuarantee() {
    return guarantee != null;
  }

  /**
   * Gives the provision that gives this track its 14-day guarantee.
   *
   * @return the provision of the guarantee
   * @throws IllegalStateException on {@link #ANONYMOUS_DRUG}, which has none (NAT-G3)
   */
  public Provision guarantee() {
    if (guarantee == null) {
      throw new IllegalStateException(name() + " has no treatment guarantee (NAT-G3)");
    }
    return guarantee;
  }
}
