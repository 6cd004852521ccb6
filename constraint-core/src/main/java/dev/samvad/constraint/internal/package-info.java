/**
 * Implementation of the constraint engine: columnar portfolio storage, the single-pass scans and
 * the statistics. No compatibility promise; use {@link dev.samvad.constraint} instead.
 */
@NullMarked
package dev.samvad.constraint.internal;

import org.jspecify.annotations.NullMarked;
