package dev.samvad.orchestration;

import dev.samvad.api.CampaignId;
import dev.samvad.api.CustomerId;
import dev.samvad.api.EmailAddress;
import dev.samvad.api.Gstin;
import dev.samvad.api.InvoiceId;
import dev.samvad.api.Money;
import dev.samvad.api.PhoneNumber;
import dev.samvad.api.TenantId;
import dev.samvad.culture.ContactWindowPolicy;
import dev.samvad.culture.CulturalProfile;
import dev.samvad.culture.CulturalProfiler;
import dev.samvad.culture.ProfileInput;
import dev.samvad.culture.ReferenceData;
import dev.samvad.culture.RelationshipContext;
import dev.samvad.culture.UpiPayee;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Shared test inputs: a Gujarat customer reachable on every channel, and a context for them. */
final class Fixtures {
  static final ReferenceData DATA = ReferenceData.bundled();
  static final CulturalProfiler PROFILER = CulturalProfiler.standard();
  static final MessageComposer COMPOSER = MessageComposer.create(DATA);
  static final ContactWindowPolicy WINDOWS = ContactWindowPolicy.standard(DATA);
  static final TenantId TENANT = new TenantId("acme");
  static final CustomerId CUSTOMER = new CustomerId("C-1");
  static final CampaignId CAMPAIGN = new CampaignId("cmp-C-1");
  static final CulturalProfile PROFILE =
      PROFILER.profile(
          new ProfileInput.Builder(CUSTOMER).gstin(new Gstin("24AAACR5055K1ZD")).build(),
          Instant.parse("2026-03-01T00:00:00Z"));

  private Fixtures() {}

  static Instant ist(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(CulturalProfile.INDIA).toInstant();
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
        List.of(dev.samvad.api.ChannelKind.EMAIL));
  }

  static Context context(Playbook playbook, Instant now) {
    return context(playbook, now, card(), ChannelRanker.firstChoice());
  }

  static Context context(Playbook playbook, Instant now, CustomerCard card, ChannelRanker ranker) {
    return context(playbook, now, card, ranker, policy());
  }

  static Context context(
      Playbook playbook,
      Instant now,
      CustomerCard card,
      ChannelRanker ranker,
      TenantPolicy policy) {
    return new Context(
        TENANT,
        now,
        playbook,
        PROFILE,
        RelationshipContext.firstContact(LocalDate.of(2026, 3, 1)),
        card,
        policy,
        COMPOSER,
        ranker,
        Context.segmentOf(PROFILE));
  }

  static OpenItem item(String id, LocalDate issued, LocalDate due, long rupees) {
    Money amount = Money.ofRupees(rupees);
    return new OpenItem(new InvoiceId(id), "INV/" + id, issued, due, amount, amount);
  }
}
