package dev.samvad.orchestration;

import com.fasterxml.jackson.databind.JsonMappingException;
import dev.samvad.api.ErrorCode;
import dev.samvad.api.InvalidInputException;
import dev.samvad.culture.MessageIntent;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The structural checks of a {@link Playbook}, each failing with the field and the problem. */
final class PlaybookRules {
  private PlaybookRules() {}

  static List<Step> checkSteps(List<Step> steps) {
    InvalidInputException.require(steps, "steps");
    if (steps.isEmpty()) {
      throw new InvalidInputException("steps", "must hold at least one step");
    }
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < steps.size(); i++) {
      String field = "steps[" + i + "]";
      Step step = InvalidInputException.require(steps.get(i), field);
      Integer earlier = ids.putIfAbsent(step.id(), i);
      if (earlier != null) {
        throw new InvalidInputException(
            field + ".id", "'" + step.id() + "' is already the id of steps[" + earlier + "]");
      }
      if (step.action() instanceof StepAction.SendMessage send) {
        checkStepIntent(send.intent(), field + ".action.intent");
      }
      if (i > 0) {
        Step before = steps.get(i - 1);
        if (!after(step, before)) {
          throw new InvalidInputException(
              field,
              step.label()
                  + " is placed after steps["
                  + (i - 1)
                  + "] at "
                  + before.label()
                  + ": steps run in order, so its day could never be reached");
        }
      }
    }
    return List.copyOf(steps);
  }

  private static void checkStepIntent(MessageIntent intent, String field) {
    String why =
        switch (intent) {
          case PAYMENT_THANKS -> "is sent when a payment arrives (Reaction.Stop with thanks)";
          case DISPUTE_ACKNOWLEDGEMENT ->
              "is sent when a dispute arrives (Reaction.PauseWithTask with acknowledge)";
          case PROMISE_FOLLOW_UP -> "is sent when a promise falls due (Reaction.AwaitPromise)";
          case INVOICE_DELIVERY -> "is sent per invoice as it joins (Playbook.deliverInvoices)";
          case FESTIVAL_GREETING -> "never belongs in a collection plan";
          default -> null;
        };
    if (why != null) {
      throw new InvalidInputException(field, intent + " " + why + ", never as a step");
    }
  }

  // Issue-date steps all come before due-date steps: terms differ per invoice, so only this order
  // holds for every invoice.
  private static boolean after(Step step, Step before) {
    if (step.anchor() == before.anchor()) {
      return step.dayOffset() > before.dayOffset();
    }
    return step.anchor() == StepAnchor.DUE_DATE;
  }

  static Map<Trigger, Reaction> checkReactions(Map<Trigger, Reaction> reactions, List<Step> steps) {
    InvalidInputException.require(reactions, "reactions");
    EnumMap<Trigger, Reaction> checked = new EnumMap<>(Trigger.class);
    for (Trigger trigger : Trigger.values()) {
      String field = "reactions." + trigger;
      Reaction reaction = reactions.get(trigger);
      if (reaction == null) {
        throw new InvalidInputException(
            field, "has no reaction; every event needs one so none is left unhandled");
      }
      if (!reaction.allowedFor(trigger)) {
        throw new InvalidInputException(
            field,
            reaction.getClass().getSimpleName()
                + " cannot answer "
                + trigger
                + "; use one of "
                + Reaction.allowed(trigger).stream()
                    .map(Class::getSimpleName)
                    .sorted()
                    .collect(Collectors.joining(", ")));
      }
      if (reaction instanceof Reaction.RepeatFrom repeat
          && steps.stream().noneMatch(s -> s.id().equals(repeat.stepId()))) {
        throw new InvalidInputException(
            field + ".stepId", "names no step of this playbook: '" + repeat.stepId() + "'");
      }
      checked.put(trigger, reaction);
    }
    return Collections.unmodifiableMap(checked);
  }

  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      } else if (ref.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      }
    }
    return path.length() == 0 ? "playbook" : path.toString();
  }

  /** The mapping failure as an error naming the JSON path, and the field inside it if any. */
  static InvalidInputException invalid(JsonMappingException e) {
    String path = path(e);
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof InvalidInputException invalid) {
        String field = path.equals("playbook") ? invalid.field() : path + "." + invalid.field();
        return new InvalidInputException(field, invalid.problem());
      }
    }
    String message = firstLine(e.getOriginalMessage());
    if (message.startsWith("Cannot map `null` into type")) {
      // A missing or null number or true/false: say so instead of naming a Jackson setting.
      return new InvalidInputException(ErrorCode.MISSING_FIELD, path, "is required");
    }
    return new InvalidInputException(path, message);
  }

  static String firstLine(String message) {
    int cut = message.indexOf('\n');
    return cut < 0 ? message : message.substring(0, cut);
  }
}
