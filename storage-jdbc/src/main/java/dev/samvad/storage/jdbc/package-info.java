/**
 * Samvad's storage SPI on PostgreSQL: {@link dev.samvad.storage.jdbc.JdbcStore}, on plain JDBC over
 * a connection pool, with Flyway migrations, row-level security per tenant and a due-work queue
 * that several host nodes claim from with {@code SELECT … FOR UPDATE SKIP LOCKED}. See {@code
 * docs/storage.md} for setup, sizing, the isolation model and backups.
 *
 * <p>Only {@link dev.samvad.storage.jdbc.JdbcStore} is public; everything else is package-private
 * and carries no compatibility promise.
 */
@NullMarked
package dev.samvad.storage.jdbc;

import org.jspecify.annotations.NullMarked;
