package dev.headline.engagement.comments.infrastructure;

import dev.headline.core.engagement.api.CommentsChanged;
import dev.headline.core.spi.RankedArticle;
import dev.headline.engagement.trending.domain.Ranking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What pages read about comments without a query: the approved count of every article, and the most
 * commented list. Both are loaded when the database is ready; the list is re-read on the trending
 * timer, and the counts of every article (a scan of all approved comments: a second of CPU on a
 * site of 100,000 articles and 300,000 comments) every {@code
 * headline.comments.counts-reload-minutes}, to see other nodes' changes. A change made here is
 * applied at once by {@link #announce}, which re-counts the articles it touched, and then tells
 * everyone with {@link CommentsChanged}. The most commented list is recomputed within a second of
 * any {@code CommentsChanged} (the flush timer looks at a flag), so a burst of moderation costs one
 * query, not one per comment.
 *
 * <p>Writes to the counts take one lock, so a full reload never overwrites a newer re-count with an
 * older value; reads take none.
 */
@ApplicationScoped
public class CommentBoard {

  private static final Logger LOG = Logger.getLogger(CommentBoard.class.getName());

  @Inject JdbcCommentStore store;
  @Inject CommentSettings settings;
  @Inject Clock clock;
  @Inject Event<CommentsChanged> changed;

  private final Map<Long, Long> approved = new ConcurrentHashMap<>();
  private final ReentrantLock writing = new ReentrantLock();
  private final AtomicBoolean stale = new AtomicBoolean(true);
  private volatile Ranking mostCommented = Ranking.EMPTY;

  /** When every count was last read ({@link System#nanoTime()}); 0: never. */
  private volatile long countsRead;

  /** The approved comments of an article, from memory; 0 before the first load. */
  public long approvedCount(long articleId) {
    return approved.getOrDefault(articleId, 0L);
  }

  public List<RankedArticle> mostCommented(int limit) {
    return mostCommented.top(limit);
  }

  /** Re-reads the most commented list, and every count when they are due. */
  public void refresh() throws SQLException {
    long now = System.nanoTime();
    if (countsRead == 0 || now - countsRead >= settings.countsReload().toNanos()) {
      writing.lock();
      try {
        Map<Long, Long> counts = store.approvedCounts();
        approved.keySet().retainAll(counts.keySet());
        approved.putAll(counts);
        countsRead = now;
      } finally {
        writing.unlock();
      }
    }
    refreshMostCommented();
  }

  /** Recomputes the most commented list if comments changed since it was last computed. */
  public void refreshIfChanged() throws SQLException {
    if (stale.get()) {
      refreshMostCommented();
    }
  }

  /**
   * Re-counts the approved comments of articles whose comments readers see changed, then fires
   * {@link CommentsChanged} for each. Call only after the change is committed.
   */
  public void announce(Collection<Long> articleIds) {
    for (long articleId : Set.copyOf(articleIds)) {
      long count;
      writing.lock();
      try {
        count = store.approvedCount(articleId);
        approved.put(articleId, count);
      } catch (SQLException e) {
        LOG.log(Level.WARNING, "Comments of article " + articleId + " could not be re-counted", e);
        count = approved.getOrDefault(articleId, 0L);
      } finally {
        writing.unlock();
      }
      try {
        changed.fire(new CommentsChanged(articleId, count, clock.instant()));
      } catch (RuntimeException e) {
        // The change is stored; an observer's failure must not turn it into an error for the
        // caller.
        LOG.log(Level.WARNING, "An observer of CommentsChanged failed for " + articleId, e);
      }
    }
  }

  /** Any change to what readers see, from this module or another implementation, dates the list. */
  void onChange(@Observes CommentsChanged change) {
    stale.set(true);
  }

  private void refreshMostCommented() throws SQLException {
    stale.set(false);
    try {
      mostCommented =
          new Ranking(
              store.mostCommented(
                  clock.instant().minus(settings.mostCommentedWindow()),
                  settings.mostCommentedSize()));
    } catch (SQLException | RuntimeException e) {
      stale.set(true);
      throw e;
    }
  }
}
