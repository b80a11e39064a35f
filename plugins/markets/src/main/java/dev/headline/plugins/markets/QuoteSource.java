package dev.headline.plugins.markets;

import java.util.List;

/**
 * Where the market-data widget gets its numbers. The plugin ships {@link DemoQuoteSource}, which
 * reads a data file; a site that licenses a real feed provides its own bean:
 *
 * <pre>{@code
 * @ApplicationScoped
 * @Alternative
 * @Priority(100)
 * public class ExchangeFeed implements QuoteSource {
 *   public List<Instrument> instruments() { return client.fetchIndices(); }
 *   public String attribution() { return "Quotes by Example Exchange, delayed 15 minutes"; }
 * }
 * }</pre>
 *
 * <p>{@link MarketBoard} calls {@link #instruments()} at most once per refresh interval, never on a
 * reader's request path when a value is already known, so a slow feed does not slow pages down.
 */
public interface QuoteSource {

  /** The instruments to show, in display order. May block on I/O. */
  List<Instrument> instruments();

  /** The line shown under the widget: where the numbers come from and how old they may be. */
  String attribution();
}
