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

  /** {@return the act; never null} */
  public abstract Act act();

  /**
   * {@return the paragraph as written, for example {@code "101"} or {@code "101 a"}; empty for a
   * reference to the act as a whole (a seed that cites an executive order without a paragraph)}
   */
  public abstract Optional<@Pattern(regexp = "\\S+( \\S+)*", message = "{reference.spaces}") String> paragraph();

  /** {@return the subsection (stk.), a positive number; empty if the reference names none} */
  public abstract Optional<@Positive Integer> stk();

  /** {@return the number (nr.) within the subsection, a positive number; empty if the reference names none} */
  public abstract Optional<@Positive Integer> nr();

  /** {@return the first day on which the provision is in force; empty when not limited} */
  public abstract Optional<LocalDate> inForceFrom();

  /** {@return the last day on which the provision is in force; empty when still in force} */
  public abstract Optional<LocalDate> inForceTo();

  /**
   * Obtains a reference to an act as a whole.
   *
   * @param act the act, not null
   * @return a reference to {@code act}, its period in force open at both ends
   * @throws NullPointerException if {@code act} is null
   */
  public static LegalReference of(Act act) {
    return ImmutableLegalReference.builder().act(act).build();
  }

  /**
   * Obtains a reference to a whole paragraph.
   *
   * @param act the act, not null
   * @param paragraph the paragraph as written, for example {@code "101 a"}; not null
   * @return a reference to the paragraph, its period in force open at both ends
   * @throws NullPointerException if an argument is null
   */
  public static LegalReference of(Act act, String paragraph) {
    return ImmutableLegalReference.builder().act(act).paragraph(paragraph).build();
  }

  /**
   * Obtains a reference to a subsection of a paragraph.
   *
   * @param act the act, not null
   * @param paragraph the paragraph as written, for example {@code "101"}; not null
   * @param stk the subsection, positive for a valid reference
   * @return a reference to the subsection, its period in force open at both ends
   * @throws NullPointerException if an argument is null
   */
  public static LegalReference of(Act act, String paragraph, int stk) {
    return ImmutableLegalReference.builder().act(act).paragraph(paragraph).stk(stk).build();
  }

  /**
   * Obtains a reference to a number within a subsection.
   *
   * @param act the act, not null
   * @param paragraph the paragraph as written, for example {@code "107"}; not null
   * @param stk the subsection, positive for a valid reference
   * @param nr the number within the subsection, positive for a valid reference
   * @return a reference to the number, its period in force open at both ends
   * @throws NullPointerException if an argument is null
   */
  public static LegalReference of(Act act, String paragraph, int stk, int nr) {
    return ImmutableLegalReference.builder().act(act).paragraph(paragraph).stk(stk).nr(nr).build();
  }

  /**
   * Returns a copy of this reference in force from a given day.
   *
   * @param from the first day in force, not null
   * @return this reference, in force from {@code from} (inclusive); the end of its period unchanged
   * @throws NullPointerException if {@code from} is null
   */
  public LegalReference inForceFrom(LocalDate from) {
    return ImmutableLegalReference.builder().from(this).inForceFrom(from).build();
  }

  /**
   * Returns a copy of this reference in force up to a given day.
   *
   * @param to the last day in force, not null
   * @return this reference, in force up to and including {@code to}; the start of its period
   *     unchanged
   * @throws NullPointerException if {@code to} is null
   */
  public LegalReference inForceTo(LocalDate to) {
    return ImmutableLegalReference.builder().from(this).inForceTo(to).build();
  }

  /**
   * Checks whether the provision is in force on a date.
   *
   * @param date the date, not null
   * @return true if {@code date} lies within the period in force, ends included
   */
  public boolean isInForceOn(LocalDate date) {
    LocalDate from = inForceFrom().orElse(null);
    LocalDate to = inForceTo().orElse(null);
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }

  /**
   * {@return the Danish citation, for example {@code SEL § 101, stk. 4, nr. 2}, or the act's
   * short form alone; computed once}
   */
  @Value.Lazy
  public String citation() {
    StringBuilder text = new StringBuilder(act().shortForm());
    paragraph().ifPresent(p -> text.append(" § ").append(p));
    stk().ifPresent(s -> text.append(", stk. ").append(s));
    nr().ifPresent(n -> text.append(", nr. ").append(n));
    return text.toString();
  }

  @AssertTrue(message = "{reference.paragraph}")
  boolean subsectionWithinParagraph() {
    return paragraph().isPresent() || stk().isEmpty() && nr().isEmpty();
  }

  @AssertTrue(message = "{reference.in-force}")
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

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LegalReference}. */
  public static class Builder extends ImmutableLegalReference.Builder {}
}
