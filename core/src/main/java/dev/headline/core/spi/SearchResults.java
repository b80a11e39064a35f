package dev.headline.core.spi;

import java.util.List;

/**
 * A page of search results.
 *
 * @param query the query as the provider understood it (text capped, page and size in range)
 * @param hits the hits on this page, best first
 * @param total how many articles match in all
 */
public record SearchResults(SearchQuery query, List<SearchHit> hits, long total) {

  public SearchResults {
    hits = List.copyOf(hits);
  }

  /** No hits for a query. */
  public static SearchResults none(SearchQuery query) {
    return new SearchResults(query, List.of(), 0);
  }

  /** How many pages the whole result fills; at least 1. */
  public int pages() {
    long size = query.size();
    return (int) Math.min(SearchQuery.MAX_PAGE, Math.max(1, (total + size - 1) / size));
  }

  /** Whether a later page has hits. */
  public boolean hasNext() {
    return query.page() < pages();
  }
}
