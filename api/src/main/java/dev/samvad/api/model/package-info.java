/**
 * The business facts Samvad works from — customers, invoices, payments, interactions — as immutable
 * values with builders ({@code ImmutableCustomer.builder()}) and Jackson mapping.
 *
 * <p>Every value validates itself when built: a missing required attribute or a bad field throws
 * {@link dev.samvad.api.InvalidInputException} naming the field.
 */
@NullMarked
@SamvadStyle
package dev.samvad.api.model;

import dev.samvad.api.SamvadStyle;
import org.jspecify.annotations.NullMarked;
