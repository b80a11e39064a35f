package dev.headline.engagement.trending.domain;

import dev.headline.core.spi.RankedArticle;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The trending score: every counted view weighs {@code 2^(-age / halfLife)}, its age measured from
 * the middle of its hour (and never below zero for the hour in progress). A view a half-life old
 * counts half as much as one now, so a story read steadily today overtakes yesterday's rush.
 *
 * <p>Pure and time-explicit: the caller passes {@code now}, so tests fix the clock.
 */
public final class DecayScores {

  private static final Comparator<RankedArticle> HIGHEST_FIRST =
      Comparator.comparingDouble(RankedArticle::score)
          .reversed()
          .thenComparing(Comparator.comparingLong(RankedArticle::articleId).reversed());

  private final Duration halfLife;

  public DecayScores(Duration halfLife) {
    if (halfLife.isZero() || halfLife.isNegative()) {
      throw new IllegalArgumentException("The half-life must be positive: " + halfLife);
    }
    this.halfLife = halfLife;
  }

  /** The weight of one view counted in {@code hour}, seen at {@code now}. */
  public double weight(long hour, Instant now) {
    long middle = hour * HourlyViews.MILLIS_PER_HOUR + HourlyViews.MILLIS_PER_HOUR / 2;
    long age = Math.max(0, now.toEpochMilli() - middle);
    return Math.pow(0.5, (double) age / halfLife.toMillis());
  }

  /**
   * Scores and orders articles, highest first; ties go to the higher (newer) article id.
   *
   * @param views hourly counts, any order, several rows per article
   */
  public List<RankedArticle> rank(Collection<HourlyViews> views, Instant now) {
    Map<Long, Double> scores = new HashMap<>();
    for (HourlyViews row : views) {
      scores.merge(row.articleId(), row.views() * weight(row.hour(), now), Double::sum);
    }
    List<RankedArticle> ranked = new ArrayList<>(scores.size());
    scores.forEach((id, score) -> ranked.add(new RankedArticle(id, score)));
    ranked.sort(HIGHEST_FIRST);
    return ranked;
  }
}
