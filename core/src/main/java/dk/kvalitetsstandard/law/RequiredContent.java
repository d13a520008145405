package dk.kvalitetsstandard.law;

/**
 * The fifteen contents that BEK nr. 1477 af 17/12/2019 § 4, stk. 1 requires of every quality
 * standard (NAT-Q1), in the order of the executive order.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum RequiredContent {
  /** 1. The tasks carried out (de opgaver, der udføres). */
  TASKS("de opgaver, der udføres"),
  /** 2. The target group (målgruppen). */
  TARGET_GROUP("målgruppen"),
  /** 3. The overall goals, values and norms (overordnede mål, værdier og normer). */
  GOALS_VALUES_NORMS("overordnede mål, værdier og normer"),
  /** 4. The organisation and the concrete types of treatment (organisering og de konkrete behandlingstyper). */
  ORGANISATION_AND_TREATMENT_TYPES("organisering og de konkrete behandlingstyper"),
  /** 5. The visitation procedure (visitationsprocedure). */
  VISITATION("visitationsprocedure"),
  /** 6. The treatment guarantee (behandlingsgaranti). */
  TREATMENT_GUARANTEE("behandlingsgaranti"),
  /** 7. Free choice (frit valg). */
  FREE_CHOICE("frit valg"),
  /** 8. Drawing up and following up the treatment plan (udarbejdelse og opfølgning af behandlingsplan). */
  TREATMENT_PLAN("udarbejdelse og opfølgning af behandlingsplan"),
  /** 9. Targets for action plans (mål for handleplaner). */
  ACTION_PLAN_TARGETS("mål for handleplaner"),
  /** 10. User involvement (brugerinddragelse). */
  USER_INVOLVEMENT("brugerinddragelse"),
  /** 11. Payment for board and lodging (betaling for kost og logi). */
  BOARD_AND_LODGING_PAYMENT("betaling for kost og logi"),
  /** 12. Case handling and the right to complain (sagsbehandling og klageadgang). */
  CASE_HANDLING_AND_COMPLAINTS("sagsbehandling og klageadgang"),
  /** 13. The staff's qualifications and professional development (personalets kvalifikationer og kompetenceudvikling). */
  STAFF_QUALIFICATIONS("personalets kvalifikationer og kompetenceudvikling"),
  /** 14. Monitoring (monitorering). */
  MONITORING("monitorering"),
  /** 15. Guidelines for gift cards (retningslinjer for gavekort). */
  GIFT_CARDS("retningslinjer for gavekort");

  private final String danishName;

  RequiredContent(String danishName) {
    this.danishName = danishName;
  }

  /** {@return the item's number in § 4, stk. 1, from 1 to 15} */
  public int number() {
    return ordinal() + 1;
  }

  /** {@return a short Danish name of the item, in lower case} */
  public String danishName() {
    return danishName;
  }
}
