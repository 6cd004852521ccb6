package dev.samvad.examples.demo;

import dev.samvad.api.LanguageForm;
import dev.samvad.api.model.Customer;
import dev.samvad.api.model.Direction;
import dev.samvad.api.model.Interaction;
import dev.samvad.relationship.text.PromisedDate;
import dev.samvad.relationship.text.ReplyAnalysis;
import dev.samvad.relationship.text.ReplyAnalyzer;
import dev.samvad.relationship.text.ReplyText;
import dev.samvad.sdk.HybridResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chapter: what customers actually write back, in their own languages and scripts, and how the
 * rule-based reply reader reads each one: language, intents, promised date, UTR, polarity. It ends
 * with how often the reader's language agrees with the language the sample book says each reply was
 * written in, over every reply in the book.
 */
final class SampleReplies implements Chapter {
  /** Languages shown first, chosen to cover different scripts and a romanised mix. */
  private static final List<String> PREFERRED =
      List.of("hi", "ta", "hi-Latn-x-mixed", "bn", "gu", "ur", "te-Latn", "ml", "as", "kn");

  private static final int SHOWN = 3;

  @Override
  public String title() {
    return "What customers write back";
  }

  @Override
  public void tell(DemoContext context, Report report) {
    Map<String, Interaction> latestPerLanguage = new LinkedHashMap<>();
    Map<String, Customer> who = new LinkedHashMap<>();
    int replies = 0;
    for (Customer c : context.customers()) {
      for (Interaction i : context.interactions(c.id())) {
        if (i.direction() != Direction.INBOUND || i.language().isEmpty()) {
          continue;
        }
        replies++;
        String tag = i.language().get().tag();
        Interaction seen = latestPerLanguage.get(tag);
        if (seen == null || i.occurredAt().isAfter(seen.occurredAt())) {
          latestPerLanguage.put(tag, i);
          who.put(tag, c);
        }
      }
    }
    report.line(
        replies
            + " replies in "
            + latestPerLanguage.size()
            + " language forms; the latest in a few:");
    List<String> order = new ArrayList<>();
    PREFERRED.stream().filter(latestPerLanguage::containsKey).forEach(order::add);
    latestPerLanguage.keySet().stream()
        .filter(t -> !order.contains(t))
        .sorted(Comparator.naturalOrder())
        .forEach(order::add);
    for (String tag : order.subList(0, Math.min(SHOWN, order.size()))) {
      Interaction reply = latestPerLanguage.get(tag);
      LanguageForm form = reply.language().orElseThrow();
      report.line(
          String.format(
              "%-16s %-28s %s",
              form.tag(),
              Facts.clip(who.get(tag).displayName(), 28),
              Facts.clip(reply.text(), 70)));
      HybridResult<ReplyAnalysis> read =
          context.session().readReply(ReplyText.of(reply.text(), reply.occurredAt()));
      report.line("    read as " + reading(read.value()) + " · by " + read.path());
    }
    int agree = 0;
    for (Customer c : context.customers()) {
      for (Interaction i : context.interactions(c.id())) {
        if (i.direction() == Direction.INBOUND && i.language().isPresent()) {
          LanguageForm read = READER.analyze(i.text(), i.occurredAt()).language().language();
          if (read.language() == i.language().get().language()
              && read.script() == i.language().get().script()) {
            agree++;
          }
        }
      }
    }
    report.line(
        "The reader's language agrees with the book's label for "
            + agree
            + " of "
            + replies
            + " replies (rule reader alone).");
  }

  private static final ReplyAnalyzer READER = ReplyAnalyzer.standard();

  /** One line: language, intents, promised date, payment reference, polarity. */
  private static String reading(ReplyAnalysis a) {
    StringBuilder line = new StringBuilder(a.language().language().tag());
    line.append(" · ");
    if (a.intents().isEmpty()) {
      line.append("OTHER");
    }
    for (int i = 0; i < a.intents().size() && i < 2; i++) {
      line.append(i == 0 ? "" : ", ").append(a.intents().get(i).intent());
    }
    if (!a.entities().promisedDates().isEmpty()) {
      PromisedDate p = a.entities().promisedDates().get(0);
      line.append(" · promised ").append(p.date()).append(p.firm() ? " (firm)" : " (vague)");
    }
    a.entities().paymentReferences().stream()
        .flatMap(r -> r.reference().stream())
        .findFirst()
        .ifPresent(r -> line.append(" · ref ").append(r));
    line.append(
        String.format(java.util.Locale.ROOT, " · polarity %+.2f", a.sentiment().polarity()));
    return line.toString();
  }
}
