/**
 * The request bodies of the product brief's endpoints, with the brief's field names. Binding a body
 * to one of these records checks the JSON types and required fields before the engine behind the
 * endpoint (built by later issues) sees it. {@code tenantId} is not a field here: the JSON API
 * checks it against the caller and removes it first.
 */
@NullMarked
package dev.samvad.sdk.internal.json.brief;

import org.jspecify.annotations.NullMarked;
