package dk.kvalitetsstandard.law;

import java.time.LocalDate;

/**
 * The provisions the library cites, each defined once. Where a provision moved (NAT-Y1), its
 * {@link Provision} holds every version with its period in force.
 */
public final class Provisions {

  /** 1 January 2024: Barnets lov takes over the rules for under-18s from the Social Services Act (NAT-Y1). */
  public static final LocalDate BARNETS_LOV_IN_FORCE = LocalDate.of(2024, 1, 1);

  private static final LocalDate LAST_DAY_BEFORE_BARNETS_LOV = BARNETS_LOV_IN_FORCE.minusDays(1);

  /** SEL § 101: social treatment of drug use. */
  public static final Provision SOCIAL_TREATMENT = Provision.of(LegalReference.of(Act.SEL, "101"));

  /**
   * Social treatment of a person under 18: SEL § 101 until 31 December 2023, Barnets lov § 33
   * from 1 January 2024 (NAT-Y1).
   */
  public static final Provision SOCIAL_TREATMENT_UNDER_18 = Provision.of(
      LegalReference.of(Act.SEL, "101").inForceTo(LAST_DAY_BEFORE_BARNETS_LOV),
      LegalReference.of(Act.BARNETS_LOV, "33").inForceFrom(BARNETS_LOV_IN_FORCE));

  /**
   * Gift cards for a person under 18: SEL § 101, stk. 10 until 31 December 2023, Barnets lov § 34
   * from 1 January 2024 (NAT-Y1, NAT-K1).
   */
  public static final Provision GIFT_CARDS_UNDER_18 = Provision.of(
      LegalReference.of(Act.SEL, "101", 10).inForceTo(LAST_DAY_BEFORE_BARNETS_LOV),
      LegalReference.of(Act.BARNETS_LOV, "34").inForceFrom(BARNETS_LOV_IN_FORCE));

  /** SEL § 101, stk. 4: the 14-day treatment guarantee (NAT-G1). */
  public static final Provision TREATMENT_GUARANTEE = Provision.of(LegalReference.of(Act.SEL, "101", 4));

  /**
   * The 14-day guarantee for a person under 18: SEL § 101, stk. 4 until 31 December 2023; from
   * 1 January 2024 treatment of under-18s is given under Barnets lov § 33 (NAT-Y1), which the
   * library cites at paragraph level.
   */
  public static final Provision TREATMENT_GUARANTEE_UNDER_18 = Provision.of(
      LegalReference.of(Act.SEL, "101", 4).inForceTo(LAST_DAY_BEFORE_BARNETS_LOV),
      LegalReference.of(Act.BARNETS_LOV, "33").inForceFrom(BARNETS_LOV_IN_FORCE));

  /** SEL § 101 a: anonymous outpatient treatment. */
  public static final Provision ANONYMOUS_TREATMENT = Provision.of(LegalReference.of(Act.SEL, "101 a"));

  /** SUL § 142: medical treatment of drug use. */
  public static final Provision MEDICAL_TREATMENT = Provision.of(LegalReference.of(Act.SUL, "142"));

  /** SUL § 142, stk. 6: medical treatment starts within 14 days (NAT-G4). */
  public static final Provision MEDICAL_GUARANTEE = Provision.of(LegalReference.of(Act.SUL, "142", 6));

  /** SUL § 141: alcohol treatment. */
  public static final Provision ALCOHOL_TREATMENT = Provision.of(LegalReference.of(Act.SUL, "141"));

  /** SUL § 141, stk. 2: alcohol treatment starts within 14 days (NAT-G5). */
  public static final Provision ALCOHOL_GUARANTEE = Provision.of(LegalReference.of(Act.SUL, "141", 2));

  /** Retssikkerhedsloven § 67: the general four-week complaint limit (NAT-C1). */
  public static final Provision COMPLAINT_LIMIT = Provision.of(LegalReference.of(Act.RETSSIKKERHEDSLOVEN, "67"));

  /** Retssikkerhedsloven § 66: the municipality reconsiders a complaint (NAT-C5). */
  public static final Provision RECONSIDERATION = Provision.of(LegalReference.of(Act.RETSSIKKERHEDSLOVEN, "66"));

  /**
   * A written decision that can be appealed carries complaint guidance unless it grants the
   * citizen's request in full (Forvaltningsloven § 25, stk. 1).
   */
  public static final Provision COMPLAINT_GUIDANCE = Provision.of(LegalReference.of(Act.FORVALTNINGSLOVEN, "25", 1));

  /** BEK nr. 1477 af 17/12/2019 § 4, stk. 1: the contents of a quality standard (NAT-Q1). */
  public static final Provision STANDARD_CONTENTS = Provision.of(LegalReference.of(Act.BEK_1477_2019, "4", 1));

  /** BEK nr. 1477 af 17/12/2019 § 4, stk. 2: follow-up after 1 and 6 months (NAT-U1). */
  public static final Provision FOLLOW_UP = Provision.of(LegalReference.of(Act.BEK_1477_2019, "4", 2));

  private Provisions() {}
}
