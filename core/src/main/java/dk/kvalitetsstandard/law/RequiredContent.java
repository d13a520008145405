package dk.kvalitetsstandard.law;

/**
 * The fifteen contents that BEK nr. 1477 af 17/12/2019 § 4, stk. 1 requires of every quality
 * standard (NAT-Q1), in the order of the executive order.
 */
public enum RequiredContent {
  TASKS("de opgaver, der udføres"),
  TARGET_GROUP("målgruppen"),
  GOALS_VALUES_NORMS("overordnede mål, værdier og normer"),
  ORGANISATION_AND_TREATMENT_TYPES("organisering og de konkrete behandlingstyper"),
  VISITATION("visitationsprocedure"),
  TREATMENT_GUARANTEE("behandlingsgaranti"),
  FREE_CHOICE("frit valg"),
  TREATMENT_PLAN("udarbejdelse og opfølgning af behandlingsplan"),
  ACTION_PLAN_TARGETS("mål for handleplaner"),
  USER_INVOLVEMENT("brugerinddragelse"),
  BOARD_AND_LODGING_PAYMENT("betaling for kost og logi"),
  CASE_HANDLING_AND_COMPLAINTS("sagsbehandling og klageadgang"),
  STAFF_QUALIFICATIONS("personalets kvalifikationer og kompetenceudvikling"),
  MONITORING("monitorering"),
  GIFT_CARDS("retningslinjer for gavekort");

  private final String danishName;

  RequiredContent(String danishName) {
    this.danishName = danishName;
  }

  /** The item's number in § 4, stk. 1 (1 to 15). */
  public int number() {
    return ordinal() + 1;
  }

  /** A short Danish name of the item. */
  public String danishName() {
    return danishName;
  }
}
