package dev.samvad.sdk.internal.json;

import dev.samvad.api.ErrorCode;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.LanguageForm;
import dev.samvad.relationship.text.Emotion;
import dev.samvad.relationship.text.ReplyAnalysis;
import dev.samvad.relationship.text.ReplyText;
import dev.samvad.sdk.HybridResult;
import dev.samvad.sdk.Permission;
import dev.samvad.sdk.internal.ReplyDesk;
import dev.samvad.sdk.internal.ReplyDesk.SentimentPoint;
import dev.samvad.sdk.internal.json.brief.SentimentAnalysisRequest;
import dev.samvad.sdk.internal.json.brief.SentimentAnalysisRequest.CommunicationItem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Reply reading: {@code analyze-sentiment} and {@code sentiment-trends}. */
final class ReplyRoutes {
  /** Most messages one request may carry. */
  static final int MAX_MESSAGES = 500;

  private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

  /** A change between consecutive windows at least this large in mean polarity is reported. */
  static final double CHANGE_POINT = 0.35;

  private ReplyRoutes() {}

  static void register(RouteTable routes, String base) {
    routes
        .post(
            base + "/analyze-sentiment",
            Guard.body(Permission.RELATIONSHIP_ANALYSE),
            SentimentAnalysisRequest.class,
            ReplyRoutes::analyze)
        .get(
            base + "/sentiment-trends/{customerId}",
            Guard.path(Permission.RELATIONSHIP_READ).audited("relationship.read"),
            ReplyRoutes::trends);
  }

  /**
   * One message's reading, and which path answered it ({@code analysis.path} agrees) with why the
   * rules did when they did.
   */
  record MessageResult(int index, String channel, ReplyAnalysis analysis, AnsweredBy answeredBy) {}

  /**
   * Which path of the hybrid policy answered, why the model's answer was not used, and — when a
   * quota or budget on the model is spent — the whole seconds until the model is asked again.
   */
  record AnsweredBy(
      HybridResult.Path path, Optional<Why> fallback, Optional<Long> retryAfterSeconds) {

    static AnsweredBy of(HybridResult<?> result) {
      return new AnsweredBy(
          result.path(),
          result.fallback().map(Why::of),
          result.fallback().flatMap(HybridResult.Fallback::retryAfterSeconds));
    }
  }

  /** Why the rules answered, as the JSON API writes it. */
  record Why(HybridResult.Reason reason, String detail) {
    static Why of(HybridResult.Fallback fallback) {
      return new Why(fallback.reason(), fallback.detail());
    }
  }

  /** What the messages say together. */
  record Aggregate(
      int messages,
      double meanPolarity,
      Map<Emotion, Double> meanEmotions,
      Map<String, Integer> intents,
      Map<String, Integer> languages,
      List<String> paths) {}

  /** The analyze-sentiment answer. */
  record SentimentAnswer(
      String customerId,
      List<MessageResult> results,
      Aggregate aggregate,
      int historySize,
      List<String> unusedFields) {}

  /** One window of the trend. */
  record Window(
      LocalDate from,
      LocalDate to,
      int messages,
      double meanPolarity,
      Map<Emotion, Double> meanEmotions) {}

  /** A shift in mean polarity between two consecutive windows. */
  record ChangePoint(LocalDate at, double before, double after, double delta) {}

  /** The sentiment-trends answer. */
  record Trends(
      String customerId,
      Instant from,
      Instant to,
      int windowDays,
      int messages,
      List<Window> windows,
      double slopePerDay,
      List<ChangePoint> changePoints) {}

  private static Reply analyze(Call call, SentimentAnalysisRequest body) {
    if (body.communications().size() > MAX_MESSAGES) {
      throw new InvalidInputException(
          "communications", "at most " + MAX_MESSAGES + " messages per request");
    }
    List<String> unused = new ArrayList<>();
    Optional<LanguageForm> contextLanguage = Optional.empty();
    if (body.culturalContext() != null) {
      if (body.culturalContext().language() != null) {
        contextLanguage =
            Optional.of(
                LanguageForm.parse(body.culturalContext().language(), "culturalContext.language"));
      }
      if (body.culturalContext().region() != null) {
        unused.add("culturalContext.region");
      }
      if (body.culturalContext().culturalDimensions() != null) {
        unused.add("culturalContext.culturalDimensions");
      }
    }
    List<ReplyText> replies = new ArrayList<>();
    List<String> channels = new ArrayList<>();
    for (int i = 0; i < body.communications().size(); i++) {
      CommunicationItem item = body.communications().get(i);
      String field = "communications[" + i + "]";
      if (item.content() == null) {
        throw new InvalidInputException(ErrorCode.MISSING_FIELD, field + ".content", "is required");
      }
      if (item.timestamp() == null) {
        throw new InvalidInputException(
            ErrorCode.MISSING_FIELD, field + ".timestamp", "is required");
      }
      channels.add(
          item.channel() == null
              ? "UNKNOWN"
              : CultureRoutes.channel(item.channel(), field + ".channel").name());
      Optional<LanguageForm> hint =
          item.language() == null
              ? contextLanguage
              : Optional.of(LanguageForm.parse(item.language(), field + ".language"));
      replies.add(
          new ReplyText(
              item.content(), item.timestamp().toInstant(), INDIA, hint, Optional.empty()));
    }
    ReplyDesk desk = call.replies();
    List<HybridResult<ReplyAnalysis>> read = desk.read(replies);
    List<ReplyAnalysis> analyses = read.stream().map(HybridResult::value).toList();
    int history = analyses.isEmpty() ? 0 : desk.remember(body.customerId(), replies, analyses);
    List<MessageResult> results = new ArrayList<>();
    for (int i = 0; i < analyses.size(); i++) {
      HybridResult<ReplyAnalysis> r = read.get(i);
      results.add(new MessageResult(i, channels.get(i), analyses.get(i), AnsweredBy.of(r)));
    }
    return Reply.ok(
        new SentimentAnswer(
            body.customerId().value(), results, aggregate(analyses), history, unused));
  }

  private static Aggregate aggregate(List<ReplyAnalysis> analyses) {
    Map<Emotion, Double> emotions = new EnumMap<>(Emotion.class);
    Map<String, Integer> intents = new TreeMap<>();
    Map<String, Integer> languages = new TreeMap<>();
    List<String> paths = new ArrayList<>();
    double polarity = 0;
    for (ReplyAnalysis a : analyses) {
      polarity += a.sentiment().polarity();
      for (Emotion e : Emotion.values()) {
        emotions.merge(e, a.sentiment().emotion(e).score(), Double::sum);
      }
      a.intents().forEach(s -> intents.merge(s.intent().name(), 1, Integer::sum));
      languages.merge(a.language().language().tag(), 1, Integer::sum);
      if (!paths.contains(a.path().name())) {
        paths.add(a.path().name());
      }
    }
    int n = analyses.size();
    emotions.replaceAll((e, sum) -> n == 0 ? 0 : sum / n);
    return new Aggregate(n, n == 0 ? 0 : polarity / n, emotions, intents, languages, paths);
  }

  private static Reply trends(Call call) {
    int windowDays = call.intQuery("window", 7, 1, 90);
    ReplyDesk desk = call.replies();
    Instant to = instant(call.query("to"), "to").orElse(desk.now().plusSeconds(1));
    Instant from = instant(call.query("from"), "from").orElse(Instant.EPOCH);
    if (!from.isBefore(to)) {
      throw new InvalidInputException("from", "must be before to");
    }
    List<SentimentPoint> points = desk.history(call.customerId(), from, to);
    List<Window> windows = windows(points, windowDays);
    List<ChangePoint> changes = new ArrayList<>();
    for (int i = 1; i < windows.size(); i++) {
      Window a = windows.get(i - 1);
      Window b = windows.get(i);
      double delta = b.meanPolarity() - a.meanPolarity();
      if (a.messages() >= 2 && b.messages() >= 2 && Math.abs(delta) >= CHANGE_POINT) {
        changes.add(new ChangePoint(b.from(), a.meanPolarity(), b.meanPolarity(), delta));
      }
    }
    return Reply.ok(
        new Trends(
            call.customerId().value(),
            from,
            to,
            windowDays,
            points.size(),
            windows,
            slope(points),
            changes));
  }

  /** Consecutive windows from the first point's day; empty windows are left out. */
  private static List<Window> windows(List<SentimentPoint> points, int days) {
    List<Window> windows = new ArrayList<>();
    if (points.isEmpty()) {
      return windows;
    }
    LocalDate start = points.get(0).at().atZone(INDIA).toLocalDate();
    int i = 0;
    while (i < points.size()) {
      LocalDate end = start.plusDays(days);
      List<SentimentPoint> in = new ArrayList<>();
      while (i < points.size() && points.get(i).at().atZone(INDIA).toLocalDate().isBefore(end)) {
        in.add(points.get(i++));
      }
      if (!in.isEmpty()) {
        Map<Emotion, Double> emotions = new EnumMap<>(Emotion.class);
        double polarity = 0;
        for (SentimentPoint p : in) {
          polarity += p.polarity();
          p.emotions().forEach((e, v) -> emotions.merge(e, v, Double::sum));
        }
        emotions.replaceAll((e, sum) -> sum / in.size());
        windows.add(new Window(start, end.minusDays(1), in.size(), polarity / in.size(), emotions));
      }
      start = end;
    }
    return windows;
  }

  /** Least-squares slope of polarity against time in days; 0 with fewer than two points. */
  private static double slope(List<SentimentPoint> points) {
    int n = points.size();
    if (n < 2) {
      return 0;
    }
    double t0 = points.get(0).at().getEpochSecond() / 86_400.0;
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    for (SentimentPoint p : points) {
      double x = p.at().getEpochSecond() / 86_400.0 - t0;
      sx += x;
      sy += p.polarity();
      sxx += x * x;
      sxy += x * p.polarity();
    }
    double denominator = n * sxx - sx * sx;
    return denominator == 0 ? 0 : (n * sxy - sx * sy) / denominator;
  }

  private static Optional<Instant> instant(Optional<String> text, String field) {
    if (text.isEmpty() || text.get().isEmpty()) {
      return Optional.empty();
    }
    String t = text.get();
    try {
      return Optional.of(
          t.length() == 10
              ? LocalDate.parse(t).atStartOfDay(INDIA).toInstant()
              : java.time.OffsetDateTime.parse(t).toInstant());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          field,
          "must be a date (2026-10-01) or a date-time with offset (2026-10-01T10:00:00+05:30)");
    }
  }
}
