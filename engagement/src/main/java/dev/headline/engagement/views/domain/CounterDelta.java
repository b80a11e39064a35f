package dev.headline.engagement.views.domain;

/**
 * What one article gained since the last flush: added to its stored totals, never written over
 * them.
 *
 * @param views counted views
 * @param hits raw hits, counted or not
 * @param shares counted shares
 */
public record CounterDelta(long articleId, long views, long hits, long shares) {

  public boolean isEmpty() {
    return views == 0 && hits == 0 && shares == 0;
  }
}
