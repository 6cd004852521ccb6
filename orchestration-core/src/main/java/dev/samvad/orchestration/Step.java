package dev.samvad.orchestration;

import dev.samvad.api.InvalidInputException;
import java.util.regex.Pattern;

/**
 * One step of a playbook: on day {@code anchor + dayOffset}, do {@code action}.
 *
 * @param id unique within the playbook: 1 to 32 letters, digits, {@code -} or {@code _}
 * @param anchor the invoice date the step is placed relative to
 * @param dayOffset days after the anchor (negative: before), within ±{@value #MAX_OFFSET_DAYS}
 * @param action what to do
 * @param channels which channel a message goes through (a call task is always a voice call by a
 *     person, so its policy is ignored)
 * @param onlyIfSilent skip this step when the customer has replied since the previous step
 */
public record Step(
    String id,
    StepAnchor anchor,
    int dayOffset,
    StepAction action,
    ChannelPolicy channels,
    boolean onlyIfSilent) {

  /** Furthest a step may sit from its anchor. */
  public static final int MAX_OFFSET_DAYS = 365;

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

  /** Validates each field, naming it in the error. */
  public Step {
    InvalidInputException.require(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new InvalidInputException(
          "id", "must be 1 to 32 letters, digits, '-' or '_', was '" + shorten(id) + "'");
    }
    InvalidInputException.require(anchor, "anchor");
    if (Math.abs(dayOffset) > MAX_OFFSET_DAYS) {
      throw new InvalidInputException(
          "dayOffset", "must be within ±" + MAX_OFFSET_DAYS + " days, was " + dayOffset);
    }
    InvalidInputException.require(action, "action");
    InvalidInputException.require(channels, "channels");
  }

  /** A message step that always runs. */
  public static Step message(
      String id,
      StepAnchor anchor,
      int dayOffset,
      dev.samvad.culture.MessageIntent intent,
      ChannelPolicy channels) {
    return new Step(id, anchor, dayOffset, new StepAction.SendMessage(intent), channels, false);
  }

  /** This step, run only when the customer has not replied since the previous step. */
  public Step whenSilent() {
    return new Step(id, anchor, dayOffset, action, channels, true);
  }

  /** The step's day as text, e.g. {@code D-3} or {@code I+0}. */
  public String label() {
    String sign = dayOffset < 0 ? "-" : "+";
    return (anchor == StepAnchor.DUE_DATE ? "D" : "I") + sign + Math.abs(dayOffset);
  }

  private static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
