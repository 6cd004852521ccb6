package dev.samvad.orchestration.runtime;

import dev.samvad.api.CustomerId;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.NotFoundException;
import dev.samvad.api.TenantId;
import dev.samvad.orchestration.ChannelRanker;
import dev.samvad.orchestration.Context;
import dev.samvad.orchestration.MessageComposer;
import dev.samvad.orchestration.Playbook;
import dev.samvad.orchestration.TenantPolicy;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Builds the {@link Context} the engine decides with: the customer's cultural profile, relationship
 * facts and contact card, and the tenant's policy. The SDK supplies one that reads profiles from
 * the store; {@link #of} builds a simple one for tests and simulations.
 *
 * <p>The runtime calls it <b>outside</b> any unit of work (so an implementation may open its own),
 * possibly from several threads at once, and replaces the returned context's {@link
 * Context#ranker()} with the tenant's optimiser. It must not return a context for another tenant,
 * customer or playbook than asked.
 */
@FunctionalInterface
public interface ContextSource {

  /**
   * The context for deciding about {@code customer}'s campaign at {@code now}.
   *
   * @throws NotFoundException when the customer is unknown
   */
  Context contextFor(TenantId tenant, CustomerId customer, Playbook playbook, Instant now);

  /**
   * A context source over fixed facts: one tenant policy and composer for every tenant, and the
   * facts {@code customers} answers for each customer (empty: {@link NotFoundException}). The
   * segment is {@link Context#segmentOf} the profile.
   */
  static ContextSource of(
      TenantPolicy policy,
      MessageComposer composer,
      BiFunction<TenantId, CustomerId, Optional<CustomerFacts>> customers) {
    InvalidInputException.require(policy, "policy");
    InvalidInputException.require(composer, "composer");
    InvalidInputException.require(customers, "customers");
    return (tenant, customer, playbook, now) -> {
      CustomerFacts facts =
          customers
              .apply(tenant, customer)
              .orElseThrow(() -> new NotFoundException("customer", customer.value()));
      return new Context(
          tenant,
          now,
          playbook,
          facts.profile(),
          facts.relationship(),
          facts.card(),
          policy,
          composer,
          ChannelRanker.firstChoice(),
          Context.segmentOf(facts.profile()));
    };
  }
}
