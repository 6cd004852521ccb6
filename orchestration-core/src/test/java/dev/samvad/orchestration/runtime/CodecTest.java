package dev.samvad.orchestration.runtime;

import static dev.samvad.orchestration.runtime.RuntimeFixtures.ist;
import static dev.samvad.orchestration.runtime.RuntimeFixtures.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samvad.api.CampaignId;
import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.ExecutionId;
import dev.samvad.api.InvoiceId;
import dev.samvad.api.Money;
import dev.samvad.api.store.CampaignRecord;
import dev.samvad.channel.Attachment;
import dev.samvad.channel.MessageContent;
import dev.samvad.channel.OutboundMessage;
import dev.samvad.channel.Recipient;
import dev.samvad.culture.ContactPurpose;
import dev.samvad.culture.MessageIntent;
import dev.samvad.orchestration.Arm;
import dev.samvad.orchestration.CampaignEngine;
import dev.samvad.orchestration.CampaignState;
import dev.samvad.orchestration.Command;
import dev.samvad.orchestration.Context;
import dev.samvad.orchestration.Decision;
import dev.samvad.orchestration.Event;
import dev.samvad.orchestration.ManualAction;
import dev.samvad.orchestration.Playbook;
import dev.samvad.orchestration.Playbooks;
import dev.samvad.orchestration.SendSlot;
import dev.samvad.orchestration.TaskOutcome;
import dev.samvad.orchestration.ThompsonSampler;
import dev.samvad.orchestration.Trigger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Campaign states and outbox documents survive the store exactly. */
class CodecTest {
  private static final CampaignEngine ENGINE = CampaignEngine.create();
  private static final CustomerId CUSTOMER = new CustomerId("C-1");

  /** The mapper the runtime stored documents with before they went compact. */
  private static final ObjectMapper FULL_SHAPE = RuntimeJson.newMapper();

  /**
   * A campaign waiting for its first reminder exactly as the runtime stored it before documents
   * went compact (every field, amounts with their display text).
   */
  private static final String OLD_DOCUMENT =
      "{\"campaignId\":\"fp-0\",\"customerId\":\"C-0\",\"playbookId\":\"standard-b2b\","
          + "\"playbookVersion\":1,\"phase\":\"ACTIVE\",\"items\":[{\"invoiceId\":\"I0\","
          + "\"invoiceNumber\":\"INV/I0\",\"issueDate\":\"2026-02-20\",\"dueDate\":\"2026-03-12\","
          + "\"amount\":{\"paise\":100000,\"currency\":\"INR\",\"formatted\":\"₹1,000.00\"},"
          + "\"outstanding\":{\"paise\":100000,\"currency\":\"INR\",\"formatted\":\"₹1,000.00\"}}],"
          + "\"nextStep\":0,\"shiftDays\":0,\"planned\":{\"step\":0,\"channel\":\"EMAIL\","
          + "\"channelIndex\":1,\"slot\":\"AFTERNOON\",\"at\":\"2026-03-09T09:30:00Z\","
          + "\"redo\":false},\"wakeAt\":\"2026-03-09T09:30:00Z\",\"repliedSinceStep\":false,"
          + "\"optedOut\":[],\"paymentMessages\":[],\"pending\":[],\"tasks\":[],\"executionSeq\":0,"
          + "\"repeats\":0,\"remindersSent\":0,\"holdOut\":false,\"seenEvents\":[],"
          + "\"history\":[{\"at\":\"2026-03-02T04:30:00Z\",\"what\":\"started with 1 invoice(s) on"
          + " playbook standard-b2b\"}],\"createdAt\":\"2026-03-02T04:30:00Z\"}";

  private static Context context(Playbook playbook, Instant now) {
    Context base =
        RuntimeFixtures.contexts().contextFor(RuntimeFixtures.TENANT, CUSTOMER, playbook, now);
    ThompsonSampler sampler = new ThompsonSampler();
    return new Context(
        base.tenant(),
        now,
        playbook,
        base.profile(),
        base.relationship(),
        base.customer(),
        base.policy(),
        base.composer(),
        sampler,
        base.segment());
  }

  /** Every state a campaign passes through on a busy run, through each playbook. */
  private static List<CampaignState> busyRun(Playbook playbook) {
    List<CampaignState> states = new ArrayList<>();
    Instant now = ist("2026-03-02T09:00");
    Decision d =
        ENGINE.start(
            new CampaignId("cmp-" + playbook.id()),
            CUSTOMER,
            List.of(
                item("A1", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 16), 50_000),
                item("A2", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1), 20_000)),
            false,
            context(playbook, now));
    states.add(d.state());
    List<Event> script =
        List.of(
            new Event.ReplyReceived(
                "r1",
                ChannelKind.EMAIL,
                Trigger.PROMISE_TO_PAY,
                Optional.of(LocalDate.of(2026, 3, 20)),
                false),
            new Event.PaymentReceived(
                "p1", List.of(new Event.Allocation(new InvoiceId("A2"), Money.ofRupees(5_000)))),
            new Event.ReplyReceived(
                "r2", ChannelKind.SMS, Trigger.OPT_OUT, Optional.empty(), false),
            new Event.ReplyReceived(
                "r3", ChannelKind.EMAIL, Trigger.DISPUTE, Optional.empty(), false),
            new Event.Manual("m1", ManualAction.RESUME, "asha", "dispute settled"),
            new Event.ReplyReceived(
                "r4", ChannelKind.EMAIL, Trigger.CLAIMS_PAID, Optional.empty(), false));
    int next = 0;
    for (int i = 0; i < 400 && now.isBefore(ist("2026-05-15T00:00")); i++) {
      CampaignState state = d.state();
      if (state.waiting() instanceof CampaignState.Waiting.ForTime time) {
        now = time.at().isAfter(now) ? time.at() : now;
        d = ENGINE.next(state, new Event.TimeReached(now), context(playbook, now));
      } else if (!state.openTasks().isEmpty()) {
        String task = state.openTasks().get(0).id();
        now = now.plusSeconds(3600);
        TaskOutcome outcome =
            i % 2 == 0
                ? new TaskOutcome.NoAnswer()
                : new TaskOutcome.Promised(LocalDate.of(2026, 4, 20));
        d = ENGINE.next(state, new Event.TaskClaimed(task, "asha"), context(playbook, now));
        states.add(d.state());
        d =
            ENGINE.next(
                d.state(), new Event.TaskCompleted(task, outcome, "asha"), context(playbook, now));
      } else {
        break;
      }
      states.add(d.state());
      if (next < script.size() && i % 3 == 2) {
        now = now.plusSeconds(600);
        d = ENGINE.next(d.state(), script.get(next++), context(playbook, now));
        states.add(d.state());
      }
    }
    return states;
  }

  @Test
  void everyStateOfABusyCampaignRoundTripsExactly() {
    int checked = 0;
    boolean sawTaskOutcome = false;
    boolean sawArm = false;
    for (Playbook playbook : Playbooks.all()) {
      for (CampaignState state : busyRun(playbook)) {
        CampaignRecord record = Codec.encode(state, playbook.name());
        // Parsed, not served from the cache that encode just filled.
        assertEquals(state, Codec.parseState(record.json()), record.json());
        assertEquals(state, Codec.decode(record), record.json());
        assertEquals(state.playbookId(), record.type());
        sawTaskOutcome |= state.tasks().stream().anyMatch(t -> t.outcome().isPresent());
        sawArm |= state.lastMessage().flatMap(CampaignState.LastMessage::arm).isPresent();
        checked++;
      }
    }
    assertTrue(checked > 30, "checked " + checked);
    assertTrue(sawTaskOutcome, "no completed task was round-tripped");
    assertTrue(sawArm, "no optimiser arm was round-tripped");
  }

  @Test
  void statesStoredInTheFullShapeReadTheSame() throws Exception {
    int checked = 0;
    for (Playbook playbook : Playbooks.all()) {
      for (CampaignState state : busyRun(playbook)) {
        String full = FULL_SHAPE.writeValueAsString(state);
        assertEquals(state, Codec.parseState(full), full);
        checked++;
      }
    }
    assertTrue(checked > 30, "checked " + checked);
  }

  @Test
  void anOldDocumentStillReads() {
    CampaignState state = Codec.parseState(OLD_DOCUMENT);
    assertEquals(new CampaignId("fp-0"), state.campaignId());
    assertEquals(CampaignState.Phase.ACTIVE, state.phase());
    assertEquals(Money.ofPaise(100_000), state.items().get(0).outstanding());
    assertEquals(Instant.parse("2026-03-09T09:30:00Z"), state.wakeAt().orElseThrow());
    assertEquals(ChannelKind.EMAIL, state.planned().orElseThrow().channel());
    assertEquals(1, state.planned().orElseThrow().channelIndex());
    assertEquals(0, state.nextStep());
    assertTrue(state.optedOut().isEmpty());
    assertTrue(state.tasks().isEmpty());
    assertFalse(state.holdOut());
    assertEquals(1, state.history().size());
    // Written again, it is the same state in fewer bytes.
    String compact = Codec.encode(state, "Standard B2B").json();
    assertEquals(state, Codec.parseState(compact));
    assertTrue(compact.length() < OLD_DOCUMENT.length() * 3 / 4, compact);
  }

  @Test
  void storedStatesLeaveOutEmptiesDefaultsAndDisplayText() {
    CampaignState started = busyRun(Playbooks.standardB2b()).get(0);
    String json = Codec.encode(started, "Standard B2B").json();
    for (String left : List.of("\"formatted\"", "[]", "\"repeats\"", "\"holdOut\"", ":false")) {
      assertFalse(json.contains(left), left + " in " + json);
    }
    assertTrue(json.contains("\"items\""), json);
  }

  @Test
  void recordStatusIsThePhaseOrTheOutcome() {
    List<CampaignState> states = busyRun(Playbooks.standardB2b());
    for (CampaignState state : states) {
      String status = Codec.encode(state, "x").status();
      if (state.phase() == CampaignState.Phase.FINISHED) {
        assertEquals(state.outcome().orElseThrow().name(), status);
      } else {
        assertEquals(state.phase().name(), status);
      }
    }
  }

  @Test
  void outboxDocumentsRoundTripForEveryContentKind() throws Exception {
    var tenant = RuntimeFixtures.TENANT;
    ExecutionId id = new ExecutionId("cmp-1:m1");
    List<OutboundMessage> messages =
        List.of(
            new OutboundMessage(
                tenant,
                CUSTOMER,
                id,
                ChannelKind.EMAIL,
                Recipient.email("a@b.in"),
                new MessageContent.Email("Subject", "Body ₹1,23,456.00"),
                List.of(
                    Attachment.Document.pdf("inv.pdf", new byte[] {1, 2, 3}),
                    Attachment.Link.of("https://acme.in/inv/1"))),
            OutboundMessage.of(
                tenant, CUSTOMER, id, Recipient.phone("9812345678"), new MessageContent.Sms("hi")),
            OutboundMessage.of(
                tenant,
                CUSTOMER,
                id,
                Recipient.phone("9812345678"),
                new MessageContent.WhatsAppTemplate("reminder_1", "hi", List.of("a", "b"))),
            OutboundMessage.of(
                tenant,
                CUSTOMER,
                id,
                Recipient.phone("9812345678"),
                new MessageContent.WhatsAppText("namaste")),
            OutboundMessage.of(
                tenant,
                CUSTOMER,
                id,
                Recipient.phone("9812345678"),
                new MessageContent.VoiceScript("script")),
            OutboundMessage.of(
                tenant,
                CUSTOMER,
                id,
                new Recipient.Postal("12 Ring Road\nSurat"),
                new MessageContent.Letter("Dear sir")));
    for (OutboundMessage message : messages) {
      Command.Send send =
          new Command.Send(
              id,
              "gentle",
              MessageIntent.GENTLE_OVERDUE,
              ContactPurpose.PAYMENT_REMINDER,
              message,
              List.of(new InvoiceId("A1")),
              "gu",
              false,
              Optional.of(new Arm("gu/WEST", message.channel(), SendSlot.EVENING)));
      Instant now = ist("2026-03-02T09:00");
      ExecutionDocument queued = ExecutionDocument.queued(send, now);
      ExecutionDocument sending = queued.attempting(now);
      ExecutionDocument doc =
          sending
              .retryAt(now, now.plusSeconds(60), "busy")
              .attempting(now.plusSeconds(60))
              .accepted(now.plusSeconds(61), "prov-1");
      // Every status writes the same message object: its text, made on the first write, is spliced
      // into the later ones and must be exactly what writing each document afresh gives.
      for (ExecutionDocument status : List.of(queued, sending, doc)) {
        assertEquals(Codec.withoutFragments().writeValueAsString(status), Codec.write(id, status));
      }
      String json = Codec.write(doc);
      ExecutionDocument back = Codec.read(json, ExecutionDocument.class);
      assertEquals(doc, back);
      assertEquals(doc, Codec.parseDocument(json));
      // Documents stored in the full shape, before storage went compact, read the same.
      assertEquals(doc, Codec.parseDocument(FULL_SHAPE.writeValueAsString(doc)));
      assertEquals(2, back.attempt());
      assertFalse(back.timeline().isEmpty());
    }
  }
}
