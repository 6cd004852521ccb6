package dev.samvad.sdk;

import dev.samvad.api.CampaignId;
import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.ExecutionId;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.TenantId;
import dev.samvad.api.consent.ConsentEntry;
import dev.samvad.api.consent.ConsentRecord;
import dev.samvad.api.consent.ContactBasis;
import dev.samvad.api.model.Customer;
import dev.samvad.api.model.Interaction;
import dev.samvad.api.model.Invoice;
import dev.samvad.api.model.Payment;
import dev.samvad.api.store.Page;
import dev.samvad.orchestration.CampaignState;
import dev.samvad.orchestration.ManualAction;
import dev.samvad.orchestration.TaskOutcome;
import dev.samvad.orchestration.runtime.ExecutionView;
import dev.samvad.orchestration.runtime.ReplyResult;
import dev.samvad.orchestration.runtime.TaskQuery;
import dev.samvad.orchestration.runtime.TaskView;
import dev.samvad.relationship.text.ReplyAnalysis;
import dev.samvad.relationship.text.ReplyAnalyzer;
import dev.samvad.relationship.text.ReplyText;
import dev.samvad.sdk.internal.Access;
import dev.samvad.sdk.internal.ConsentDesk;
import dev.samvad.sdk.internal.DataRights;
import dev.samvad.sdk.internal.HybridPolicy;
import dev.samvad.sdk.internal.Ledger;
import dev.samvad.sdk.internal.OrchestrationDesk;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One tenant's door into Samvad: everything read or written through a session belongs to {@link
 * #tenantId()} and is invisible to every other tenant's session.
 *
 * <p>A session acts either for the host itself ({@link Samvad#tenant}: actor {@code host}, every
 * permission — for imports, schedulers and other system work) or for a person ({@link
 * Samvad#session(Principal)}: actor {@code user:<userId>}, and every method checks the {@link
 * Permission} named in its description and the principal's attribute rules first, throwing {@link
 * dev.samvad.api.PermissionDeniedException} with code {@code PERMISSION_DENIED} and auditing {@code
 * access.denied} when they forbid it). Reads of contact details and message text are audited
 * ({@code customer.read}, {@code customer.list}, {@code interaction.read}, {@code message.read}).
 *
 * <p>Sessions are cheap (open one per request if convenient) and thread-safe. Each method runs in
 * one unit of work of the store: a write either happens completely or not at all, and is recorded
 * in the audit trail with the session's actor. Methods may block while another unit of work of the
 * same tenant runs.
 *
 * <p>Errors are {@link dev.samvad.api.SamvadException}s: {@link
 * dev.samvad.api.InvalidInputException} naming the field for a null argument or a rule broken,
 * {@link dev.samvad.api.NotFoundException} when a referenced customer or invoice does not exist,
 * {@link dev.samvad.api.ConflictException} when a concurrent write won or an id or invoice number
 * is taken.
 */
public final class TenantSession {
  private final Ledger ledger;
  private final OrchestrationDesk campaigns;
  private final Access access;
  private final HybridPolicy hybrid;
  private final ReplyAnalyzer analyzer;
  private final ConsentDesk consents;
  private final DataRights rights;
  private final RetentionPolicy retention;

  TenantSession(
      Ledger ledger,
      OrchestrationDesk campaigns,
      Access access,
      HybridPolicy hybrid,
      ReplyAnalyzer analyzer,
      ConsentDesk consents,
      DataRights rights,
      RetentionPolicy retention) {
    this.consents = consents;
    this.rights = rights;
    this.retention = retention;
    this.ledger = ledger;
    this.campaigns = campaigns;
    this.access = access;
    this.hybrid = hybrid;
    this.analyzer = analyzer;
  }

  /**
   * Reads a customer's reply under the hybrid policy: the rule reader answers at once; with a
   * language model configured, the model's reading replaces it only when it arrives valid within
   * the deadline ({@link Samvad.Builder#languageModelDeadline}). The result says which path
   * answered ({@code analysis().path()} agrees) and, when the rules did, why. Nothing is stored.
   * Blocks for at most the deadline (plus a few milliseconds); never throws for model trouble.
   * Replies that address an automated reader ("ignore previous instructions") are read by the rules
   * alone. Needs {@link Permission#RELATIONSHIP_ANALYSE}.
   *
   * @throws dev.samvad.api.InvalidInputException when {@code reply} is null
   */
  public HybridResult<ReplyAnalysis> readReply(ReplyText reply) {
    dev.samvad.api.InvalidInputException.require(reply, "reply");
    access.require(Permission.RELATIONSHIP_ANALYSE, "TenantSession.readReply");
    return hybrid.readReplies(tenantId(), analyzer, List.of(reply)).get(0);
  }

  /** The tenant this session is scoped to. */
  public TenantId tenantId() {
    return ledger.tenantId();
  }

  /**
   * Inserts the customer, or replaces the stored customer with the same id (a versioned update: if
   * another writer replaces it at the same moment, one of the two gets a {@code VERSION_CONFLICT}).
   *
   * <p>Needs {@link Permission#CUSTOMER_WRITE}.
   *
   * @return {@code c}, as stored
   */
  public Customer putCustomer(Customer c) {
    InvalidInputException.require(c, "customer");
    access.require(Permission.CUSTOMER_WRITE, c.id(), "TenantSession.putCustomer");
    return ledger.putCustomer(c).value();
  }

  /** The customer with this id, or empty. Needs {@link Permission#CUSTOMER_READ}; audited. */
  public Optional<Customer> customer(CustomerId id) {
    InvalidInputException.require(id, "customerId");
    access.require(Permission.CUSTOMER_READ, id, "TenantSession.customer");
    Optional<Customer> found = ledger.customer(id);
    if (found.isPresent()) {
      access.recordRead(
          "customer.read", "customer:" + id.value(), Map.of("operation", "TenantSession.customer"));
    }
    return found;
  }

  /**
   * Every customer of the tenant in ascending id order — for a relationship manager, every one of
   * their assigned customers. Read page by page inside one unit of work, so the list is a
   * consistent snapshot; for very large portfolios prefer the paged JSON route. Needs {@link
   * Permission#CUSTOMER_READ}; audited.
   */
  public List<Customer> customers() {
    String operation = "TenantSession.customers";
    access.require(Permission.CUSTOMER_READ, operation);
    Optional<Set<CustomerId>> among = access.limitedTo(Permission.CUSTOMER_READ);
    List<Customer> customers;
    if (among.isEmpty()) {
      customers = ledger.allCustomers();
    } else {
      customers = new ArrayList<>();
      Page page = Page.first(Page.MAX_LIMIT);
      while (true) {
        List<Customer> batch = ledger.customers(page, among.get());
        customers.addAll(batch);
        if (batch.size() < page.limit()) {
          break;
        }
        page = Page.after(batch.get(batch.size() - 1).id().value(), Page.MAX_LIMIT);
      }
    }
    access.recordRead(
        "customer.list",
        "customers",
        Map.of("operation", operation, "count", String.valueOf(customers.size())));
    return customers;
  }

  /**
   * Inserts the invoice, or replaces the stored invoice with the same id. Needs {@link
   * Permission#LEDGER_WRITE}.
   *
   * @throws dev.samvad.api.NotFoundException when its customer does not exist
   * @throws dev.samvad.api.InvalidInputException naming {@code customerId} when a stored invoice of
   *     this id belongs to another customer
   * @throws dev.samvad.api.ConflictException {@code ALREADY_EXISTS} when another invoice has the
   *     same number in the same financial year
   */
  public Invoice putInvoice(Invoice invoice) {
    InvalidInputException.require(invoice, "invoice");
    access.require(Permission.LEDGER_WRITE, invoice.customerId(), "TenantSession.putInvoice");
    return ledger.putInvoice(invoice).value();
  }

  /**
   * The customer's invoices, oldest issue date first. Needs {@link Permission#LEDGER_READ}.
   *
   * @throws dev.samvad.api.NotFoundException when the customer does not exist
   */
  public List<Invoice> invoices(CustomerId customer) {
    InvalidInputException.require(customer, "customerId");
    access.require(Permission.LEDGER_READ, customer, "TenantSession.invoices");
    return ledger.invoices(customer);
  }

  /**
   * Records a payment and applies it to the invoices it is allocated to, in one unit of work: each
   * invoice's outstanding amount drops by its allocation and its status becomes {@code PAID} when
   * nothing is left, else {@code PARTIALLY_PAID} (a {@code DISPUTED} invoice stays disputed until
   * paid in full). If any check fails nothing is written.
   *
   * @throws dev.samvad.api.NotFoundException when the customer or an allocated invoice does not
   *     exist
   * @throws dev.samvad.api.InvalidInputException naming {@code allocations[i].invoiceId} when the
   *     invoice belongs to another customer or is no longer owed, or {@code allocations[i].amount}
   *     when the allocation exceeds what is outstanding
   * @throws dev.samvad.api.ConflictException {@code ALREADY_EXISTS} when the payment id is taken
   */
  public Payment recordPayment(Payment payment) {
    InvalidInputException.require(payment, "payment");
    access.require(Permission.LEDGER_WRITE, payment.customerId(), "TenantSession.recordPayment");
    return ledger.recordPayment(payment);
  }

  /**
   * The customer's payments, earliest first. Needs {@link Permission#LEDGER_READ}.
   *
   * @throws dev.samvad.api.NotFoundException when the customer does not exist
   */
  public List<Payment> payments(CustomerId customer) {
    InvalidInputException.require(customer, "customerId");
    access.require(Permission.LEDGER_READ, customer, "TenantSession.payments");
    return ledger.payments(customer);
  }

  /**
   * Records a message or call with a customer. Needs {@link Permission#INTERACTION_WRITE}.
   *
   * @throws dev.samvad.api.NotFoundException when the customer does not exist
   * @throws dev.samvad.api.ConflictException {@code ALREADY_EXISTS} when the id is taken
   */
  public Interaction recordInteraction(Interaction interaction) {
    InvalidInputException.require(interaction, "interaction");
    access.require(
        Permission.INTERACTION_WRITE, interaction.customerId(), "TenantSession.recordInteraction");
    return ledger.recordInteraction(interaction);
  }

  /**
   * The customer's interactions that occurred at or after {@code from} and before {@code to},
   * earliest first. Needs {@link Permission#MESSAGE_TEXT_READ} for the customer (with the team
   * rule); audited as {@code interaction.read}.
   *
   * @throws dev.samvad.api.NotFoundException when the customer does not exist
   * @throws dev.samvad.api.InvalidInputException naming {@code to} when it is before {@code from}
   */
  public List<Interaction> interactions(CustomerId customer, Instant from, Instant to) {
    InvalidInputException.require(customer, "customerId");
    String operation = "TenantSession.interactions";
    access.require(Permission.MESSAGE_TEXT_READ, customer, operation);
    List<Interaction> found = ledger.interactions(customer, from, to);
    access.recordRead(
        "interaction.read",
        "customer:" + customer.value(),
        Map.of("operation", operation, "count", String.valueOf(found.size())));
    return found;
  }

  // ---- campaigns ------------------------------------------------------------------------------

  /**
   * Starts following up the customer's open invoices (outstanding, with money owed) as one
   * conversation. If the customer already has a running campaign, the invoices join it and that
   * campaign is returned. Invoices stored later join the running campaign by themselves, and
   * payments recorded with {@link #recordPayment} settle what they cover in it. Needs {@link
   * Permission#CAMPAIGN_MANAGE}.
   *
   * @param playbookId {@code standard-b2b}, {@code relationship-first}, {@code high-risk}, or a
   *     playbook registered with {@link Samvad.Builder#playbook}
   * @throws dev.samvad.api.NotFoundException when the customer or playbook does not exist
   * @throws InvalidInputException naming {@code customerId} when nothing is owed
   */
  public CampaignState startCampaign(CustomerId customer, String playbookId) {
    InvalidInputException.require(customer, "customerId");
    InvalidInputException.require(playbookId, "playbookId");
    access.require(Permission.CAMPAIGN_MANAGE, customer, "TenantSession.startCampaign");
    return campaigns.start(customer, Optional.of(playbookId));
  }

  /**
   * The campaign with this id. Needs {@link Permission#CAMPAIGN_READ} for its customer.
   *
   * @throws dev.samvad.api.NotFoundException when there is none
   */
  public CampaignState campaign(CampaignId id) {
    InvalidInputException.require(id, "campaignId");
    CampaignState state = campaigns.campaign(id);
    access.require(Permission.CAMPAIGN_READ, state.customerId(), "TenantSession.campaign");
    return state;
  }

  /** The customer's unfinished campaign, if any. Needs {@link Permission#CAMPAIGN_READ}. */
  public Optional<CampaignState> activeCampaign(CustomerId customer) {
    InvalidInputException.require(customer, "customerId");
    access.require(Permission.CAMPAIGN_READ, customer, "TenantSession.activeCampaign");
    return campaigns.activeFor(customer);
  }

  /**
   * The campaign's messages with their status timelines, oldest first. They carry the rendered
   * text, so this needs {@link Permission#MESSAGE_TEXT_READ} for the campaign's customer (with the
   * team rule); audited as {@code message.read}.
   */
  public List<ExecutionView> executions(CampaignId id) {
    InvalidInputException.require(id, "campaignId");
    String operation = "TenantSession.executions";
    CustomerId customer = campaigns.campaign(id).customerId();
    access.require(Permission.MESSAGE_TEXT_READ, customer, operation);
    List<ExecutionView> views = campaigns.executions(id);
    access.recordRead(
        "message.read",
        "customer:" + customer.value(),
        Map.of(
            "operation", operation,
            "campaign", id.value(),
            "count", String.valueOf(views.size())));
    return views;
  }

  /**
   * One message with its status timeline. Needs {@link Permission#MESSAGE_TEXT_READ} for its
   * customer (with the team rule); audited as {@code message.read}.
   *
   * @throws dev.samvad.api.NotFoundException when there is none
   */
  public ExecutionView execution(ExecutionId id) {
    InvalidInputException.require(id, "executionId");
    String operation = "TenantSession.execution";
    ExecutionView view = campaigns.execution(id);
    access.require(Permission.MESSAGE_TEXT_READ, view.customerId(), operation);
    access.recordRead(
        "message.read",
        "customer:" + view.customerId().value(),
        Map.of("operation", operation, "execution", id.value()));
    return view;
  }

  /**
   * Acts on a campaign by hand: send the next step now (still only inside the hard contact windows
   * and frequency caps), pause, resume, skip a step, stop, or mark it paid. Needs {@link
   * Permission#CAMPAIGN_MANAGE} for its customer. Audited with the session's actor and the reason.
   *
   * @param reason why, for the audit trail; not blank
   * @throws InvalidInputException naming {@code action} when the campaign's state does not allow it
   */
  public CampaignState act(CampaignId id, ManualAction action, String reason) {
    InvalidInputException.require(id, "campaignId");
    InvalidInputException.require(action, "action");
    InvalidInputException.require(reason, "reason");
    CustomerId customer = campaigns.campaign(id).customerId();
    access.require(Permission.CAMPAIGN_MANAGE, customer, "TenantSession.act");
    return campaigns.act(id, action, reason, Optional.empty());
  }

  /**
   * A reply from the customer: read under the hybrid policy like {@link #readReply} (the rules at
   * once; a configured language model's valid reading within the deadline instead) and applied to
   * their campaign (a promise waits, a dispute pauses, an opt-out stops the channel). {@code
   * analysis().path()} says which path read it. Blocks for at most the model deadline. Needs {@link
   * Permission#RESPONSE_PROCESS}.
   *
   * @param at when it was received
   */
  public ReplyResult receiveReply(
      CustomerId customer, String text, ChannelKind channel, Instant at) {
    InvalidInputException.require(customer, "customerId");
    InvalidInputException.require(text, "text");
    InvalidInputException.require(channel, "channel");
    InvalidInputException.require(at, "at");
    access.require(Permission.RESPONSE_PROCESS, customer, "TenantSession.receiveReply");
    return campaigns.reply(customer, text, channel, at).value();
  }

  /**
   * The collections team's tasks matching {@code query} — for a relationship manager, those of
   * their assigned customers, the query's page counted over them. Needs {@link
   * Permission#TASK_WORK}.
   */
  public List<TaskView> tasks(TaskQuery query) {
    InvalidInputException.require(query, "query");
    access.require(Permission.TASK_WORK, "TenantSession.tasks");
    Optional<Set<CustomerId>> among = access.limitedTo(Permission.TASK_WORK);
    return among.isPresent() ? campaigns.tasks(query, among.get()) : campaigns.tasks(query);
  }

  /**
   * Completes a task; its outcome feeds back into the campaign (a promise waits for its date, a
   * verified payment finishes the campaign, no answer resumes it). Needs {@link
   * Permission#TASK_WORK} for the task's customer.
   *
   * @throws dev.samvad.api.NotFoundException when there is no such task
   * @throws InvalidInputException naming {@code taskId} when it is already completed
   */
  public CampaignState completeTask(String taskId, TaskOutcome outcome) {
    InvalidInputException.require(taskId, "taskId");
    InvalidInputException.require(outcome, "outcome");
    CustomerId customer = campaigns.task(taskId).customerId();
    access.require(Permission.TASK_WORK, customer, "TenantSession.completeTask");
    return campaigns.complete(taskId, outcome);
  }

  // ------------------------------------------------------------------ consent and data rights

  /**
   * Adds a consent given or withdrawn to the customer's consent ledger (notice, purpose, time and
   * source; see {@link ConsentEntry#given} and {@link ConsentEntry#withdrawn}). A withdrawal stops
   * every message on its channel from the next decision and the next send, in every campaign; a
   * consent given later restores the channel. Needs {@link Permission#CONSENT_WRITE}; audited as
   * {@code consent.give} or {@code consent.withdraw}.
   *
   * @return the ledger as stored
   * @throws dev.samvad.api.NotFoundException when the customer is unknown
   * @throws InvalidInputException naming {@code at} when the entry is earlier than the channel's
   *     latest entry
   */
  public ConsentRecord recordConsent(CustomerId customer, ConsentEntry entry) {
    InvalidInputException.require(customer, "customerId");
    InvalidInputException.require(entry, "entry");
    access.require(Permission.CONSENT_WRITE, customer, "TenantSession.recordConsent");
    return consents.record(customer, entry);
  }

  /**
   * Withdraws the customer's consent on {@code channel} now — as easy as giving it. Needs {@link
   * Permission#CONSENT_WRITE}; audited.
   *
   * @param source where the withdrawal came from, e.g. {@code "phone call"}, {@code "host API"}
   */
  public ConsentRecord withdrawConsent(CustomerId customer, ChannelKind channel, String source) {
    InvalidInputException.require(customer, "customerId");
    InvalidInputException.require(channel, "channel");
    InvalidInputException.require(source, "source");
    access.require(Permission.CONSENT_WRITE, customer, "TenantSession.withdrawConsent");
    return consents.record(
        customer, ConsentEntry.withdrawn(channel, consents.now(), source, Optional.empty()));
  }

  /**
   * The customer's consent ledger (empty when nothing was recorded). Needs {@link
   * Permission#CONSENT_READ}.
   *
   * @throws dev.samvad.api.NotFoundException when the customer is unknown
   */
  public ConsentRecord consents(CustomerId customer) {
    InvalidInputException.require(customer, "customerId");
    access.require(Permission.CONSENT_READ, customer, "TenantSession.consents");
    return consents.view(customer).ledger();
  }

  /**
   * The basis for contacting the customer on every channel now, under the tenant's {@link
   * dev.samvad.api.consent.ContactBasisPolicy}: what the campaign runtime checks before planning
   * and before sending. Needs {@link Permission#CONSENT_READ}.
   */
  public Map<ChannelKind, ContactBasis> contactBasis(CustomerId customer) {
    InvalidInputException.require(customer, "customerId");
    access.require(Permission.CONSENT_READ, customer, "TenantSession.contactBasis");
    return consents.view(customer).basis();
  }

  /**
   * Everything Samvad holds about the customer, as one JSON document (the DPDP right of access):
   * the customer and contacts, consent ledger, invoices, payments, interactions, profiles,
   * campaigns, tasks, executions and — with the default in-memory audit sink — the audit entries
   * about them. Needs {@link Permission#DATA_EXPORT}; audited as {@code customer.export}.
   *
   * @throws dev.samvad.api.NotFoundException when the customer is unknown
   */
  public String exportData(CustomerId customer) {
    InvalidInputException.require(customer, "customerId");
    access.require(Permission.DATA_EXPORT, customer, "TenantSession.exportData");
    return rights.export(customer).toString();
  }

  /**
   * Erases the customer's personal data, on their request or when the purpose has ended: contacts,
   * names (the customer becomes "Erased customer" under the same id), address, GSTIN, interactions,
   * profiles, campaigns and executions go; consent is withdrawn on every channel so nothing is sent
   * again; invoices and payments stay, linked to the pseudonymous customer. Irreversible. Needs
   * {@link Permission#DATA_ERASE}; audited as {@code customer.erase}.
   *
   * @param reason {@code request} or {@code purpose-ended}
   * @param note why, for the audit trail; write no personal data here
   */
  public ErasureReport erase(CustomerId customer, String reason, String note) {
    InvalidInputException.require(customer, "customerId");
    InvalidInputException.require(reason, "reason");
    InvalidInputException.require(note, "note");
    access.require(Permission.DATA_ERASE, customer, "TenantSession.erase");
    return rights.erase(customer, reason, note);
  }

  /**
   * Applies this tenant's {@link RetentionPolicy} at {@code now} (see {@link Samvad#purgeExpired}).
   * Needs {@link Permission#DATA_PURGE} over the whole portfolio; audited as {@code data.purge}.
   */
  public PurgeReport purgeExpired(Instant now) {
    InvalidInputException.require(now, "now");
    access.requireEveryCustomer(Permission.DATA_PURGE, "TenantSession.purgeExpired");
    return new PurgeReport(now, 1, rights.purge(retention, now));
  }
}
