/**
 * Wire format, SSE parsing and retry arithmetic behind {@link dev.samvad.deepseek.DeepSeekClient}.
 */
@NullMarked
package dev.samvad.deepseek.internal;

import org.jspecify.annotations.NullMarked;
