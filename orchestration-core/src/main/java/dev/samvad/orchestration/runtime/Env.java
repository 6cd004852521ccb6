package dev.samvad.orchestration.runtime;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.TenantId;
import dev.samvad.api.spi.AuditSink;
import dev.samvad.api.spi.EventSink;
import dev.samvad.api.spi.SamvadEvent;
import dev.samvad.api.store.SamvadStore;
import dev.samvad.channel.Channel;
import dev.samvad.orchestration.CampaignEngine;
import dev.samvad.orchestration.CampaignState;
import dev.samvad.orchestration.Context;
import dev.samvad.orchestration.Playbook;
import dev.samvad.relationship.text.ReplyAnalyzer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A runtime's configuration and shared parts, read by its workers. Immutable after build. */
final class Env {
  private static final Logger LOG = LoggerFactory.getLogger(CampaignRuntime.class);

  final SamvadStore store;
  final ContextSource contexts;
  final Map<ChannelKind, Channel> channels;
  final Clock clock;
  final String nodeId;
  final Duration leaseFor;
  final int batchSize;
  final RetryPolicy retry;
  final PlaybookRegistry playbooks;
  final double holdOutShare;
  final AuditSink audit;
  final EventSink events;
  final Optimisers optimisers;
  final CrashHook crash;
  private final @Nullable ReplyAnalyzer configuredAnalyzer;
  final CampaignEngine engine = CampaignEngine.create();

  Env(CampaignRuntime.Builder b) {
    this.store = b.store;
    this.contexts = b.contexts;
    this.channels = new EnumMap<>(b.channels);
    this.clock = b.clock;
    this.nodeId = b.nodeId;
    this.leaseFor = b.leaseFor;
    this.batchSize = b.batchSize;
    this.retry = b.retry;
    this.playbooks = b.playbooks;
    this.holdOutShare = b.holdOutShare;
    this.audit = b.audit;
    this.events = b.events;
    this.optimisers = new Optimisers(b.store, b.sharedOptimiser);
    this.crash = b.crash;
    this.configuredAnalyzer = b.analyzer;
  }

  /** The reply analyser; the standard one loads its lexicons on first use, not at build. */
  ReplyAnalyzer analyzer() {
    return configuredAnalyzer != null ? configuredAnalyzer : ReplyAnalyzer.standard();
  }

  String actor() {
    return "runtime:" + nodeId;
  }

  Playbook playbook(String id, int version) {
    return playbooks
        .find(id, version)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "playbook",
                    "'" + id + "' v" + version + " is not registered with the runtime"));
  }

  /** The engine's context; called outside any unit of work. */
  Context context(TenantId tenant, CampaignState state, Instant now) {
    return context(
        tenant, state.customerId(), playbook(state.playbookId(), state.playbookVersion()), now);
  }

  /** The engine's context with the tenant's optimiser as ranker; outside any unit of work. */
  Context context(TenantId tenant, CustomerId customer, Playbook playbook, Instant now) {
    Context ctx = contexts.contextFor(tenant, customer, playbook, now);
    if (!ctx.tenant().equals(tenant)
        || !ctx.playbook().equals(playbook)
        || !ctx.profile().customerId().equals(customer)) {
      throw new IllegalStateException(
          "the context source answered for another tenant, customer or playbook than asked");
    }
    return new Context(
        tenant,
        now,
        playbook,
        ctx.profile(),
        ctx.relationship(),
        ctx.customer(),
        ctx.policy(),
        ctx.composer(),
        optimisers.forTenant(tenant),
        ctx.segment());
  }

  /** Whether a customer is in the hold-out group: a stable hash of tenant and customer. */
  boolean holdOut(TenantId tenant, CustomerId customer) {
    if (holdOutShare <= 0) {
      return false;
    }
    long hash = 0xcbf29ce484222325L;
    for (byte b : (tenant.value() + "|" + customer.value()).getBytes(StandardCharsets.UTF_8)) {
      hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
    }
    hash ^= hash >>> 33;
    hash *= 0xff51afd7ed558ccdL;
    hash ^= hash >>> 33;
    double unit = (hash >>> 11) * 0x1.0p-53;
    return unit < holdOutShare;
  }

  Optional<Channel> channel(ChannelKind kind) {
    return Optional.ofNullable(channels.get(kind));
  }

  void appendAudit(Effects fx) {
    fx.audit.forEach(audit::append);
  }

  /** After commit: events to the host (failures logged, never thrown) and optimiser updates. */
  void afterCommit(TenantId tenant, Effects fx) {
    optimisers.afterCommit(tenant, fx);
    for (SamvadEvent event : fx.events) {
      try {
        events.publish(event);
      } catch (RuntimeException e) {
        LOG.warn("event sink failed on {}", event.type(), e);
      }
    }
  }
}
