/**
 * Implementation of relationship intelligence: compiled per-customer timelines, statistics and the
 * logistic-regression solver. No compatibility promise; use the types of {@code
 * dev.samvad.relationship}.
 */
@NullMarked
package dev.samvad.relationship.internal;

import org.jspecify.annotations.NullMarked;
