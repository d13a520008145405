package dk.kvalitetsstandard.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LegalReferenceTest {

  @Test
  @DisplayName("Citations render in the Danish form: act, §, stk., nr.")
  void citations() {
    assertEquals("SEL § 101, stk. 4", LegalReference.of(Act.SEL, "101", 4).citation());
    assertEquals("SEL § 101 a", LegalReference.of(Act.SEL, "101 a").citation());
    assertEquals("SEL § 107, stk. 2, nr. 2", LegalReference.of(Act.SEL, "107", 2, 2).citation());
    assertEquals("SUL § 142, stk. 7", LegalReference.of(Act.SUL, "142", 7).toString());
    assertEquals("BEK nr. 1477 af 17/12/2019 § 4, stk. 2", Provisions.FOLLOW_UP.current().citation());
  }

  @Test
  @DisplayName("A reference knows the period it is in force, both ends included")
  void periodInForce() {
    LegalReference ref = LegalReference.of(Act.SEL, "101").inForceTo(LocalDate.of(2023, 12, 31));
    assertTrue(ref.isInForceOn(LocalDate.of(2023, 12, 31)));
    assertFalse(ref.isInForceOn(LocalDate.of(2024, 1, 1)));
    LegalReference later = LegalReference.of(Act.BARNETS_LOV, "33").inForceFrom(LocalDate.of(2024, 1, 1));
    assertFalse(later.isInForceOn(LocalDate.of(2023, 12, 31)));
    assertTrue(later.isInForceOn(LocalDate.of(2024, 1, 1)));
  }

  @Test
  @DisplayName("NAT-Y1 treatment of under-18s is cited under SEL § 101 up to 2023 and Barnets lov § 33 from 2024")
  void under18sMoveToBarnetsLov() {
    assertEquals("SEL § 101", Track.SOCIAL_DRUG.legalBasis(LocalDate.of(2023, 12, 31), 16).citation());
    assertEquals("Barnets lov § 33", Track.SOCIAL_DRUG.legalBasis(LocalDate.of(2024, 1, 1), 16).citation());
    assertEquals("Barnets lov § 33", Track.SOCIAL_DRUG.legalBasis(LocalDate.of(2026, 3, 1), 17).citation());
    assertEquals("SEL § 101", Track.SOCIAL_DRUG.legalBasis(LocalDate.of(2026, 3, 1), 18).citation());
    assertEquals("SEL § 101", Track.SOCIAL_DRUG.legalBasis(LocalDate.of(2026, 3, 1), null).citation());
    assertEquals("SEL § 101, stk. 10", Provisions.GIFT_CARDS_UNDER_18.inForceOn(LocalDate.of(2023, 6, 1)).citation());
    assertEquals("Barnets lov § 34", Provisions.GIFT_CARDS_UNDER_18.inForceOn(LocalDate.of(2024, 6, 1)).citation());
  }

  @Test
  @DisplayName("Each track has its legal basis; only anonymous treatment has no guarantee (NAT-G1, NAT-G3, NAT-G4, NAT-G5)")
  void tracks() {
    LocalDate date = LocalDate.of(2026, 3, 1);
    assertEquals("SEL § 101 a", Track.ANONYMOUS_DRUG.legalBasis(date, 30).citation());
    assertEquals("SUL § 142", Track.MEDICAL_DRUG.legalBasis(date, 30).citation());
    assertEquals("SUL § 141", Track.ALCOHOL.legalBasis(date, 30).citation());
    assertEquals("SEL § 101, stk. 4", Track.SOCIAL_DRUG.guarantee().inForceOn(date).citation());
    assertEquals("SUL § 142, stk. 6", Track.MEDICAL_DRUG.guarantee().inForceOn(date).citation());
    assertEquals("SUL § 141, stk. 2", Track.ALCOHOL.guarantee().inForceOn(date).citation());
    assertFalse(Track.ANONYMOUS_DRUG.hasGuarantee());
  }

  @Test
  @DisplayName("NAT-Q1 lists fifteen required contents, numbered 1 to 15")
  void fifteenRequiredContents() {
    assertEquals(15, RequiredContent.values().length);
    assertEquals(1, RequiredContent.TASKS.number());
    assertEquals(15, RequiredContent.GIFT_CARDS.number());
  }

  @Test
  @DisplayName("The predecessor order BEK 430/2014 is replaced by BEK 1477/2019")
  void replacedOrder() {
    assertEquals(Act.BEK_1477_2019, Act.BEK_430_2014.replacedBy().orElseThrow());
    assertTrue(Act.BEK_1477_2019.replacedBy().isEmpty());
  }
}
