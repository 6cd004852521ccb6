package dev.samvad.sdk.internal;

import dev.samvad.api.TenantId;
import dev.samvad.sdk.Principal;

/**
 * What the JSON API and the tenant sessions reach through: one door per engine, opened for a tenant
 * and an actor (who audit entries name).
 */
public interface Services {
  /** What {@code principal} may do in its tenant. */
  Access access(Principal principal);

  /** The tenant's ledger of customers, invoices, payments and interactions. */
  Ledger ledger(TenantId tenant, String actor);

  /** The tenant's cultural-intelligence desk. */
  CultureDesk culture(TenantId tenant, String actor);

  /** The tenant's constraint-analysis desk. */
  ConstraintDesk constraints(TenantId tenant, String actor);

  /** The tenant's reply-reading desk. */
  ReplyDesk replies(TenantId tenant, String actor);

  /** The tenant's relationship-intelligence desk. */
  RelationshipDesk relationships(TenantId tenant, String actor);

  /** Campaigns. */
  OrchestrationDesk orchestration(TenantId tenant, String actor);

  /** Consent ledgers. */
  ConsentDesk consents(TenantId tenant, String actor);

  /** Export, erasure and the retention purge. */
  DataRights dataRights(TenantId tenant, String actor);

  /** The tenant's retention periods. */
  dev.samvad.sdk.RetentionPolicy retention(TenantId tenant);
}
