/**
 * A client for OpenAI-compatible chat completions (the DeepSeek API by default): a total-call
 * deadline, non-streaming and SSE streaming, bounded retries with backoff, and failures reported as
 * {@link dev.samvad.api.spi.LlmOutcome.Failed} values. Wire details live in {@code
 * dev.samvad.deepseek.internal}.
 */
@NullMarked
package dev.samvad.deepseek;

import org.jspecify.annotations.NullMarked;
