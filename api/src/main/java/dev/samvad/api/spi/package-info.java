/**
 * Service provider interfaces besides storage: the optional {@link
 * dev.samvad.api.spi.LanguageModel}, a steppable {@link java.time.Clock} for tests and simulations,
 * and the {@link dev.samvad.api.spi.AuditSink} and {@link dev.samvad.api.spi.EventSink} a host can
 * route to its own systems. In-memory implementations are the embedded defaults.
 */
@NullMarked
package dev.samvad.api.spi;

import org.jspecify.annotations.NullMarked;
