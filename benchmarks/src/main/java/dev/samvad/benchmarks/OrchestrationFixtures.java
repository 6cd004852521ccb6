package dev.samvad.benchmarks;

import dev.samvad.api.CampaignId;
import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.InvoiceId;
import dev.samvad.api.Money;
import dev.samvad.api.TenantId;
import dev.samvad.channel.Channel;
import dev.samvad.channel.ChannelCapabilities;
import dev.samvad.channel.OutboundMessage;
import dev.samvad.channel.SendResult;
import dev.samvad.culture.CulturalProfile;
import dev.samvad.culture.ReferenceData;
import dev.samvad.orchestration.OpenItem;
import dev.samvad.orchestration.Playbooks;
import dev.samvad.orchestration.runtime.CampaignRuntime;
import dev.samvad.orchestration.runtime.ContextSource;
import dev.samvad.orchestration.runtime.UniformContexts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
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
    return UniformContexts.gujaratTraders();
  }

  /**
   * Starts campaign {@code prefix-i} for customer {@code C-i} on the standard playbook, over one
   * invoice issued 20 February 2026 and due 12 March 2026 for {@code rupees}.
   */
  static void startStandard(
      CampaignRuntime runtime, TenantId tenant, String prefix, int i, long rupees) {
    runtime.start(
        tenant,
        new CampaignId(prefix + "-" + i),
        new CustomerId("C-" + i),
        Playbooks.STANDARD_B2B,
        List.of(item("I" + i, LocalDate.of(2026, 2, 20), LocalDate.of(2026, 3, 12), rupees)));
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
