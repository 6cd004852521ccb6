/** {@code samvad api}: the JSON API driven from a shell, one call or a batch per process. */
@NullMarked
package dev.samvad.examples.jsonapi;

import org.jspecify.annotations.NullMarked;
