package dev.headline.plugins.markets;

import java.util.List;

/**
 * One line of the market-data widget: an index, a rate or a commodity with its recent closes.
 *
 * @param symbol a short code, for example {@code HDX}
 * @param name the name readers know it by
 * @param closes closing values, oldest first; the last is the current value
 */
public record Instrument(String symbol, String name, List<Double> closes) {

  public Instrument {
    if (closes.isEmpty()) {
      throw new IllegalArgumentException(symbol + " has no values");
    }
    closes = List.copyOf(closes);
  }

  /** The current value. */
  public double last() {
    return closes.get(closes.size() - 1);
  }

  /** The change since the previous close; 0 with a single value. */
  public double change() {
    return closes.size() < 2 ? 0 : last() - closes.get(closes.size() - 2);
  }

  /** The change in percent of the previous close. */
  public double changePercent() {
    double previous = closes.size() < 2 ? last() : closes.get(closes.size() - 2);
    return previous == 0 ? 0 : change() / previous * 100;
  }
}
