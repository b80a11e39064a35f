package dev.headline.web.search;

import dev.headline.core.spi.SearchHit;
import dev.headline.core.spi.SearchProvider;
import dev.headline.core.spi.SearchQuery;
import dev.headline.core.spi.SearchResults;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's side of search: asks whichever {@link SearchProvider} the WAR carries, and answers
 * "nothing found" when it carries none, so the pages never depend on a search plugin being there.
 */
@ApplicationScoped
public class Search {

  /** Where the results page lives (the router forwards it to the search view). */
  public static final String PATH = "/search/";

  @Inject Instance<SearchProvider> providers;

  @Inject
  @ConfigProperty(name = "headline.portal.search.size", defaultValue = "10")
  int pageSize;

  /**
   * The results page for request parameters.
   *
   * @param text the {@code q} parameter, may be {@code null}
   * @param page the {@code page} parameter, may be {@code null} or malformed
   */
  public SearchView page(String text, String page) {
    SearchQuery query = SearchQuery.of(text, page, pageSize);
    SearchResults results =
        query.isBlank() || !providers.isResolvable()
            ? SearchResults.none(query)
            : providers.get().search(query);
    int number = query.page();
    int pages = results.pages();
    return new SearchView(
        query.text(),
        results.hits(),
        results.total(),
        number,
        pages,
        number > 1 && number <= pages ? path(query.text(), number - 1) : null,
        number < pages ? path(query.text(), number + 1) : null);
  }

  /** The results page for a request's {@code q} and {@code page} parameters. */
  public SearchView page(HttpServletRequest request) {
    return page(QueryParameters.first(request, "q"), QueryParameters.first(request, "page"));
  }

  /** Up to {@code limit} matches for live search. */
  public List<SearchHit> suggest(String text, int limit) {
    String capped = new SearchQuery(text, 1, 1).text();
    if (capped.isBlank() || !providers.isResolvable()) {
      return List.of();
    }
    return providers.get().suggest(capped, limit);
  }

  /** The address of a results page, below the context root. */
  public static String path(String text, int page) {
    String q = PATH + "?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    return page > 1 ? q + "&page=" + page : q;
  }
}
