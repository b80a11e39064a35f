package dev.headline.web.search;

import dev.headline.core.spi.SearchHit;
import dev.headline.core.spi.SearchQuery;
import dev.headline.web.media.MediaFiles;
import dev.headline.web.portal.Dates;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * {@code GET /api/search?q=centr}: live search for the header's search box, up to five matches as
 * JSON, the last word taken as a prefix:
 *
 * <pre>{@code
 * {"query": "centr", "all": "/search/?q=centr",
 *  "matches": [{"title": "Central bank holds rates", "url": "/business/central-bank-holds-rates",
 *               "date": "November 29, 2026", "datetime": "2026-11-29T08:00:00Z",
 *               "section": "Business", "thumbnail": "/media/photo-300w.jpg"}]}
 * }</pre>
 *
 * Blank or unmatched text gives an empty {@code matches} list; the answer is always 200. Addresses
 * include the context root. Written with JSON-P, so any text in a title is escaped as JSON.
 */
@WebServlet(urlPatterns = "/api/search")
public class LiveSearchServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** Most matches the box shows. */
  static final int LIMIT = 5;

  private static final int THUMBNAIL_WIDTH = 300;

  /**
   * One factory for every request: {@code Json.createObjectBuilder()} looks the JSON-P provider up
   * through the service loader on each call, which costs more than writing the answer.
   */
  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

  @Inject transient Search search;
  @Inject transient Dates dates;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String query = new SearchQuery(QueryParameters.first(request, "q"), 1, 1).text();
    String root = request.getContextPath();
    JsonArrayBuilder matches = JSON.createArrayBuilder();
    for (SearchHit hit : search.suggest(query, LIMIT)) {
      JsonObjectBuilder match =
          JSON.createObjectBuilder()
              .add("title", hit.title())
              .add("url", root + hit.path())
              .add("date", dates.text(hit.publishedAt()))
              .add("datetime", dates.iso(hit.publishedAt()));
      if (hit.sectionName() != null) {
        match.add("section", hit.sectionName());
      }
      if (hit.imageFile() != null) {
        String variant = MediaFiles.variantName(hit.imageFile(), THUMBNAIL_WIDTH);
        match.add("thumbnail", root + MediaFiles.path(variant));
      }
      matches.add(match);
    }
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "public, max-age=30");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response
        .getWriter()
        .write(
            JSON.createObjectBuilder()
                .add("query", query)
                .add("all", root + Search.path(query, 1))
                .add("matches", matches)
                .build()
                .toString());
  }
}
