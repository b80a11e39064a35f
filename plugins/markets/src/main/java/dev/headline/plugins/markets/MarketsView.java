package dev.headline.plugins.markets;

import java.util.List;
import java.util.Locale;

/**
 * What the widget's fragment renders: formatted figures and a sparkline per instrument.
 *
 * @param rows one per instrument
 * @param attribution where the numbers come from
 * @param sectionPath the Markets section's address, for the "More markets" link
 */
public record MarketsView(List<Row> rows, String attribution, String sectionPath) {

  /** Sparkline drawing area, in SVG user units. */
  static final int WIDTH = 80;

  static final int HEIGHT = 24;

  /**
   * One instrument, ready to print.
   *
   * @param direction {@code up}, {@code down} or {@code flat}: a CSS class and the arrow's meaning
   * @param sparkline the points of an SVG {@code polyline}
   */
  public record Row(
      String symbol,
      String name,
      String last,
      String change,
      String percent,
      String direction,
      String sparkline) {}

  static MarketsView of(MarketBoard.Board board, String sectionPath) {
    return new MarketsView(
        board.instruments().stream().map(MarketsView::row).toList(),
        board.attribution(),
        sectionPath);
  }

  static Row row(Instrument instrument) {
    double change = instrument.change();
    // Rates such as a currency pair move in the fourth decimal; indices in the second.
    String number = Math.abs(instrument.last()) < 10 ? "%,.4f" : "%,.2f";
    String direction = change > 0 ? "up" : change < 0 ? "down" : "flat";
    return new Row(
        instrument.symbol(),
        instrument.name(),
        String.format(Locale.ROOT, number, instrument.last()),
        String.format(Locale.ROOT, "%+" + number.substring(1), change),
        String.format(Locale.ROOT, "%+.2f%%", instrument.changePercent()),
        direction,
        sparkline(instrument.closes()));
  }

  /** The closes scaled into the drawing area, highest value at the top. */
  static String sparkline(List<Double> closes) {
    double min = closes.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    double max = closes.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    double span = max - min;
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < closes.size(); i++) {
      double x = closes.size() == 1 ? WIDTH / 2.0 : (double) i * WIDTH / (closes.size() - 1);
      double y = span == 0 ? HEIGHT / 2.0 : HEIGHT - (closes.get(i) - min) / span * HEIGHT;
      if (i > 0) {
        points.append(' ');
      }
      points.append(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
    }
    return points.toString();
  }
}
