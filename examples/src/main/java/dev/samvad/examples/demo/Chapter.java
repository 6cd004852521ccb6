package dev.samvad.examples.demo;

/**
 * One part of the demo's story. A chapter reads what it needs from the {@link DemoContext} (the
 * running Samvad, the tenant session, the portfolio, what earlier chapters found) and writes a few
 * lines to the {@link Report}. Chapters keep to about a dozen lines so the whole demo stays short;
 * one that shows a few customers in full may take up to forty, and the sixty-day view a line a day.
 */
public interface Chapter {
  /** The heading, e.g. "Who the customers are". */
  String title();

  /** Tells this chapter. Throwing stops the demo with exit code 70. */
  void tell(DemoContext context, Report report);
}
