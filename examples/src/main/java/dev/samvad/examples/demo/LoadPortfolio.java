package dev.samvad.examples.demo;

import dev.samvad.examples.portfolio.PortfolioLoader;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Chapter: put the sample book into the demo tenant through the same calls a host would use. */
final class LoadPortfolio implements Chapter {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

  @Override
  public String title() {
    return "The sample book, loaded through TenantSession";
  }

  @Override
  public void tell(DemoContext context, Report report) {
    PortfolioLoader.Loaded loaded = PortfolioLoader.load(context.portfolio(), context.session());
    report.line(
        String.format(
            Locale.ROOT,
            "%,d customers, %,d invoices, %,d payments, %,d messages -> tenant '%s' in %.1f s",
            loaded.customers(),
            loaded.invoices(),
            loaded.payments(),
            loaded.interactions(),
            context.tenant().value(),
            loaded.took().toMillis() / 1000.0));
    report.line(
        "Frozen on "
            + context.today().format(DAY)
            + ", and so is Samvad's clock. Store: "
            + context.store()
            + ".");
  }
}
