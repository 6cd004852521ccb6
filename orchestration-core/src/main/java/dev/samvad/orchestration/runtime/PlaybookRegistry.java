package dev.samvad.orchestration.runtime;

import dev.samvad.api.ConflictException;
import dev.samvad.api.ErrorCode;
import dev.samvad.api.InvalidInputException;
import dev.samvad.orchestration.Playbook;
import dev.samvad.orchestration.Playbooks;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The playbooks a runtime knows, by id and version. Running campaigns keep the version they started
 * on, so every version a stored campaign names must stay registered; new campaigns take the {@link
 * #latest} version.
 *
 * <p>Thread-safe. Registering is idempotent for an equal playbook; a different playbook under a
 * taken (id, version) is a conflict.
 */
public final class PlaybookRegistry {
  private final ConcurrentHashMap<String, TreeMap<Integer, Playbook>> byId =
      new ConcurrentHashMap<>();

  private PlaybookRegistry() {}

  /** An empty registry. */
  public static PlaybookRegistry empty() {
    return new PlaybookRegistry();
  }

  /** A registry holding the three {@link Playbooks shipped} playbooks. */
  public static PlaybookRegistry shipped() {
    PlaybookRegistry registry = new PlaybookRegistry();
    Playbooks.all().forEach(registry::register);
    return registry;
  }

  /**
   * Adds a playbook.
   *
   * @return this registry
   * @throws ConflictException with {@code ALREADY_EXISTS} when another playbook has its id and
   *     version
   */
  public PlaybookRegistry register(Playbook playbook) {
    InvalidInputException.require(playbook, "playbook");
    TreeMap<Integer, Playbook> versions = byId.computeIfAbsent(playbook.id(), k -> new TreeMap<>());
    synchronized (versions) {
      Playbook old = versions.putIfAbsent(playbook.version(), playbook);
      if (old != null && !old.equals(playbook)) {
        throw new ConflictException(
            ErrorCode.ALREADY_EXISTS,
            "playbook '" + playbook.id() + "' v" + playbook.version() + " is already registered");
      }
    }
    return this;
  }

  /** The playbook with this id at this version. */
  public Optional<Playbook> find(String id, int version) {
    TreeMap<Integer, Playbook> versions = byId.get(id);
    if (versions == null) {
      return Optional.empty();
    }
    synchronized (versions) {
      return Optional.ofNullable(versions.get(version));
    }
  }

  /** The highest version of the playbook with this id. */
  public Optional<Playbook> latest(String id) {
    TreeMap<Integer, Playbook> versions = byId.get(id);
    if (versions == null) {
      return Optional.empty();
    }
    synchronized (versions) {
      Map.Entry<Integer, Playbook> last = versions.lastEntry();
      return last == null ? Optional.empty() : Optional.of(last.getValue());
    }
  }

  /** The latest version of every registered playbook, by id. */
  public List<Playbook> latestAll() {
    return byId.keySet().stream().sorted().map(id -> latest(id).orElseThrow()).toList();
  }
}
