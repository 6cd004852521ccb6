/**
 * Relationship intelligence: what a customer's own behaviour says about them.
 *
 * <p>Entry points: {@link dev.samvad.relationship.RelationshipIntelligence} (one call for a full
 * analysis), {@link dev.samvad.relationship.BehaviourAnalyzer} (patterns), {@link
 * dev.samvad.relationship.HealthScorer} (a 0–100 health score with components, trend and drivers),
 * {@link dev.samvad.relationship.PaymentDelayModel} (probability of late payment, fitted per
 * tenant) and {@link dev.samvad.relationship.EarlyWarningDetector} (alerts). Inputs are the shared
 * model values of {@code dev.samvad.api.model} plus {@link dev.samvad.relationship.ReplySignal}s
 * (what a reply reader concluded about each reply).
 *
 * <p>Everything here is a pure function of its inputs, the reference data and an explicit "as of"
 * time: no I/O, no clock reads, no randomness. All public results are records and enums that
 * Jackson serialises as they are.
 */
@NullMarked
package dev.samvad.relationship;

import org.jspecify.annotations.NullMarked;
