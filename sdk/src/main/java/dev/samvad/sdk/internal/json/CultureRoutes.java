package dev.samvad.sdk.internal.json;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.ErrorCode;
import dev.samvad.api.IndianState;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.LanguageForm;
import dev.samvad.api.NotFoundException;
import dev.samvad.api.PinCode;
import dev.samvad.culture.ProfileInput;
import dev.samvad.sdk.Permission;
import dev.samvad.sdk.internal.CultureDesk;
import dev.samvad.sdk.internal.json.brief.CulturalAnalysisRequest;
import dev.samvad.sdk.internal.json.brief.CulturalAnalysisRequest.BehavioralData;
import dev.samvad.sdk.internal.json.brief.CulturalAnalysisRequest.CommunicationRecord;
import dev.samvad.sdk.internal.json.brief.CulturalAnalysisRequest.CustomerData;
import dev.samvad.sdk.internal.json.brief.ProfileUpdateRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The cultural-intelligence profile endpoints: analyse, read, update. */
final class CultureRoutes {
  private static final Pattern PIN_IN_TEXT = Pattern.compile("(?<!\\d)(\\d{3}) ?(\\d{3})(?!\\d)");

  private CultureRoutes() {}

  static void register(RouteTable routes, String base) {
    routes
        .post(
            base + "/analyze",
            Guard.body(Permission.CULTURE_ANALYSE),
            CulturalAnalysisRequest.class,
            CultureRoutes::analyze)
        .get(
            base + "/profile/{customerId}",
            Guard.path(Permission.CULTURE_READ).audited("culture.read"),
            CultureRoutes::get)
        .put(
            base + "/profile/{customerId}",
            Guard.path(Permission.CULTURE_ANALYSE),
            ProfileUpdateRequest.class,
            CultureRoutes::update);
  }

  /** Answer of the analyse and update endpoints: the profile and what follows from it. */
  record ProfileAnswer(
      String customerId, CultureDesk.ProfileOutcome analysis, List<String> unusedFields) {}

  private static Reply analyze(Call call, CulturalAnalysisRequest body) {
    List<String> unused = new ArrayList<>();
    Consumer<ProfileInput.Builder> facts =
        overlay(body.customerData(), body.communicationHistory(), body.behavioralData(), unused);
    CultureDesk.ProfileOutcome outcome = call.culture().analyze(body.customerId(), facts);
    return Reply.ok(new ProfileAnswer(body.customerId().value(), outcome, unused));
  }

  private static Reply get(Call call) {
    return Reply.ok(
        call.culture()
            .find(call.customerId())
            .orElseThrow(
                () -> new NotFoundException("cultural profile", call.customerId().value())));
  }

  private static Reply update(Call call, ProfileUpdateRequest body) {
    List<String> unused = new ArrayList<>();
    Consumer<ProfileInput.Builder> facts =
        overlay(body.customerData(), body.communicationHistory(), body.behavioralData(), unused);
    CultureDesk.ProfileOutcome outcome = call.culture().update(call.customerId(), facts);
    return Reply.ok(new ProfileAnswer(call.customerId().value(), outcome, unused));
  }

  /**
   * Turns the brief's request fields into profile facts, validating each and naming the field on
   * failure. Everything is checked before anything is applied.
   */
  private static Consumer<ProfileInput.Builder> overlay(
      @Nullable CustomerData data,
      List<CommunicationRecord> history,
      @Nullable BehavioralData behaviour,
      List<String> unused) {
    List<Consumer<ProfileInput.Builder>> steps = new ArrayList<>();
    if (data != null) {
      if (data.location() != null && !data.location().isBlank()) {
        String location = data.location();
        steps.add(b -> b.location(location));
        Matcher pin = PIN_IN_TEXT.matcher(location);
        if (data.pin() == null && pin.find()) {
          PinCode found = pinIn(pin.group(1) + pin.group(2));
          if (found != null) {
            steps.add(b -> b.pin(found));
          }
        }
      }
      if (data.language() != null) {
        LanguageForm language = LanguageForm.parse(data.language(), "customerData.language");
        steps.add(b -> b.statedLanguage(language));
      }
      if (data.businessType() != null) {
        String type = data.businessType();
        steps.add(b -> b.businessType(type));
      }
      if (data.industrySegment() != null) {
        String industry = data.industrySegment();
        steps.add(b -> b.industry(industry));
      }
      if (data.gstin() != null) {
        steps.add(b -> b.gstin(data.gstin()));
      }
      if (data.pin() != null) {
        steps.add(b -> b.pin(data.pin()));
      }
      if (data.state() != null) {
        IndianState state =
            IndianState.lookup(data.state())
                .orElseThrow(
                    () ->
                        new InvalidInputException(
                            "customerData.state",
                            "unknown state or union territory '" + abbreviate(data.state()) + "'"));
        steps.add(b -> b.declaredState(state));
      }
      if (data.size() != null) {
        steps.add(b -> b.size(data.size()));
      }
    }
    for (int i = 0; i < history.size(); i++) {
      CommunicationRecord record = history.get(i);
      if (record.response() == null || record.response().isBlank()) {
        continue;
      }
      String field = "communicationHistory[" + i + "]";
      ChannelKind channel =
          channel(
              InvalidInputException.require(record.channel(), field + ".channel"),
              field + ".channel");
      if (record.timestamp() == null) {
        throw new InvalidInputException(
            ErrorCode.MISSING_FIELD, field + ".timestamp", "is required when a response is given");
      }
      String text = record.response();
      java.time.Instant at = record.timestamp().toInstant();
      steps.add(b -> b.reply(text, channel, at));
    }
    if (behaviour != null) {
      List<ChannelKind> channels = new ArrayList<>();
      for (int i = 0; i < behaviour.preferredChannels().size(); i++) {
        channels.add(
            channel(
                behaviour.preferredChannels().get(i),
                "behavioralData.preferredChannels[" + i + "]"));
      }
      if (!channels.isEmpty()) {
        steps.add(b -> b.statedChannels(channels));
      }
      if (!behaviour.timePreferences().isEmpty()) {
        List<String> times = behaviour.timePreferences();
        try {
          ProfileInput.checkTimePreferences(times);
        } catch (InvalidInputException e) {
          throw e.under("behavioralData");
        }
        steps.add(b -> b.timePreferences(times));
      }
      if (!behaviour.responsePatterns().isEmpty()) {
        unused.add("behavioralData.responsePatterns");
      }
    }
    return b -> steps.forEach(step -> step.accept(b));
  }

  private static @Nullable PinCode pinIn(String digits) {
    try {
      return new PinCode(digits);
    } catch (InvalidInputException e) {
      return null;
    }
  }

  /** Channel names as hosts write them: email, sms, whatsapp, voice/call/phone, letter/post. */
  static ChannelKind channel(String text, String field) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "email", "e-mail", "mail" -> ChannelKind.EMAIL;
      case "sms", "text" -> ChannelKind.SMS;
      case "whatsapp", "wa" -> ChannelKind.WHATSAPP;
      case "voice", "call", "phone", "ivr" -> ChannelKind.VOICE;
      case "letter", "post", "courier" -> ChannelKind.LETTER;
      default ->
          throw new InvalidInputException(
              field,
              "unknown channel '"
                  + abbreviate(text)
                  + "'; use email, sms, whatsapp, voice or letter");
    };
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
