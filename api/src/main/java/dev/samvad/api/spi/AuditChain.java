package dev.samvad.api.spi;

import dev.samvad.api.InvalidInputException;
import dev.samvad.api.TenantId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hash chain that makes an audit trail tamper-evident. Each tenant has its own chain: entry
 * {@code n} stores the hash of entry {@code n - 1}, and its own hash covers that link, its position
 * and every field of the entry. Changing, inserting, removing or reordering a stored entry breaks
 * the chain at that point, and {@link #verify} says where. Cutting entries off the end (or
 * rewriting the chain and recomputing every hash after the change) leaves a chain that is
 * consistent in itself; {@link #verify(List, AuditHead)} finds that too when given the {@link
 * AuditHead} kept elsewhere.
 *
 * <p>The hash, so that anyone can check a chain without Samvad: SHA-256 over the concatenation of
 *
 * <pre>
 *   str("samvad-audit/1") str(previousHash) i64(sequence)
 *   str(tenant) str(actor) str(action) str(target) i64(epochSecond) i32(nanoOfSecond)
 *   i32(number of details) then, for each detail in ascending key order: str(key) str(value)
 * </pre>
 *
 * where {@code str(s)} is the length of {@code s} in UTF-8 bytes as a big-endian 32-bit integer
 * followed by those bytes (a lone surrogate, which UTF-8 proper cannot hold, as its own 3-byte
 * form, as Python's {@code "surrogatepass"} writes it, so no two strings share an encoding), {@code
 * i64}/{@code i32} are big-endian two's-complement integers, and keys are ordered as Java {@link
 * String#compareTo} orders them (byte order for ASCII keys). The hash is written as 64 lowercase
 * hexadecimal digits; the first entry's {@code previousHash} is {@link #GENESIS}.
 *
 * <p>Stateless and thread-safe.
 */
public final class AuditChain {
  /** The {@code previousHash} of a chain's first entry: 64 zeros. */
  public static final String GENESIS = "0".repeat(64);

  private static final byte[] FORMAT = "samvad-audit/1".getBytes(StandardCharsets.UTF_8);

  private AuditChain() {}

  /**
   * The entry that follows {@code head} in its tenant's chain.
   *
   * @throws InvalidInputException naming {@code entry} when it belongs to another tenant than the
   *     head
   */
  public static ChainedAuditEntry link(AuditHead head, AuditEntry entry) {
    InvalidInputException.require(head, "head");
    InvalidInputException.require(entry, "entry");
    if (!entry.tenant().equals(head.tenant())) {
      throw new InvalidInputException(
          "entry", "belongs to tenant " + entry.tenant().value() + ", not the chain's");
    }
    return new ChainedAuditEntry(
        head.size(), entry, head.hash(), hash(head.size(), head.hash(), entry));
  }

  /**
   * The hash of {@code entry} at {@code sequence} after {@code previousHash}, as described above.
   */
  public static String hash(long sequence, String previousHash, AuditEntry entry) {
    MessageDigest sha = sha256();
    sha.update(length(FORMAT));
    sha.update(FORMAT);
    text(sha, previousHash);
    sha.update(ByteBuffer.allocate(8).putLong(sequence).array());
    text(sha, entry.tenant().value());
    text(sha, entry.actor());
    text(sha, entry.action());
    text(sha, entry.target());
    sha.update(
        ByteBuffer.allocate(12)
            .putLong(entry.at().getEpochSecond())
            .putInt(entry.at().getNano())
            .array());
    Map<String, String> details = new TreeMap<>(entry.details());
    sha.update(ByteBuffer.allocate(4).putInt(details.size()).array());
    details.forEach(
        (key, value) -> {
          text(sha, key);
          text(sha, value);
        });
    return HexFormat.of().formatHex(sha.digest());
  }

  /**
   * Checks one tenant's chain from its first entry: every entry is at its position, links to the
   * entry before it and hashes to its stored hash, and all belong to one tenant. Entries cut off
   * the end cannot be seen this way; use {@link #verify(List, AuditHead)} for that.
   *
   * @param chain the tenant's entries in sequence order, starting at sequence 0
   */
  public static AuditVerification verify(List<ChainedAuditEntry> chain) {
    InvalidInputException.require(chain, "chain");
    if (chain.isEmpty()) {
      return AuditVerification.ok(0);
    }
    String previous = GENESIS;
    TenantId tenant = chain.get(0).entry().tenant();
    for (int i = 0; i < chain.size(); i++) {
      ChainedAuditEntry e = chain.get(i);
      if (!e.entry().tenant().equals(tenant)) {
        return AuditVerification.broken(
            i, "entry " + i + ": belongs to tenant " + e.entry().tenant().value());
      }
      if (e.sequence() != i) {
        return AuditVerification.broken(
            i,
            "entry "
                + i
                + ": sequence is "
                + e.sequence()
                + " (an entry before it was removed, inserted or moved)");
      }
      if (!e.previousHash().equals(previous)) {
        return AuditVerification.broken(i, "entry " + i + ": does not link to the entry before it");
      }
      if (!hash(e.sequence(), e.previousHash(), e.entry()).equals(e.hash())) {
        return AuditVerification.broken(i, "entry " + i + ": hash does not match its contents");
      }
      previous = e.hash();
    }
    return AuditVerification.ok(chain.size());
  }

  /**
   * Checks one tenant's chain as {@link #verify(List)} does, and that it ends at {@code head}: the
   * same number of entries and the same last hash. This finds entries cut off the end and a chain
   * rewritten with recomputed hashes.
   *
   * @param head the head recorded when the chain was written, kept outside the chain's store
   */
  public static AuditVerification verify(List<ChainedAuditEntry> chain, AuditHead head) {
    InvalidInputException.require(head, "head");
    AuditVerification links = verify(chain);
    if (!links.intact()) {
      return links;
    }
    if (!chain.isEmpty() && !chain.get(0).entry().tenant().equals(head.tenant())) {
      return AuditVerification.broken(0, "entry 0: belongs to another tenant than the head");
    }
    if (chain.size() != head.size()) {
      return AuditVerification.broken(
          chain.size(),
          "the chain has "
              + chain.size()
              + " entries but its head says "
              + head.size()
              + " (entries were removed from the end, or the head is stale)");
    }
    String last = chain.isEmpty() ? GENESIS : chain.get(chain.size() - 1).hash();
    if (!last.equals(head.hash())) {
      return AuditVerification.broken(
          chain.size(), "the chain does not end at its head's hash (it was rewritten)");
    }
    return links;
  }

  private static void text(MessageDigest sha, String value) {
    byte[] bytes = Wtf8.encode(value);
    sha.update(length(bytes));
    sha.update(bytes);
  }

  private static byte[] length(byte[] bytes) {
    return ByteBuffer.allocate(4).putInt(bytes.length).array();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
