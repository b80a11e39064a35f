package dev.headline.plugins.live;

import dev.headline.core.content.application.ArticleService;
import dev.headline.core.spi.Taxonomy;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code GET /api/live/<article id>?after=<update id>}: the story's updates newer than the given
 * one, newest first, as JSON (what a reader's page polls). {@code POST /api/live/<article id>} with
 * the form fields {@code headline} and {@code body}: posts an update; for signed-in authors,
 * editors and admins only, from a page of this site only (the browser's {@code Sec-Fetch-Site} or
 * {@code Origin} must say so), then 303 back to the story.
 */
@WebServlet("/api/live/*")
public class LiveServlet extends HttpServlet {

  /** One factory: {@code Json.createObjectBuilder()} looks the JSON-P provider up on every call. */
  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

  private static final long serialVersionUID = 1L;

  private static final Set<String> POSTERS = Set.of("AUTHOR", "EDITOR", "ADMIN");

  @Inject transient LiveUpdates updates;
  @Inject transient ArticleService articles;
  @Inject transient Taxonomy taxonomy;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Long> article = articleId(request);
    long after = number(request.getParameter("after")).orElse(0L);
    if (article.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    List<LiveUpdate> newer = updates.after(article.get(), after);
    JsonArrayBuilder list = JSON.createArrayBuilder();
    for (LiveUpdate u : newer) {
      var item =
          JSON.createObjectBuilder()
              .add("id", u.id())
              .add("postedAt", u.postedAt().toString())
              .add("body", u.body())
              .add("author", u.author());
      if (u.headline() != null) {
        item.add("headline", u.headline());
      }
      list.add(item);
    }
    response.setContentType("application/json;charset=UTF-8");
    response.setHeader("Cache-Control", "no-cache");
    response
        .getOutputStream()
        .write(
            JSON.createObjectBuilder()
                .add("updates", list)
                .build()
                .toString()
                .getBytes(StandardCharsets.UTF_8));
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    request.setCharacterEncoding("UTF-8");
    Optional<Long> article = articleId(request);
    if (article.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (!sameOrigin(request)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN, "Posted from another site.");
      return;
    }
    if (request.getUserPrincipal() == null || POSTERS.stream().noneMatch(request::isUserInRole)) {
      response.sendError(
          HttpServletResponse.SC_FORBIDDEN, "Only authors and editors post updates.");
      return;
    }
    Optional<LiveUpdate> posted;
    try {
      posted =
          updates.post(
              article.get(),
              request.getParameter("headline"),
              request.getParameter("body"),
              request.getUserPrincipal().getName());
    } catch (IllegalArgumentException invalid) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, invalid.getMessage());
      return;
    }
    if (posted.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String path =
        articles
            .find(article.get())
            .map(a -> taxonomy.articlePath(a.getId(), a.getSlug()))
            .orElse("/");
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader(
        "Location", request.getContextPath() + path + "#update-" + posted.get().id());
  }

  /** Whether the browser says the form came from this site. */
  static boolean sameOrigin(HttpServletRequest request) {
    String site = request.getHeader("Sec-Fetch-Site");
    if (site != null) {
      return "same-origin".equals(site);
    }
    String origin = request.getHeader("Origin");
    if (origin == null || origin.equals("null")) {
      return false;
    }
    try {
      URI uri = URI.create(origin);
      int port = uri.getPort() < 0 ? ("https".equals(uri.getScheme()) ? 443 : 80) : uri.getPort();
      return request.getServerName().equalsIgnoreCase(uri.getHost())
          && request.getServerPort() == port;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static Optional<Long> articleId(HttpServletRequest request) {
    String info = request.getPathInfo();
    return info == null ? Optional.empty() : number(info.substring(1));
  }

  private static Optional<Long> number(String text) {
    if (text == null || !text.matches("[0-9]{1,18}")) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(text));
  }
}
