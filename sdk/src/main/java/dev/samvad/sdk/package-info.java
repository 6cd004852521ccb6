/**
 * The facade a host embeds: {@link dev.samvad.sdk.Samvad#builder()} wires Samvad once per process,
 * {@link dev.samvad.sdk.Samvad#tenant(dev.samvad.api.TenantId)} opens one tenant's {@link
 * dev.samvad.sdk.TenantSession}, and {@link dev.samvad.sdk.Samvad#jsonApi()} serves the JSON API
 * that mirrors the product's REST endpoints without tying the host to an HTTP server.
 *
 * <p>Everything outside this package ({@code dev.samvad.sdk.internal}) is implementation and
 * carries no compatibility promise.
 */
@NullMarked
package dev.samvad.sdk;

import org.jspecify.annotations.NullMarked;
