package dev.samvad.orchestration.runtime;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.EmailAddress;
import dev.samvad.api.Gstin;
import dev.samvad.api.InvoiceId;
import dev.samvad.api.Money;
import dev.samvad.api.PhoneNumber;
import dev.samvad.api.PinCode;
import dev.samvad.api.TenantId;
import dev.samvad.culture.ContactWindowPolicy;
import dev.samvad.culture.CulturalProfile;
import dev.samvad.culture.CulturalProfiler;
import dev.samvad.culture.ProfileInput;
import dev.samvad.culture.ReferenceData;
import dev.samvad.culture.RelationshipContext;
import dev.samvad.culture.UpiPayee;
import dev.samvad.orchestration.CustomerCard;
import dev.samvad.orchestration.FrequencyCaps;
import dev.samvad.orchestration.MessageComposer;
import dev.samvad.orchestration.OpenItem;
import dev.samvad.orchestration.TenantPolicy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Shared inputs for runtime tests: customers in Gujarat reachable on every channel. */
final class RuntimeFixtures {
  static final ReferenceData DATA = ReferenceData.bundled();
  static final CulturalProfiler PROFILER = CulturalProfiler.standard();
  static final MessageComposer COMPOSER = MessageComposer.create(DATA);
  static final ContactWindowPolicy WINDOWS = ContactWindowPolicy.standard(DATA);
  static final TenantId TENANT = new TenantId("acme");
  private static final Map<CustomerId, CulturalProfile> PROFILES = new ConcurrentHashMap<>();

  private RuntimeFixtures() {}

  static Instant ist(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(CulturalProfile.INDIA).toInstant();
  }

  static CulturalProfile profile(CustomerId customer) {
    return PROFILES.computeIfAbsent(
        customer,
        c ->
            PROFILER.profile(
                new ProfileInput.Builder(c).gstin(new Gstin("24AAACR5055K1ZD")).build(),
                Instant.parse("2026-03-01T00:00:00Z")));
  }

  private static final Map<String, CulturalProfile> BY_PIN = new ConcurrentHashMap<>();

  /** A profile for a customer at a PIN code (its state decides festivals and weekly offs). */
  static CulturalProfile profile(CustomerId customer, String pin) {
    return BY_PIN.computeIfAbsent(
        customer.value() + "@" + pin,
        k ->
            PROFILER.profile(
                new ProfileInput.Builder(customer).pin(new PinCode(pin)).build(),
                Instant.parse("2026-03-01T00:00:00Z")));
  }

  static CustomerCard card() {
    return new CustomerCard(
        "Shree Traders",
        Optional.of("Mehul Shah"),
        Optional.of(new EmailAddress("accounts@shreetraders.in")),
        Optional.of(new PhoneNumber("+919812345678")),
        Optional.of("12 Ring Road, Surat 395002"));
  }

  static TenantPolicy policy() {
    return new TenantPolicy(
        WINDOWS,
        FrequencyCaps.STANDARD,
        "Acme Supplies",
        Optional.of(new UpiPayee("acme@okbank", "Acme Supplies")),
        Optional.empty(),
        List.of(ChannelKind.EMAIL));
  }

  static CustomerFacts facts(CustomerId customer) {
    return new CustomerFacts(
        profile(customer), RelationshipContext.firstContact(LocalDate.of(2026, 3, 1)), card());
  }

  /** Every customer exists, with the same card and a Gujarat profile. */
  static ContextSource contexts() {
    return ContextSource.of(policy(), COMPOSER, (tenant, customer) -> Optional.of(facts(customer)));
  }

  static OpenItem item(String id, LocalDate issued, LocalDate due, long rupees) {
    Money amount = Money.ofRupees(rupees);
    return new OpenItem(new InvoiceId(id), "INV/" + id, issued, due, amount, amount);
  }
}
