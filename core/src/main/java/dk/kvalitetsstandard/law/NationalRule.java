package dk.kvalitetsstandard.law;

import java.util.Arrays;
import java.util.Optional;

/**
 * The national rules (NAT-*) that hold for every municipality: the floor that no quality standard
 * may fall below. Defined here once; plug-ins refer to them, never copy them.
 *
 * <p>Each rule has its catalogue ID, the provision that carries it, and a one-line summary. This
 * enum is immutable and thread-safe.
 */
public enum NationalRule {
  NAT_X1("NAT-X1", null, "Silence is not a promise: an exception the law makes applies even where a standard does not mention it."),
  NAT_X2("NAT-X2", null, "'Over 18 år' reads as 18 or older; every age limit phrased that way is read the same way."),
  NAT_G1("NAT-G1", Provisions.TREATMENT_GUARANTEE, "Social treatment starts no later than 14 days after the contact with the municipality."),
  NAT_G2("NAT-G2", Provision.of(LegalReference.of(Act.SEL, "101", 6)), "Free choice of another provider lets the 14-day deadline be set aside: waived, not breached."),
  NAT_G3("NAT-G3", Provision.of(LegalReference.of(Act.SEL, "101 a")), "Anonymous treatment under § 101 a is outside the 14-day guarantee."),
  NAT_G4("NAT-G4", Provisions.MEDICAL_GUARANTEE, "Medical treatment with addictive medicines starts within 14 days of the contact; free choice of institution may set that aside."),
  NAT_G5("NAT-G5", Provisions.ALCOHOL_GUARANTEE, "Alcohol treatment starts within 14 days of the contact."),
  NAT_G6("NAT-G6", Provision.of(LegalReference.of(Act.SUL, "142", 2)), "A free doctor's consultation is offered, at the latest before treatment starts."),
  NAT_P1("NAT-P1", Provision.of(LegalReference.of(Act.SEL, "101", 2)), "The decision rests on a holistic assessment, which a provider may be asked to make."),
  NAT_P2("NAT-P2", Provision.of(LegalReference.of(Act.SEL, "101", 8)), "The provider makes a treatment plan when treatment starts."),
  NAT_P3("NAT-P3", Provision.of(LegalReference.of(Act.SEL, "148", 2)), "The municipality follows each case; an action plan under SEL § 141 may be offered."),
  NAT_P4("NAT-P4", null, "Staff must notify when a child may need support (SEL §§ 153-154; since 2024 Barnets lov)."),
  NAT_F1("NAT-F1", Provision.of(LegalReference.of(Act.SEL, "101", 5)), "A visited citizen may choose another public or approved private offer of equivalent kind and intensity."),
  NAT_F2("NAT-F2", Provision.of(LegalReference.of(Act.SEL, "101", 5)), "Free choice comes after visitation; it does not cover the municipality's assessment."),
  NAT_F3("NAT-F3", Provision.of(LegalReference.of(Act.SEL, "101", 7)), "Free choice may be limited for the citizen's own sake: a caseworker's discretion."),
  NAT_F4("NAT-F4", Provision.of(LegalReference.of(Act.SEL, "101", 6)), "Choosing another offer waives the 14-day guarantee."),
  NAT_F5("NAT-F5", Provision.of(LegalReference.of(Act.SUL, "142", 7)), "Medical treatment: free choice of institution, except heroin-assisted treatment; the institution may refuse."),
  NAT_F6("NAT-F6", Provision.of(LegalReference.of(Act.SEL, "101", 5)), "A chosen private provider must be approved by Socialtilsynet and listed on Tilbudsportalen."),
  NAT_F7("NAT-F7", Provision.of(LegalReference.of(Act.SEL, "101", 5)), "MOVE is a method of outpatient treatment: for free choice it is of the character of the outpatient offer whose intensity it shares."),
  NAT_A1("NAT-A1", Provision.of(LegalReference.of(Act.SEL, "101 a", 1)), "Anonymous outpatient treatment for those with no other social problems helped under SEL part V."),
  NAT_A2("NAT-A2", Provision.of(LegalReference.of(Act.SEL, "101 a", 2)), "Agreements with two or more anonymous providers, one outside the municipality."),
  NAT_A3("NAT-A3", Provision.of(LegalReference.of(Act.SEL, "101 a", 3)), "Anonymous contact by web or phone leads to a clarifying conversation that the decision rests on."),
  NAT_A4("NAT-A4", Provision.of(LegalReference.of(Act.SEL, "101 a", 6)), "Decisions on anonymous treatment cannot be appealed to another administrative authority."),
  NAT_A5("NAT-A5", Provision.of(LegalReference.of(Act.SEL, "101 a", 7)), "Anonymous treatment is kept apart, short and delimited, in groups with an optional closing talk."),
  NAT_A6("NAT-A6", Provision.of(LegalReference.of(Act.SEL, "101 a")), "An anonymous case carries no personal identifier."),
  NAT_K1("NAT-K1", Provision.of(LegalReference.of(Act.SEL, "101", 9)), "Gift cards may be used to keep a person in treatment."),
  NAT_K2("NAT-K2", Provision.of(LegalReference.of(Act.SEL, "101", 11)), "Gift cards are never deducted from benefits."),
  NAT_E1("NAT-E1", Provisions.SOCIAL_TREATMENT, "Social drug treatment is free of charge."),
  NAT_E2("NAT-E2", Provision.of(LegalReference.of(Act.SEL, "107", 2, 2)), "Residential treatment may carry a charge for board and lodging; the law gives no rate."),
  NAT_C1("NAT-C1", Provisions.COMPLAINT_LIMIT, "A decision on social treatment may be appealed within 4 weeks of receipt."),
  NAT_C2("NAT-C2", Provision.of(LegalReference.of(Act.SEL, "101 a", 6)), "Decisions on anonymous treatment cannot be appealed."),
  NAT_C3("NAT-C3", Provision.of(LegalReference.of(Act.SUL, "142")), "Complaints about the health-professional part go to Styrelsen for Patientklager."),
  NAT_C4("NAT-C4", null, "Complaints about case handling have no deadline and do not go to Ankestyrelsen."),
  NAT_C5("NAT-C5", Provisions.RECONSIDERATION, "The municipality reconsiders a complaint within 4 weeks, then sends it on to Ankestyrelsen."),
  NAT_Q1("NAT-Q1", Provisions.STANDARD_CONTENTS, "A quality standard must describe fifteen required contents."),
  NAT_Q2("NAT-Q2", null, "A standard is revised at least every second year and published."),
  NAT_U1("NAT-U1", Provisions.FOLLOW_UP, "Follow-up 1 and 6 months after treatment ends, for four discharge statuses."),
  NAT_Y1("NAT-Y1", Provisions.SOCIAL_TREATMENT_UNDER_18, "Since 2024 treatment of under-18s is given under Barnets lov."),
  NAT_Y2("NAT-Y2", Provision.of(LegalReference.of(Act.SEL, "141", 6)), "The action-plan rules do not apply to anonymous treatment."),
  NAT_R1("NAT-R1", Provision.of(LegalReference.of(Act.SEL, "107", 2, 2)), "Residential treatment is granted under SEL § 101 jf. § 107, stk. 2, nr. 2."),
  NAT_R2("NAT-R2", Provision.of(LegalReference.of(Act.TILBAGEHOLDELSESLOVEN)), "A pregnant drug user offered residential treatment is offered a retention contract before it starts.");

  private final String id;
  private final Provision provision;
  private final String summary;

  NationalRule(String id, Provision provision, String summary) {
    this.id = id;
    this.provision = provision;
    this.summary = summary;
  }

  /** The catalogue ID, for example {@code NAT-G1}. */
  public String id() {
    return id;
  }

  /** The provision that carries the rule; empty for reading rules of the catalogue itself. */
  public Optional<Provision> provision() {
    return Optional.ofNullable(provision);
  }

  /** A one-line summary in English. */
  public String summary() {
    return summary;
  }

  /** The rule with catalogue ID {@code id}, if there is one. */
  public static Optional<NationalRule> byId(String id) {
    return Arrays.stream(values()).filter(r -> r.id().equals(id)).findFirst();
  }
}
