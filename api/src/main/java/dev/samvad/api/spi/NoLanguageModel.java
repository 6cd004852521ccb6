package dev.samvad.api.spi;

import java.time.Duration;

/** The absent model: every task fails at once as DISABLED, with no I/O. */
enum NoLanguageModel implements LanguageModel {
  INSTANCE;

  @Override
  public <R> LlmOutcome<R> run(LlmTask<R> task, Duration deadline) {
    return new LlmOutcome.Failed<>(LlmOutcome.FailureKind.DISABLED, "no language model configured");
  }
}
