package dev.headline.engagement.trending.infrastructure;

import dev.headline.core.spi.RankedArticle;
import dev.headline.engagement.trending.domain.DecayScores;
import dev.headline.engagement.trending.domain.HourlyViews;
import dev.headline.engagement.trending.domain.Ranking;
import dev.headline.engagement.views.infrastructure.EngagementSettings;
import dev.headline.engagement.views.infrastructure.JdbcCounterStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The trending and most viewed lists, computed from the database by {@link #refresh()} (called by a
 * timer) and kept in memory, so that no reader's request ever runs the query. Trending reads the
 * hourly views inside the configured window and scores them with {@link DecayScores}.
 */
@ApplicationScoped
public class TrendingBoard {

  @Inject JdbcCounterStore store;
  @Inject EngagementSettings settings;
  @Inject Clock clock;

  private volatile Ranking trending = Ranking.EMPTY;
  private volatile Ranking mostViewed = Ranking.EMPTY;

  /** Recomputes both lists now. */
  public void refresh() throws SQLException {
    Instant now = clock.instant();
    long firstHour = HourlyViews.hourOf(now.toEpochMilli()) - settings.trendingWindowHours();
    List<HourlyViews> views = store.hoursSince(firstHour);
    trending = new Ranking(new DecayScores(settings.halfLife()).rank(views, now));
    mostViewed = new Ranking(store.mostViewed(settings.mostViewedSize()));
  }

  public List<RankedArticle> trending(int limit) {
    return trending.top(limit);
  }

  public List<RankedArticle> trending(Collection<Long> among, int limit) {
    return trending.among(among, limit);
  }

  public List<RankedArticle> mostViewed(int limit) {
    return mostViewed.top(limit);
  }
}
