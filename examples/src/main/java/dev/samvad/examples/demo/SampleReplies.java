package dev.samvad.examples.demo;

import dev.samvad.api.LanguageForm;
import dev.samvad.api.model.Customer;
import dev.samvad.api.model.Direction;
import dev.samvad.api.model.Interaction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chapter: what customers actually write back, in their own languages and scripts. Reading these
 * replies (intent, promised date, UTR) is the relationship engine's job; a later chapter shows it.
 */
final class SampleReplies implements Chapter {
  /** Languages shown first, chosen to cover different scripts and a romanised mix. */
  private static final List<String> PREFERRED =
      List.of("hi", "ta", "hi-Latn-x-mixed", "bn", "gu", "ur", "te-Latn", "ml", "as", "kn");

  private static final int SHOWN = 6;

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
    }
  }
}
