package dev.samvad.benchmarks;

import dev.samvad.api.TenantId;
import dev.samvad.api.spi.FieldCipher;
import dev.samvad.api.spi.InMemoryKeyProvider;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What field encryption costs per stored document: {@link FieldCipher} sealing a document and
 * opening it again (AES-256-GCM, the key from an {@link InMemoryKeyProvider}), for a short message
 * (an interaction's JSON, about 400 bytes) and a long one (a campaign state, about 4 kB); and one
 * keyed lookup hash (HMAC-SHA256 of a phone number).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FieldCipherBenchmark {
  private static final TenantId TENANT = new TenantId("acme");
  private static final String CONTEXT = "samvad.interactions/msg-000123";

  @Param({"400", "4000"})
  public int bytes;

  private FieldCipher cipher;
  private String document;
  private byte[] sealed;

  @Setup
  public void setUp() {
    cipher = new FieldCipher(new InMemoryKeyProvider());
    StringBuilder text = new StringBuilder("{\"text\":\"");
    String reply = "नमस्ते sir, payment kal tak ho jayega 🙏 UTR bhej denge. ";
    while (text.length() < bytes / 2) {
      text.append(reply);
    }
    document = text.append("\"}").toString();
    sealed = cipher.sealText(TENANT, CONTEXT, document);
  }

  /** Seal then open one document: a write followed by a read. */
  @Benchmark
  public String sealAndOpen() {
    return cipher.openText(TENANT, CONTEXT, cipher.sealText(TENANT, CONTEXT, document));
  }

  /** Open one document: a read. */
  @Benchmark
  public String open() {
    return cipher.openText(TENANT, CONTEXT, sealed);
  }

  /** One keyed lookup hash of a phone number. */
  @Benchmark
  public byte[] lookupHash() {
    return cipher.lookupHash(TENANT, "phone", "+919876543210");
  }
}
