package dev.samvad.orchestration;

import static dev.samvad.api.ChannelKind.EMAIL;
import static dev.samvad.api.ChannelKind.SMS;
import static dev.samvad.api.ChannelKind.WHATSAPP;
import static dev.samvad.orchestration.StepAnchor.DUE_DATE;
import static dev.samvad.orchestration.StepAnchor.ISSUE_DATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samvad.api.ErrorCode;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.json.SamvadJson;
import dev.samvad.culture.MessageIntent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every way a playbook can be wrong is rejected with the field and the problem. */
class PlaybookValidationTest {
  private static final ObjectMapper TREE = SamvadJson.newMapper();
  private static final ChannelPolicy ANY = ChannelPolicy.fallbacks(EMAIL, WHATSAPP);

  // ---- helpers ------------------------------------------------------------------------------

  private static Map<Trigger, Reaction> reactions() {
    return new EnumMap<>(Playbooks.standardB2b().reactions());
  }

  private static Playbook playbook(List<Step> steps, Map<Trigger, Reaction> reactions) {
    return new Playbook("p1", 1, "Test", steps, reactions, Duration.ofDays(3), true);
  }

  private static Playbook playbook(Step... steps) {
    return playbook(List.of(steps), reactions());
  }

  private static Step send(String id, StepAnchor anchor, int day) {
    return Step.message(id, anchor, day, MessageIntent.GENTLE_OVERDUE, ANY);
  }

  private static InvalidInputException rejects(String field, String problem, Executable build) {
    InvalidInputException e = assertThrows(InvalidInputException.class, build);
    assertEquals(field, e.field(), () -> "field of: " + e.getMessage());
    assertTrue(
        e.problem().contains(problem), () -> "problem '" + e.problem() + "' lacks '" + problem);
    return e;
  }

  /** The standard playbook as a JSON tree, changed by {@code edit}, read back. */
  private static Playbook edited(Consumer<ObjectNode> edit) throws IOException {
    ObjectNode tree = (ObjectNode) TREE.readTree(Playbooks.standardB2b().toJson());
    edit.accept(tree);
    return Playbook.fromJson(TREE.writeValueAsString(tree));
  }

  private static ObjectNode step(ObjectNode tree, int index) {
    return (ObjectNode) tree.withArray("steps").get(index);
  }

  // ---- structure ----------------------------------------------------------------------------

  @Test
  void theShippedPlaybooksAreValidAndDistinct() {
    List<Playbook> all = Playbooks.all();
    assertEquals(3, all.stream().map(Playbook::id).distinct().count());
    for (Playbook p : all) {
      assertEquals(p, Playbooks.byId(p.id()).orElseThrow());
    }
  }

  @Test
  void aPlaybookNeedsAStep() {
    rejects("steps", "at least one step", () -> playbook(List.of(), reactions()));
  }

  @Test
  void twoStepsWithOneIdAreRejected() {
    rejects(
        "steps[2].id",
        "'b' is already the id of steps[1]",
        () -> playbook(send("a", DUE_DATE, 0), send("b", DUE_DATE, 3), send("b", DUE_DATE, 7)));
  }

  @Test
  void aStepBeforeItsPredecessorCouldNeverBeReached() {
    InvalidInputException e =
        rejects(
            "steps[1]",
            "its day could never be reached",
            () -> playbook(send("a", DUE_DATE, 7), send("b", DUE_DATE, 3)));
    assertTrue(e.problem().contains("D+3") && e.problem().contains("D+7"), e.problem());
  }

  @Test
  void aStepOnTheSameDayAsItsPredecessorIsRejected() {
    rejects(
        "steps[1]",
        "its day could never be reached",
        () -> playbook(send("a", DUE_DATE, 3), send("b", DUE_DATE, 3)));
  }

  @Test
  void issueDateStepsComeBeforeDueDateSteps() {
    rejects(
        "steps[1]",
        "I+0 is placed after steps[0] at D-3",
        () -> playbook(send("a", DUE_DATE, -3), send("b", ISSUE_DATE, 0)));
    // Issue-date steps first is fine, whatever their offsets.
    playbook(send("a", ISSUE_DATE, 20), send("b", DUE_DATE, -10));
  }

  @ParameterizedTest
  @EnumSource(
      value = MessageIntent.class,
      names = {
        "PAYMENT_THANKS",
        "DISPUTE_ACKNOWLEDGEMENT",
        "PROMISE_FOLLOW_UP",
        "INVOICE_DELIVERY",
        "FESTIVAL_GREETING"
      })
  void intentsThatOnlyAnEventCallsForAreNotSteps(MessageIntent intent) {
    InvalidInputException e =
        rejects(
            "steps[1].action.intent",
            "never as a step",
            () -> playbook(send("a", DUE_DATE, 0), Step.message("b", DUE_DATE, 3, intent, ANY)));
    assertTrue(e.problem().startsWith(intent.name()), e.problem());
  }

  @ParameterizedTest
  @EnumSource(Trigger.class)
  void everyTriggerNeedsAReaction(Trigger trigger) {
    Map<Trigger, Reaction> reactions = reactions();
    reactions.remove(trigger);
    rejects(
        "reactions." + trigger,
        "has no reaction",
        () -> playbook(List.of(send("a", DUE_DATE, 0)), reactions));
  }

  static Stream<Object[]> disallowedPairs() {
    List<Reaction> samples =
        List.of(
            new Reaction.Stop(true),
            new Reaction.Continue(),
            new Reaction.AwaitPromise(Duration.ofDays(1), Duration.ofDays(30)),
            new Reaction.PauseWithTask("look", Duration.ofDays(1), false),
            new Reaction.Reschedule(Duration.ofDays(3), Duration.ofDays(9)),
            new Reaction.OptOut(false),
            new Reaction.HandToPerson("look", Duration.ofDays(1)),
            new Reaction.NextChannel(),
            new Reaction.RepeatFrom("a", Duration.ofDays(2), 2));
    List<Object[]> pairs = new ArrayList<>();
    for (Trigger trigger : Trigger.values()) {
      for (Reaction reaction : samples) {
        if (!reaction.allowedFor(trigger)) {
          pairs.add(new Object[] {trigger, reaction});
        }
      }
    }
    return pairs.stream();
  }

  @ParameterizedTest
  @MethodSource("disallowedPairs")
  void aReactionThatCannotAnswerItsTriggerIsRejected(Trigger trigger, Reaction reaction) {
    Map<Trigger, Reaction> reactions = reactions();
    reactions.put(trigger, reaction);
    InvalidInputException e =
        rejects(
            "reactions." + trigger,
            reaction.getClass().getSimpleName() + " cannot answer " + trigger + "; use one of ",
            () -> playbook(List.of(send("a", DUE_DATE, 0)), reactions));
    for (Class<? extends Reaction> allowed : Reaction.allowed(trigger)) {
      assertTrue(e.problem().contains(allowed.getSimpleName()), e.problem());
    }
  }

  @Test
  void theRulesOfTheIssueAreTheAllowedSets() {
    assertEquals(Set.of(Reaction.Stop.class), Reaction.allowed(Trigger.FULL_PAYMENT));
    assertEquals(Set.of(Reaction.OptOut.class), Reaction.allowed(Trigger.OPT_OUT));
    assertTrue(Reaction.allowed(Trigger.DISPUTE).contains(Reaction.PauseWithTask.class));
    assertTrue(Reaction.allowed(Trigger.DELIVERY_FAILED).contains(Reaction.NextChannel.class));
    for (Trigger trigger : Trigger.values()) {
      if (trigger != Trigger.SILENCE) {
        assertTrue(
            !Reaction.allowed(trigger).contains(Reaction.RepeatFrom.class),
            "only silence may loop: " + trigger);
      }
    }
  }

  @Test
  void aLoopToAnUnknownStepIsRejected() {
    Map<Trigger, Reaction> reactions = reactions();
    reactions.put(Trigger.SILENCE, new Reaction.RepeatFrom("nope", Duration.ofDays(2), 2));
    rejects(
        "reactions.SILENCE.stepId",
        "names no step of this playbook: 'nope'",
        () -> playbook(List.of(send("a", DUE_DATE, 0)), reactions));
  }

  @Test
  void aLoopWithoutAWaitIsRejected() {
    rejects(
        "delay",
        "a loop without a wait would repeat at once",
        () -> new Reaction.RepeatFrom("a", Duration.ZERO, 2));
    rejects(
        "delay", "must be positive", () -> new Reaction.RepeatFrom("a", Duration.ofHours(-1), 2));
    rejects("maxRepeats", "1 to 10", () -> new Reaction.RepeatFrom("a", Duration.ofDays(1), 0));
    rejects("maxRepeats", "1 to 10", () -> new Reaction.RepeatFrom("a", Duration.ofDays(1), 11));
  }

  @Test
  void silenceMustBeAnHourToThirtyDays() {
    for (Duration bad :
        List.of(Duration.ZERO, Duration.ofMinutes(59), Duration.ofDays(30).plusSeconds(1))) {
      rejects(
          "silence",
          "must be 1 hour to 30 days, was " + bad,
          () ->
              new Playbook(
                  "p1", 1, "Test", List.of(send("a", DUE_DATE, 0)), reactions(), bad, true));
    }
    new Playbook(
        "p1", 1, "Test", List.of(send("a", DUE_DATE, 0)), reactions(), Duration.ofHours(1), true);
    new Playbook(
        "p1", 1, "Test", List.of(send("a", DUE_DATE, 0)), reactions(), Duration.ofDays(30), true);
  }

  @Test
  void badIdsNameAndVersionsAreRejected() {
    List<Step> steps = List.of(send("a", DUE_DATE, 0));
    Duration silence = Duration.ofDays(3);
    for (String bad : List.of("", " p", "has space", "-lead", "x".repeat(65), "ü")) {
      rejects(
          "id",
          "must be 1 to 64 letters",
          () -> new Playbook(bad, 1, "Test", steps, reactions(), silence, true));
    }
    new Playbook("x".repeat(64), 1, "Test", steps, reactions(), silence, true);
    rejects(
        "version",
        "at least 1, was 0",
        () -> new Playbook("p", 0, "Test", steps, reactions(), silence, true));
    rejects(
        "name", "not blank", () -> new Playbook("p", 1, " ", steps, reactions(), silence, true));
    rejects(
        "name",
        "1 to 200",
        () -> new Playbook("p", 1, "n".repeat(201), steps, reactions(), silence, true));
    for (String bad : List.of("", "a b", "a.b", "x".repeat(33))) {
      rejects("id", "must be 1 to 32 letters", () -> send(bad, DUE_DATE, 0));
    }
    rejects("dayOffset", "within ±365 days, was 366", () -> send("a", DUE_DATE, 366));
    rejects("dayOffset", "within ±365 days, was -366", () -> send("a", DUE_DATE, -366));
  }

  @Test
  void channelPoliciesAndActionsCheckTheirParts() {
    rejects("channels", "at least one channel", () -> ChannelPolicy.fallbacks());
    rejects("channels[1]", "EMAIL is listed twice", () -> ChannelPolicy.optimise(EMAIL, EMAIL));
    rejects("reason", "must not be blank", () -> new StepAction.CallTask(" ", Duration.ofDays(1)));
    rejects("dueWithin", "must be positive", () -> new StepAction.CallTask("call", Duration.ZERO));
    rejects(
        "defaultDelay",
        "must not exceed maxDelay",
        () -> new Reaction.Reschedule(Duration.ofDays(9), Duration.ofDays(3)));
    rejects(
        "grace",
        "must not be negative",
        () -> new Reaction.AwaitPromise(Duration.ofDays(-1), Duration.ofDays(3)));
    rejects("task", "must not be blank", () -> new Reaction.HandToPerson("", Duration.ofDays(1)));
  }

  // ---- JSON ---------------------------------------------------------------------------------

  @Test
  void theShippedPlaybooksRoundTripThroughJson() {
    for (Playbook shipped : Playbooks.all()) {
      String json = shipped.toJson();
      Playbook back = Playbook.fromJson(json);
      assertEquals(shipped, back, shipped.id());
      assertEquals(json, back.toJson(), shipped.id());
    }
  }

  @Test
  void channelPoliciesKeepTheirKindInJson() {
    Playbook standard = Playbooks.standardB2b();
    Playbook back = Playbook.fromJson(standard.toJson());
    assertTrue(back.steps().get(0).channels() instanceof ChannelPolicy.Optimise);
    assertTrue(back.steps().get(3).channels() instanceof ChannelPolicy.Fallbacks);
    assertTrue(back.steps().get(4).channels() instanceof ChannelPolicy.Fixed);
  }

  @Test
  void aHandWrittenPlaybookLoads() throws IOException {
    Playbook p = Playbook.fromJson(resource("net30-playbook.json"));
    assertEquals("net30-gentle", p.id());
    assertEquals(2, p.version());
    assertEquals(4, p.steps().size());
    assertEquals(ISSUE_DATE, p.steps().get(0).anchor());
    assertEquals(
        new ChannelPolicy.Fixed(EMAIL), p.steps().get(0).channels(), "first step by e-mail");
    assertEquals(new ChannelPolicy.Optimise(List.of(WHATSAPP, SMS)), p.steps().get(1).channels());
    assertTrue(p.steps().get(2).onlyIfSilent());
    assertEquals(
        new StepAction.CallTask("Call the accounts team", Duration.ofHours(36)),
        p.steps().get(3).action());
    assertEquals(
        new Reaction.RepeatFrom("gentle", Duration.ofDays(4), 2), p.reactionTo(Trigger.SILENCE));
    assertEquals(
        new Reaction.AwaitPromise(Duration.ofDays(2), Duration.ofDays(30)),
        p.reactionTo(Trigger.PROMISE_TO_PAY));
    assertEquals(Duration.ofDays(4), p.silence());
    assertEquals(false, p.deliverInvoices());
    assertEquals(p, Playbook.fromJson(p.toJson()));
  }

  @Test
  void jsonErrorsNameTheJsonPath() throws IOException {
    InvalidInputException e;
    e = assertThrows(InvalidInputException.class, () -> edited(t -> t.put("version", "one")));
    assertEquals("version", e.field());
    e =
        assertThrows(
            InvalidInputException.class, () -> edited(t -> step(t, 2).put("dayOffset", "three")));
    assertEquals("steps[2].dayOffset", e.field());
    e =
        assertThrows(
            InvalidInputException.class, () -> edited(t -> step(t, 1).put("anchor", "TOMORROW")));
    assertEquals("steps[1].anchor", e.field());
    e =
        assertThrows(
            InvalidInputException.class,
            () -> edited(t -> ((ObjectNode) step(t, 0).get("action")).put("intent", "BEG")));
    assertEquals("steps[0].action.intent", e.field());
    e =
        assertThrows(
            InvalidInputException.class,
            () -> edited(t -> ((ObjectNode) step(t, 0).get("action")).put("type", "DANCE")));
    assertEquals("steps[0].action", e.field());
    e =
        assertThrows(
            InvalidInputException.class,
            () -> edited(t -> ((ObjectNode) step(t, 4).get("channels")).put("channel", "PIGEON")));
    assertEquals("steps[4].channels.channel", e.field());
    e =
        assertThrows(
            InvalidInputException.class,
            () -> edited(t -> ((ObjectNode) step(t, 4).get("channels")).remove("type")));
    assertEquals("steps[4].channels", e.field());
    e =
        assertThrows(
            InvalidInputException.class,
            () -> edited(t -> ((ObjectNode) t.get("reactions")).put("BIRTHDAY", "x")));
    assertEquals("reactions", e.field());
    e =
        assertThrows(
            InvalidInputException.class,
            () ->
                edited(
                    t ->
                        ((ObjectNode) t.get("reactions").get("SILENCE"))
                            .put("type", "REPEAT_FROM")
                            .put("stepId", "gentle")
                            .put("delay", "PT0S")
                            .put("maxRepeats", 2)));
    assertEquals("reactions.SILENCE.delay", e.field());
    assertTrue(e.problem().contains("loop without a wait"), e.problem());
    e = assertThrows(InvalidInputException.class, () -> edited(t -> t.put("silence", "soon")));
    assertEquals("silence", e.field());
    e = assertThrows(InvalidInputException.class, () -> edited(t -> t.put("silence", "PT30M")));
    assertEquals("silence", e.field());
    e = assertThrows(InvalidInputException.class, () -> edited(t -> t.put("name", 42)));
    assertEquals("name", e.field());
    e = assertThrows(InvalidInputException.class, () -> edited(t -> t.putObject("steps")));
    assertEquals("steps", e.field());
    e =
        assertThrows(
            InvalidInputException.class, () -> edited(t -> t.withArray("steps").insertNull(1)));
    assertEquals("steps[1]", e.field());
    e =
        assertThrows(
            InvalidInputException.class, () -> edited(t -> step(t, 3).put("id", "pre-due")));
    assertEquals("steps[3].id", e.field());
    e =
        assertThrows(
            InvalidInputException.class,
            () -> edited(t -> ((ObjectNode) t.get("reactions")).remove("DISPUTE")));
    assertEquals("reactions.DISPUTE", e.field());
    e =
        assertThrows(
            InvalidInputException.class,
            () ->
                edited(
                    t ->
                        ((ObjectNode) t.get("reactions"))
                            .putObject("FULL_PAYMENT")
                            .put("type", "CONTINUE")));
    assertEquals("reactions.FULL_PAYMENT", e.field());
  }

  @Test
  void aMissingNumberOrFlagIsNamedAsRequired() {
    InvalidInputException e;
    e =
        assertThrows(
            InvalidInputException.class, () -> edited(t -> step(t, 2).remove("onlyIfSilent")));
    assertEquals("steps[2].onlyIfSilent", e.field());
    assertEquals("is required", e.problem());
    e = assertThrows(InvalidInputException.class, () -> edited(t -> t.remove("deliverInvoices")));
    assertEquals("deliverInvoices", e.field());
    e =
        assertThrows(
            InvalidInputException.class, () -> edited(t -> step(t, 0).putNull("dayOffset")));
    assertEquals("steps[0].dayOffset", e.field());
    e = assertThrows(InvalidInputException.class, () -> edited(t -> t.remove("silence")));
    assertEquals("silence", e.field());
    e = assertThrows(InvalidInputException.class, () -> edited(t -> step(t, 0).remove("channels")));
    assertEquals("steps[0].channels", e.field());
  }

  @Test
  void unknownFieldsAreRejectedWhereTheyAre() {
    InvalidInputException e;
    e = assertThrows(InvalidInputException.class, () -> edited(t -> t.put("owner", "me")));
    assertEquals("owner", e.field());
    e = assertThrows(InvalidInputException.class, () -> edited(t -> step(t, 1).put("hour", 10)));
    assertEquals("steps[1].hour", e.field());
    e =
        assertThrows(
            InvalidInputException.class,
            () -> edited(t -> ((ObjectNode) t.get("reactions").get("DISPUTE")).put("cc", "boss")));
    assertEquals("reactions.DISPUTE.cc", e.field());
  }

  @Test
  void aDuplicateKeyIsRejectedRatherThanSilentlyOverwritten() {
    String json = Playbooks.standardB2b().toJson();
    String twice = json.replaceFirst("\"name\":", "\"name\":\"First\",\"name\":");
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> Playbook.fromJson(twice));
    assertTrue(e.problem().contains("name"), e.problem());
    String reactionTwice =
        json.replaceFirst("\"SILENCE\":", "\"SILENCE\":{\"type\":\"NEXT_CHANNEL\"},\"SILENCE\":");
    assertThrows(InvalidInputException.class, () -> Playbook.fromJson(reactionTwice));
  }

  @Test
  void notAPlaybookIsRejected() {
    for (String bad :
        List.of(
            "", "   ", "null", "[]", "42", "\"playbook\"", "{", "{}", "{\"id\":\"p\"}", "{}{}")) {
      InvalidInputException e =
          assertThrows(InvalidInputException.class, () -> Playbook.fromJson(bad), bad);
      assertTrue(!e.field().isEmpty(), bad);
    }
  }

  @Test
  void hostileJsonIsRejectedAsInvalidInput() throws IOException {
    String valid = Playbooks.standardB2b().toJson();
    List<String> hostile = new ArrayList<>();
    // Deep nesting, in an unknown field and in a known one.
    hostile.add("{\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}");
    hostile.add(valid.replaceFirst("\"steps\":", "\"steps\":" + "[".repeat(5_000)));
    hostile.add("[".repeat(1_000_000));
    // Huge strings and documents.
    hostile.add(
        valid.replaceFirst("\"Standard B2B follow-up\"", "\"" + "n".repeat(3_000_000) + "\""));
    hostile.add(valid.replaceFirst("\"standard-b2b\"", "\"" + "x".repeat(1_500_000) + "\""));
    ObjectNode many = (ObjectNode) TREE.readTree(valid);
    ArrayNode steps = many.withArray("steps");
    JsonNode first = steps.get(0);
    for (int i = 0; i < 20_000; i++) {
      steps.add(first.deepCopy());
    }
    hostile.add(TREE.writeValueAsString(many));
    hostile.add(" ".repeat(3_000_000) + valid);
    // Numbers out of range and of the wrong kind.
    hostile.add(valid.replaceFirst("\"version\":1", "\"version\":1" + "0".repeat(400)));
    hostile.add(valid.replaceFirst("\"version\":1", "\"version\":1e999"));
    hostile.add(valid.replaceFirst("\"version\":1", "\"version\":1.5"));
    hostile.add(valid.replaceFirst("\"dayOffset\":-3", "\"dayOffset\":-2147483649"));
    hostile.add(
        valid.replaceFirst("\"silence\":\"PT72H\"", "\"silence\":\"PT99999999999999999999H\""));
    hostile.add(valid.replaceFirst("\"silence\":\"PT72H\"", "\"silence\":1e300"));
    // Not JSON at all, or JSON with trailing content and control characters.
    hostile.add(valid + "{}");
    hostile.add(valid.substring(0, valid.length() / 2));
    hostile.add(valid.replaceFirst("\"Standard", "\"Stan\u0000dard"));
    hostile.add("\uFEFF" + valid.replace('"', '\''));
    for (String json : hostile) {
      try {
        Playbook.fromJson(json);
        throw new AssertionError("accepted: " + json.substring(0, Math.min(json.length(), 120)));
      } catch (InvalidInputException expected) {
        assertTrue(expected.getMessage().length() < 2_000, "a short message, not the input");
      }
    }
  }

  @Test
  void anOversizedDocumentIsRefusedBeforeParsing() {
    String huge = " ".repeat(Playbook.MAX_JSON_CHARS + 1);
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> Playbook.fromJson(huge));
    assertEquals(ErrorCode.PAYLOAD_TOO_LARGE, e.code());
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = PlaybookValidationTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("no resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
