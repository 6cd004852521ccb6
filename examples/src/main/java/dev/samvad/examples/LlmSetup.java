package dev.samvad.examples;

import dev.samvad.api.spi.LanguageModel;
import dev.samvad.deepseek.DeepSeekConfig;
import dev.samvad.deepseek.DeepSeekLanguageModel;
import dev.samvad.sdk.Samvad;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Which language model the {@code samvad} command uses: DeepSeek when {@code DEEPSEEK_API_KEY} is
 * set (with {@code DEEPSEEK_BASE_URL} and {@code DEEPSEEK_MODEL} when given; the model defaults to
 * {@value #DEFAULT_MODEL}), else none ("rules only"). The key is never printed.
 *
 * @param model the model, absent for rules only
 * @param description one line saying what is in use
 */
public record LlmSetup(Optional<LanguageModel> model, String description) {
  /** The model id used when {@code DEEPSEEK_MODEL} is not set. */
  public static final String DEFAULT_MODEL = "deepseek-v4-flash";

  /** How long a command waits for the model before the rules' answer stands. */
  public static final Duration DEADLINE = Duration.ofSeconds(8);

  /** Reads {@code env} (the process environment in production). */
  public static LlmSetup fromEnvironment(Map<String, String> env) {
    String key = env.getOrDefault("DEEPSEEK_API_KEY", "").strip();
    if (key.isEmpty()) {
      return new LlmSetup(
          Optional.empty(), "Language model: rules only (set DEEPSEEK_API_KEY to use DeepSeek)");
    }
    String model = env.getOrDefault("DEEPSEEK_MODEL", "").strip();
    DeepSeekConfig.Builder config =
        DeepSeekConfig.builder()
            .apiKey(key)
            .model(model.isEmpty() ? DEFAULT_MODEL : model)
            .callTimeout(DEADLINE);
    String baseUrl = env.getOrDefault("DEEPSEEK_BASE_URL", "").strip();
    if (!baseUrl.isEmpty()) {
      config.baseUrl(baseUrl);
    }
    DeepSeekConfig built;
    try {
      built = config.build();
    } catch (IllegalArgumentException e) {
      throw new UsageException("DEEPSEEK_* environment: " + e.getMessage());
    }
    return new LlmSetup(
        Optional.of(DeepSeekLanguageModel.builder(built).build()),
        "Language model: DeepSeek "
            + built.model()
            + " at "
            + built.baseUrl()
            + " (used when it answers valid within "
            + DEADLINE.toSeconds()
            + " s; rules otherwise)");
  }

  /** {@code builder} with this model and deadline (unchanged for rules only). */
  public Samvad.Builder apply(Samvad.Builder builder) {
    model.ifPresent(m -> builder.languageModel(m).languageModelDeadline(DEADLINE));
    return builder;
  }
}
