package dev.samvad.orchestration;

import dev.samvad.api.CampaignId;
import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The campaign state machine: {@link #next} takes a state, an event and a context and returns the
 * next state and the commands to carry out. It is a pure function: it reads the clock, the profile
 * and the tenant's rules only from the {@link Context}, performs no I/O and keeps nothing between
 * calls, so the same inputs always give the same decision and every rule can be checked by property
 * tests.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>No message is sent outside the hard contact window of its channel and purpose at {@code
 *       now} ({@link dev.samvad.culture.ContactWindowPolicy}).
 *   <li>No payment message after everything is paid, while a task pauses the campaign (a dispute, a
 *       claimed payment, a hand-over) or on a channel the customer opted out of; nothing at all on
 *       an opted-out channel.
 *   <li>Payment messages keep to the {@link FrequencyCaps}: at most {@code perDay} in any 24 hours
 *       and {@code perWeek} in any 7 days (two messages exactly 24 hours apart are in different
 *       windows).
 *   <li>Each message gets a new execution id, so the runtime's idempotency key is unique per
 *       (campaign, message).
 *   <li>After every decision the campaign waits for a time, for a person, or is finished.
 *   <li>An event whose id was already applied changes nothing.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class CampaignEngine {

  private CampaignEngine() {}

  /** The engine. */
  public static CampaignEngine create() {
    return new CampaignEngine();
  }

  /**
   * Starts a campaign for a customer's open invoices. Invoices issued on the day of {@code
   * ctx.now()} or later are delivered when the playbook says so; older ones are taken as delivered
   * already.
   *
   * @param campaignId the new campaign's id
   * @param customerId the customer
   * @param items their open invoices; at least one with something owed
   * @param holdOut whether the customer is in the hold-out group (plain baseline messages)
   * @param ctx the context
   * @throws InvalidInputException naming {@code items} when nothing is owed
   */
  public Decision start(
      CampaignId campaignId,
      CustomerId customerId,
      List<OpenItem> items,
      boolean holdOut,
      Context ctx) {
    return start(campaignId, customerId, items, holdOut, Set.of(), ctx);
  }

  /**
   * {@link #start(CampaignId, CustomerId, List, boolean, Context)} for a customer who already opted
   * out of {@code optedOut} in an earlier conversation: an opt-out belongs to the customer, so the
   * new campaign never uses those channels.
   */
  public Decision start(
      CampaignId campaignId,
      CustomerId customerId,
      List<OpenItem> items,
      boolean holdOut,
      Set<ChannelKind> optedOut,
      Context ctx) {
    InvalidInputException.require(optedOut, "optedOut");
    InvalidInputException.require(campaignId, "campaignId");
    InvalidInputException.require(customerId, "customerId");
    InvalidInputException.require(items, "items");
    InvalidInputException.require(ctx, "ctx");
    if (items.stream().noneMatch(OpenItem::open)) {
      throw new InvalidInputException("items", "must hold at least one invoice with money owed");
    }
    if (items.stream().map(OpenItem::invoiceId).distinct().count() != items.size()) {
      throw new InvalidInputException("items", "must not hold one invoice twice");
    }
    LocalDate today = ctx.now().atZone(ctx.profile().zone()).toLocalDate();
    List<CampaignState.Pending> deliveries =
        ctx.playbook().deliverInvoices()
            ? items.stream()
                .filter(i -> !i.issueDate().isBefore(today))
                .map(
                    i ->
                        new CampaignState.Pending(
                            dev.samvad.culture.MessageIntent.INVOICE_DELIVERY,
                            Optional.of(i.invoiceId()),
                            Optional.empty()))
                .toList()
            : List.of();
    CampaignState initial =
        new CampaignState(
            campaignId,
            customerId,
            ctx.playbook().id(),
            ctx.playbook().version(),
            CampaignState.Phase.ACTIVE,
            Optional.empty(),
            items,
            0,
            0,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            false,
            optedOut,
            List.of(),
            deliveries,
            List.of(),
            0,
            0,
            0,
            Optional.empty(),
            holdOut,
            List.of(),
            List.of(),
            ctx.now());
    Transition transition = new Transition(initial, ctx);
    transition.note(
        "started with " + items.size() + " invoice(s) on playbook " + ctx.playbook().id());
    return transition.advanceAndDecide();
  }

  /**
   * The next state and commands after {@code event}.
   *
   * @throws InvalidInputException when the event cannot apply (a task that does not exist or is
   *     closed, sending now from a paused campaign) or the context's playbook is not the state's
   */
  public Decision next(CampaignState state, Event event, Context ctx) {
    InvalidInputException.require(state, "state");
    InvalidInputException.require(event, "event");
    InvalidInputException.require(ctx, "ctx");
    if (!ctx.playbook().id().equals(state.playbookId())
        || ctx.playbook().version() != state.playbookVersion()) {
      throw new InvalidInputException(
          "playbook",
          "campaign follows "
              + state.playbookId()
              + " v"
              + state.playbookVersion()
              + ", not "
              + ctx.playbook().id()
              + " v"
              + ctx.playbook().version());
    }
    Optional<String> id = event.eventId();
    if (id.isPresent() && state.hasSeen(id.get())) {
      return new Decision(state, List.of(), List.of("already applied: " + id.get()));
    }
    if (ctx.now().isBefore(state.createdAt())) {
      throw new InvalidInputException(
          "now", "is before the campaign started at " + state.createdAt());
    }
    Transition transition = new Transition(state, ctx);
    transition.remember(id);
    new EventHandler(transition).apply(event);
    return transition.advanceAndDecide();
  }
}
