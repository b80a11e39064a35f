package dev.headline.web.search;

import dev.headline.core.spi.SearchHit;
import java.util.List;

/**
 * The search results page's model.
 *
 * @param query the reader's text as searched (trimmed, capped), for the heading and the search box
 * @param hits this page's hits
 * @param total how many articles match in all
 * @param page this page, from 1
 * @param pages how many pages the results fill
 * @param previousPath the previous page's address, or {@code null}
 * @param nextPath the next page's address, or {@code null}
 */
public record SearchView(
    String query,
    List<SearchHit> hits,
    long total,
    int page,
    int pages,
    String previousPath,
    String nextPath) {

  public SearchView {
    hits = List.copyOf(hits);
  }

  /** Whether the reader asked for anything. */
  public boolean isAsked() {
    return !query.isBlank();
  }
}
