package dev.samvad.orchestration.runtime;

import dev.samvad.api.CampaignId;
import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.InvoiceId;
import dev.samvad.api.NotFoundException;
import dev.samvad.api.TenantId;
import dev.samvad.api.store.CampaignRecord;
import dev.samvad.api.store.UnitOfWork;
import dev.samvad.api.store.Versioned;
import dev.samvad.orchestration.CampaignState;
import dev.samvad.orchestration.Event;
import dev.samvad.orchestration.OpenItem;
import dev.samvad.orchestration.Trigger;
import dev.samvad.relationship.text.ReplyAnalysis;
import dev.samvad.relationship.text.ReplyText;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns what arrives from outside — replies and payments — into campaign events. */
final class Inbound {
  private final Env env;
  private final Decider decider;

  Inbound(Env env, Decider decider) {
    this.env = env;
    this.decider = decider;
  }

  ReplyResult reply(
      TenantId tenant,
      CustomerId customer,
      String replyId,
      String text,
      ChannelKind channel,
      Instant at) {
    return apply(
        tenant, customer, replyId, env.analyzer().analyze(ReplyText.of(text, at)), channel);
  }

  /** Applies a reply already read into {@code analysis} to the customer's campaign. */
  ReplyResult apply(
      TenantId tenant,
      CustomerId customer,
      String replyId,
      ReplyAnalysis analysis,
      ChannelKind channel) {
    InvalidInputException.require(tenant, "tenant");
    InvalidInputException.require(customer, "customerId");
    InvalidInputException.require(analysis, "analysis");
    InvalidInputException.require(channel, "channel");
    ReplyTriggers.Reading reading = ReplyTriggers.read(analysis);
    Optional<CampaignId> target =
        env.store.tenant(tenant).inTransaction(uow -> replyTarget(uow, customer));
    if (target.isEmpty()) {
      return new ReplyResult(
          replyId,
          analysis,
          reading.primary(),
          reading.triggers(),
          reading.date(),
          Optional.empty());
    }
    // One event per trigger, the opt-out first, in one unit of work; each has its own id so the
    // same reply delivered again changes nothing.
    List<Event> events = new ArrayList<>(reading.triggers().size());
    for (int i = 0; i < reading.triggers().size(); i++) {
      Trigger trigger = reading.triggers().get(i);
      String id = i == 0 ? replyId : replyId + "#" + trigger.name().toLowerCase(Locale.ROOT);
      Optional<LocalDate> date = trigger == Trigger.OPT_OUT ? Optional.empty() : reading.date();
      events.add(new Event.ReplyReceived(id, channel, trigger, date, false));
    }
    CampaignState state = decider.apply(tenant, target.get(), events);
    return new ReplyResult(
        replyId,
        analysis,
        reading.primary(),
        reading.triggers(),
        reading.date(),
        Optional.of(state));
  }

  /** The customer's unfinished campaign, else their newest. */
  private static Optional<CampaignId> replyTarget(UnitOfWork uow, CustomerId customer) {
    List<Versioned<CampaignRecord>> all = uow.campaigns().byCustomer(customer);
    for (int i = all.size() - 1; i >= 0; i--) {
      if (Decider.isActive(all.get(i).value())) {
        return Optional.of(all.get(i).value().id());
      }
    }
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1).value().id());
  }

  /** An id for a reply given as text: the same reply (channel, time, text) gets the same id. */
  static String replyId(ChannelKind channel, Instant at, String text) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : (channel + "|" + at + "|" + text).getBytes(StandardCharsets.UTF_8)) {
      hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
    }
    return "txt-" + Long.toHexString(hash);
  }

  CampaignState payment(
      TenantId tenant, CustomerId customer, String paymentId, List<Event.Allocation> allocations) {
    InvalidInputException.require(tenant, "tenant");
    InvalidInputException.require(customer, "customerId");
    Event.PaymentReceived event = new Event.PaymentReceived(paymentId, allocations);
    List<CampaignId> targets =
        env.store.tenant(tenant).inTransaction(uow -> paymentTargets(uow, customer, allocations));
    if (targets.isEmpty()) {
      throw new NotFoundException(
          "campaign holding the paid invoices of customer", customer.value());
    }
    CampaignState last = null;
    for (CampaignId id : targets) {
      last = decider.apply(tenant, id, List.of(event));
    }
    return last;
  }

  /**
   * The customer's campaigns that hold any of the paid invoices: finished ones first, so that the
   * unfinished one (the one a caller wants to see) is changed last.
   */
  static List<CampaignId> paymentTargets(
      UnitOfWork uow, CustomerId customer, List<Event.Allocation> allocations) {
    Set<InvoiceId> invoices =
        allocations.stream().map(Event.Allocation::invoiceId).collect(Collectors.toSet());
    List<CampaignId> active = new ArrayList<>();
    List<CampaignId> others = new ArrayList<>();
    for (Versioned<CampaignRecord> row : uow.campaigns().byCustomer(customer)) {
      CampaignState state = Codec.decode(row.value());
      boolean holds = state.items().stream().map(OpenItem::invoiceId).anyMatch(invoices::contains);
      if (holds) {
        (Decider.isActive(row.value()) ? active : others).add(state.campaignId());
      }
    }
    others.addAll(active);
    return others;
  }
}
