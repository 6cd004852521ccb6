package dev.samvad.examples.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.TenantId;
import dev.samvad.api.model.Customer;
import dev.samvad.api.spi.SteppableClock;
import dev.samvad.culture.ContactPurpose;
import dev.samvad.culture.ContactWindowPolicy;
import dev.samvad.culture.CulturalProfile;
import dev.samvad.culture.CulturalProfiler;
import dev.samvad.culture.MessageIntent;
import dev.samvad.culture.ProfileInput;
import dev.samvad.culture.ReferenceData;
import dev.samvad.culture.UpiPayee;
import dev.samvad.examples.portfolio.Portfolio;
import dev.samvad.examples.portfolio.PortfolioLoader;
import dev.samvad.orchestration.Trigger;
import dev.samvad.sdk.CollectionSettings;
import dev.samvad.sdk.Samvad;
import dev.samvad.sdk.TenantSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sixty-day story on the sample book, run once: its outbox file is checked line by line against
 * the hard contact rules and against the customers' payments, and its campaigns must have taken
 * every branch the story is about.
 */
class SixtyDaysTest {
  private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;

  private static Samvad samvad;
  private static TenantSession session;
  private static StoryResult story;
  private static List<JsonNode> outbox;

  @BeforeAll
  static void runTheStory() throws IOException {
    Portfolio portfolio = Portfolio.bundled();
    SteppableClock clock = PortfolioLoader.clockAt(portfolio);
    Outbox file = Outbox.createAt(dir.resolve("out/outbox.jsonl"), clock);
    Samvad.Builder builder =
        Samvad.builder()
            .clock(clock)
            .collectionSettings(
                t ->
                    CollectionSettings.of(
                        "Samvad Demo Traders",
                        new UpiPayee("demo.traders@samvad", "Samvad Demo Traders")));
    for (ChannelKind kind : ChannelKind.values()) {
      builder.channel(kind, file.channel());
    }
    samvad = builder.build();
    session = samvad.tenant(new TenantId("demo"));
    PortfolioLoader.load(portfolio, session);
    Map<CustomerId, Double> health =
        HealthScores.of(
            samvad.jsonApi(),
            session.tenantId(),
            session.customers().stream().map(Customer::id).toList());
    story = new SixtyDays(samvad, session, clock, portfolio, file).run(health);
    file.close();
    outbox = new ArrayList<>();
    for (String line : Files.readAllLines(story.outbox())) {
      outbox.add(JSON.readTree(line));
    }
  }

  @AfterAll
  static void close() {
    samvad.close();
  }

  @Test
  void theOutboxHoldsEveryMessageSentAsAJsonLine() {
    assertTrue(outbox.size() > 100, outbox.size() + " messages");
    assertEquals(story.messages().size(), outbox.size());
    assertEquals(outbox.size(), story.outboxLines());
    Map<String, SentMessage> sent = byExecution();
    for (JsonNode line : outbox) {
      SentMessage message = sent.get(line.path("executionId").asText());
      assertTrue(message != null, "no record of " + line);
      assertEquals(message.customer().value(), line.path("customerId").asText());
      assertEquals(message.channel().name(), line.path("channel").asText());
      assertEquals(message.at(), Instant.parse(line.path("acceptedAt").asText()));
    }
    assertTrue(
        story.messages().stream().map(SentMessage::language).distinct().count() >= 8,
        "messages in many languages");
  }

  @Test
  void everyMessageWentInsideTheHardContactWindowOfItsChannel() {
    ContactWindowPolicy rules = ContactWindowPolicy.standard(ReferenceData.bundled());
    CulturalProfiler profiler = CulturalProfiler.standard();
    Map<String, SentMessage> sent = byExecution();
    Map<CustomerId, Customer> customers =
        session.customers().stream().collect(Collectors.toMap(Customer::id, Function.identity()));
    // As the runtime does when nothing is stored: the profile from the customer's facts alone.
    Map<CustomerId, CulturalProfile> profiles = new HashMap<>();
    for (JsonNode line : outbox) {
      SentMessage message = sent.get(line.path("executionId").asText());
      ZonedDateTime at = Instant.parse(line.path("acceptedAt").asText()).atZone(INDIA);
      LocalTime time = at.toLocalTime();
      ChannelKind channel = ChannelKind.valueOf(line.path("channel").asText());
      LocalTime closes = channel == ChannelKind.VOICE ? LocalTime.of(19, 0) : LocalTime.of(21, 0);
      assertFalse(time.isBefore(LocalTime.of(8, 0)), "before 08:00 IST: " + line);
      assertTrue(time.isBefore(closes), "after " + closes + " IST: " + line);
      ContactPurpose purpose = purpose(message.intent());
      if (purpose == ContactPurpose.PAYMENT_REMINDER) {
        assertFalse(at.getDayOfWeek() == DayOfWeek.SUNDAY, "a reminder on a Sunday: " + line);
      }
      CulturalProfile profile =
          profiles.computeIfAbsent(
              message.customer(),
              c ->
                  profiler.profile(ProfileInput.from(customers.get(c), List.of()), at.toInstant()));
      assertEquals(
          at.toInstant(),
          rules.nextAllowed(at, channel, profile, purpose).toInstant(),
          "outside the customer's hard window (" + purpose + "): " + line);
    }
  }

  @Test
  void nothingAsksForMoneyAfterTheCustomerHasPaidEverything() {
    Map<CustomerId, Instant> paidUp = new HashMap<>();
    for (CustomerPayment payment : story.payments()) {
      if (payment.settlesEverything()) {
        paidUp.putIfAbsent(payment.customer(), payment.at());
      }
    }
    assertTrue(paidUp.size() >= 20, paidUp.size() + " customers paid everything");
    Map<String, SentMessage> sent = byExecution();
    int thanked = 0;
    for (JsonNode line : outbox) {
      SentMessage message = sent.get(line.path("executionId").asText());
      Instant at = Instant.parse(line.path("acceptedAt").asText());
      Instant paid = paidUp.get(message.customer());
      if (paid != null && !at.isBefore(paid)) {
        assertFalse(message.asksForMoney(), "asked for money after full payment: " + line);
        thanked += message.intent() == MessageIntent.PAYMENT_THANKS ? 1 : 0;
      }
    }
    assertTrue(thanked > 0, "payments are thanked");
  }

  @Test
  void campaignsWerePaidPausedForDisputesAndWaitedForPromises() {
    assertTrue(story.campaigns().size() >= 100, story.campaigns().size() + " campaigns");
    assertFalse(story.campaigns(CampaignRun::paid).isEmpty(), "some campaigns finished paid");
    assertFalse(story.campaigns(CampaignRun::disputed).isEmpty(), "some paused for a dispute");
    assertTrue(
        story.replies().stream().anyMatch(r -> r.readAs() == Trigger.PROMISE_TO_PAY),
        "some customers promised a date");
    assertFalse(story.campaigns(CampaignRun::promised).isEmpty(), "some still wait for a promise");
    assertFalse(story.campaigns(CampaignRun::optedOut).isEmpty(), "some opted out of a channel");
    assertTrue(
        story.replies().stream().anyMatch(r -> r.readAs() == Trigger.HARDSHIP),
        "someone wrote of hardship");
    assertTrue(story.campaigns(c -> c.outcome().isEmpty()).size() > 0, "some are still open");
    assertFalse(story.collected().isZero(), "money came in");
  }

  @Test
  void customersReplyInTheirOwnScripts() {
    long scripts =
        story.replies().stream()
            .flatMap(r -> r.text().codePoints().mapToObj(Character.UnicodeScript::of))
            .filter(s -> s != Character.UnicodeScript.COMMON && s != Character.UnicodeScript.LATIN)
            .distinct()
            .count();
    assertTrue(scripts >= 4, scripts + " Indian scripts in the replies");
  }

  @Test
  void theSimulatedCustomersAreTheSameEveryTime() {
    Portfolio portfolio = Portfolio.bundled();
    assertEquals(Personas.of(portfolio), Personas.of(portfolio));
  }

  private static Map<String, SentMessage> byExecution() {
    return story.messages().stream()
        .collect(Collectors.toMap(m -> m.executionId().value(), Function.identity()));
  }

  /** The purpose whose day rules a message of this intent is under, per the window policy. */
  private static ContactPurpose purpose(MessageIntent intent) {
    return switch (intent) {
      case INVOICE_DELIVERY -> ContactPurpose.INVOICE_DELIVERY;
      case PAYMENT_THANKS, DISPUTE_ACKNOWLEDGEMENT -> ContactPurpose.TRANSACTIONAL;
      case FESTIVAL_GREETING -> ContactPurpose.GREETING;
      default -> ContactPurpose.PAYMENT_REMINDER;
    };
  }
}
