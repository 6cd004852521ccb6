package dev.samvad.sdk.internal;

import dev.samvad.api.CampaignId;
import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.ExecutionId;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.Money;
import dev.samvad.api.NotFoundException;
import dev.samvad.api.TenantId;
import dev.samvad.api.model.Invoice;
import dev.samvad.api.model.Payment;
import dev.samvad.api.spi.AuditSink;
import dev.samvad.api.store.TenantStore;
import dev.samvad.api.store.UnitOfWork;
import dev.samvad.api.store.Versioned;
import dev.samvad.orchestration.CampaignState;
import dev.samvad.orchestration.Event;
import dev.samvad.orchestration.ManualAction;
import dev.samvad.orchestration.OpenItem;
import dev.samvad.orchestration.Playbook;
import dev.samvad.orchestration.Playbooks;
import dev.samvad.orchestration.TaskOutcome;
import dev.samvad.orchestration.runtime.CampaignRuntime;
import dev.samvad.orchestration.runtime.ExecutionView;
import dev.samvad.orchestration.runtime.PlaybookRegistry;
import dev.samvad.orchestration.runtime.ReplyResult;
import dev.samvad.orchestration.runtime.RunReport;
import dev.samvad.orchestration.runtime.TaskQuery;
import dev.samvad.orchestration.runtime.TaskView;
import dev.samvad.relationship.text.ReplyAnalysis;
import dev.samvad.relationship.text.ReplyAnalyzer;
import dev.samvad.relationship.text.ReplyText;
import dev.samvad.sdk.HybridResult;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Campaigns for one tenant on behalf of one actor: start them from the ledger's open invoices, read
 * them, act on them by hand, and work the task inbox. Every manual action and task outcome is
 * audited with who and why.
 */
public final class OrchestrationDesk {
  private final TenantId tenant;
  private final TenantStore store;
  private final CampaignRuntime runtime;
  private final PlaybookRegistry playbooks;
  private final Clock clock;
  private final AuditSink audit;
  private final String actor;
  private final ConsentDesk consents;
  private final ReplyAnalyzer analyzer;
  private final HybridPolicy hybrid;

  public OrchestrationDesk(
      TenantId tenant,
      TenantStore store,
      CampaignRuntime runtime,
      PlaybookRegistry playbooks,
      Clock clock,
      AuditSink audit,
      String actor,
      ConsentDesk consents,
      ReplyAnalyzer analyzer,
      HybridPolicy hybrid) {
    this.consents = consents;
    this.analyzer = analyzer;
    this.hybrid = hybrid;
    this.tenant = tenant;
    this.store = store;
    this.runtime = runtime;
    this.playbooks = playbooks;
    this.clock = clock;
    this.audit = audit;
    this.actor = actor;
  }

  /** The playbook (at its version) the campaign follows. */
  public Playbook playbook(CampaignState state) {
    return playbooks
        .find(state.playbookId(), state.playbookVersion())
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "playbook "
                        + state.playbookId()
                        + " v"
                        + state.playbookVersion()
                        + " is gone"));
  }

  public String actor() {
    return actor;
  }

  /**
   * Starts following up the customer's open invoices on a playbook, or adds them to the customer's
   * running campaign.
   *
   * @param playbookId a playbook id, or empty for the standard one
   * @throws InvalidInputException naming {@code customerId} when nothing is owed
   */
  public CampaignState start(CustomerId customer, Optional<String> playbookId) {
    List<OpenItem> items = openItems(customer);
    if (items.isEmpty()) {
      throw new InvalidInputException(
          "customerId", "customer '" + customer.value() + "' has no open invoice to follow up");
    }
    String playbook = playbookId.orElse(Playbooks.STANDARD_B2B);
    CampaignId id = new CampaignId("cmp-" + UUID.randomUUID());
    // Audited once, by the runtime in the campaign's own unit of work, as this desk's actor.
    return runtime.start(tenant, id, customer, playbook, items, actor);
  }

  /** The customer's invoices with money owed, as the campaign engine sees them. */
  public List<OpenItem> openItems(CustomerId customer) {
    return store.inTransaction(
        uow -> {
          if (uow.customers().find(customer).isEmpty()) {
            throw new NotFoundException("customer", customer.value());
          }
          return uow.invoices().byCustomer(customer).stream()
              .map(Versioned::value)
              .filter(i -> i.status().isOutstanding() && !i.outstanding().isZero())
              .map(OrchestrationDesk::item)
              .toList();
        });
  }

  static OpenItem item(Invoice invoice) {
    return new OpenItem(
        invoice.id(),
        invoice.number().value(),
        invoice.issueDate(),
        invoice.dueDate(),
        invoice.amount(),
        invoice.outstanding());
  }

  public CampaignState campaign(CampaignId id) {
    return runtime
        .find(tenant, id)
        .orElseThrow(() -> new NotFoundException("campaign", id.value()));
  }

  public Optional<CampaignState> activeFor(CustomerId customer) {
    return runtime.activeFor(tenant, customer);
  }

  public List<ExecutionView> executions(CampaignId id) {
    campaign(id);
    return runtime.executions(tenant, id);
  }

  public ExecutionView execution(ExecutionId id) {
    return runtime
        .execution(tenant, id)
        .orElseThrow(() -> new NotFoundException("execution", id.value()));
  }

  /**
   * A manual action on a campaign, audited with the actor and the reason.
   *
   * @param actionId makes a retried request act once; empty for a fresh one
   */
  public CampaignState act(
      CampaignId id, ManualAction action, String reason, Optional<String> actionId) {
    String key = actionId.orElseGet(() -> UUID.randomUUID().toString());
    // The runtime audits the action in the unit of work that applies it, with this actor.
    return runtime.apply(tenant, id, new Event.Manual(key, action, actor, reason));
  }

  /**
   * A customer's reply, read under the hybrid policy (the rules at once, the language model's
   * reading instead when one is configured and answers valid within the deadline) and applied to
   * their campaign. The result says which path read it and, when the rules did, why. An opt-out
   * ("STOP") is also written to the customer's consent ledger as a withdrawal on the reply's
   * channel — on every channel when the campaign stopped them all — so it holds for later campaigns
   * too, and when the customer has no campaign at all.
   */
  public HybridResult<ReplyResult> reply(
      CustomerId customer, String text, ChannelKind channel, Instant at) {
    HybridResult<ReplyAnalysis> read =
        hybrid.readReplies(tenant, analyzer, List.of(ReplyText.of(text, at))).get(0);
    ReplyResult result = runtime.reply(tenant, customer, text, channel, at, read.value());
    if (result.triggers().contains(dev.samvad.orchestration.Trigger.OPT_OUT)) {
      boolean all =
          result
              .campaign()
              .map(c -> c.optedOut().containsAll(java.util.EnumSet.allOf(ChannelKind.class)))
              .orElse(false);
      consents.withdrawFromReply(
          customer,
          all ? java.util.EnumSet.allOf(ChannelKind.class) : Set.of(channel),
          at,
          result.replyId());
    }
    return new HybridResult<>(result, read.path(), read.fallback());
  }

  /**
   * Inside the ledger's unit of work recording {@code payment}: the runtime's promise to bring it
   * to the customer's campaigns, committed with the payment, so a crash before {@link #paid} loses
   * nothing (the next due pass applies it).
   */
  public void paying(UnitOfWork uow, Payment payment) {
    runtime.schedulePayment(uow, payment.id());
  }

  /**
   * Tells the customer's campaigns about a payment the ledger recorded, at once, so callers see the
   * campaign stop without waiting for a due pass. This claims the work {@link #paying} scheduled
   * (the runtime removes its item with the change) rather than leaving the pass to find it done: a
   * pass would otherwise re-read every payment and rewrite nothing.
   */
  public Optional<CampaignState> paid(Payment payment) {
    return runtime.paymentRecorded(tenant, payment.id());
  }

  /** Adds a new invoice to the customer's running campaign, if they have one. */
  public Optional<CampaignState> invoiced(Invoice invoice) {
    Optional<CampaignState> active = runtime.activeFor(tenant, invoice.customerId());
    if (active.isEmpty() || !invoice.status().isOutstanding() || invoice.outstanding().isZero()) {
      return Optional.empty();
    }
    return Optional.of(
        runtime.apply(tenant, active.get().campaignId(), new Event.InvoiceAdded(item(invoice))));
  }

  public List<TaskView> tasks(TaskQuery query) {
    return runtime.tasks(tenant, query);
  }

  /**
   * The tasks matching {@code query} whose customer is in {@code among}: the query's page counted
   * over those tasks only.
   */
  public List<TaskView> tasks(TaskQuery query, Set<CustomerId> among) {
    List<TaskView> kept = new ArrayList<>();
    int skip = query.offset();
    for (int offset = 0; ; offset += TaskQuery.MAX_LIMIT) {
      List<TaskView> page = runtime.tasks(tenant, query.page(offset, TaskQuery.MAX_LIMIT));
      for (TaskView task : page) {
        if (!among.contains(task.customerId())) {
          continue;
        }
        if (skip > 0) {
          skip--;
          continue;
        }
        kept.add(task);
        if (kept.size() == query.limit()) {
          return kept;
        }
      }
      if (page.size() < TaskQuery.MAX_LIMIT) {
        return kept;
      }
    }
  }

  public TaskView task(String taskId) {
    return runtime.task(tenant, taskId).orElseThrow(() -> new NotFoundException("task", taskId));
  }

  public CampaignState claim(String taskId) {
    TaskView task = task(taskId);
    return runtime.apply(tenant, task.campaignId(), new Event.TaskClaimed(taskId, actor));
  }

  /**
   * Completes a task. Completing it again with the same outcome changes nothing (a retried
   * request); with another outcome it is refused.
   */
  public CampaignState complete(String taskId, TaskOutcome outcome) {
    TaskView task = task(taskId);
    if (task.task().outcome().isPresent()) {
      if (task.task().outcome().get().equals(outcome)) {
        return campaign(task.campaignId());
      }
      throw new InvalidInputException(
          "taskId",
          "task "
              + taskId
              + " is already completed as "
              + task.task().outcome().get().getClass().getSimpleName());
    }
    return runtime.apply(
        tenant, task.campaignId(), new Event.TaskCompleted(taskId, outcome, actor));
  }

  /**
   * Runs what is due now for this desk's tenant only: a tenant's caller must neither trigger nor
   * observe another tenant's work (every tenant's work is the host's {@code Samvad.runDue}).
   */
  public RunReport runDue() {
    return runtime.runDue(tenant, clock.instant());
  }

  static Money owed(CampaignState state) {
    return state.outstanding();
  }
}
