package dev.samvad.deepseek.internal;

import dev.samvad.api.spi.LlmTask;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One task turned into what the service needs and what validation needs.
 *
 * @param kind the task kind
 * @param prompt the versioned prompt
 * @param values the template's values, the nonce excepted
 * @param untrusted the prepared untrusted text, fenced last in the user message
 * @param cacheInput the normalised input without the nonce: same input, same key
 * @param type the result type to parse into
 * @param check the checks a schema cannot express; a present value is the problem
 */
public record PreparedTask<R>(
    LlmTask.Kind kind,
    PromptTemplate prompt,
    Map<String, String> values,
    String untrusted,
    String cacheInput,
    Class<R> type,
    Function<R, Optional<String>> check) {

  /**
   * The user message with a fresh {@code nonce}: the template first, the untrusted text last
   * between the nonce's delimiters. Built only for a call that goes to the service.
   */
  public String user(String nonce) {
    Map<String, String> withNonce = new LinkedHashMap<>(values);
    withNonce.put("nonce", nonce);
    return prompt.user(withNonce, untrusted, nonce);
  }

  /** Never prints the text, which may be a customer's. */
  @Override
  public String toString() {
    return "PreparedTask[" + prompt.id() + ", " + untrusted.length() + " chars]";
  }
}
