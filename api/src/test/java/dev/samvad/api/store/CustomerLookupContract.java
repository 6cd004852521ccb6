package dev.samvad.api.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.samvad.api.EmailAddress;
import dev.samvad.api.PhoneNumber;
import dev.samvad.api.model.Customer;
import dev.samvad.api.model.ImmutableContact;
import dev.samvad.api.model.ImmutableCustomer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Finding customers by a contact's phone number or e-mail address: every customer holding it, in id
 * order, kept in step with inserts, updates, deletes and rollbacks, and per tenant.
 *
 * <p>Part of {@link StoreContract}; subclass that rather than this.
 */
public abstract class CustomerLookupContract extends StoreTestSupport {

  private static final PhoneNumber SHARED = PhoneNumber.parse("98765 43210");
  private static final PhoneNumber OTHER = PhoneNumber.parse("+91 91234 56789");
  private static final EmailAddress ACCOUNTS = new EmailAddress("Accounts@Sai.example.in");

  /** A customer whose only contact has {@code phone} and, if given, {@code email}. */
  private static Customer customer(String id, PhoneNumber phone, EmailAddress... email) {
    ImmutableContact.Builder contact = ImmutableContact.builder().name("Asha").phone(phone);
    for (EmailAddress e : email) {
      contact.email(e);
    }
    return ImmutableCustomer.builder()
        .from(StoreSamples.customer(id))
        .contacts(List.of(contact.build()))
        .build();
  }

  private static List<String> ids(List<Versioned<Customer>> found) {
    return found.stream().map(v -> v.value().id().value()).toList();
  }

  @Test
  void aPhoneNumberFindsEveryCustomerWithAContactHoldingItInIdOrder() {
    runA(
        uow -> {
          uow.customers().insert(customer("c-2", SHARED));
          uow.customers().insert(customer("c-1", SHARED));
          uow.customers().insert(customer("c-3", OTHER));
        });
    assertEquals(List.of("c-1", "c-2"), ids(inA(uow -> uow.customers().findByPhone(SHARED))));
    assertEquals(List.of("c-3"), ids(inA(uow -> uow.customers().findByPhone(OTHER))));
    assertEquals(
        List.of(), inA(uow -> uow.customers().findByPhone(PhoneNumber.parse("+91 99999 00000"))));
  }

  @Test
  void theFoundCustomerIsTheStoredValueWithItsVersion() {
    Customer sample = StoreSamples.customer("c-1");
    runA(uow -> uow.customers().insert(sample));
    assertEquals(
        List.of(new Versioned<>(sample, 1)),
        inA(uow -> uow.customers().findByPhone(sample.contacts().get(0).phone().orElseThrow())));
    // The sample's second contact has only an e-mail address.
    assertEquals(
        List.of(new Versioned<>(sample, 1)),
        inA(uow -> uow.customers().findByEmail(sample.contacts().get(1).email().orElseThrow())));
  }

  @Test
  void eMailAddressesMatchWhateverTheirCase() {
    runA(uow -> uow.customers().insert(customer("c-1", SHARED, ACCOUNTS)));
    assertEquals(
        List.of("c-1"),
        ids(inA(uow -> uow.customers().findByEmail(new EmailAddress("accounts@sai.example.in")))));
    assertEquals(
        List.of("c-1"),
        ids(inA(uow -> uow.customers().findByEmail(new EmailAddress("ACCOUNTS@SAI.EXAMPLE.IN")))));
    assertEquals(
        List.of(),
        inA(uow -> uow.customers().findByEmail(new EmailAddress("owner@sai.example.in"))));
  }

  @Test
  void lookupsFollowUpdatesAndDeletes() {
    runA(uow -> uow.customers().insert(customer("c-1", SHARED, ACCOUNTS)));
    runA(uow -> uow.customers().update(customer("c-1", OTHER), 1));
    assertEquals(List.of(), inA(uow -> uow.customers().findByPhone(SHARED)), "old number");
    assertEquals(List.of(), inA(uow -> uow.customers().findByEmail(ACCOUNTS)), "removed e-mail");
    assertEquals(List.of("c-1"), ids(inA(uow -> uow.customers().findByPhone(OTHER))));
    runA(uow -> uow.customers().delete(customer("c-1", OTHER).id(), 2));
    assertEquals(List.of(), inA(uow -> uow.customers().findByPhone(OTHER)), "after delete");
  }

  @Test
  void lookupsSeeOwnWritesAndNothingOfRolledBackWork() {
    RuntimeException stop = new RuntimeException("roll back");
    assertThrows(
        RuntimeException.class,
        () ->
            runA(
                uow -> {
                  uow.customers().insert(customer("c-1", SHARED));
                  assertEquals(List.of("c-1"), ids(uow.customers().findByPhone(SHARED)));
                  throw stop;
                }));
    assertEquals(List.of(), inA(uow -> uow.customers().findByPhone(SHARED)));
  }

  @Test
  void lookupsSeeOnlyTheirOwnTenant() {
    runA(uow -> uow.customers().insert(customer("c-1", SHARED, ACCOUNTS)));
    assertEquals(List.of(), inB(uow -> uow.customers().findByPhone(SHARED)));
    assertEquals(List.of(), inB(uow -> uow.customers().findByEmail(ACCOUNTS)));
    store.tenant(TENANT_B).run(uow -> uow.customers().insert(customer("c-9", SHARED)));
    assertEquals(List.of("c-1"), ids(inA(uow -> uow.customers().findByPhone(SHARED))));
    assertEquals(List.of("c-9"), ids(inB(uow -> uow.customers().findByPhone(SHARED))));
  }

  @Test
  void aCustomerWithTheSameNumberOnTwoContactsIsFoundOnce() {
    Customer twice =
        ImmutableCustomer.builder()
            .from(customer("c-1", SHARED))
            .addContacts(ImmutableContact.builder().name("Ravi").phone(SHARED).build())
            .build();
    runA(uow -> uow.customers().insert(twice));
    assertEquals(
        List.of(new Versioned<>(twice, 1)), inA(uow -> uow.customers().findByPhone(SHARED)));
  }
}
