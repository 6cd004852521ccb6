package dev.samvad.examples.story;

import dev.samvad.channel.Channel;
import dev.samvad.channel.ChannelCapabilities;
import dev.samvad.channel.OutboundMessage;
import dev.samvad.channel.OutboxFile;
import dev.samvad.channel.SendResult;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's outbox: every message Samvad sends, on any channel, is appended as one JSON line to a
 * file by {@link OutboxFile}, and remembered in order so the simulated customers can react to it.
 *
 * <p>The file is started afresh: one left by an earlier run is replaced, because its idempotency
 * keys would otherwise be taken as already sent. Not thread-safe; the demo sends from one thread.
 */
public final class Outbox implements Closeable {
  private final Path path;
  private final OutboxFile file;
  private final Recording channel;

  private Outbox(Path path, OutboxFile file) {
    this.path = path;
    this.file = file;
    this.channel = new Recording(file.channel());
  }

  /**
   * An empty outbox file at {@code path} (replacing any file there, creating missing directories),
   * stamped with {@code clock}.
   *
   * @throws UncheckedIOException when the file cannot be created
   */
  public static Outbox createAt(Path path, Clock clock) {
    Path absolute = path.toAbsolutePath().normalize();
    try {
      if (absolute.getParent() != null) {
        Files.createDirectories(absolute.getParent());
      }
      Files.deleteIfExists(absolute);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create outbox " + absolute, e);
    }
    return new Outbox(absolute, OutboxFile.append(absolute, clock));
  }

  /** The channel to give Samvad for every channel kind. */
  public Channel channel() {
    return channel;
  }

  /** Where the messages are written. */
  public Path path() {
    return path;
  }

  /** How many lines (messages) the file holds now. */
  public long lines() {
    try (var lines = Files.lines(path)) {
      return lines.count();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read outbox " + path, e);
    }
  }

  /** The messages the channel accepted since the last call, in the order sent. */
  List<OutboundMessage> drain() {
    return channel.drain();
  }

  @Override
  public void close() throws IOException {
    file.close();
  }

  /** Passes every message to the file and keeps those it accepted. */
  private static final class Recording implements Channel {
    private final Channel target;
    private final List<OutboundMessage> accepted = new ArrayList<>();

    Recording(Channel target) {
      this.target = target;
    }

    @Override
    public ChannelCapabilities capabilities() {
      return target.capabilities();
    }

    @Override
    public SendResult send(OutboundMessage message, String idempotencyKey) {
      SendResult result = target.send(message, idempotencyKey);
      if (result instanceof SendResult.Accepted) {
        synchronized (accepted) {
          accepted.add(message);
        }
      }
      return result;
    }

    List<OutboundMessage> drain() {
      synchronized (accepted) {
        List<OutboundMessage> out = List.copyOf(accepted);
        accepted.clear();
        return out;
      }
    }
  }
}
