package dev.headline.core.spi;

/**
 * What readers did with one article, as shown on its page ("7 VIEWS", "3 SHARES") and returned by
 * {@code GET /api/articles/{id}/stats}. Numbers are exact totals as of the last write-behind flush
 * of the {@link Engagement} implementation, so at most a few seconds old.
 *
 * @param views counted reader views: no bots, no prefetches, no repeats inside the repeat window
 * @param shares counted clicks on the share buttons, under the same rules
 * @param comments approved comments
 */
public record ArticleCounts(long views, long shares, long comments) {

  /** An article nobody has read yet. */
  public static final ArticleCounts NONE = new ArticleCounts(0, 0, 0);
}
