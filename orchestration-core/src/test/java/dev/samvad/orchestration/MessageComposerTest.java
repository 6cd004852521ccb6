package dev.samvad.orchestration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.ExecutionId;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.Money;
import dev.samvad.culture.CulturalProfile;
import dev.samvad.culture.MessageIntent;
import dev.samvad.culture.RelationshipContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** What the composer can write with the tenant's facts, checked against the templates. */
class MessageComposerTest {
  private static final Instant NOW = Fixtures.ist("2026-02-02T10:00");

  private static Context context(CulturalProfile profile, TenantPolicy policy) {
    return new Context(
        Fixtures.TENANT,
        NOW,
        Playbooks.standardB2b(),
        profile,
        RelationshipContext.firstContact(LocalDate.of(2026, 2, 2)),
        Fixtures.card(),
        policy,
        Fixtures.COMPOSER,
        ChannelRanker.firstChoice(),
        Context.segmentOf(profile));
  }

  @Test
  void canWriteSaysExactlyWhichMessagesNeedAPayLink() {
    TenantPolicy withoutUpi =
        new TenantPolicy(
            Fixtures.WINDOWS,
            FrequencyCaps.STANDARD,
            "Acme Supplies",
            Optional.empty(),
            Optional.empty(),
            List.of(ChannelKind.EMAIL));
    List<OpenItem> items =
        List.of(
            Fixtures.item("A1", LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 20), 5_000),
            Fixtures.item("A2", LocalDate.of(2026, 1, 9), LocalDate.of(2026, 1, 25), 7_000));
    int written = 0;
    for (String state : CampaignScenario.STATE_CODES) {
      CulturalProfile profile =
          new CampaignScenario.Customer(state, true, true, true, "", OptionalInt.empty()).profile();
      Context ctx = context(profile, withoutUpi);
      for (MessageIntent intent : MessageIntent.values()) {
        if (intent == MessageIntent.FESTIVAL_GREETING) {
          continue;
        }
        for (ChannelKind channel : ChannelKind.values()) {
          for (boolean baseline : new boolean[] {false, true}) {
            boolean writable = MessageComposer.canWrite(withoutUpi, channel, intent);
            String what = state + " " + intent + " by " + channel + (baseline ? " baseline" : "");
            try {
              Fixtures.COMPOSER.compose(
                  ctx,
                  new ExecutionId("c:m1"),
                  intent,
                  channel,
                  Fixtures.card().recipient(channel).orElseThrow(),
                  items,
                  Optional.of(LocalDate.of(2026, 2, 10)),
                  Optional.of(Money.ofRupees(5_000)),
                  baseline,
                  1);
              assertTrue(writable, what + " was written without a pay link");
              written++;
            } catch (InvalidInputException e) {
              assertTrue(!writable, what + ": " + e.getMessage());
              assertEquals("upi", e.field(), what);
            }
          }
        }
      }
    }
    assertTrue(written > 100);
    assertTrue(
        MessageComposer.canWrite(Fixtures.policy(), ChannelKind.EMAIL, MessageIntent.FINAL_NOTICE));
  }

  @Test
  void aStatementListsEachOpenInvoiceOnlyWhereTheChannelHasRoom() {
    Context ctx = Fixtures.context(Playbooks.standardB2b(), NOW);
    List<OpenItem> items =
        List.of(
            Fixtures.item("A1", LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 20), 5_000),
            Fixtures.item("A2", LocalDate.of(2026, 1, 9), LocalDate.of(2026, 2, 5), 7_000));
    for (ChannelKind channel : ChannelKind.values()) {
      String text =
          Fixtures.COMPOSER
              .compose(
                  ctx,
                  new ExecutionId("c:m1"),
                  MessageIntent.GENTLE_OVERDUE,
                  channel,
                  Fixtures.card().recipient(channel).orElseThrow(),
                  items,
                  Optional.empty(),
                  Optional.empty(),
                  false,
                  1)
              .message()
              .content()
              .toString();
      assertTrue(text.contains("₹12,000.00"), channel + ": " + text);
      boolean lists = channel == ChannelKind.EMAIL || channel == ChannelKind.LETTER;
      assertEquals(lists, text.contains("• INV/A1 · ₹5,000.00 · D+13"), channel + ": " + text);
      assertEquals(lists, text.contains("• INV/A2 · ₹7,000.00 · D-3"), channel + ": " + text);
    }
  }
}
