package dev.samvad.deepseek.internal;

import dev.samvad.api.llm.ReadReply;
import dev.samvad.api.llm.ReplyReading;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a schema cannot say about a reading: every entity quotes words that are really in the reply
 * (so a model cannot invent an amount, a UTR or a dispute), a quoted payment reference is in the
 * reply as written, and dates lie between the day the reply arrived and 400 days later.
 */
public final class ReadingCheck {
  /** The furthest ahead a promised or callback date may lie. */
  public static final int MAX_DAYS_AHEAD = 400;

  private ReadingCheck() {}

  /** The first problem with {@code reading} of {@code sentText}, if any. */
  public static Optional<String> problem(ReplyReading reading, ReadReply task, String sentText) {
    String haystack = fold(sentText);
    ReplyReading.Entities e = reading.entities();
    LocalDate from = task.receivedOn();
    LocalDate to = from.plusDays(MAX_DAYS_AHEAD);
    for (int i = 0; i < e.promisedDates().size(); i++) {
      ReplyReading.PromisedDate d = e.promisedDates().get(i);
      String field = "entities.promisedDates[" + i + "]";
      if (d.date().isBefore(from) || d.date().isAfter(to)) {
        return Optional.of(
            field + ".date: not between the reply's day and " + MAX_DAYS_AHEAD + " days on");
      }
      if (!contains(haystack, d.text())) {
        return notQuoted(field);
      }
    }
    Optional<String> p = quoted(haystack, e.amounts(), "amounts");
    if (p.isPresent()) {
      return p;
    }
    for (int i = 0; i < e.paymentReferences().size(); i++) {
      ReplyReading.PaymentReference r = e.paymentReferences().get(i);
      String field = "entities.paymentReferences[" + i + "]";
      if (!contains(haystack, r.text())) {
        return notQuoted(field);
      }
      if (r.reference().isPresent() && !contains(haystack, r.reference().get())) {
        return Optional.of(field + ".reference: not in the reply");
      }
    }
    for (int i = 0; i < e.callbackTimes().size(); i++) {
      ReplyReading.CallbackTime c = e.callbackTimes().get(i);
      String field = "entities.callbackTimes[" + i + "]";
      if (c.date().isPresent() && (c.date().get().isBefore(from) || c.date().get().isAfter(to))) {
        return Optional.of(
            field + ".date: not between the reply's day and " + MAX_DAYS_AHEAD + " days on");
      }
      if (!contains(haystack, c.text())) {
        return notQuoted(field);
      }
    }
    return quoted(haystack, e.disputeReasons(), "disputeReasons");
  }

  private static Optional<String> quoted(String haystack, List<?> entities, String name) {
    for (int i = 0; i < entities.size(); i++) {
      Object entity = entities.get(i);
      String text =
          entity instanceof ReplyReading.Amount a
              ? a.text()
              : ((ReplyReading.DisputeReason) entity).text();
      if (!contains(haystack, text)) {
        return notQuoted("entities." + name + "[" + i + "]");
      }
    }
    return Optional.empty();
  }

  private static Optional<String> notQuoted(String field) {
    return Optional.of(field + ".text: the quoted words are not in the reply");
  }

  private static boolean contains(String foldedHaystack, String needle) {
    String n = fold(needle);
    return !n.isEmpty() && foldedHaystack.contains(n);
  }

  /** NFKC, lower case, white space collapsed: quotes match whatever the model did to spacing. */
  static String fold(String text) {
    String t = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
    return t.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }
}
