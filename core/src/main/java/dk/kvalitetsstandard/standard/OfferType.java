package dk.kvalitetsstandard.standard;

/**
 * What an offer is, finer than its {@link OfferKind}, with the kind it usually belongs to.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum OfferType {
  /** Counselling (rådgivning); usually counselling. */
  COUNSELLING(OfferKind.COUNSELLING),
  /** Preventive or outreach work; usually counselling. */
  PREVENTIVE(OfferKind.COUNSELLING),
  /** Outpatient treatment: individual talks and group courses; usually outpatient. */
  OUTPATIENT(OfferKind.OUTPATIENT),
  /** Treatment that involves the partner and children; usually outpatient. */
  FAMILY_ORIENTED(OfferKind.OUTPATIENT),
  /** Treatment in the citizen's own home; usually outpatient. */
  MOBILE(OfferKind.OUTPATIENT),
  /** A consultation with a doctor (NAT-G6); usually outpatient. */
  DOCTOR_CONSULTATION(OfferKind.OUTPATIENT),
  /** A course of motivational talks; usually outpatient. */
  MOTIVATIONAL(OfferKind.OUTPATIENT),
  /** An offer for young citizens; usually outpatient. */
  YOUTH(OfferKind.OUTPATIENT),
  /** NADA ear acupuncture, as supporting treatment; usually outpatient. */
  NADA(OfferKind.OUTPATIENT),
  /** A psychological screening; usually outpatient. */
  PSYCHOLOGICAL_SCREENING(OfferKind.OUTPATIENT),
  /** A psychological assessment; usually outpatient. */
  PSYCHOLOGICAL_ASSESSMENT(OfferKind.OUTPATIENT),
  /** Aftercare and relapse prevention after a course; usually outpatient. */
  AFTERCARE(OfferKind.OUTPATIENT),
  /** Treatment after a relapse; usually outpatient. */
  RELAPSE_TREATMENT(OfferKind.OUTPATIENT),
  /** Day treatment; usually day. */
  DAY(OfferKind.DAY),
  /** Residential treatment; usually residential. */
  RESIDENTIAL(OfferKind.RESIDENTIAL),
  /** Anonymous outpatient treatment under SEL § 101 a; usually anonymous outpatient. */
  ANONYMOUS_OUTPATIENT(OfferKind.ANONYMOUS_OUTPATIENT),
  /** Substitution treatment of opioid dependence; usually substitution. */
  SUBSTITUTION(OfferKind.SUBSTITUTION),
  /** Other medical treatment of drug use, including dispensing of medicine; usually substitution. */
  MEDICAL(OfferKind.SUBSTITUTION),
  /** MOVE, a structured outpatient course; usually MOVE. */
  MOVE(OfferKind.MOVE);

  private final OfferKind usualKind;

  OfferType(OfferKind usualKind) {
    this.usualKind = usualKind;
  }

  /** {@return the kind an offer of this type has unless the standard says otherwise} */
  public OfferKind usualKind() {
    return usualKind;
  }
}
