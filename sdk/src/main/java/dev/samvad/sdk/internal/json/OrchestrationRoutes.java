package dev.samvad.sdk.internal.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samvad.api.CampaignId;
import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.ErrorCode;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.InvoiceId;
import dev.samvad.api.Money;
import dev.samvad.culture.CulturalProfile;
import dev.samvad.orchestration.CampaignState;
import dev.samvad.orchestration.ManualAction;
import dev.samvad.orchestration.OpenItem;
import dev.samvad.orchestration.Playbook;
import dev.samvad.orchestration.Step;
import dev.samvad.orchestration.StepAction;
import dev.samvad.orchestration.Task;
import dev.samvad.orchestration.TaskOutcome;
import dev.samvad.orchestration.Trigger;
import dev.samvad.orchestration.runtime.ExecutionStatus;
import dev.samvad.orchestration.runtime.ExecutionView;
import dev.samvad.orchestration.runtime.ReplyResult;
import dev.samvad.orchestration.runtime.RunReport;
import dev.samvad.orchestration.runtime.TaskQuery;
import dev.samvad.orchestration.runtime.TaskView;
import dev.samvad.sdk.HybridResult;
import dev.samvad.sdk.Permission;
import dev.samvad.sdk.internal.OrchestrationDesk;
import dev.samvad.sdk.internal.json.brief.CampaignRequest;
import dev.samvad.sdk.internal.json.brief.CampaignUpdateRequest;
import dev.samvad.sdk.internal.json.brief.ExecutionRequest;
import dev.samvad.sdk.internal.json.brief.ResponseProcessingRequest;
import dev.samvad.sdk.internal.json.brief.TaskCompletionRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Campaigns: the brief's orchestration endpoints, plus the task inbox and manual actions.
 *
 * <ul>
 *   <li>{@code POST /campaigns}: start following up a customer's open invoices.
 *   <li>{@code GET /campaigns/{campaignId}}: state, schedule, next message, tasks, delivery counts.
 *   <li>{@code PUT /campaigns/{campaignId}}: a manual action ({@code action}) or a status change
 *       ({@code status}), with a reason.
 *   <li>{@code POST /campaigns/{campaignId}/actions}: a manual action.
 *   <li>{@code POST /execute}: send the customer's next step now (inside the hard windows).
 *   <li>{@code GET /executions/{executionId}}: one message and its status timeline.
 *   <li>{@code POST /process-response}: read a reply and apply it to the campaign.
 *   <li>{@code GET /tasks}, {@code POST /tasks/{taskId}/claim}, {@code POST
 *       /tasks/{taskId}/complete}: the collections team's inbox.
 *   <li>{@code POST /run-due}: run the caller's tenant's due campaign work now (hosts without a
 *       scheduler); never another tenant's.
 * </ul>
 */
final class OrchestrationRoutes {
  private OrchestrationRoutes() {}

  static void register(RouteTable routes, String base) {
    Guard readCampaign =
        Guard.resource(Permission.CAMPAIGN_READ, OrchestrationRoutes::campaignOwner);
    Guard manageCampaign =
        Guard.resource(Permission.CAMPAIGN_MANAGE, OrchestrationRoutes::campaignOwner);
    Guard workTask =
        Guard.resource(Permission.TASK_WORK, c -> c.orchestration().task(c.taskId()).customerId());
    routes
        .post(
            base + "/campaigns",
            Guard.body(Permission.CAMPAIGN_MANAGE),
            CampaignRequest.class,
            OrchestrationRoutes::create)
        .get(base + "/campaigns/{campaignId}", readCampaign, OrchestrationRoutes::read)
        .put(
            base + "/campaigns/{campaignId}",
            manageCampaign,
            CampaignUpdateRequest.class,
            OrchestrationRoutes::update)
        .post(
            base + "/campaigns/{campaignId}/actions",
            manageCampaign,
            CampaignUpdateRequest.class,
            OrchestrationRoutes::update)
        .post(
            base + "/execute",
            Guard.body(Permission.CAMPAIGN_MANAGE),
            ExecutionRequest.class,
            OrchestrationRoutes::execute)
        .get(
            base + "/executions/{executionId}",
            Guard.resource(
                    Permission.MESSAGE_TEXT_READ,
                    c -> c.orchestration().execution(c.executionId()).customerId())
                .audited("message.read"),
            c -> Reply.ok(execution(c.orchestration().execution(c.executionId()))))
        .post(
            base + "/process-response",
            Guard.body(Permission.RESPONSE_PROCESS),
            ResponseProcessingRequest.class,
            OrchestrationRoutes::process)
        .get(base + "/tasks", Guard.filtered(Permission.TASK_WORK), OrchestrationRoutes::tasks)
        .post(
            base + "/tasks/{taskId}/claim",
            workTask,
            ObjectNode.class,
            (c, b) -> taskAnswer(c, c.orchestration().claim(c.taskId()), c.taskId()))
        .post(
            base + "/tasks/{taskId}/complete",
            workTask,
            TaskCompletionRequest.class,
            OrchestrationRoutes::complete)
        .post(
            base + "/run-due",
            Guard.portfolio(Permission.CAMPAIGN_RUN),
            ObjectNode.class,
            (c, b) -> Reply.ok(runDue(c.orchestration().runDue())));
  }

  private static CustomerId campaignOwner(Call call) {
    return call.orchestration().campaign(call.campaignId()).customerId();
  }

  // ---- answers ----------------------------------------------------------------------------------

  record InvoiceLine(
      InvoiceId invoiceId,
      String invoiceNumber,
      LocalDate dueDate,
      Money amount,
      Money outstanding) {}

  record Waiting(
      String kind, Optional<Instant> at, List<String> taskIds, Optional<String> outcome) {}

  record NextMessage(
      String stepId, ChannelKind channel, Instant at, Optional<String> slot, boolean resend) {}

  record ScheduledStep(
      String stepId,
      String label,
      LocalDate day,
      String action,
      List<ChannelKind> channels,
      String state) {}

  record Adaptation(
      String language,
      String region,
      String formality,
      String directness,
      String zone,
      List<String> preferredChannels) {}

  record Performance(
      int messages, Map<ExecutionStatus, Integer> byStatus, int remindersSent, boolean holdOut) {}

  record CampaignAnswer(
      CampaignId campaignId,
      String customerId,
      String campaignName,
      String campaignType,
      int playbookVersion,
      String status,
      Waiting waitingFor,
      Money outstanding,
      List<InvoiceLine> invoices,
      Optional<NextMessage> nextMessage,
      List<ScheduledStep> schedule,
      Optional<Adaptation> culturalAdaptation,
      Performance performance,
      List<Task> tasks,
      List<CampaignState.HistoryEntry> history,
      List<String> unusedFields) {}

  /**
   * The execute answer; {@code queued} holds the messages just queued with their text when the
   * caller may read the customer's message text, else it is empty and {@code queuedWithheld} counts
   * them.
   */
  record ExecuteAnswer(
      CampaignAnswer campaign,
      List<ExecutionView> queued,
      int queuedWithheld,
      List<String> unusedFields) {}

  /**
   * The process-response answer: the reading (under the hybrid policy; {@code answeredBy} says
   * which path), every trigger it was acted on as ({@code trigger} is the first) and the campaign
   * after it.
   */
  record ResponseAnswer(
      String customerId,
      String replyId,
      Object analysis,
      ReplyRoutes.AnsweredBy answeredBy,
      String trigger,
      List<String> triggers,
      Optional<LocalDate> date,
      Optional<CampaignAnswer> campaign,
      String followUp) {}

  record TaskAnswer(TaskView task, CampaignAnswer campaign) {}

  // ---- handlers ---------------------------------------------------------------------------------

  private static Reply create(Call call, CampaignRequest body) {
    List<String> unused = new ArrayList<>();
    if (body.culturalProfile() != null) {
      unused.add("culturalProfile (the stored or ledger-derived profile is used)");
    }
    if (body.relationshipProfile() != null) {
      unused.add("relationshipProfile (the stored health is used)");
    }
    if (body.communicationGoals() != null) {
      unused.add("communicationGoals");
    }
    if (body.targetAudience() != null) {
      unused.add("targetAudience");
    }
    if (body.contentStrategy() != null) {
      unused.add("contentStrategy (messages are always adapted, except for the hold-out group)");
    }
    if (body.campaignName() != null) {
      unused.add("campaignName (a campaign is named by its playbook)");
    }
    Optional<String> playbook =
        Optional.ofNullable(body.campaignType()).map(OrchestrationRoutes::playbookId);
    CampaignState state = call.orchestration().start(body.customerId(), playbook);
    return Reply.created(answer(call, state, unused));
  }

  /** Accepts a playbook id, or the brief's campaign types in any case. */
  static String playbookId(String campaignType) {
    String type = campaignType.strip();
    return switch (type.toUpperCase(Locale.ROOT).replace('-', '_')) {
      case "PAYMENT_FOLLOW_UP", "COLLECTION", "STANDARD", "STANDARD_B2B" -> "standard-b2b";
      case "RELATIONSHIP_FIRST", "RELATIONSHIP" -> "relationship-first";
      case "HIGH_RISK" -> "high-risk";
      default -> type;
    };
  }

  private static Reply read(Call call) {
    CampaignState state = call.orchestration().campaign(call.campaignId());
    return Reply.ok(answer(call, state, List.of()));
  }

  private static Reply update(Call call, CampaignUpdateRequest body) {
    ManualAction action = action(body);
    if (body.reason() == null || body.reason().isBlank()) {
      throw new InvalidInputException(
          ErrorCode.MISSING_FIELD, "reason", "is required: say why, for the audit trail");
    }
    CampaignState state =
        call.orchestration()
            .act(call.campaignId(), action, body.reason(), Optional.ofNullable(body.actionId()));
    return Reply.ok(answer(call, state, List.of()));
  }

  private static ManualAction action(CampaignUpdateRequest body) {
    if (body.action() != null && body.status() != null) {
      throw new InvalidInputException("status", "give either action or status, not both");
    }
    if (body.action() != null) {
      try {
        return ManualAction.valueOf(body.action().strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(
            "action", "unknown action; use SEND_NOW, PAUSE, RESUME, SKIP_STEP, STOP or MARK_PAID");
      }
    }
    if (body.status() != null) {
      return switch (body.status().strip().toUpperCase(Locale.ROOT)) {
        case "PAUSED" -> ManualAction.PAUSE;
        case "ACTIVE" -> ManualAction.RESUME;
        case "STOPPED" -> ManualAction.STOP;
        case "PAID" -> ManualAction.MARK_PAID;
        default ->
            throw new InvalidInputException(
                "status", "unknown status; use PAUSED, ACTIVE, STOPPED or PAID");
      };
    }
    throw new InvalidInputException(ErrorCode.MISSING_FIELD, "action", "is required (or status)");
  }

  private static Reply execute(Call call, ExecutionRequest body) {
    if (body.communicationContent() != null) {
      throw new InvalidInputException(
          "communicationContent",
          "free text is not sent: Samvad renders every message from reviewed templates so the amount,"
              + " invoice and legal windows are always right; omit it to send the campaign's next"
              + " step now");
    }
    List<String> unused = new ArrayList<>();
    if (body.deliveryOptions() != null) {
      unused.add("deliveryOptions (the step's channel policy and the contact rules decide)");
    }
    OrchestrationDesk desk = call.orchestration();
    CampaignId id =
        body.campaignId() != null
            ? body.campaignId()
            : desk.activeFor(body.customerId())
                .map(CampaignState::campaignId)
                .orElseThrow(
                    () ->
                        new InvalidInputException(
                            "campaignId",
                            "customer '"
                                + body.customerId().value()
                                + "' has no running campaign; start one first"));
    CampaignState current = desk.campaign(id);
    if (!current.customerId().equals(body.customerId())) {
      throw new InvalidInputException("campaignId", "belongs to another customer");
    }
    int before = current.executionSeq();
    CampaignState state =
        desk.act(id, ManualAction.SEND_NOW, "execute requested by API", Optional.empty());
    desk.runDue();
    List<ExecutionView> all = desk.executions(id);
    List<ExecutionView> queued = all.subList(Math.min(before, all.size()), all.size());
    CampaignAnswer campaign = answer(call, desk.campaign(id), List.of());
    if (!call.access().allows(Permission.MESSAGE_TEXT_READ, body.customerId())) {
      return Reply.ok(new ExecuteAnswer(campaign, List.of(), queued.size(), unused));
    }
    for (ExecutionView view : queued) {
      call.access()
          .recordRead(
              "message.read",
              "customer:" + body.customerId().value(),
              Map.of("route", call.route(), "execution", view.executionId().value()));
    }
    return Reply.ok(new ExecuteAnswer(campaign, queued, 0, unused));
  }

  private static Reply process(Call call, ResponseProcessingRequest body) {
    if (body.response() == null) {
      throw new InvalidInputException(ErrorCode.MISSING_FIELD, "response", "is required");
    }
    ResponseProcessingRequest.CustomerResponse response = body.response();
    if (response.content() == null) {
      throw new InvalidInputException(ErrorCode.MISSING_FIELD, "response.content", "is required");
    }
    if (response.timestamp() == null) {
      throw new InvalidInputException(ErrorCode.MISSING_FIELD, "response.timestamp", "is required");
    }
    OrchestrationDesk desk = call.orchestration();
    ChannelKind channel;
    if (response.channel() != null) {
      channel = CultureRoutes.channel(response.channel(), "response.channel");
    } else if (body.executionId() != null) {
      channel = desk.execution(body.executionId()).channel();
    } else {
      throw new InvalidInputException(
          ErrorCode.MISSING_FIELD, "response.channel", "is required when executionId is absent");
    }
    if (body.executionId() != null
        && !desk.execution(body.executionId()).customerId().equals(body.customerId())) {
      throw new InvalidInputException("executionId", "belongs to another customer");
    }
    HybridResult<ReplyResult> read =
        desk.reply(
            body.customerId(), response.content(), channel, response.timestamp().toInstant());
    ReplyResult result = read.value();
    Optional<CampaignAnswer> campaign = result.campaign().map(s -> answer(call, s, List.of()));
    return Reply.ok(
        new ResponseAnswer(
            body.customerId().value(),
            result.replyId(),
            result.analysis(),
            ReplyRoutes.AnsweredBy.of(read),
            result.trigger().name(),
            result.triggers().stream().map(Trigger::name).toList(),
            result.date(),
            campaign,
            followUp(result)));
  }

  private static String followUp(ReplyResult result) {
    if (result.campaign().isEmpty()) {
      return "no running campaign: the reply is recorded and read, nothing is scheduled";
    }
    return describe(result.campaign().get());
  }

  private static String describe(CampaignState state) {
    CampaignState.Waiting waiting = state.waiting();
    if (waiting instanceof CampaignState.Waiting.Finished finished) {
      return "campaign finished: " + finished.outcome();
    }
    if (waiting instanceof CampaignState.Waiting.ForPerson person) {
      return "campaign paused for a person: task(s) " + String.join(", ", person.taskIds());
    }
    CampaignState.Waiting.ForTime time = (CampaignState.Waiting.ForTime) waiting;
    if (state.promise().isPresent()) {
      return "waiting for the promise of "
          + state.promise().get().date()
          + "; follow-up at "
          + time.at();
    }
    return "next look at " + time.at();
  }

  private static Reply tasks(Call call) {
    TaskQuery query = TaskQuery.open();
    Optional<String> assignee = call.query("assignee").filter(s -> !s.isBlank());
    if (assignee.isPresent()) {
      query = query.assignedTo(assignee.get());
    }
    Optional<String> kind = call.query("kind").filter(s -> !s.isBlank());
    if (kind.isPresent()) {
      try {
        query = query.ofKind(Task.TaskKind.valueOf(kind.get().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException("kind", "unknown task kind");
      }
    }
    if (call.query("status").filter(s -> s.equalsIgnoreCase("all")).isPresent()) {
      query = query.includingDone();
    }
    Optional<String> sort = call.query("sort").filter(s -> !s.isBlank());
    if (sort.isPresent()) {
      query =
          query.sortedBy(
              switch (sort.get().toLowerCase(Locale.ROOT)) {
                case "due", "dueat", "due_at" -> TaskQuery.Sort.DUE_AT;
                case "priority" -> TaskQuery.Sort.PRIORITY;
                default -> throw new InvalidInputException("sort", "use due or priority");
              });
    }
    query =
        query.page(
            call.intQuery("offset", 0, 0, 1_000_000),
            call.intQuery("limit", 50, 1, TaskQuery.MAX_LIMIT));
    Optional<Set<CustomerId>> among = call.access().limitedTo(Permission.TASK_WORK);
    OrchestrationDesk desk = call.orchestration();
    return Reply.ok(
        Map.of("tasks", among.isPresent() ? desk.tasks(query, among.get()) : desk.tasks(query)));
  }

  private static Reply complete(Call call, TaskCompletionRequest body) {
    if (body.outcome() == null) {
      throw new InvalidInputException(ErrorCode.MISSING_FIELD, "outcome", "is required");
    }
    TaskOutcome outcome =
        switch (body.outcome().strip().toUpperCase(Locale.ROOT)) {
          case "PROMISED" -> {
            if (body.promisedDate() == null) {
              throw new InvalidInputException(
                  ErrorCode.MISSING_FIELD, "promisedDate", "is required for PROMISED");
            }
            yield new TaskOutcome.Promised(body.promisedDate());
          }
          case "DISPUTED" -> {
            if (body.note() == null || body.note().isBlank()) {
              throw new InvalidInputException(
                  ErrorCode.MISSING_FIELD, "note", "is required for DISPUTED");
            }
            yield new TaskOutcome.Disputed(body.note());
          }
          case "NO_ANSWER" -> new TaskOutcome.NoAnswer();
          case "PAYMENT_VERIFIED" -> new TaskOutcome.PaymentVerified();
          case "PAYMENT_NOT_FOUND" -> new TaskOutcome.PaymentNotFound();
          case "RESOLVED" -> new TaskOutcome.Resolved();
          case "CLOSE_CAMPAIGN" -> new TaskOutcome.CloseCampaign();
          default ->
              throw new InvalidInputException(
                  "outcome",
                  "unknown outcome; use PROMISED, DISPUTED, NO_ANSWER, PAYMENT_VERIFIED,"
                      + " PAYMENT_NOT_FOUND, RESOLVED or CLOSE_CAMPAIGN");
        };
    String taskId = call.taskId();
    return taskAnswer(call, call.orchestration().complete(taskId, outcome), taskId);
  }

  private static Reply taskAnswer(Call call, CampaignState state, String taskId) {
    return Reply.ok(
        new TaskAnswer(call.orchestration().task(taskId), answer(call, state, List.of())));
  }

  private static Map<String, Object> runDue(RunReport report) {
    return Map.of("report", report);
  }

  private static ExecutionView execution(ExecutionView view) {
    return view;
  }

  // ---- the campaign answer ----------------------------------------------------------------------

  static CampaignAnswer answer(Call call, CampaignState state, List<String> unused) {
    OrchestrationDesk desk = call.orchestration();
    Playbook playbook = desk.playbook(state);
    List<ExecutionView> executions = desk.executions(state.campaignId());
    Map<ExecutionStatus, Integer> byStatus = new EnumMap<>(ExecutionStatus.class);
    for (ExecutionView e : executions) {
      byStatus.merge(e.status(), 1, Integer::sum);
    }
    Optional<Adaptation> adaptation = Optional.empty();
    try {
      CulturalProfile profile = call.culture().profileFor(state.customerId()).profile();
      adaptation =
          Optional.of(
              new Adaptation(
                  profile.primaryLanguage().value().tag(),
                  profile.region().value().name(),
                  profile.formality().value().name(),
                  profile.directness().value().name(),
                  profile.zone().getId(),
                  profile.preferredChannels().value().stream().map(Enum::name).toList()));
    } catch (dev.samvad.api.NotFoundException e) {
      adaptation = Optional.empty();
    }
    return new CampaignAnswer(
        state.campaignId(),
        state.customerId().value(),
        playbook.name(),
        playbook.id(),
        playbook.version(),
        state.outcome().map(Enum::name).orElse(state.phase().name()),
        waiting(state),
        state.outstanding(),
        state.items().stream()
            .map(
                i ->
                    new InvoiceLine(
                        i.invoiceId(), i.invoiceNumber(), i.dueDate(), i.amount(), i.outstanding()))
            .toList(),
        state
            .planned()
            .map(
                p ->
                    new NextMessage(
                        playbook.steps().get(p.step()).id(),
                        p.channel(),
                        p.at(),
                        p.slot().map(Enum::name),
                        p.redo())),
        schedule(state, playbook),
        adaptation,
        new Performance(executions.size(), byStatus, state.remindersSent(), state.holdOut()),
        state.tasks(),
        state.history(),
        unused);
  }

  private static Waiting waiting(CampaignState state) {
    CampaignState.Waiting waiting = state.waiting();
    if (waiting instanceof CampaignState.Waiting.ForTime time) {
      return new Waiting("TIME", Optional.of(time.at()), List.of(), Optional.empty());
    }
    if (waiting instanceof CampaignState.Waiting.ForPerson person) {
      return new Waiting("PERSON", Optional.empty(), person.taskIds(), Optional.empty());
    }
    return new Waiting(
        "FINISHED",
        Optional.empty(),
        List.of(),
        Optional.of(((CampaignState.Waiting.Finished) waiting).outcome().name()));
  }

  private static List<ScheduledStep> schedule(CampaignState state, Playbook playbook) {
    List<OpenItem> open = state.openItems();
    List<ScheduledStep> steps = new ArrayList<>();
    for (int i = 0; i < playbook.steps().size(); i++) {
      Step step = playbook.steps().get(i);
      LocalDate anchor =
          open.isEmpty()
              ? state.items().get(0).dueDate()
              : step.anchor() == dev.samvad.orchestration.StepAnchor.DUE_DATE
                  ? open.get(0).dueDate()
                  : open.stream().map(OpenItem::issueDate).min(LocalDate::compareTo).orElseThrow();
      String action =
          step.action() instanceof StepAction.SendMessage send ? send.intent().name() : "CALL_TASK";
      String when =
          i < state.nextStep() ? "DONE_OR_SKIPPED" : i == state.nextStep() ? "NEXT" : "LATER";
      steps.add(
          new ScheduledStep(
              step.id(),
              step.label(),
              anchor.plusDays(step.dayOffset() + (long) state.shiftDays()),
              action,
              step.channels().channels(),
              when));
    }
    return steps;
  }
}
