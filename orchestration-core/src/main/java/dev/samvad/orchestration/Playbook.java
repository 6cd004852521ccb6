package dev.samvad.orchestration;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.samvad.api.ErrorCode;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.json.SamvadJson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A follow-up plan as data: steps placed relative to an invoice's dates, and a reaction to every
 * kind of event. Build one with {@link #builder}, read one from JSON with {@link #fromJson}, or use
 * a shipped one from {@link Playbooks}.
 *
 * <p>Construction validates the whole plan and rejects, with the field and the problem:
 *
 * <ul>
 *   <li>a step placed before its predecessor (its day could never be reached in order), or two
 *       steps with one id;
 *   <li>a step with an intent that only an event can call for ({@code PAYMENT_THANKS}, {@code
 *       DISPUTE_ACKNOWLEDGEMENT}, {@code PROMISE_FOLLOW_UP}) or that belongs to another mechanism
 *       ({@code INVOICE_DELIVERY}: see {@link #deliverInvoices}; {@code FESTIVAL_GREETING});
 *   <li>a trigger without a reaction, or a reaction that cannot answer its trigger (a full payment
 *       must stop, a dispute must pause, an opt-out must stop messages);
 *   <li>a loop ({@link Reaction.RepeatFrom}) to an unknown step or without a wait.
 * </ul>
 *
 * @param id 1 to 64 letters, digits, {@code - _ .}
 * @param version bumped when the plan changes; running campaigns keep the version they started on
 * @param name a human-readable name
 * @param steps in the order they run
 * @param reactions one per {@link Trigger}
 * @param silence how long without reply or payment after a message counts as {@link
 *     Trigger#SILENCE}; 1 hour to 30 days
 * @param deliverInvoices send each invoice ({@code INVOICE_DELIVERY}) as it joins the conversation
 */
public record Playbook(
    String id,
    int version,
    String name,
    List<Step> steps,
    Map<Trigger, Reaction> reactions,
    Duration silence,
    boolean deliverInvoices) {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
  private static final Duration MAX_SILENCE = Duration.ofDays(30);
  private static final ObjectMapper JSON = SamvadJson.newMapper();
  // Duplicate keys would make one document mean different things to different readers.
  private static final ObjectReader READER =
      JSON.readerFor(Playbook.class).with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  /** Longest JSON text {@link #fromJson} reads; real playbooks are a few kilobytes. */
  public static final int MAX_JSON_CHARS = 1_000_000;

  /** Validates the whole plan; see the type's description. */
  public Playbook {
    InvalidInputException.require(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new InvalidInputException("id", "must be 1 to 64 letters, digits, '-', '_' or '.'");
    }
    if (version < 1) {
      throw new InvalidInputException("version", "must be at least 1, was " + version);
    }
    InvalidInputException.require(name, "name");
    if (name.isBlank() || name.length() > 200) {
      throw new InvalidInputException("name", "must be 1 to 200 characters, not blank");
    }
    steps = PlaybookRules.checkSteps(steps);
    reactions = PlaybookRules.checkReactions(reactions, steps);
    InvalidInputException.require(silence, "silence");
    if (silence.compareTo(Duration.ofHours(1)) < 0 || silence.compareTo(MAX_SILENCE) > 0) {
      throw new InvalidInputException("silence", "must be 1 hour to 30 days, was " + silence);
    }
  }

  /** A builder for a playbook with this id and name, at version 1. */
  public static Builder builder(String id, String name) {
    return new Builder(id, name);
  }

  /**
   * Reads a playbook from JSON in the shape {@link #toJson} writes. Unknown fields, duplicate keys,
   * trailing content, nesting deeper than {@link SamvadJson#MAX_NESTING} and texts longer than
   * {@link #MAX_JSON_CHARS} characters are rejected.
   *
   * @throws InvalidInputException naming the field (a JSON path) and the problem
   */
  public static Playbook fromJson(String json) {
    InvalidInputException.require(json, "playbook");
    if (json.length() > MAX_JSON_CHARS) {
      throw new InvalidInputException(
          ErrorCode.PAYLOAD_TOO_LARGE,
          "playbook",
          "is " + json.length() + " characters of JSON; the limit is " + MAX_JSON_CHARS);
    }
    Playbook playbook;
    try {
      playbook = READER.readValue(json);
    } catch (JsonMappingException e) {
      throw PlaybookRules.invalid(e);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(
          ErrorCode.MALFORMED_JSON,
          "playbook",
          "is not valid JSON: " + PlaybookRules.firstLine(e.getOriginalMessage()));
    }
    if (playbook == null) {
      throw new InvalidInputException(
          ErrorCode.WRONG_TYPE, "playbook", "must be a JSON object, was null");
    }
    return playbook;
  }

  /** The playbook as JSON that {@link #fromJson} reads back to an equal playbook. */
  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a valid playbook always serialises", e);
    }
  }

  /** The reaction to {@code trigger}; every trigger has one. */
  public Reaction reactionTo(Trigger trigger) {
    return reactions.get(trigger);
  }

  /** The index of the step with this id, or empty. */
  public Optional<Integer> indexOf(String stepId) {
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).id().equals(stepId)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** This playbook at the next version with {@code steps}. */
  public Playbook withSteps(List<Step> newSteps) {
    return new Playbook(id, version + 1, name, newSteps, reactions, silence, deliverInvoices);
  }

  /** Collects a playbook's parts; {@link #build} validates them. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private final String name;
    private int version = 1;
    private final List<Step> steps = new ArrayList<>();
    private final Map<Trigger, Reaction> reactions = new EnumMap<>(Trigger.class);
    private Duration silence = Duration.ofDays(3);
    private boolean deliverInvoices = true;

    private Builder(String id, String name) {
      this.id = id;
      this.name = name;
    }

    /** Sets the version (default 1). */
    public Builder version(int value) {
      this.version = value;
      return this;
    }

    /** Appends a step. */
    public Builder step(Step step) {
      steps.add(step);
      return this;
    }

    /** Sets the reaction to {@code trigger}. */
    public Builder on(Trigger trigger, Reaction reaction) {
      reactions.put(trigger, reaction);
      return this;
    }

    /** Sets the silence period (default 3 days). */
    public Builder silence(Duration value) {
      this.silence = value;
      return this;
    }

    /** Whether invoices are sent as they join (default true). */
    public Builder deliverInvoices(boolean value) {
      this.deliverInvoices = value;
      return this;
    }

    /** Validates and builds. */
    public Playbook build() {
      return new Playbook(id, version, name, steps, reactions, silence, deliverInvoices);
    }
  }
}
