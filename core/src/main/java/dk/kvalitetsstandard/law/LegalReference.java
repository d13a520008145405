package dk.kvalitetsstandard.law;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A reference to a provision: act, paragraph, and optionally stk. and nr., with the period in
 * which the provision is in force (open at either end where it is not known or not limited).
 *
 * <p>{@link #citation()} renders the Danish form, for example {@code SEL § 101, stk. 4} or
 * {@code SEL § 101 a}. This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLegalReference.class)
@JsonDeserialize(as = ImmutableLegalReference.class)
public abstract class LegalReference implements Comparable<LegalReference> {

  /** The act; never null. */
  public abstract Act act();

  /**
   * The paragraph as written, for example {@code "101"} or {@code "101 a"}; empty for a reference
   * to the act as a whole (a seed that cites an executive order without a paragraph).
   */
  public abstract Optional<@Pattern(regexp = "\\S+( \\S+)*", message = "is blank or has stray spaces") String> paragraph();

  /** The subsection (stk.), if the reference names one. */
  public abstract Optional<@Positive Integer> stk();

  /** The number (nr.) within the subsection, if the reference names one. */
  public abstract Optional<@Positive Integer> nr();

  /** The first day on which the provision is in force; empty when not limited. */
  public abstract Optional<LocalDate> inForceFrom();

  /** The last day on which the provision is in force; empty when still in force. */
  public abstract Optional<LocalDate> inForceTo();

  /** A reference to an act as a whole. */
  public static LegalReference of(Act act) {
    return ImmutableLegalReference.builder().act(act).build();
  }

  /** A reference to a whole paragraph. */
  public static LegalReference of(Act act, String paragraph) {
    return ImmutableLegalReference.builder().act(act).paragraph(paragraph).build();
  }

  /** A reference to a subsection of a paragraph. */
  public static LegalReference of(Act act, String paragraph, int stk) {
    return ImmutableLegalReference.builder().act(act).paragraph(paragraph).stk(stk).build();
  }

  /** A reference to a number within a subsection. */
  public static LegalReference of(Act act, String paragraph, int stk, int nr) {
    return ImmutableLegalReference.builder().act(act).paragraph(paragraph).stk(stk).nr(nr).build();
  }

  /** This reference, in force from {@code from} (inclusive). */
  public LegalReference inForceFrom(LocalDate from) {
    return ImmutableLegalReference.builder().from(this).inForceFrom(from).build();
  }

  /** This reference, in force up to and including {@code to}. */
  public LegalReference inForceTo(LocalDate to) {
    return ImmutableLegalReference.builder().from(this).inForceTo(to).build();
  }

  /** Whether the provision is in force on {@code date}. */
  public boolean isInForceOn(LocalDate date) {
    return inForceFrom().map(from -> !date.isBefore(from)).orElse(true)
        && inForceTo().map(to -> !date.isAfter(to)).orElse(true);
  }

  /** The Danish citation, for example {@code SEL § 101, stk. 4, nr. 2}, or the act's short form alone; computed once. */
  @Value.Lazy
  public String citation() {
    StringBuilder text = new StringBuilder(act().shortForm());
    paragraph().ifPresent(p -> text.append(" § ").append(p));
    stk().ifPresent(s -> text.append(", stk. ").append(s));
    nr().ifPresent(n -> text.append(", nr. ").append(n));
    return text.toString();
  }

  @AssertTrue(message = "names a subsection or number without a paragraph")
  boolean subsectionWithinParagraph() {
    return paragraph().isPresent() || stk().isEmpty() && nr().isEmpty();
  }

  @AssertTrue(message = "in force to a date before it comes into force")
  boolean periodOrdered() {
    return inForceFrom().isEmpty() || inForceTo().isEmpty()
        || !inForceTo().get().isBefore(inForceFrom().get());
  }

  @Override
  public int compareTo(LegalReference other) {
    return citation().compareTo(other.citation());
  }

  @Override
  public String toString() {
    return citation();
  }
}
