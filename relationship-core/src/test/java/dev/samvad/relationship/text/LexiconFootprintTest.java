package dev.samvad.relationship.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Records the heap the loaded reader holds and how long loading took, in {@code
 * target/text-analysis-footprint.txt}. Heap is measured with {@link Runtime} after GC, which is an
 * estimate; load time is informative only (performance is measured in JMH, not asserted here).
 */
class LexiconFootprintTest {
  @Test
  void lexiconsFitInFiftyMegabytes() throws Exception {
    Runtime rt = Runtime.getRuntime();
    long before = used(rt);
    long t0 = System.nanoTime();
    Object lexicon = dev.samvad.relationship.text.internal.LexiconAccess.load();
    long loadNanos = System.nanoTime() - t0;
    long after = used(rt);
    long bytes = Math.max(0, after - before);
    String line =
        String.format(
            Locale.ROOT,
            "lexicon heap ≈ %.1f MB, load %.0f ms (in-test, shared CPU), %s%n",
            bytes / 1e6,
            loadNanos / 1e6,
            lexicon);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/text-analysis-footprint.txt"), line, StandardCharsets.UTF_8);
    assertTrue(bytes < 50_000_000L, line);
  }

  private static long used(Runtime rt) throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(50);
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
