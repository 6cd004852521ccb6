package dev.samvad.culture;

import dev.samvad.api.IndianState;
import java.util.List;

/**
 * What a PIN code's first three digits say about the state.
 *
 * @param state the most likely state
 * @param alternatives other states that share the prefix (empty when unambiguous)
 */
public record PinMatch(IndianState state, List<IndianState> alternatives) {
  /** Copies the list. */
  public PinMatch {
    alternatives = List.copyOf(alternatives);
  }

  /** True when the prefix belongs to exactly one state. */
  public boolean isUnambiguous() {
    return alternatives.isEmpty();
  }
}
