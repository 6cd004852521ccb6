/**
 * The Channel SPI: how Samvad hands a rendered message to whatever delivers it, and what comes
 * back.
 *
 * <p>A host implements {@link dev.samvad.channel.Channel} over its e-mail, SMS, WhatsApp, voice or
 * print provider, or uses a shipped one: {@link dev.samvad.channel.OutboxChannel} (every message as
 * a JSON line on a writer, the embedded default) and {@link dev.samvad.channel.TestChannel}
 * (deterministic failures from a seed). Every value here is immutable and validated on
 * construction; bad input throws {@link dev.samvad.api.InvalidInputException} naming the field.
 */
@NullMarked
package dev.samvad.channel;

import org.jspecify.annotations.NullMarked;
