package dev.samvad.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.deepseek.DeepSeekLanguageModel;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command's choice of language model, from the environment. */
class LlmSetupTest {
  @Test
  void withoutAKeyItIsRulesOnly() {
    LlmSetup setup = LlmSetup.fromEnvironment(Map.of("DEEPSEEK_MODEL", "x"));
    assertTrue(setup.model().isEmpty());
    assertTrue(setup.description().contains("rules only"), setup.description());
  }

  @Test
  void aKeyChoosesDeepSeekWithTheConfiguredModelAndUrlNeverPrintingTheKey() {
    LlmSetup setup =
        LlmSetup.fromEnvironment(
            Map.of(
                "DEEPSEEK_API_KEY", "sk-secret-123",
                "DEEPSEEK_MODEL", "deepseek-v4-pro",
                "DEEPSEEK_BASE_URL", "http://127.0.0.1:9/v1"));
    DeepSeekLanguageModel model = (DeepSeekLanguageModel) setup.model().orElseThrow();
    assertEquals("deepseek-v4-pro", model.model());
    assertTrue(setup.description().contains("deepseek-v4-pro"), setup.description());
    assertTrue(setup.description().contains("127.0.0.1:9"), setup.description());
    assertFalse(setup.description().contains("sk-secret-123"));
    assertFalse(model.toString().contains("sk-secret-123"));
  }

  @Test
  void theModelDefaultsAndABadUrlIsAUsageError() {
    LlmSetup setup = LlmSetup.fromEnvironment(Map.of("DEEPSEEK_API_KEY", "k"));
    assertTrue(setup.description().contains(LlmSetup.DEFAULT_MODEL));
    assertThrows(
        UsageException.class,
        () ->
            LlmSetup.fromEnvironment(
                Map.of("DEEPSEEK_API_KEY", "k", "DEEPSEEK_BASE_URL", "ftp:x")));
  }
}
