package dev.headline.web.engagement;

import dev.headline.core.content.domain.ArticleRepository;
import dev.headline.core.spi.ArticleCounts;
import dev.headline.core.spi.Engagement;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /api/articles/{id}/stats}: an article's counts as JSON, {@code {"articleId": 42,
 * "views": 7, "shares": 3, "comments": 0}}, from the same in-memory snapshot as the page (at most a
 * few seconds old). Unknown or unpublished articles and any other path below {@code /api/articles/}
 * answer 404.
 */
@WebServlet(urlPatterns = "/api/articles/*")
public class ArticleStatsServlet extends HttpServlet {

  /**
   * One factory for every page: {@code Json.createObjectBuilder()} looks the JSON-P provider up
   * through the service loader on every call, which scanned the class path on each render.
   */
  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

  private static final long serialVersionUID = 1L;

  @Inject transient ArticleRepository articles;
  @Inject transient Engagement engagement;
  @Inject transient Clock clock;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String[] parts =
        request.getPathInfo() == null ? new String[0] : request.getPathInfo().split("/");
    Optional<Long> id =
        parts.length == 3 && "stats".equals(parts[2])
            ? ArticleIds.parse(parts[1])
            : Optional.empty();
    if (id.isEmpty()
        || articles.find(id.get()).filter(a -> a.isVisibleAt(clock.instant())).isEmpty()) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(JSON.createObjectBuilder().add("error", "not found").build().toString());
      return;
    }
    ArticleCounts counts = engagement.counts(id.get());
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "public, max-age=5");
    response
        .getWriter()
        .write(
            JSON.createObjectBuilder()
                .add("articleId", id.get())
                .add("views", counts.views())
                .add("shares", counts.shares())
                .add("comments", counts.comments())
                .build()
                .toString());
  }
}
