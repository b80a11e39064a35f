package dev.headline.engagement.views.infrastructure;

import dev.headline.core.engagement.api.ArticleShared;
import dev.headline.core.engagement.api.ArticleViewed;
import dev.headline.core.spi.ArticleCounts;
import dev.headline.core.spi.Engagement;
import dev.headline.core.spi.RankedArticle;
import dev.headline.core.spi.ReaderHit;
import dev.headline.engagement.comments.infrastructure.CommentBoard;
import dev.headline.engagement.trending.domain.HourlyViews;
import dev.headline.engagement.trending.infrastructure.TrendingBoard;
import dev.headline.engagement.views.domain.CounterDelta;
import dev.headline.engagement.views.domain.CrawlerList;
import dev.headline.engagement.views.domain.HitRules;
import dev.headline.engagement.views.domain.Verdict;
import dev.headline.engagement.views.domain.ViewCounter;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The {@link Engagement} of Headline: views and shares are judged and collected in memory by a
 * {@link ViewCounter} and written behind by {@link #flush()}, which a timer calls every second or
 * so and the container calls once more at shutdown. Counts are read from a snapshot that each flush
 * refreshes for the articles it wrote, and that is re-read in full every few seconds to catch what
 * other nodes wrote.
 *
 * <p>The request path takes no lock and does no I/O: a hash, one atomic map update, one adder
 * increment. Only {@link #counts} of an article never seen since the start reads the database,
 * once. Approved comment counts and the most commented list come from the {@link CommentBoard},
 * also in memory.
 */
@ApplicationScoped
public class CountingEngagement implements Engagement {

  private static final Logger LOG = Logger.getLogger(CountingEngagement.class.getName());

  @Inject EngagementSettings settings;
  @Inject JdbcCounterStore store;
  @Inject TrendingBoard board;
  @Inject CommentBoard comments;
  @Inject Clock clock;
  @Inject Event<ArticleViewed> viewed;
  @Inject Event<ArticleShared> shared;

  private ViewCounter counter;
  private final Map<Long, ArticleCounts> snapshot = new ConcurrentHashMap<>();
  private final ReentrantLock flushing = new ReentrantLock();
  private long lastFullRefresh;

  @PostConstruct
  void init() {
    counter =
        new ViewCounter(
            clock,
            new HitRules(CrawlerList.bundled(), settings.countStaff()),
            settings.repeatWindow());
    LOG.info(
        () ->
            "Counting views: repeat window "
                + settings.repeatWindow()
                + ", flush every "
                + settings.flushIntervalMillis()
                + " ms");
  }

  @Override
  public boolean recordView(long articleId, ReaderHit hit) {
    boolean counted = counter.view(articleId, hit) == Verdict.COUNTED;
    if (counted) {
      viewed.fire(new ArticleViewed(articleId, clock.instant()));
    }
    return counted;
  }

  @Override
  public boolean recordShare(long articleId, String network, ReaderHit hit) {
    boolean counted = counter.share(articleId, network, hit) == Verdict.COUNTED;
    if (counted) {
      shared.fire(new ArticleShared(articleId, network, clock.instant()));
    }
    return counted;
  }

  @Override
  public ArticleCounts counts(long articleId) {
    ArticleCounts known = snapshot.get(articleId);
    if (known == null) {
      return counts(List.of(articleId)).get(articleId);
    }
    // The page cache asks this on every hit: no collections for the common case.
    return new ArticleCounts(known.views(), known.shares(), comments.approvedCount(articleId));
  }

  @Override
  public Map<Long, ArticleCounts> counts(Collection<Long> articleIds) {
    Map<Long, ArticleCounts> counts = new HashMap<>();
    Set<Long> missing = new HashSet<>();
    for (Long id : articleIds) {
      ArticleCounts known = snapshot.get(id);
      if (known == null) {
        missing.add(id);
      } else {
        counts.put(id, known);
      }
    }
    if (!missing.isEmpty()) {
      try {
        Map<Long, ArticleCounts> stored = store.read(missing);
        for (Long id : missing) {
          ArticleCounts loaded = stored.getOrDefault(id, ArticleCounts.NONE);
          // A flush may have refreshed the entry meanwhile: keep the newer value.
          counts.put(id, snapshot.computeIfAbsent(id, key -> loaded));
        }
      } catch (SQLException e) {
        LOG.log(Level.WARNING, "Counts could not be read; showing none", e);
        missing.forEach(id -> counts.put(id, ArticleCounts.NONE));
      }
    }
    counts.replaceAll(
        (id, c) -> new ArticleCounts(c.views(), c.shares(), comments.approvedCount(id)));
    return counts;
  }

  @Override
  public List<RankedArticle> trending(int limit) {
    return board.trending(limit);
  }

  @Override
  public List<RankedArticle> trending(Collection<Long> among, int limit) {
    return board.trending(among, limit);
  }

  @Override
  public List<RankedArticle> mostViewed(int limit) {
    return board.mostViewed(limit);
  }

  @Override
  public List<RankedArticle> mostViewedSince(Instant since, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    try {
      return store.mostViewedSince(HourlyViews.hourOf(since.toEpochMilli()), limit);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the views since " + since, e);
    }
  }

  @Override
  public List<RankedArticle> mostViewedSince(Instant since, Collection<Long> among, int limit) {
    if (limit <= 0 || among.isEmpty()) {
      return List.of();
    }
    try {
      return store.mostViewedSince(
          HourlyViews.hourOf(since.toEpochMilli()), new HashSet<>(among), limit);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the views since " + since, e);
    }
  }

  @Override
  public List<RankedArticle> mostCommented(int limit) {
    return comments.mostCommented(limit);
  }

  /**
   * Writes everything collected so far to the database and refreshes the counts in memory. One
   * flush at a time; a flush that fails puts its deltas back for the next one, so nothing is lost
   * and nothing is added twice.
   *
   * @return how many articles' counters were written
   */
  public int flush() {
    flushing.lock();
    try {
      long now = clock.millis();
      List<CounterDelta> deltas = counter.drain();
      try {
        store.add(deltas, HourlyViews.hourOf(now));
      } catch (SQLException | RuntimeException e) {
        counter.restore(deltas);
        LOG.log(Level.WARNING, "Flushing counters failed; will retry", e);
        return 0;
      }
      counter.forgetExpiredVisits();
      Set<Long> reread = deltas.stream().map(CounterDelta::articleId).collect(Collectors.toSet());
      if (now - lastFullRefresh >= settings.countsRefresh().toMillis()) {
        reread.addAll(snapshot.keySet());
        lastFullRefresh = now;
      }
      refreshSnapshot(reread);
      return deltas.size();
    } finally {
      flushing.unlock();
    }
  }

  private void refreshSnapshot(Set<Long> ids) {
    if (ids.isEmpty()) {
      return;
    }
    try {
      Map<Long, ArticleCounts> stored = store.read(ids);
      for (Long id : ids) {
        snapshot.put(id, stored.getOrDefault(id, ArticleCounts.NONE));
      }
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Counts could not be re-read; keeping the previous ones", e);
    }
  }

  /**
   * What is still pending when the bean goes is written; normally {@link FlushOnStop} has flushed
   * everything already, and this finds nothing to do.
   */
  @PreDestroy
  void flushAtShutdown() {
    flush();
  }
}
