package dev.samvad.sdk.internal;

import dev.samvad.api.CustomerId;
import dev.samvad.api.InteractionId;
import dev.samvad.api.model.Interaction;
import dev.samvad.api.store.InteractionRepository;
import dev.samvad.api.store.Page;
import dev.samvad.api.store.Versioned;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads a customer's interactions in a time range completely, although the repository answers in
 * bounded batches ordered by (occurredAt, id) and its cursor is a time, not a key.
 */
final class InteractionPages {
  private InteractionPages() {}

  static List<Interaction> readAll(
      InteractionRepository repository, CustomerId customer, Instant from, Instant to) {
    List<Interaction> all = new ArrayList<>();
    Instant cursor = from;
    @Nullable Interaction last = null;
    int limit = Page.MAX_LIMIT;
    while (true) {
      List<Versioned<Interaction>> batch = repository.byCustomer(customer, cursor, to, limit);
      int added = 0;
      for (Versioned<Interaction> v : batch) {
        Interaction i = v.value();
        if (last == null || isAfter(i, last)) {
          all.add(i);
          last = i;
          added++;
        }
      }
      if (batch.size() < limit) {
        return all;
      }
      if (added == 0) {
        // A whole batch shares one instant with what we already have: widen instead of looping.
        limit = Math.multiplyExact(limit, 2);
      } else {
        cursor = last.occurredAt();
      }
    }
  }

  private static boolean isAfter(Interaction candidate, Interaction last) {
    int byTime = candidate.occurredAt().compareTo(last.occurredAt());
    return byTime > 0 || (byTime == 0 && compare(candidate.id(), last.id()) > 0);
  }

  private static int compare(InteractionId a, InteractionId b) {
    return a.value().compareTo(b.value());
  }
}
