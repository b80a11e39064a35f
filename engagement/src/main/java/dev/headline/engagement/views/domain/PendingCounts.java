package dev.headline.engagement.views.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Increments waiting for the next flush: one {@link LongAdder} per article and counter, so that
 * concurrent readers never contend on one number and nothing is read, added and written back.
 *
 * <p>Why nothing is lost: {@link LongAdder#sumThenReset()} takes each cell with an atomic
 * get-and-set (Java 17), so an increment lands either in this drain or in the next one. Adders are
 * never removed from the map (a thread may hold one it just looked up); the map grows with the
 * number of articles that were read since the start, a few dozen bytes each.
 */
public final class PendingCounts {

  private static final class Adders {
    final LongAdder views = new LongAdder();
    final LongAdder hits = new LongAdder();
    final LongAdder shares = new LongAdder();
  }

  private final ConcurrentHashMap<Long, Adders> byArticle = new ConcurrentHashMap<>();

  /** A raw hit on an article's page, and a view when it counted. */
  public void hit(long articleId, boolean counted) {
    Adders adders = adders(articleId);
    adders.hits.increment();
    if (counted) {
      adders.views.increment();
    }
  }

  /** A counted share. */
  public void share(long articleId) {
    adders(articleId).shares.increment();
  }

  /**
   * Takes everything collected so far, leaving zeros behind.
   *
   * @return one delta per article that gained anything, ordered by article id (so that nodes
   *     flushing at once lock rows in the same order)
   */
  public List<CounterDelta> drain() {
    List<CounterDelta> deltas = new ArrayList<>();
    byArticle.forEach(
        (id, adders) -> {
          var delta =
              new CounterDelta(
                  id,
                  adders.views.sumThenReset(),
                  adders.hits.sumThenReset(),
                  adders.shares.sumThenReset());
          if (!delta.isEmpty()) {
            deltas.add(delta);
          }
        });
    deltas.sort(Comparator.comparingLong(CounterDelta::articleId));
    return deltas;
  }

  /** Puts back deltas that could not be written, for the next flush to try again. */
  public void restore(Collection<CounterDelta> deltas) {
    for (CounterDelta delta : deltas) {
      Adders adders = adders(delta.articleId());
      adders.views.add(delta.views());
      adders.hits.add(delta.hits());
      adders.shares.add(delta.shares());
    }
  }

  private Adders adders(long articleId) {
    return byArticle.computeIfAbsent(articleId, id -> new Adders());
  }
}
