package dev.headline.engagement.trending.domain;

import dev.headline.core.spi.RankedArticle;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * An immutable top list, highest first, as computed by the last refresh. Readers' requests only
 * ever slice it.
 */
public record Ranking(List<RankedArticle> entries) {

  public static final Ranking EMPTY = new Ranking(List.of());

  public Ranking {
    entries = List.copyOf(entries);
  }

  /** The first {@code limit} entries. */
  public List<RankedArticle> top(int limit) {
    return entries.subList(0, Math.max(0, Math.min(limit, entries.size())));
  }

  /** The first {@code limit} entries whose article is among the given ids, in ranking order. */
  public List<RankedArticle> among(Collection<Long> articleIds, int limit) {
    Set<Long> wanted = articleIds instanceof Set<Long> set ? set : Set.copyOf(articleIds);
    return entries.stream()
        .filter(e -> wanted.contains(e.articleId()))
        .limit(Math.max(0, limit))
        .toList();
  }
}
