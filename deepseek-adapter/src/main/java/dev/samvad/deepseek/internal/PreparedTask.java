package dev.samvad.deepseek.internal;

import dev.samvad.api.spi.LlmTask;
import java.util.Optional;
import java.util.function.Function;

/**
 * One task turned into what the service needs and what validation needs.
 *
 * @param kind the task kind
 * @param prompt the versioned prompt
 * @param user the user message (fixed template, then the fenced untrusted text, last)
 * @param cacheInput the normalised input without the nonce: same input, same key
 * @param type the result type to parse into
 * @param check the checks a schema cannot express; a present value is the problem
 */
public record PreparedTask<R>(
    LlmTask.Kind kind,
    PromptTemplate prompt,
    String user,
    String cacheInput,
    Class<R> type,
    Function<R, Optional<String>> check) {

  /** Never prints the messages, which hold customer text. */
  @Override
  public String toString() {
    return "PreparedTask[" + prompt.id() + ", " + user.length() + " chars]";
  }
}
