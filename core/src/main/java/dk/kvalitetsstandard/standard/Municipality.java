package dk.kvalitetsstandard.standard;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A Danish municipality: its name, the slug used in files and on the command line, and its
 * four-digit municipality code.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMunicipality.class)
@JsonDeserialize(as = ImmutableMunicipality.class)
public abstract class Municipality {

  /** {@return the name, for example {@code Randers}} */
  @NotBlank
  public abstract String name();

  /**
   * {@return the slug: a lower-case letter, then lower-case letters, digits and hyphens, for example
   * {@code randers}}
   */
  @Pattern(regexp = "[a-z][a-z0-9-]*", message = "{municipality.slug}")
  public abstract String slug();

  /** {@return the four-digit municipality code, for example {@code 0730}} */
  @Pattern(regexp = "[0-9]{4}", message = "{municipality.code}")
  public abstract String code();

  /**
   * Obtains a municipality.
   *
   * @param name the name, for example {@code Randers}; not null
   * @param slug the slug, for example {@code randers}; not null
   * @param code the four-digit municipality code, for example {@code 0730}; not null
   * @return the municipality
   * @throws NullPointerException if an argument is null
   */
  public static Municipality of(String name, String slug, String code) {
    return ImmutableMunicipality.builder().name(name).slug(slug).code(code).build();
  }

  /**
   * Checks whether a slug or code names this municipality.
   *
   * @param slugOrCode the slug in any case, or the code
   * @return true if {@code slugOrCode} is this municipality's slug, ignoring case, or its code
   */
  public boolean isNamedBy(String slugOrCode) {
    return slug().equalsIgnoreCase(slugOrCode) || code().equals(slugOrCode);
  }

  @Override
  public String toString() {
    return name() + " (" + code() + ")";
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Municipality}. */
  public static class Builder extends ImmutableMunicipality.Builder {}
}
