package dev.samvad.api.spi;

/**
 * Receives Samvad's events. Called on the thread that produced the event; implementations should
 * hand off slow work. Exceptions thrown here are logged and swallowed: an event consumer must not
 * break Samvad's own processing.
 */
@FunctionalInterface
public interface EventSink {
  /** Receives one event. */
  void publish(SamvadEvent event);
}
