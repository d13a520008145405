package dk.kvalitetsstandard.law;

import java.util.Optional;

/**
 * An act or executive order that a quality standard rests on, with the short form used in
 * citations ({@code SEL § 101, stk. 4}).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Act {
  /** Lov om social service (Serviceloven). */
  SEL("SEL", "Lov om social service"),
  /** Sundhedsloven. */
  SUL("SUL", "Sundhedsloven"),
  /** Barnets lov, which since 1 January 2024 carries the rules for under-18s (NAT-Y1). */
  BARNETS_LOV("Barnets lov", "Barnets lov"),
  /** Lov om retssikkerhed og administration på det sociale område: complaints (NAT-C1, NAT-C5). */
  RETSSIKKERHEDSLOVEN("Retssikkerhedsloven", "Lov om retssikkerhed og administration på det sociale område"),
  /** Forvaltningsloven: a written decision that does not grant in full carries complaint guidance (§ 25). */
  FORVALTNINGSLOVEN("Forvaltningsloven", "Forvaltningsloven"),
  /** Lov om tilbageholdelse af stofmisbrugere i behandling (NAT-R2). */
  TILBAGEHOLDELSESLOVEN("Tilbageholdelsesloven", "Lov om tilbageholdelse af stofmisbrugere i behandling"),
  /** The executive order on quality standards for social drug treatment in force (NAT-Q1). */
  BEK_1477_2019("BEK nr. 1477 af 17/12/2019",
      "Bekendtgørelse om afdækning, gavekort og kvalitetsstandarder for social behandling for stofmisbrug"),
  /** The predecessor executive order, replaced by {@link #BEK_1477_2019} (cited by Jammerbugt). */
  BEK_430_2014("BEK nr. 430 af 30/04/2014",
      "Bekendtgørelse om kvalitetsstandarder for social behandling for stofmisbrug");

  private final String shortForm;
  private final String title;

  Act(String shortForm, String title) {
    this.shortForm = shortForm;
    this.title = title;
  }

  /** {@return the form used in citations, for example {@code SEL}; never null} */
  public String shortForm() {
    return shortForm;
  }

  /** {@return the Danish title; never null} */
  public String title() {
    return title;
  }

  /**
   * Gives the act that replaced this one, where the library knows of one. The date of the
   * replacement is not recorded: no seed gives it.
   *
   * @return the replacing act, or empty where none is known
   */
  public Optional<Act> replacedBy() {
    return this == BEK_430_2014 ? Optional.of(BEK_1477_2019) : Optional.empty();
  }
}
