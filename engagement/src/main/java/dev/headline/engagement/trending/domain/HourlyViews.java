package dev.headline.engagement.trending.domain;

/**
 * Counted views of one article in one hour.
 *
 * @param hour hours since 1970-01-01T00:00Z
 */
public record HourlyViews(long articleId, long hour, long views) {

  public static final long MILLIS_PER_HOUR = 3_600_000L;

  /** The hour that holds an instant, in epoch milliseconds. */
  public static long hourOf(long epochMillis) {
    return Math.floorDiv(epochMillis, MILLIS_PER_HOUR);
  }
}
