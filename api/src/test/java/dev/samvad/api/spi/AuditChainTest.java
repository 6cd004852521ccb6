package dev.samvad.api.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.ConflictException;
import dev.samvad.api.ErrorCode;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.TenantId;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class AuditChainTest {
  private static final TenantId ACME = new TenantId("acme");
  private static final AuditEntry ENTRY =
      new AuditEntry(
          ACME,
          "user:asha",
          "customer.read",
          "customer:C-104",
          Instant.parse("2025-05-05T04:30:00.123456789Z"),
          Map.of("route", "GET /api/v1/customers/{customerId}", "ग", "₹"));

  /** The documented encoding, written out independently of the implementation. */
  private static String documentedHash(long sequence, String previous, AuditEntry e)
      throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    str(out, "samvad-audit/1");
    str(out, previous);
    out.writeLong(sequence);
    str(out, e.tenant().value());
    str(out, e.actor());
    str(out, e.action());
    str(out, e.target());
    out.writeLong(e.at().getEpochSecond());
    out.writeInt(e.at().getNano());
    Map<String, String> sorted = new TreeMap<>(e.details());
    out.writeInt(sorted.size());
    for (Map.Entry<String, String> d : sorted.entrySet()) {
      str(out, d.getKey());
      str(out, d.getValue());
    }
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
  }

  private static void str(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  @Test
  void theHashIsTheDocumentedEncoding() throws Exception {
    ChainedAuditEntry first = AuditChain.link(AuditHead.empty(ACME), ENTRY);
    assertEquals(0, first.sequence());
    assertEquals(AuditChain.GENESIS, first.previousHash());
    assertEquals(documentedHash(0, AuditChain.GENESIS, ENTRY), first.hash());
    ChainedAuditEntry second = AuditChain.link(AuditHead.after(first), ENTRY);
    assertEquals(documentedHash(1, first.hash(), ENTRY), second.hash());
    assertNotEquals(first.hash(), second.hash(), "the position is part of the hash");
    assertEquals(64, first.hash().length());
  }

  @Test
  void loneSurrogatesDoNotCollideWithQuestionMarks() {
    AuditEntry surrogate = new AuditEntry(ACME, "a\ud800", "x", "t", Instant.EPOCH, Map.of());
    AuditEntry question = new AuditEntry(ACME, "a?", "x", "t", Instant.EPOCH, Map.of());
    assertNotEquals(
        AuditChain.hash(0, AuditChain.GENESIS, surrogate),
        AuditChain.hash(0, AuditChain.GENESIS, question));
  }

  @Test
  void fieldBoundariesMatter() {
    AuditEntry a = new AuditEntry(ACME, "ab", "c", "t", Instant.EPOCH, Map.of());
    AuditEntry b = new AuditEntry(ACME, "a", "bc", "t", Instant.EPOCH, Map.of());
    assertNotEquals(
        AuditChain.hash(0, AuditChain.GENESIS, a), AuditChain.hash(0, AuditChain.GENESIS, b));
  }

  @Test
  void theVerdictNamesTheFirstBrokenEntry() {
    InMemoryAuditSink sink = new InMemoryAuditSink();
    for (int i = 0; i < 5; i++) {
      sink.append(
          new AuditEntry(
              ACME, "user:asha", "customer.read", "customer:C-" + i, Instant.EPOCH, Map.of()));
    }
    List<ChainedAuditEntry> chain = new ArrayList<>(sink.chain(ACME));
    AuditHead head = sink.head(ACME);
    assertEquals(5, head.size());
    ChainedAuditEntry third = chain.get(2);
    chain.set(
        2,
        new ChainedAuditEntry(
            2,
            new AuditEntry(
                ACME, "user:asha", "customer.read", "customer:C-9", Instant.EPOCH, Map.of()),
            third.previousHash(),
            third.hash()));
    AuditVerification v = AuditChain.verify(chain, head);
    assertFalse(v.intact());
    assertEquals(2, v.checked());
    assertEquals("entry 2: hash does not match its contents", v.problem().orElseThrow());

    List<ChainedAuditEntry> cut = sink.chain(ACME).subList(0, 4);
    assertTrue(AuditChain.verify(cut).intact());
    AuditVerification truncated = AuditChain.verify(cut, head);
    assertFalse(truncated.intact());
    assertTrue(truncated.problem().orElseThrow().contains("removed from the end"));
    assertTrue(sink.verify(ACME).intact());
    assertTrue(sink.entries(new TenantId("globex")).isEmpty());
    assertTrue(AuditChain.verify(List.of(), AuditHead.empty(ACME)).intact());
  }

  @Test
  void tenantsHaveTheirOwnChains() {
    InMemoryAuditSink sink = new InMemoryAuditSink();
    TenantId globex = new TenantId("globex");
    sink.append(ENTRY);
    sink.append(new AuditEntry(globex, "host", "x", "t", Instant.EPOCH, Map.of()));
    sink.append(ENTRY);
    assertEquals(2, sink.head(ACME).size());
    assertEquals(1, sink.head(globex).size());
    assertEquals(0, sink.chain(globex).get(0).sequence());
    List<ChainedAuditEntry> mixed = new ArrayList<>(sink.chain(ACME));
    mixed.add(AuditChain.link(AuditHead.after(mixed.get(1)), ENTRY));
    mixed.set(
        2,
        new ChainedAuditEntry(
            2,
            sink.chain(globex).get(0).entry(),
            mixed.get(2).previousHash(),
            mixed.get(2).hash()));
    assertFalse(AuditChain.verify(mixed).intact());
    assertThrows(
        InvalidInputException.class, () -> AuditChain.link(AuditHead.empty(globex), ENTRY));
  }

  /** An audit log like a table with a unique key on (tenant, sequence). */
  static final class TableLog implements AuditLog {
    final Map<TenantId, List<ChainedAuditEntry>> rows = new HashMap<>();

    @Override
    public synchronized AuditHead head(TenantId tenant) {
      List<ChainedAuditEntry> chain = rows.getOrDefault(tenant, List.of());
      return chain.isEmpty()
          ? AuditHead.empty(tenant)
          : AuditHead.after(chain.get(chain.size() - 1));
    }

    @Override
    public synchronized void write(ChainedAuditEntry entry) {
      List<ChainedAuditEntry> chain =
          rows.computeIfAbsent(entry.entry().tenant(), t -> new ArrayList<>());
      if (entry.sequence() != chain.size()) {
        throw new ConflictException(ErrorCode.ALREADY_EXISTS, "sequence taken");
      }
      chain.add(entry);
    }
  }

  @Test
  void twoNodesSharingALogKeepOneLinearChain() {
    TableLog log = new TableLog();
    HashChainedAuditSink node1 = new HashChainedAuditSink(log);
    HashChainedAuditSink node2 = new HashChainedAuditSink(log);
    for (int i = 0; i < 10; i++) {
      (i % 3 == 0 ? node2 : node1).append(ENTRY);
    }
    List<ChainedAuditEntry> chain = log.rows.get(ACME);
    assertEquals(10, chain.size());
    AuditVerification v = AuditChain.verify(chain, log.head(ACME));
    assertTrue(v.intact(), v.toString());
    assertEquals(log.head(ACME), node2.head(ACME)); // node2 wrote last
  }

  @Test
  void aLogThatKeepsRefusingFailsTheAppend() {
    AuditLog stubborn =
        new AuditLog() {
          @Override
          public AuditHead head(TenantId tenant) {
            return AuditHead.empty(tenant);
          }

          @Override
          public void write(ChainedAuditEntry entry) {
            throw new ConflictException(ErrorCode.ALREADY_EXISTS, "sequence taken");
          }
        };
    assertThrows(ConflictException.class, () -> new HashChainedAuditSink(stubborn).append(ENTRY));
  }
}
