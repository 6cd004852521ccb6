package dev.samvad.api.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * A hash chain is intact as written, and any single tampering — a changed field, a changed stored
 * hash or link, an inserted, removed or moved entry, entries cut off the end — is detected; with
 * the head kept elsewhere, even a change whose own hash was recomputed.
 */
class AuditChainProperties {
  private static final TenantId ACME = new TenantId("acme");

  /** Ways to tamper with a stored chain. */
  enum Tamper {
    CHANGE_TENANT,
    CHANGE_ACTOR,
    CHANGE_ACTION,
    CHANGE_TARGET,
    CHANGE_TIME,
    ADD_DETAIL,
    CHANGE_DETAIL,
    REMOVE_DETAIL,
    CHANGE_STORED_HASH,
    CHANGE_STORED_LINK,
    CHANGE_SEQUENCE,
    CHANGE_AND_REHASH,
    INSERT_LINKED,
    INSERT_COPY,
    REMOVE,
    SWAP,
    MOVE_TO_END,
    TRUNCATE
  }

  static List<ChainedAuditEntry> chain(List<AuditEntry> entries) {
    List<ChainedAuditEntry> chain = new ArrayList<>();
    AuditHead head = AuditHead.empty(ACME);
    for (AuditEntry e : entries) {
      ChainedAuditEntry linked = AuditChain.link(head, e);
      chain.add(linked);
      head = AuditHead.after(linked);
    }
    return chain;
  }

  static AuditHead headOf(List<ChainedAuditEntry> chain) {
    return chain.isEmpty() ? AuditHead.empty(ACME) : AuditHead.after(chain.get(chain.size() - 1));
  }

  @Property
  void anUntouchedChainIsIntact(@ForAll("entries") List<AuditEntry> entries) {
    List<ChainedAuditEntry> chain = chain(entries);
    AuditVerification v = AuditChain.verify(chain, headOf(chain));
    assertTrue(v.intact(), v.toString());
    assertEquals(entries.size(), v.checked());
    InMemoryAuditSink sink = new InMemoryAuditSink();
    entries.forEach(sink::append);
    assertEquals(chain, sink.chain(ACME));
    assertTrue(sink.verify(ACME).intact());
  }

  @Property(tries = 3000)
  void anySingleTamperingIsDetected(
      @ForAll("nonEmptyEntries") List<AuditEntry> entries,
      @ForAll Tamper tamper,
      @ForAll @IntRange(min = 0, max = 1000) int at,
      @ForAll @IntRange(min = 1, max = 1000) int other,
      @ForAll("entry") AuditEntry extra) {
    List<ChainedAuditEntry> original = chain(entries);
    AuditHead head = headOf(original);
    List<ChainedAuditEntry> chain = new ArrayList<>(original);
    int n = chain.size();
    int i = at % n;
    boolean visibleWithoutHead = apply(tamper, chain, i, other, extra);
    Statistics.label("tamper").collect(tamper);
    AuditVerification withHead = AuditChain.verify(chain, head);
    assertFalse(withHead.intact(), tamper + " at " + i + " went unnoticed");
    assertTrue(withHead.problem().isPresent());
    if (visibleWithoutHead) {
      assertFalse(AuditChain.verify(chain).intact(), tamper + " at " + i + " went unnoticed");
    }
  }

  /**
   * Applies {@code tamper} at entry {@code i}; answers whether the chain alone (without its head)
   * must show it: everything but changes at or after the last entry that keep the links intact.
   */
  private static boolean apply(
      Tamper tamper, List<ChainedAuditEntry> chain, int i, int other, AuditEntry extra) {
    int n = chain.size();
    ChainedAuditEntry e = chain.get(i);
    AuditEntry a = e.entry();
    switch (tamper) {
      case CHANGE_TENANT ->
          chain.set(i, with(e, copy(a, new TenantId("globex"), null, null, null, null, null)));
      case CHANGE_ACTOR ->
          chain.set(i, with(e, copy(a, null, a.actor() + "x", null, null, null, null)));
      case CHANGE_ACTION ->
          chain.set(i, with(e, copy(a, null, null, a.action() + ".x", null, null, null)));
      case CHANGE_TARGET ->
          chain.set(i, with(e, copy(a, null, null, null, a.target() + "1", null, null)));
      case CHANGE_TIME ->
          chain.set(i, with(e, copy(a, null, null, null, null, a.at().plusNanos(1), null)));
      case ADD_DETAIL -> {
        Map<String, String> d = new HashMap<>(a.details());
        d.put("zz-added", "1");
        chain.set(i, with(e, copy(a, null, null, null, null, null, d)));
      }
      case CHANGE_DETAIL -> {
        Map<String, String> d = new HashMap<>(a.details());
        d.merge("reason", "x", String::concat);
        chain.set(i, with(e, copy(a, null, null, null, null, null, d)));
      }
      case REMOVE_DETAIL -> {
        Map<String, String> d = new HashMap<>(a.details());
        if (d.isEmpty()) {
          d.put("k", "v"); // nothing to remove: add instead, still one change
        } else {
          d.remove(d.keySet().iterator().next());
        }
        chain.set(i, with(e, copy(a, null, null, null, null, null, d)));
      }
      case CHANGE_STORED_HASH ->
          chain.set(i, new ChainedAuditEntry(e.sequence(), a, e.previousHash(), flip(e.hash())));
      case CHANGE_STORED_LINK ->
          chain.set(i, new ChainedAuditEntry(e.sequence(), a, flip(e.previousHash()), e.hash()));
      case CHANGE_SEQUENCE ->
          chain.set(i, new ChainedAuditEntry(e.sequence() + other, a, e.previousHash(), e.hash()));
      case CHANGE_AND_REHASH -> {
        AuditEntry changed = copy(a, null, null, a.action() + ".x", null, null, null);
        chain.set(
            i,
            new ChainedAuditEntry(
                e.sequence(),
                changed,
                e.previousHash(),
                AuditChain.hash(e.sequence(), e.previousHash(), changed)));
        return i < n - 1;
      }
      case INSERT_LINKED -> {
        // A forger links the new entry properly to the one before it.
        int pos = other % (n + 1);
        AuditHead before = pos == 0 ? AuditHead.empty(ACME) : AuditHead.after(chain.get(pos - 1));
        chain.add(pos, AuditChain.link(before, extra));
        return pos < n;
      }
      case INSERT_COPY -> chain.add(other % (n + 1), chain.get(i));
      case REMOVE -> {
        chain.remove(i);
        return i < n - 1;
      }
      case SWAP -> {
        if (n == 1) {
          chain.remove(0); // nothing to swap with: a removal is the one change left
          return false;
        }
        int j = (i + 1 + other % (n - 1)) % n;
        ChainedAuditEntry x = chain.get(j);
        chain.set(j, e);
        chain.set(i, x);
      }
      case MOVE_TO_END -> {
        if (i == n - 1) {
          chain.add(chain.get(i)); // already last: duplicate it instead
        } else {
          chain.add(chain.remove(i));
        }
      }
      case TRUNCATE -> {
        int cut = 1 + other % n;
        chain.subList(n - cut, n).clear();
        return false;
      }
    }
    return true;
  }

  private static ChainedAuditEntry with(ChainedAuditEntry e, AuditEntry changed) {
    return new ChainedAuditEntry(e.sequence(), changed, e.previousHash(), e.hash());
  }

  private static AuditEntry copy(
      AuditEntry a,
      TenantId tenant,
      String actor,
      String action,
      String target,
      Instant at,
      Map<String, String> details) {
    return new AuditEntry(
        tenant != null ? tenant : a.tenant(),
        actor != null ? actor : a.actor(),
        action != null ? action : a.action(),
        target != null ? target : a.target(),
        at != null ? at : a.at(),
        details != null ? details : a.details());
  }

  private static String flip(String hex) {
    char c = hex.charAt(0) == '0' ? '1' : '0';
    return c + hex.substring(1);
  }

  @Provide
  Arbitrary<AuditEntry> entry() {
    Arbitrary<String> text = Arbitraries.strings().ofMaxLength(12);
    Arbitrary<String> actors = Arbitraries.of("host", "user:asha", "user:ravi", "runtime:node-1");
    Arbitrary<String> actions =
        Arbitraries.of("customer.read", "message.send", "campaign.pause", "access.denied");
    Arbitrary<Instant> times =
        Arbitraries.longs()
            .between(1_700_000_000_000_000_000L, 1_800_000_000_000_000_000L)
            .map(nanos -> Instant.ofEpochSecond(0, nanos));
    Arbitrary<Map<String, String>> details =
        Arbitraries.maps(Arbitraries.of("reason", "channel", "route", "ü", ""), text).ofMaxSize(4);
    return Combinators.combine(actors, actions, text, times, details)
        .as((actor, action, target, at, d) -> new AuditEntry(ACME, actor, action, target, at, d));
  }

  @Provide
  Arbitrary<List<AuditEntry>> entries() {
    return entry().list().ofMaxSize(12);
  }

  @Provide
  Arbitrary<List<AuditEntry>> nonEmptyEntries() {
    return entry().list().ofMinSize(1).ofMaxSize(12);
  }
}
