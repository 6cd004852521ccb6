package dev.samvad.sdk;

/**
 * One capability a {@link Role} grants. Every JSON API route and every {@link TenantSession} method
 * that acts for a person needs exactly one; {@link Samvad#jsonRoutes()} lists the routes with
 * theirs, and {@code docs/security.md} has the full table. A caller without the permission gets
 * {@code 403 PERMISSION_DENIED} (a {@link dev.samvad.api.PermissionDeniedException} through a
 * session), and the denial is audited as {@code access.denied}.
 */
public enum Permission {
  /** Read customers: names, GSTIN, address, contacts (reads are audited). */
  CUSTOMER_READ,
  /** Create or replace customers. */
  CUSTOMER_WRITE,
  /** Read a customer's invoices and payments. */
  LEDGER_READ,
  /** Record invoices and payments. */
  LEDGER_WRITE,
  /** Record a message or call with a customer. */
  INTERACTION_WRITE,
  /**
   * Read the raw text of messages to and from a customer: interactions, and the rendered messages
   * of campaign executions. Besides the role, the team rule applies: only an {@link
   * Role#ADMINISTRATOR} reads the messages of a customer that belongs to another team.
   */
  MESSAGE_TEXT_READ,
  /** Read a customer's stored cultural profile. */
  CULTURE_READ,
  /** Build or update a customer's cultural profile. */
  CULTURE_ANALYSE,
  /** Adapt a message to a customer and validate an approach against the contact rules. */
  CONTENT_ADAPT,
  /** Read relationship judgements: health history and sentiment trends. */
  RELATIONSHIP_READ,
  /** Run relationship analyses: health, sentiment of messages, payment-behaviour predictions. */
  RELATIONSHIP_ANALYSE,
  /** Read campaigns and their status. */
  CAMPAIGN_READ,
  /** Start campaigns, send a step now, pause, resume, skip or stop them. */
  CAMPAIGN_MANAGE,
  /**
   * Run due campaign work on demand. The runtime is shared, so this runs every tenant's due work;
   * keep it for operators.
   */
  CAMPAIGN_RUN,
  /** Feed a customer's reply into their campaign. */
  RESPONSE_PROCESS,
  /** See, claim and complete tasks in the collections inbox. */
  TASK_WORK,
  /** Read the latest constraint analysis (portfolio-wide data). */
  CONSTRAINT_READ,
  /** Run constraint analyses and insights over the portfolio. */
  CONSTRAINT_ANALYSE,
  /** Read a customer's consent ledger and the basis for contact it gives on each channel. */
  CONSENT_READ,
  /** Record a customer's consent or its withdrawal on a channel. */
  CONSENT_WRITE,
  /**
   * Export everything held about a customer (the DPDP right of access): contact details, message
   * text, judgements and the audit entries about them.
   */
  DATA_EXPORT,
  /** Erase a customer's personal data (the DPDP right of erasure); irreversible. */
  DATA_ERASE,
  /** Run the retention purge over the tenant's data. */
  DATA_PURGE
}
