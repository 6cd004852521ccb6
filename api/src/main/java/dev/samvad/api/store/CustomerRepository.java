package dev.samvad.api.store;

import dev.samvad.api.CustomerId;
import dev.samvad.api.EmailAddress;
import dev.samvad.api.PhoneNumber;
import dev.samvad.api.model.Customer;
import java.util.List;

/**
 * Customers, and the lookups that match an inbound message (a WhatsApp or SMS reply, an e-mail) to
 * the customers it may come from. A store that encrypts contact details answers these from keyed
 * hashes, never by decrypting every customer.
 */
public interface CustomerRepository extends Repository<CustomerId, Customer> {

  /**
   * The customers with a contact whose phone number is {@code phone} (E.164, exactly), in ascending
   * order of the id's text. Several customers may share a number (one accountant keeps the books of
   * several businesses); empty when none has it. Sees the unit of work's own writes.
   */
  List<Versioned<Customer>> findByPhone(PhoneNumber phone);

  /**
   * The customers with a contact whose e-mail address is {@code email}, compared in {@link
   * EmailAddress#lookupForm() lower case}, in ascending order of the id's text; empty when none has
   * it. Sees the unit of work's own writes.
   */
  List<Versioned<Customer>> findByEmail(EmailAddress email);

  /** Whether a contact of {@code customer} has {@code phone}: what {@link #findByPhone} matches. */
  static boolean holdsPhone(Customer customer, PhoneNumber phone) {
    return customer.contacts().stream().anyMatch(c -> c.phone().filter(phone::equals).isPresent());
  }

  /** Whether a contact of {@code customer} has {@code email}: what {@link #findByEmail} matches. */
  static boolean holdsEmail(Customer customer, EmailAddress email) {
    String wanted = email.lookupForm();
    return customer.contacts().stream()
        .anyMatch(c -> c.email().filter(e -> e.lookupForm().equals(wanted)).isPresent());
  }
}
