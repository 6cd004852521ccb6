package dev.samvad.sdk.internal;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.NotFoundException;
import dev.samvad.api.TenantId;
import dev.samvad.api.consent.ConsentEntry;
import dev.samvad.api.consent.ConsentRecord;
import dev.samvad.api.consent.ContactBasis;
import dev.samvad.api.consent.ContactBasisPolicy;
import dev.samvad.api.model.Contact;
import dev.samvad.api.model.Customer;
import dev.samvad.api.spi.AuditEntry;
import dev.samvad.api.spi.AuditSink;
import dev.samvad.api.store.TenantStore;
import dev.samvad.api.store.UnitOfWork;
import dev.samvad.api.store.Versioned;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One tenant's consent ledgers on behalf of one actor: record a consent, record a withdrawal (from
 * a person, the host, or a "STOP" reply), read a customer's ledger and the basis it gives on each
 * channel now. Every change is audited ({@code consent.give}, {@code consent.withdraw}) and drops
 * the customer's cached campaign context, so the next decision and the next send see it.
 */
public final class ConsentDesk {
  /** The source of withdrawals Samvad records from a customer's opt-out reply. */
  public static final String REPLY = "reply";

  /** How far ahead of Samvad's clock a host's time may be, for clocks a little apart. */
  static final java.time.Duration CLOCK_SKEW = java.time.Duration.ofMinutes(5);

  private final TenantId tenant;
  private final TenantStore store;
  private final ContactBasisPolicy policy;
  private final Clock clock;
  private final AuditSink audit;
  private final String actor;
  private final CampaignContexts contexts;

  public ConsentDesk(
      TenantId tenant,
      TenantStore store,
      ContactBasisPolicy policy,
      Clock clock,
      AuditSink audit,
      String actor,
      CampaignContexts contexts) {
    this.tenant = tenant;
    this.store = store;
    this.policy = policy;
    this.clock = clock;
    this.audit = audit;
    this.actor = actor;
    this.contexts = contexts;
  }

  /** Samvad's clock's time. */
  public Instant now() {
    return clock.instant();
  }

  /** A customer's ledger and the basis it gives now on every channel. */
  public record ConsentView(ConsentRecord ledger, Map<ChannelKind, ContactBasis> basis) {}

  /**
   * Adds {@code entry} to the customer's ledger in one unit of work.
   *
   * @throws NotFoundException when the customer is unknown
   * @throws InvalidInputException naming {@code at} when the entry lies in the future, or before
   *     the channel's latest entry
   */
  public ConsentRecord record(CustomerId customer, ConsentEntry entry) {
    Instant now = clock.instant();
    if (entry.at().isAfter(now.plus(CLOCK_SKEW))) {
      // A future entry would block every earlier-dated one on its channel until then.
      throw new InvalidInputException(
          "at", "must not be in the future (now " + now + "), was " + entry.at());
    }
    ConsentRecord stored =
        store.inTransaction(
            uow -> {
              requireCustomer(uow, customer);
              ConsentRecord next = append(uow, customer, entry);
              audit.append(
                  new AuditEntry(
                      tenant,
                      actor,
                      entry.action() == ConsentEntry.Action.GIVEN
                          ? "consent.give"
                          : "consent.withdraw",
                      "customer:" + customer.value(),
                      clock.instant(),
                      details(entry)));
              return next;
            });
    contexts.forget(tenant, customer);
    return stored;
  }

  /**
   * Withdraws consent on {@code channels} at {@code at}, as a customer's opt-out reply asked. A
   * channel whose latest entry is already a withdrawal is left as it is. Nothing happens for an
   * unknown customer (a reply may arrive for a customer the host has not loaded).
   */
  public void withdrawFromReply(
      CustomerId customer, Set<ChannelKind> channels, Instant at, String replyId) {
    Instant now = clock.instant();
    boolean changed =
        store.inTransaction(
            uow -> {
              if (uow.customers().find(customer).isEmpty()) {
                return false;
              }
              boolean any = false;
              for (ChannelKind channel : channels) {
                ConsentRecord current = ledger(uow, customer);
                Optional<ConsentEntry> last = current.latest(channel);
                if (last.isPresent() && last.get().action() == ConsentEntry.Action.WITHDRAWN) {
                  continue;
                }
                // Counted from when the reply came, but never from the future, and never before
                // the channel's latest entry (the ledger keeps each channel in time order).
                Instant when = at.isAfter(now) ? now : at;
                if (last.isPresent() && last.get().at().isAfter(when)) {
                  when = last.get().at();
                }
                ConsentEntry entry =
                    ConsentEntry.withdrawn(channel, when, REPLY, Optional.of(clip(replyId)));
                append(uow, customer, entry);
                audit.append(
                    new AuditEntry(
                        tenant,
                        actor,
                        "consent.withdraw",
                        "customer:" + customer.value(),
                        clock.instant(),
                        details(entry)));
                any = true;
              }
              return any;
            });
    if (changed) {
      contexts.forget(tenant, customer);
    }
  }

  /**
   * The customer's ledger (empty when nothing was recorded) and the basis on every channel now.
   *
   * @throws NotFoundException when the customer is unknown
   */
  public ConsentView view(CustomerId customer) {
    Instant now = clock.instant();
    return store.inTransaction(
        uow -> {
          Customer c = requireCustomer(uow, customer);
          ConsentRecord ledger = ledger(uow, customer);
          Map<ChannelKind, ContactBasis> basis = new EnumMap<>(ChannelKind.class);
          boolean optIn = contactOptIn(c);
          for (ChannelKind channel : ChannelKind.values()) {
            basis.put(channel, policy.basis(ledger, channel, now, optIn));
          }
          return new ConsentView(ledger, basis);
        });
  }

  /** The stored ledger, or an empty one. */
  static ConsentRecord ledger(UnitOfWork uow, CustomerId customer) {
    return uow.consents()
        .find(customer)
        .map(Versioned::value)
        .orElseGet(() -> ConsentRecord.empty(customer));
  }

  /** Whether a contact with a phone has opted in to WhatsApp on the contact record. */
  static boolean contactOptIn(Customer customer) {
    return customer.contacts().stream()
        .filter(c -> c.phone().isPresent())
        .findFirst()
        .map(Contact::whatsappOptIn)
        .orElse(false);
  }

  /** Appends in the caller's unit of work; returns the stored ledger. */
  static ConsentRecord append(UnitOfWork uow, CustomerId customer, ConsentEntry entry) {
    Optional<Versioned<ConsentRecord>> row = uow.consents().find(customer);
    if (row.isEmpty()) {
      return uow.consents().insert(ConsentRecord.empty(customer).with(entry)).value();
    }
    return uow.consents().update(row.get().value().with(entry), row.get().version()).value();
  }

  private static Customer requireCustomer(UnitOfWork uow, CustomerId customer) {
    return uow.customers()
        .find(customer)
        .map(Versioned::value)
        .orElseThrow(() -> new NotFoundException("customer", customer.value()));
  }

  private static Map<String, String> details(ConsentEntry entry) {
    Map<String, String> d = new LinkedHashMap<>();
    d.put("channel", entry.channel().name());
    d.put("source", entry.source());
    d.put("at", entry.at().toString());
    entry.notice().ifPresent(n -> d.put("notice", n));
    entry.purpose().ifPresent(p -> d.put("purpose", p));
    entry.reference().ifPresent(r -> d.put("reference", r));
    return d;
  }

  private static String clip(String id) {
    return id.length() <= ConsentEntry.MAX_TEXT ? id : id.substring(0, ConsentEntry.MAX_TEXT);
  }
}
