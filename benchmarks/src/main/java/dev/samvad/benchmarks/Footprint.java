package dev.samvad.benchmarks;

import dev.samvad.culture.LanguageIdentifier;
import dev.samvad.culture.ReferenceData;
import dev.samvad.culture.TemplateCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Retained heap of the loaded reference data, lexicons and templates: loads each {@value #COPIES}
 * times, keeps them reachable, and divides the heap growth after full collections by the number of
 * copies. An estimate (it includes nothing shared between copies), good to a megabyte.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.samvad.benchmarks.Footprint}
 */
public final class Footprint {
  static final int COPIES = 10;

  private Footprint() {}

  public static void main(String[] args) {
    report(
        "reference data (states, PINs, cities, festivals, cycle, Hofstede)",
        ReferenceData::loadBundledTables);
    report("language-id lexicons", LanguageIdentifier::loadBundledLexicons);
    report("message templates", TemplateCatalog::loadBundledTemplates);
  }

  private static void report(String what, Supplier<?> loader) {
    loader.get();
    long before = used();
    List<Object> keep = new ArrayList<>();
    for (int i = 0; i < COPIES; i++) {
      keep.add(loader.get());
    }
    long after = used();
    System.out.printf("%-70s %6.2f MB each%n", what, (after - before) / (double) COPIES / 1e6);
    if (keep.size() != COPIES) {
      throw new AssertionError();
    }
  }

  private static long used() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
