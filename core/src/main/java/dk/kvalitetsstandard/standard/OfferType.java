package dk.kvalitetsstandard.standard;

/**
 * What an offer is, finer than its {@link OfferKind}, with the kind it usually belongs to.
 */
public enum OfferType {
  COUNSELLING(OfferKind.COUNSELLING),
  PREVENTIVE(OfferKind.COUNSELLING),
  OUTPATIENT(OfferKind.OUTPATIENT),
  FAMILY_ORIENTED(OfferKind.OUTPATIENT),
  MOBILE(OfferKind.OUTPATIENT),
  DOCTOR_CONSULTATION(OfferKind.OUTPATIENT),
  MOTIVATIONAL(OfferKind.OUTPATIENT),
  YOUTH(OfferKind.OUTPATIENT),
  NADA(OfferKind.OUTPATIENT),
  PSYCHOLOGICAL_SCREENING(OfferKind.OUTPATIENT),
  PSYCHOLOGICAL_ASSESSMENT(OfferKind.OUTPATIENT),
  AFTERCARE(OfferKind.OUTPATIENT),
  RELAPSE_TREATMENT(OfferKind.OUTPATIENT),
  DAY(OfferKind.DAY),
  RESIDENTIAL(OfferKind.RESIDENTIAL),
  ANONYMOUS_OUTPATIENT(OfferKind.ANONYMOUS_OUTPATIENT),
  SUBSTITUTION(OfferKind.SUBSTITUTION),
  MEDICAL(OfferKind.SUBSTITUTION),
  MOVE(OfferKind.MOVE);

  private final OfferKind usualKind;

  OfferType(OfferKind usualKind) {
    this.usualKind = usualKind;
  }

  /** The kind an offer of this type has unless the standard says otherwise. */
  public OfferKind usualKind() {
    return usualKind;
  }
}
