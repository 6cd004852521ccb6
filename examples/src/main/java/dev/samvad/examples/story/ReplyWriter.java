package dev.samvad.examples.story;

import dev.samvad.api.LanguageForm;
import dev.samvad.api.Money;
import dev.samvad.examples.portfolio.ReplyKind;
import dev.samvad.examples.portfolio.ReplyPool;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes what a simulated customer says, in the language form they write in: a line of the sample
 * reply pools (the same ones the sample book's replies came from) with its placeholders filled, or
 * for hardship one of the story's own lines ({@code hardship.txt}).
 */
final class ReplyWriter {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");
  private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");
  private static final String HARDSHIP = "/dev/samvad/examples/story/hardship.txt";

  private final Map<LanguageForm, ReplyPool> pools = new HashMap<>();
  private final Map<String, String> hardship = readHardship();

  /**
   * What fills a line's placeholders.
   *
   * @param date the day named ({@code {date}})
   * @param amount the sum named ({@code {amount}})
   * @param invoice an invoice number ({@code {inv}})
   * @param days days asked for ({@code {days}})
   * @param utr a payment reference ({@code {utr}})
   */
  record Fill(LocalDate date, Money amount, String invoice, int days, String utr) {
    Map<String, String> values() {
      String rupees = Money.ofPaise(amount.paise() - amount.paise() % 100).formatPlain();
      return Map.of(
          "date",
          date.format(DAY_MONTH),
          "amount",
          rupees.endsWith(".00") ? rupees.substring(0, rupees.length() - 3) : rupees,
          "inv",
          invoice,
          "days",
          String.valueOf(days),
          "utr",
          utr);
    }
  }

  /**
   * A reply of {@code kind} in {@code form}; a line naming {@code wanted} (a placeholder, e.g.
   * {@code date}) when the pool has one, so a promise carries its date.
   */
  String write(LanguageForm form, ReplyKind kind, String wanted, Fill fill, SplittableRandom r) {
    ReplyPool pool =
        pools.computeIfAbsent(
            form,
            f ->
                ReplyPool.of(f)
                    .or(() -> ReplyPool.of(LanguageForm.ENGLISH))
                    .orElseThrow(() -> new IllegalStateException("no English reply pool")));
    List<String> lines = pool.lines(kind);
    List<String> preferred = new ArrayList<>();
    for (String line : lines) {
      if (line.contains("{" + wanted + "}")) {
        preferred.add(line);
      }
    }
    List<String> from = preferred.isEmpty() ? lines : preferred;
    if (from.isEmpty()) {
      throw new IllegalStateException("no " + kind + " line for " + form.tag());
    }
    return filled(from.get(r.nextInt(from.size())), fill.values());
  }

  /** A reply that says the customer cannot pay now, in {@code form} or else in English. */
  String hardship(LanguageForm form) {
    return hardship.getOrDefault(form.tag(), hardship.get("en"));
  }

  private static String filled(String line, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(line);
    StringBuilder text = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          text, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
    }
    return m.appendTail(text).toString();
  }

  private static Map<String, String> readHardship() {
    Map<String, String> lines = new HashMap<>();
    try (InputStream in = ReplyWriter.class.getResourceAsStream(HARDSHIP)) {
      if (in == null) {
        throw new IllegalStateException(HARDSHIP + " is missing from the class path");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        int bar = line.indexOf('|');
        if (!line.isBlank() && !line.startsWith("#") && bar > 0) {
          lines.put(line.substring(0, bar).strip(), line.substring(bar + 1).strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(HARDSHIP, e);
    }
    if (!lines.containsKey("en")) {
      throw new IllegalStateException(HARDSHIP + " has no English line");
    }
    return Map.copyOf(lines);
  }
}
