package dev.headline.core.spi;

import java.util.List;

/**
 * Full-text search over the articles readers can see: the results page and the header's live
 * search. The {@code plugins/search-lucene} module implements it with Apache Lucene and is packaged
 * into the default WAR; a site may replace it with a bean of its own (for example one that asks an
 * external search server), annotated {@code @Alternative @Priority(...)} with a higher priority.
 * Pages reach it through this interface only, found with {@code @Inject @Any
 * Instance<SearchProvider>} so that a WAR without any search plugin still renders (the results page
 * then says that nothing was found).
 *
 * <h2>Promises an implementation keeps</h2>
 *
 * <ul>
 *   <li><b>Any text is a query.</b> Whatever a reader typed (unbalanced quotes, {@code AND OR NOT},
 *       {@code *}, {@code ~}, {@code field:value}, thousands of characters, emoji, CJK or
 *       right-to-left text, nothing at all) gives a page of results, perhaps empty, never an
 *       exception. Operators are not interpreted: words are words.
 *   <li><b>Visible articles only.</b> An article appears once it is published and disappears when
 *       it is withdrawn, within seconds (implementations observe the events of {@code
 *       dev.headline.core.content.api}).
 *   <li><b>Relevant and recent first.</b> Hits are ordered by how well they match, with newer
 *       articles preferred among similar matches.
 *   <li><b>Safe snippets.</b> A snippet is a list of {@linkplain SearchHit.Fragment fragments} of
 *       plain text, some marked as matches; no markup travels in them, so a view that escapes each
 *       fragment and wraps the marked ones in {@code <mark>} cannot be tricked by an article's text
 *       or by the query.
 *   <li><b>Fast enough to call per keystroke.</b> {@link #suggest} answers from memory-mapped index
 *       files without database work.
 * </ul>
 *
 * <h2>Usage</h2>
 *
 * <pre>{@code
 * @Inject @Any Instance<SearchProvider> search;
 *
 * // the results page: /search/?q=central+bank&page=2
 * SearchResults results = search.get().search(new SearchQuery("central bank", 2, 10));
 * for (SearchHit hit : results.hits()) {
 *   render(hit.title(), hit.path(), hit.publishedAt(), hit.snippet());
 * }
 * int pages = results.pages();
 *
 * // live search, as the reader types "centr"
 * List<SearchHit> matches = search.get().suggest("centr", 5);
 * }</pre>
 */
public interface SearchProvider {

  /**
   * One page of results for a reader's query, best first.
   *
   * @param query the text as typed, the page (from 1) and its size
   * @return the hits of that page and the total number of matching articles; an empty page (with
   *     the total) when the page is past the last one
   */
  SearchResults search(SearchQuery query);

  /**
   * The best few matches for text still being typed: the last word counts as a prefix, so {@code
   * "centr"} finds "Central". Snippets may be left empty.
   *
   * @param text the text in the search box
   * @param limit at most this many hits
   * @return the matches, best first; empty for blank or unmatched text
   */
  List<SearchHit> suggest(String text, int limit);
}
