package dev.samvad.api.store;

import dev.samvad.api.CustomerId;
import dev.samvad.api.InteractionId;
import dev.samvad.api.model.Interaction;
import java.time.Instant;
import java.util.List;

/** Messages and calls. */
public interface InteractionRepository extends Repository<InteractionId, Interaction> {

  /**
   * The customer's interactions that occurred in {@code [from, to)}, earliest first (ties by id),
   * at most {@code limit} of them.
   */
  List<Versioned<Interaction>> byCustomer(CustomerId customer, Instant from, Instant to, int limit);
}
