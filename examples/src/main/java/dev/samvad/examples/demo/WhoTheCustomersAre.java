package dev.samvad.examples.demo;

import dev.samvad.api.IndianState;
import dev.samvad.api.LanguageForm;
import dev.samvad.api.Money;
import dev.samvad.api.Region;
import dev.samvad.api.model.Customer;
import dev.samvad.api.model.Invoice;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Chapter: where the customers are and which languages they use. */
final class WhoTheCustomersAre implements Chapter {
  private static final int WIDTH = 94;

  @Override
  public String title() {
    return "Who the customers are";
  }

  @Override
  public void tell(DemoContext context, Report report) {
    Map<Region, Integer> customers = new EnumMap<>(Region.class);
    Map<Region, Set<IndianState>> states = new EnumMap<>(Region.class);
    Map<Region, Money> outstanding = new EnumMap<>(Region.class);
    Map<String, Integer> languages = new HashMap<>();
    Map<String, LanguageForm> forms = new HashMap<>();
    int unknownLanguage = 0;
    for (Customer c : context.customers()) {
      Optional<Region> region = Facts.region(c);
      if (region.isPresent()) {
        Region r = region.get();
        customers.merge(r, 1, Integer::sum);
        states.computeIfAbsent(r, k -> new HashSet<>()).add(Facts.state(c).orElseThrow());
        for (Invoice invoice : context.invoices(c.id())) {
          if (invoice.status().isOutstanding()) {
            outstanding.merge(r, invoice.outstanding(), Money::plus);
          }
        }
      }
      Optional<LanguageForm> language = Facts.knownLanguage(c, context.interactions(c.id()));
      if (language.isPresent()) {
        languages.merge(language.get().tag(), 1, Integer::sum);
        forms.put(language.get().tag(), language.get());
      } else {
        unknownLanguage++;
      }
    }

    Report.Table regions = report.table("Region", ">Customers", ">States", ">Outstanding");
    for (Region r : Region.values()) {
      regions.row(
          r,
          customers.getOrDefault(r, 0),
          states.getOrDefault(r, Set.of()).size(),
          Facts.rupees(outstanding.getOrDefault(r, Money.ZERO)));
    }
    regions.print();

    List<String> tags = new ArrayList<>(languages.keySet());
    tags.sort(Comparator.comparing((String t) -> -languages.get(t)).thenComparing(t -> t));
    report.line(
        "Languages (stated, else as they write to us): "
            + tags.size()
            + " forms, "
            + unknownLanguage
            + " customers not yet known");
    StringBuilder list = new StringBuilder();
    for (String tag : tags) {
      list.append(list.isEmpty() ? "" : " · ")
          .append(Facts.describe(forms.get(tag)))
          .append(' ')
          .append(languages.get(tag));
    }
    for (String line : ProfilesChapter.wrap(list.toString(), WIDTH, 3)) {
      report.line("  " + line);
    }
  }
}
