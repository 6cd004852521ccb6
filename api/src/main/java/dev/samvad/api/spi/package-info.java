/**
 * Service provider interfaces besides storage: the optional {@link
 * dev.samvad.api.spi.LanguageModel}, a steppable {@link java.time.Clock} for tests and simulations,
 * and the {@link dev.samvad.api.spi.AuditSink} and {@link dev.samvad.api.spi.EventSink} a host can
 * route to its own systems. In-memory implementations are the embedded defaults.
 *
 * <p>The audit trail is tamper-evident: {@link dev.samvad.api.spi.AuditChain} links each tenant's
 * entries by SHA-256 and verifies a stored chain; {@link dev.samvad.api.spi.InMemoryAuditSink}
 * keeps chains in memory and {@link dev.samvad.api.spi.HashChainedAuditSink} writes them to the
 * host's {@link dev.samvad.api.spi.AuditLog}.
 *
 * <p>Field encryption: a {@link dev.samvad.api.spi.KeyProvider} gives each tenant's AES-256 keys
 * ({@link dev.samvad.api.spi.DataKey}) and lookup key; {@link dev.samvad.api.spi.FieldCipher} seals
 * values with them and makes keyed lookup hashes; {@link dev.samvad.api.spi.InMemoryKeyProvider} is
 * the shipped provider for tests and tools.
 */
@NullMarked
package dev.samvad.api.spi;

import org.jspecify.annotations.NullMarked;
