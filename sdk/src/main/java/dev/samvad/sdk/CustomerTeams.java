package dev.samvad.sdk;

import dev.samvad.api.CustomerId;
import dev.samvad.api.TenantId;
import java.util.Optional;

/**
 * Which team of the host's staff a customer belongs to, for the rule that nobody but an {@link
 * Role#ADMINISTRATOR} reads the raw message text of another team's customer: a principal may read
 * it only when the customer's team is among the principal's {@value Principal#TEAMS} attribute. A
 * customer without a team is under no team rule. Pass one with {@link
 * Samvad.Builder#customerTeams}; the default, {@link #none()}, puts no customer in a team.
 *
 * <p>Called on the requesting thread for every message-text read, so keep it quick (a map lookup, a
 * cached query). Implementations must be thread-safe; an exception fails the read.
 */
@FunctionalInterface
public interface CustomerTeams {
  /** The team {@code customer} of {@code tenant} belongs to, or empty when it belongs to none. */
  Optional<String> teamOf(TenantId tenant, CustomerId customer);

  /** No customer belongs to a team. */
  static CustomerTeams none() {
    return (tenant, customer) -> Optional.empty();
  }
}
