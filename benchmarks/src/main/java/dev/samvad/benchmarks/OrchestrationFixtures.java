package dev.samvad.benchmarks;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.EmailAddress;
import dev.samvad.api.Gstin;
import dev.samvad.api.InvoiceId;
import dev.samvad.api.Money;
import dev.samvad.api.PhoneNumber;
import dev.samvad.channel.Channel;
import dev.samvad.channel.ChannelCapabilities;
import dev.samvad.channel.OutboundMessage;
import dev.samvad.channel.SendResult;
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
import dev.samvad.orchestration.runtime.CampaignRuntime;
import dev.samvad.orchestration.runtime.ContextSource;
import dev.samvad.orchestration.runtime.CustomerFacts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shared inputs for the runtime's throughput and footprint runs: one Gujarat profile and card for
 * every customer (a cheap context source), and a fast idempotent channel that only counts.
 */
final class OrchestrationFixtures {
  static final ReferenceData DATA = ReferenceData.bundled();

  private OrchestrationFixtures() {}

  static Instant ist(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(CulturalProfile.INDIA).toInstant();
  }

  /** Every customer has the same facts: no profile is built per customer. */
  static ContextSource contexts() {
    CulturalProfile profile =
        CulturalProfiler.standard()
            .profile(
                new ProfileInput.Builder(new CustomerId("C-0"))
                    .gstin(new Gstin("24AAACR5055K1ZD"))
                    .build(),
                Instant.parse("2026-03-01T00:00:00Z"));
    RelationshipContext relationship = RelationshipContext.firstContact(LocalDate.of(2026, 3, 1));
    CustomerCard card =
        new CustomerCard(
            "Shree Traders",
            Optional.of("Mehul Shah"),
            Optional.of(new EmailAddress("accounts@shreetraders.in")),
            Optional.of(new PhoneNumber("+919812345678")),
            Optional.empty());
    TenantPolicy policy =
        new TenantPolicy(
            ContactWindowPolicy.standard(DATA),
            FrequencyCaps.STANDARD,
            "Acme Supplies",
            Optional.of(new UpiPayee("acme@okbank", "Acme Supplies")),
            Optional.empty(),
            List.of(ChannelKind.EMAIL));
    return ContextSource.of(
        policy,
        MessageComposer.create(DATA),
        (tenant, customer) ->
            Optional.of(new CustomerFacts(as(profile, customer), relationship, card)));
  }

  /** The same profile for another customer (the runtime checks the context is the customer's). */
  static CulturalProfile as(CulturalProfile p, CustomerId customer) {
    return new CulturalProfile(
        customer,
        p.state(),
        p.region(),
        p.primaryLanguage(),
        p.secondaryLanguages(),
        p.formality(),
        p.directness(),
        p.relationshipOrientation(),
        p.preferredChannels(),
        p.businessHours(),
        p.preferredHours(),
        p.festivals(),
        p.businessCycleNotes(),
        p.dimensions(),
        p.conflicts(),
        p.confidence(),
        p.zone(),
        p.analysedAt(),
        p.referenceVersion());
  }

  static OpenItem item(String id, LocalDate issued, LocalDate due, long rupees) {
    Money amount = Money.ofRupees(rupees);
    return new OpenItem(new InvoiceId(id), "INV/" + id, issued, due, amount, amount);
  }

  /** Accepts every message once per key, remembering only the keys. */
  static final class CountingChannel implements Channel {
    final Set<String> keys = ConcurrentHashMap.newKeySet();

    @Override
    public ChannelCapabilities capabilities() {
      return ChannelCapabilities.unrestricted(false);
    }

    @Override
    public SendResult send(OutboundMessage message, String idempotencyKey) {
      keys.add(Channel.checkedKey(idempotencyKey));
      return new SendResult.Accepted(idempotencyKey);
    }
  }

  /** Wires one counting channel for e-mail, SMS and WhatsApp. */
  static CampaignRuntime.Builder withChannel(CampaignRuntime.Builder builder, Channel channel) {
    for (ChannelKind kind : List.of(ChannelKind.EMAIL, ChannelKind.SMS, ChannelKind.WHATSAPP)) {
      builder.channel(kind, channel);
    }
    return builder;
  }
}
