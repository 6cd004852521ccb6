package dev.samvad.channel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.json.SamvadJson;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An {@link OutboxChannel} on a file, for command-line use: lines are appended in UTF-8, and the
 * keys already in the file are remembered, so running again does not write a message twice. Close
 * it to close the file. A torn last line left by a crash is ended before anything is appended.
 */
public final class OutboxFile implements Closeable {
  private final Writer writer;
  private final OutboxChannel channel;

  private OutboxFile(Writer writer, OutboxChannel channel) {
    this.writer = writer;
    this.channel = channel;
  }

  /**
   * Opens {@code path} for appending, creating it if absent, and reads back the keys of the lines
   * already there (a line that is not an outbox line is skipped).
   *
   * @throws UncheckedIOException when the file cannot be read or opened
   */
  public static OutboxFile append(Path path, Clock clock) {
    InvalidInputException.require(path, "path");
    Map<String, String> known = Files.exists(path) ? readKeys(path) : Map.of();
    try {
      Writer writer =
          Files.newBufferedWriter(
              path, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      if (endsTorn(path)) {
        // A crash mid-line left no newline; start on a fresh line so the next message stays whole.
        writer.write('\n');
        writer.flush();
      }
      OutboxChannel channel =
          OutboxChannel.to(
              writer, clock, Math.max(OutboxChannel.DEFAULT_REMEMBERED_KEYS, known.size()));
      channel.rememberSent(known);
      return new OutboxFile(writer, channel);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open outbox " + path, e);
    }
  }

  /** The channel writing to the file. */
  public OutboxChannel channel() {
    return channel;
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }

  private static boolean endsTorn(Path path) throws IOException {
    try (var file = java.nio.channels.FileChannel.open(path, StandardOpenOption.READ)) {
      if (file.size() == 0) {
        return false;
      }
      java.nio.ByteBuffer last = java.nio.ByteBuffer.allocate(1);
      file.read(last, file.size() - 1);
      return last.get(0) != '\n';
    }
  }

  private static Map<String, String> readKeys(Path path) {
    ObjectMapper mapper = SamvadJson.newMapper();
    Map<String, String> known = new LinkedHashMap<>();
    try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        try {
          JsonNode node = mapper.readTree(line);
          JsonNode key = node == null ? null : node.get("idempotencyKey");
          JsonNode id = node == null ? null : node.get("providerMessageId");
          if (key != null && key.isTextual() && id != null && id.isTextual()) {
            known.put(key.asText(), id.asText());
          }
        } catch (IOException notAnOutboxLine) {
          // A torn last line from a crash, or text someone added: not a sent message.
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read outbox " + path, e);
    }
    return known;
  }
}
