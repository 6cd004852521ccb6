/** Samvad's implementation behind the public facade. No compatibility promise. */
@NullMarked
package dev.samvad.sdk.internal;

import org.jspecify.annotations.NullMarked;
