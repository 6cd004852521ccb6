/**
 * Receivables KPIs and Theory-of-Constraints analysis of the collection funnel.
 *
 * <p>Inputs are plain facts — {@link dev.samvad.constraint.CustomerSegment customers}, {@link
 * dev.samvad.constraint.InvoiceFact invoices}, {@link dev.samvad.constraint.PaymentFact payments},
 * {@link dev.samvad.constraint.ExecutionFact message executions} and {@link
 * dev.samvad.constraint.TaskFact human tasks} — collected into a columnar {@link
 * dev.samvad.constraint.Portfolio}. {@link dev.samvad.constraint.ConstraintEngine} turns a
 * portfolio into a {@link dev.samvad.constraint.ConstraintAnalysis}: KPIs, the funnel, the task
 * queue, every candidate constraint with its cash impact, the one binding constraint with
 * recommendations, and insights. Every output type is a record or an enum and serialises with
 * Jackson as is.
 *
 * <p>The engine is a pure function of its inputs and settings: no clock, no I/O, no randomness; the
 * same portfolio always gives an equal analysis. {@link dev.samvad.constraint.ConstraintSink} is
 * the one side-effecting type, and the host gives it its {@link java.io.Writer}.
 */
@NullMarked
package dev.samvad.constraint;

import org.jspecify.annotations.NullMarked;
