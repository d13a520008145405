package dk.kvalitetsstandard.standard;

import dk.kvalitetsstandard.law.ContactChannel;
import dk.kvalitetsstandard.law.NationalFloor;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which contact starts a guarantee clock. The national reading (D0-6) is the first personal
 * contact, oral or written, with the municipality or with a provider it has delegated intake to.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ClockStart {
  /**
   * The first contact, in person, by phone or in writing (D0-6, NAT-G1). A contact made via a
   * provider does not start the national clock: D0-6 counts a provider only where the municipality
   * has delegated intake to it, and a case file cannot say so. A standard that counts it says so
   * ({@link #CONTACT_INCLUDING_APPROVED_PROVIDER}).
   */
  FIRST_CONTACT(NationalFloor.GUARANTEE_CLOCK),
  /** The first contact with the municipality or with an approved treatment provider (GEN-G1). */
  CONTACT_INCLUDING_APPROVED_PROVIDER(EnumSet.allOf(ContactChannel.class)),
  /** The first attendance in person with an expressed wish for treatment (ODS-G2). */
  IN_PERSON_ATTENDANCE(EnumSet.of(ContactChannel.IN_PERSON));

  private final Set<ContactChannel> channels;

  ClockStart(Set<ContactChannel> channels) {
    this.channels = channels;
  }

  /**
   * Checks whether a contact on a channel starts the clock.
   *
   * @param channel the contact's channel
   * @return true if a contact on {@code channel} starts the clock under this reading
   */
  public boolean startsOn(ContactChannel channel) {
    return channels.contains(channel);
  }
}
