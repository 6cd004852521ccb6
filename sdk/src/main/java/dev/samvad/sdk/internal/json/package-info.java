/**
 * The JSON API behind {@link dev.samvad.sdk.JsonApi}: request checks, the route table, binding of
 * bodies with precise errors, and the error model. No compatibility promise.
 */
@NullMarked
package dev.samvad.sdk.internal.json;

import org.jspecify.annotations.NullMarked;
