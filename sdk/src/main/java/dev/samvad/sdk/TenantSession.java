package dev.samvad.sdk;

import dev.samvad.api.CampaignId;
import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.ExecutionId;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.TenantId;
import dev.samvad.api.model.Customer;
import dev.samvad.api.model.Interaction;
import dev.samvad.api.model.Invoice;
import dev.samvad.api.model.Payment;
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
import dev.samvad.sdk.internal.HybridPolicy;
import dev.samvad.sdk.internal.Ledger;
import dev.samvad.sdk.internal.OrchestrationDesk;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One tenant's door into Samvad: everything read or written through a session belongs to {@link
 * #tenantId()} and is invisible to every other tenant's session.
 *
 * <p>Sessions are cheap (open one per request if convenient) and thread-safe. Each method runs in
 * one unit of work of the store: a write either happens completely or not at all, and is recorded
 * in the audit trail with the actor {@code host}. Methods may block while another unit of work of
 * the same tenant runs.
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
  private final HybridPolicy hybrid;
  private final ReplyAnalyzer analyzer;

  TenantSession(
      Ledger ledger, OrchestrationDesk campaigns, HybridPolicy hybrid, ReplyAnalyzer analyzer) {
    this.ledger = ledger;
    this.campaigns = campaigns;
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
   * alone.
   *
   * @throws dev.samvad.api.InvalidInputException when {@code reply} is null
   */
  public HybridResult<ReplyAnalysis> readReply(ReplyText reply) {
    dev.samvad.api.InvalidInputException.require(reply, "reply");
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
   * @return {@code c}, as stored
   */
  public Customer putCustomer(Customer c) {
    return ledger.putCustomer(c).value();
  }

  /** The customer with this id, or empty. */
  public Optional<Customer> customer(CustomerId id) {
    return ledger.customer(id);
  }

  /**
   * Every customer of the tenant in ascending id order. Read page by page inside one unit of work,
   * so the list is a consistent snapshot; for very large portfolios prefer the paged JSON route.
   */
  public List<Customer> customers() {
    return ledger.allCustomers();
  }

  /**
   * Inserts the invoice, or replaces the stored invoice with the same id.
   *
   * @throws dev.samvad.api.NotFoundException when its customer does not exist
   * @throws dev.samvad.api.InvalidInputException naming {@code customerId} when a stored invoice of
   *     this id belongs to another customer
   * @throws dev.samvad.api.ConflictException {@code ALREADY_EXISTS} when another invoice has the
   *     same number in the same financial year
   */
  public Invoice putInvoice(Invoice invoice) {
    return ledger.putInvoice(invoice).value();
  }

  /**
   * The customer's invoices, oldest issue date first.
   *
   * @throws dev.samvad.api.NotFoundException when the customer does not exist
   */
  public List<Invoice> invoices(CustomerId customer) {
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
    return ledger.recordPayment(payment);
  }

  /**
   * The customer's payments, earliest first.
   *
   * @throws dev.samvad.api.NotFoundException when the customer does not exist
   */
  public List<Payment> payments(CustomerId customer) {
    return ledger.payments(customer);
  }

  /**
   * Records a message or call with a customer.
   *
   * @throws dev.samvad.api.NotFoundException when the customer does not exist
   * @throws dev.samvad.api.ConflictException {@code ALREADY_EXISTS} when the id is taken
   */
  public Interaction recordInteraction(Interaction interaction) {
    return ledger.recordInteraction(interaction);
  }

  /**
   * The customer's interactions that occurred at or after {@code from} and before {@code to},
   * earliest first.
   *
   * @throws dev.samvad.api.NotFoundException when the customer does not exist
   * @throws dev.samvad.api.InvalidInputException naming {@code to} when it is before {@code from}
   */
  public List<Interaction> interactions(CustomerId customer, Instant from, Instant to) {
    return ledger.interactions(customer, from, to);
  }

  // ---- campaigns ------------------------------------------------------------------------------

  /**
   * Starts following up the customer's open invoices (outstanding, with money owed) as one
   * conversation. If the customer already has a running campaign, the invoices join it and that
   * campaign is returned. Invoices stored later join the running campaign by themselves, and
   * payments recorded with {@link #recordPayment} settle what they cover in it.
   *
   * @param playbookId {@code standard-b2b}, {@code relationship-first}, {@code high-risk}, or a
   *     playbook registered with {@link Samvad.Builder#playbook}
   * @throws dev.samvad.api.NotFoundException when the customer or playbook does not exist
   * @throws InvalidInputException naming {@code customerId} when nothing is owed
   */
  public CampaignState startCampaign(CustomerId customer, String playbookId) {
    InvalidInputException.require(customer, "customerId");
    InvalidInputException.require(playbookId, "playbookId");
    return campaigns.start(customer, Optional.of(playbookId));
  }

  /**
   * The campaign with this id.
   *
   * @throws dev.samvad.api.NotFoundException when there is none
   */
  public CampaignState campaign(CampaignId id) {
    InvalidInputException.require(id, "campaignId");
    return campaigns.campaign(id);
  }

  /** The customer's unfinished campaign, if any. */
  public Optional<CampaignState> activeCampaign(CustomerId customer) {
    InvalidInputException.require(customer, "customerId");
    return campaigns.activeFor(customer);
  }

  /** The campaign's messages with their status timelines, oldest first. */
  public List<ExecutionView> executions(CampaignId id) {
    InvalidInputException.require(id, "campaignId");
    return campaigns.executions(id);
  }

  /**
   * One message with its status timeline.
   *
   * @throws dev.samvad.api.NotFoundException when there is none
   */
  public ExecutionView execution(ExecutionId id) {
    InvalidInputException.require(id, "executionId");
    return campaigns.execution(id);
  }

  /**
   * Acts on a campaign by hand: send the next step now (still only inside the hard contact windows
   * and frequency caps), pause, resume, skip a step, stop, or mark it paid. Audited with the actor
   * {@code host} and the reason.
   *
   * @param reason why, for the audit trail; not blank
   * @throws InvalidInputException naming {@code action} when the campaign's state does not allow it
   */
  public CampaignState act(CampaignId id, ManualAction action, String reason) {
    InvalidInputException.require(id, "campaignId");
    InvalidInputException.require(action, "action");
    InvalidInputException.require(reason, "reason");
    return campaigns.act(id, action, reason, Optional.empty());
  }

  /**
   * A reply from the customer: read by the reply analyser (language, intents, promised dates) and
   * applied to their campaign (a promise waits, a dispute pauses, an opt-out stops the channel).
   *
   * @param at when it was received
   */
  public ReplyResult receiveReply(
      CustomerId customer, String text, ChannelKind channel, Instant at) {
    InvalidInputException.require(customer, "customerId");
    InvalidInputException.require(text, "text");
    InvalidInputException.require(channel, "channel");
    InvalidInputException.require(at, "at");
    return campaigns.reply(customer, text, channel, at);
  }

  /** The collections team's tasks matching {@code query}. */
  public List<TaskView> tasks(TaskQuery query) {
    InvalidInputException.require(query, "query");
    return campaigns.tasks(query);
  }

  /**
   * Completes a task; its outcome feeds back into the campaign (a promise waits for its date, a
   * verified payment finishes the campaign, no answer resumes it).
   *
   * @throws dev.samvad.api.NotFoundException when there is no such task
   * @throws InvalidInputException naming {@code taskId} when it is already completed
   */
  public CampaignState completeTask(String taskId, TaskOutcome outcome) {
    InvalidInputException.require(taskId, "taskId");
    InvalidInputException.require(outcome, "outcome");
    return campaigns.complete(taskId, outcome);
  }
}
