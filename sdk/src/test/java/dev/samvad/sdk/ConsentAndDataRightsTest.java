package dev.samvad.sdk;

import static dev.samvad.sdk.ApiClient.assertOk;
import static dev.samvad.sdk.ApiClient.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.samvad.api.CampaignId;
import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.InteractionId;
import dev.samvad.api.consent.ConsentEntry;
import dev.samvad.api.consent.ContactBasis;
import dev.samvad.api.consent.ContactBasisPolicy;
import dev.samvad.api.model.Direction;
import dev.samvad.api.model.ImmutableInteraction;
import dev.samvad.api.spi.InMemoryAuditSink;
import dev.samvad.api.spi.SteppableClock;
import dev.samvad.api.store.Page;
import dev.samvad.api.store.SamvadStore;
import dev.samvad.api.store.UnitOfWork;
import dev.samvad.api.store.memory.InMemoryStore;
import dev.samvad.channel.OutboxChannel;
import dev.samvad.orchestration.runtime.ExecutionStatus;
import dev.samvad.orchestration.runtime.ExecutionView;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Consent and data rights end to end: "STOP" replies and withdrawals in the ledger and honoured by
 * later campaigns, consent-only policies, export, erasure that leaves nothing identifying while the
 * invoices still add up, and the retention purge on a steppable clock.
 */
class ConsentAndDataRightsTest {
  static final CustomerId C104 = new CustomerId("C-104");

  /** What identifies the sample customer, as {@link Samples#customerJson} and the test write it. */
  static final List<String> IDENTIFYING =
      List.of(
          "Shree Ganesh",
          "Ganesh Traders",
          "Accounts desk",
          "98200 12345",
          "9820012345",
          "accounts@ganeshtraders.in",
          "Mangaldas",
          Samples.GSTIN,
          "Ramesh bhai",
          "Somvaar tak paisa");

  private final SteppableClock clock =
      SteppableClock.startingAt(Instant.parse("2025-05-05T04:30:00Z"));
  private final StringWriter outbox = new StringWriter();
  private final InMemoryAuditSink audit = new InMemoryAuditSink();
  private final SamvadStore store = InMemoryStore.create();
  private Samvad samvad = build(t -> ContactBasisPolicy.standard());
  private ApiClient api = ApiClient.acme(samvad);

  private Samvad build(Function<dev.samvad.api.TenantId, ContactBasisPolicy> policy) {
    OutboxChannel channel = OutboxChannel.to(outbox, clock, 10_000);
    return Samples.campaignReady(clock, channel)
        .store(store)
        .auditSink(audit)
        .contactBasis(policy)
        .build();
  }

  @AfterEach
  void close() {
    samvad.close();
    store.close();
  }

  private TenantSession host() {
    return samvad.tenant(ApiClient.ACME);
  }

  private void seed() {
    assertOk(api.call("PUT", "/api/v1/customers/C-104", Samples.customerJson("C-104")), 201);
    assertOk(
        api.call(
            "POST", "/api/v1/invoices", Samples.invoiceJson("I-1", "C-104", "INV-001", 50_000)),
        201);
    assertOk(
        api.call(
            "POST", "/api/v1/invoices", Samples.invoiceJson("I-2", "C-104", "INV-002", 20_000)),
        201);
  }

  private void runFor(Duration span) {
    Instant end = clock.instant().plus(span);
    while (clock.instant().isBefore(end)) {
      samvad.runDue(clock.instant());
      clock.advance(Duration.ofMinutes(30));
    }
  }

  private List<ExecutionView> sentOrTried(CampaignId campaign) {
    return host().executions(campaign).stream()
        .filter(e -> e.status() != ExecutionStatus.CANCELLED)
        .toList();
  }

  @Test
  void aStopReplyWithNoCampaignIsRecordedAndTheNextCampaignHonoursIt() {
    seed();
    host().receiveReply(C104, "STOP", ChannelKind.EMAIL, clock.instant());
    List<ConsentEntry> email = host().consents(C104).history(ChannelKind.EMAIL);
    assertEquals(1, email.size());
    assertEquals(ConsentEntry.Action.WITHDRAWN, email.get(0).action());
    assertEquals("reply", email.get(0).source());
    assertTrue(email.get(0).reference().isPresent());
    assertEquals(ContactBasis.Kind.NONE, host().contactBasis(C104).get(ChannelKind.EMAIL).kind());

    CampaignId campaign = host().startCampaign(C104, "standard-b2b").campaignId();
    runFor(Duration.ofDays(20));
    List<ExecutionView> out = sentOrTried(campaign);
    assertFalse(out.isEmpty(), "the campaign still reaches the customer on other channels");
    out.forEach(e -> assertTrue(e.channel() != ChannelKind.EMAIL, e.toString()));
    assertTrue(
        audit.entries(ApiClient.ACME).stream()
            .anyMatch(e -> e.action().equals("consent.withdraw")));
  }

  @Test
  void aStopReplyInACampaignHoldsForTheNextCampaignToo() {
    seed();
    CampaignId first = host().startCampaign(C104, "standard-b2b").campaignId();
    runFor(Duration.ofDays(10));
    ChannelKind used = sentOrTried(first).get(0).channel();
    host().receiveReply(C104, "Please stop sending me these messages", used, clock.instant());
    assertEquals(
        ConsentEntry.Action.WITHDRAWN, host().consents(C104).latest(used).orElseThrow().action());
    host().act(first, dev.samvad.orchestration.ManualAction.STOP, "test ends it");
    Instant after = clock.instant();
    CampaignId second = host().startCampaign(C104, "standard-b2b").campaignId();
    runFor(Duration.ofDays(20));
    for (CampaignId c : List.of(first, second)) {
      for (ExecutionView e : sentOrTried(c)) {
        if (e.channel() == used) {
          assertTrue(e.createdAt().isBefore(after), e.toString());
        }
      }
    }
  }

  @Test
  void withdrawingEveryChannelByApiStopsEverySend() {
    seed();
    for (ChannelKind channel : ChannelKind.values()) {
      assertOk(
          api.call(
              "POST",
              "/api/v1/customers/C-104/consents",
              "{\"channel\":\""
                  + channel
                  + "\",\"action\":\"WITHDRAWN\",\"source\":\"phone call\"}"),
          201);
    }
    JsonNode read = assertOk(api.get("/api/v1/customers/C-104/consents"), 200);
    assertEquals(ChannelKind.values().length, read.path("entries").size());
    read.path("basis").forEach(b -> assertEquals("NONE", b.path("kind").asText()));
    host().startCampaign(C104, "standard-b2b");
    runFor(Duration.ofDays(10));
    assertEquals("", outbox.toString(), "nothing may leave without a basis");
  }

  @Test
  void underAConsentOnlyPolicyOnlyTheConsentedChannelIsUsed() {
    samvad.close();
    samvad = build(t -> ContactBasisPolicy.consentEverywhere());
    api = ApiClient.acme(samvad);
    seed();
    JsonNode before = assertOk(api.get("/api/v1/customers/C-104/consents"), 200);
    // The contact's WhatsApp opt-in counts as consent on WhatsApp; nothing else has any.
    assertEquals("CONSENT", before.path("basis").path("WHATSAPP").path("kind").asText());
    assertEquals("NONE", before.path("basis").path("EMAIL").path("kind").asText());
    assertOk(
        api.call(
            "POST",
            "/api/v1/customers/C-104/consents",
            "{\"channel\":\"SMS\",\"action\":\"GIVEN\",\"notice\":\"privacy-notice/v3\","
                + "\"purpose\":\"payment reminders\",\"source\":\"onboarding form\"}"),
        201);
    assertOk(
        api.call(
            "POST",
            "/api/v1/customers/C-104/consents",
            "{\"channel\":\"WHATSAPP\",\"action\":\"WITHDRAWN\",\"source\":\"phone call\"}"),
        201);
    CampaignId campaign = host().startCampaign(C104, "standard-b2b").campaignId();
    runFor(Duration.ofDays(20));
    List<ExecutionView> out = sentOrTried(campaign);
    assertFalse(out.isEmpty());
    out.forEach(e -> assertEquals(ChannelKind.SMS, e.channel(), e.toString()));
  }

  @Test
  void badConsentsAreTypedErrorsNamingTheField() {
    seed();
    String path = "/api/v1/customers/C-104/consents";
    assertProblem(
        api.call("POST", path, "{\"channel\":\"PIGEON\",\"action\":\"GIVEN\",\"source\":\"x\"}"),
        400,
        "INVALID_INPUT",
        "channel");
    assertProblem(
        api.call("POST", path, "{\"channel\":\"SMS\",\"action\":\"GIVEN\",\"source\":\"form\"}"),
        400,
        "INVALID_INPUT",
        "notice");
    assertProblem(
        api.call("POST", path, "{\"channel\":\"SMS\",\"action\":\"WITHDRAWN\"}"),
        400,
        "MISSING_FIELD",
        "source");
    assertOk(
        api.call(
            "POST",
            path,
            "{\"channel\":\"SMS\",\"action\":\"WITHDRAWN\",\"source\":\"x\","
                + "\"at\":\"2025-05-05T04:30:00Z\"}"),
        201);
    assertProblem(
        api.call(
            "POST",
            path,
            "{\"channel\":\"SMS\",\"action\":\"WITHDRAWN\",\"source\":\"x\","
                + "\"at\":\"2025-05-01T04:30:00Z\"}"),
        400,
        "INVALID_INPUT",
        "at");
    assertProblem(
        api.call(
            "POST",
            path,
            "{\"channel\":\"EMAIL\",\"action\":\"WITHDRAWN\",\"source\":\"x\","
                + "\"at\":\"2099-01-01T00:00:00Z\"}"),
        400,
        "INVALID_INPUT",
        "at");
    assertProblem(
        api.call(
            "POST",
            "/api/v1/customers/C-9/consents",
            "{\"channel\":\"SMS\"," + "\"action\":\"WITHDRAWN\",\"source\":\"x\"}"),
        404,
        "NOT_FOUND");
  }

  /** A customer with everything: contacts, invoices, a payment, messages, a profile, a campaign. */
  private void seedEverything() {
    seed();
    assertOk(
        api.call("POST", "/api/v1/payments", Samples.paymentJson("P-1", "C-104", "I-2", 20_000)),
        201);
    host()
        .recordInteraction(
            ImmutableInteraction.builder()
                .id(new InteractionId("M-1"))
                .customerId(C104)
                .channel(ChannelKind.WHATSAPP)
                .direction(Direction.INBOUND)
                .text("Ramesh bhai here. Somvaar tak paisa bhej dunga")
                .occurredAt(clock.instant())
                .build());
    assertOk(
        api.call(
            "POST", "/api/v1/cultural-intelligence/analyze", Samples.culturalAnalysisJson("acme")),
        200);
    host().startCampaign(C104, "standard-b2b");
    runFor(Duration.ofDays(3));
    host()
        .receiveReply(
            C104, "Ramesh bhai: Somvaar tak paisa pakka", ChannelKind.SMS, clock.instant());
  }

  /** Every row of every repository of the tenant, as JSON text. */
  static String everythingStored(SamvadStore store) {
    StringBuilder all = new StringBuilder();
    store
        .tenant(ApiClient.ACME)
        .run(
            uow -> {
              for (Function<UnitOfWork, dev.samvad.api.store.Repository<?, ?>> repo :
                  List.<Function<UnitOfWork, dev.samvad.api.store.Repository<?, ?>>>of(
                      UnitOfWork::customers,
                      UnitOfWork::invoices,
                      UnitOfWork::payments,
                      UnitOfWork::interactions,
                      UnitOfWork::culturalProfiles,
                      UnitOfWork::relationshipProfiles,
                      UnitOfWork::campaigns,
                      UnitOfWork::executions,
                      UnitOfWork::consents)) {
                for (var row : repo.apply(uow).list(new Page(Optional.empty(), Page.MAX_LIMIT))) {
                  try {
                    all.append(ApiClient.JSON.writeValueAsString(row.value())).append('\n');
                  } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IllegalStateException(e);
                  }
                }
              }
            });
    return all.toString();
  }

  static void assertNothingIdentifying(String text, String where) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String s : IDENTIFYING) {
      assertFalse(lower.contains(s.toLowerCase(Locale.ROOT)), "'" + s + "' is still in " + where);
    }
  }

  @Test
  void exportHoldsEverythingAboutTheCustomer() {
    seedEverything();
    JsonNode export = assertOk(api.get("/api/v1/customers/C-104/export"), 200);
    assertEquals("C-104", export.path("customerId").asText());
    assertEquals("Ganesh Traders", export.path("customer").path("tradeName").asText());
    assertEquals(
        "accounts@ganeshtraders.in",
        export.path("customer").path("contacts").get(0).path("email").asText());
    assertEquals(2, export.path("invoices").size());
    assertEquals(1, export.path("payments").size());
    assertTrue(export.path("interactions").toString().contains("Somvaar tak paisa"));
    assertFalse(export.path("culturalProfile").isNull());
    assertEquals(1, export.path("campaigns").size());
    assertFalse(export.path("executions").isEmpty());
    assertTrue(export.path("consents").path("entries").isArray());
    assertTrue(
        export.path("auditTrail").toString().contains("customer.update")
            || export.path("auditTrail").toString().contains("customer.create"));
    assertTrue(
        audit.entries(ApiClient.ACME).stream().anyMatch(e -> e.action().equals("customer.export")));
  }

  @Test
  void erasureLeavesNothingIdentifyingAndTheInvoicesStillAddUp() {
    seedEverything();
    assertTrue(everythingStored(store).contains("Ganesh Traders"), "the search finds the data");
    long invoicedBefore = host().invoices(C104).stream().mapToLong(i -> i.amount().paise()).sum();
    long outstandingBefore =
        host().invoices(C104).stream().mapToLong(i -> i.outstanding().paise()).sum();

    JsonNode report =
        assertOk(
            api.call(
                "POST",
                "/api/v1/customers/C-104/erase",
                "{\"reason\":\"request\",\"note\":\"ticket 4411\"}"),
            200);
    assertEquals(2, report.path("kept").path("invoices").asInt());
    assertEquals(1, report.path("kept").path("payments").asInt());
    assertEquals(1, report.path("removed").path("campaigns").asInt());

    assertNothingIdentifying(everythingStored(store), "the store");
    assertNothingIdentifying(audit.entries(ApiClient.ACME).toString(), "the audit trail");
    assertNothingIdentifying(
        assertOk(api.get("/api/v1/customers/C-104/export"), 200).toString(), "the export");

    assertEquals(
        invoicedBefore, host().invoices(C104).stream().mapToLong(i -> i.amount().paise()).sum());
    assertEquals(
        outstandingBefore,
        host().invoices(C104).stream().mapToLong(i -> i.outstanding().paise()).sum());
    assertEquals(20_000_00L, host().payments(C104).get(0).amount().paise());
    assertEquals(DataRightsNames.PSEUDONYM, host().customer(C104).orElseThrow().legalName());
    host()
        .contactBasis(C104)
        .values()
        .forEach(b -> assertEquals(ContactBasis.Kind.NONE, b.kind(), b.reason()));
    assertTrue(host().activeCampaign(C104).isEmpty());
    assertTrue(
        audit.entries(ApiClient.ACME).stream().anyMatch(e -> e.action().equals("customer.erase")));
  }

  @Test
  void erasureNeedsAKnownReason() {
    seed();
    assertProblem(
        api.call("POST", "/api/v1/customers/C-104/erase", "{\"reason\":\"bored\",\"note\":\"x\"}"),
        400,
        "INVALID_INPUT",
        "reason");
    assertTrue(host().customer(C104).orElseThrow().legalName().startsWith("Shree"));
  }

  @Test
  void thePurgeRemovesWhatOutlivedItsPeriodAndNothingElse() {
    samvad.close();
    samvad =
        Samvad.builder()
            .store(store)
            .clock(clock)
            .auditSink(audit)
            .retention(
                t ->
                    RetentionPolicy.standard()
                        .keep(RetentionPolicy.DataKind.MESSAGE_TEXT, Duration.ofDays(30))
                        .keep(RetentionPolicy.DataKind.PROFILES, Duration.ofDays(10)))
            .build();
    api = ApiClient.acme(samvad);
    seed();
    Instant t0 = clock.instant();
    host()
        .recordInteraction(
            ImmutableInteraction.builder()
                .id(new InteractionId("M-old"))
                .customerId(C104)
                .channel(ChannelKind.SMS)
                .direction(Direction.INBOUND)
                .text("old message text")
                .occurredAt(t0)
                .build());
    assertOk(
        api.call(
            "POST", "/api/v1/cultural-intelligence/analyze", Samples.culturalAnalysisJson("acme")),
        200);
    clock.advance(Duration.ofDays(20));
    host()
        .recordInteraction(
            ImmutableInteraction.builder()
                .id(new InteractionId("M-new"))
                .customerId(C104)
                .channel(ChannelKind.SMS)
                .direction(Direction.INBOUND)
                .text("new message text")
                .occurredAt(clock.instant())
                .build());
    PurgeReport first = samvad.purgeExpired(clock.instant());
    assertEquals(0, first.purged().get(RetentionPolicy.DataKind.MESSAGE_TEXT));
    assertEquals(1, first.purged().get(RetentionPolicy.DataKind.PROFILES));

    clock.advance(Duration.ofDays(15));
    JsonNode second = assertOk(api.call("POST", "/api/v1/data-retention/purge", "{}"), 200);
    assertEquals(1, second.path("purged").path("MESSAGE_TEXT").asInt(), second.toString());
    Map<String, String> texts = new java.util.HashMap<>();
    host()
        .interactions(C104, t0.minusSeconds(1), clock.instant())
        .forEach(i -> texts.put(i.id().value(), i.text()));
    assertEquals(Map.of("M-old", "", "M-new", "new message text"), texts);
    assertEquals(2, host().invoices(C104).size(), "financial records are never purged");
    assertProblem(
        api.call("POST", "/api/v1/data-retention/purge", "{\"now\":\"2099-01-01T00:00:00Z\"}"),
        400,
        "INVALID_INPUT",
        "now");
  }

  /** The names a test may compare with. */
  static final class DataRightsNames {
    static final String PSEUDONYM = dev.samvad.sdk.internal.DataRights.PSEUDONYM;

    private DataRightsNames() {}
  }
}
