package dev.samvad.relationship;

/**
 * The parts of relationship health. Each is scored from 0 (bad) to 1 (good); 0.5 is neutral and is
 * what a component scores when there is no evidence for it.
 */
public enum HealthComponent {
  /**
   * Invoices paid by the due date. Each invoice earns 1 when paid on time and e^(-days late / 15)
   * otherwise (an open overdue invoice counts as late so far); invoices are weighted by recency
   * with a one-year half-life, plus one neutral pseudo-invoice at 0.7.
   */
  PAYMENT_PUNCTUALITY,
  /** Promises to pay that were kept: (kept + 1) / (kept + broken + 2). */
  PROMISE_KEEPING,
  /**
   * Messages answered within 72 hours, smoothed as (answered + 1) / (sent + 2), scaled down gently
   * for slow answers: × (0.6 + 0.4 / (1 + median hours / 24)).
   */
  RESPONSIVENESS,
  /**
   * Tone of replies over the last 180 days, recency weighted (60-day half-life), plus the change
   * between the last 90 days and the 90 before: 0.5 + 0.4 × mean + 0.2 × change, limited to [0, 1].
   */
  SENTIMENT_TREND,
  /**
   * Disputes in the last 365 days (the larger of disputed invoices and disputing replies) per
   * invoice issued then, d: score e^(-3d), so no disputes scores 1 (0.5 with no invoices or replies
   * in the year).
   */
  DISPUTE_LOAD,
  /**
   * Months of the last six (fewer for a newer customer) with any reply or payment from the
   * customer: (active + 1) / (months + 2).
   */
  ENGAGEMENT,
  /** Length of the relationship: 1 − e^(−months / 18). */
  TENURE
}
