package dev.headline.web.newsroom;

import dev.headline.core.content.application.ArticleNotFound;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The newsroom's screens under {@code /newsroom}: dashboard, articles, the article editor, the
 * comment queue, the audit log, account roles, and the site's settings, static pages and accounts.
 *
 * <p>Who gets in: {@code web.xml} guards {@code /newsroom} and everything under it with a security
 * constraint for the staff roles, so the container sends an anonymous visitor to the login page
 * (and back here after it) and a reader gets 403 before this code runs. Each action is checked
 * again, with the article's owner and status, in {@link NewsroomDesk}; a refusal there answers 403
 * too.
 *
 * <p>CSRF: the views are stateful with the state on the server, as the account pages are (see
 * {@link dev.headline.web.account.AccountPages}): a POST without a view state, or with one this
 * session does not hold, is refused with 400 and changes nothing. Every response is {@code
 * Cache-Control: no-store}.
 */
public final class NewsroomPages {

  /** Where the newsroom views live. */
  static final String VIEWS = "/WEB-INF/views/newsroom/";

  /** The address of each screen (after {@code /newsroom}) and its view. */
  private static final Map<String, String> PAGES =
      Map.ofEntries(
          Map.entry("", "dashboard"),
          Map.entry("articles", "articles"),
          Map.entry("edit", "edit"),
          Map.entry("comments", "comments"),
          Map.entry("audit", "audit"),
          Map.entry("roles", "roles"),
          Map.entry("sections", "sections"),
          Map.entry("plugins", "plugins"),
          Map.entry("settings", "settings"),
          Map.entry("pages", "pages"),
          Map.entry("users", "users"),
          Map.entry("revisions", "revisions"));

  private NewsroomPages() {}

  /** Whether a path, as decoded segments, is the newsroom's. */
  public static boolean owns(List<String> segments) {
    return !segments.isEmpty() && "newsroom".equals(segments.get(0));
  }

  /**
   * Whether the path is a preview ({@code /newsroom/preview/<id>}), which the router renders with
   * the readers' article view (still behind the container's staff constraint).
   */
  public static boolean isPreview(List<String> segments) {
    return segments.size() == 3 && "preview".equals(segments.get(1));
  }

  /** Answers a request for a newsroom screen: GET, HEAD or POST; 404 for an unknown one. */
  public static void serve(
      HttpServletRequest request, HttpServletResponse response, List<String> segments)
      throws IOException, ServletException {
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Frame-Options", "DENY");
    String name = segments.size() == 1 ? "" : segments.size() == 2 ? segments.get(1) : null;
    String view = name == null ? null : PAGES.get(name);
    if (view == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String method = request.getMethod();
    if (!"GET".equals(method) && !"HEAD".equals(method) && !"POST".equals(method)) {
      response.setHeader("Allow", "GET, HEAD, POST");
      response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
      return;
    }
    if (request.getCharacterEncoding() == null) {
      request.setCharacterEncoding("UTF-8");
    }
    String viewState;
    try {
      viewState = request.getParameter(ResponseStateManager.VIEW_STATE_PARAM);
    } catch (IllegalStateException tooLarge) {
      // A multipart form (the editor's image upload) over the Faces servlet's multipart limits.
      response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      return;
    }
    if ("POST".equals(method) && viewState == null) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    try {
      request
          .getRequestDispatcher(VIEWS + view + ".xhtml")
          .forward(withoutParts(request), response);
    } catch (ServletException | RuntimeException e) {
      int status = statusFor(e);
      if (status == 0 || response.isCommitted()) {
        throw e;
      }
      response.resetBuffer();
      response.sendError(status);
    }
  }

  /**
   * A POST that is not multipart carries no files. Faces asks every request for its parts when a
   * form holds a file input (the editor's image upload), and the container refuses that question
   * for other bodies; so such a request says it has none, and the form is processed without a file.
   */
  private static HttpServletRequest withoutParts(HttpServletRequest request) {
    String type = request.getContentType();
    if (!"POST".equals(request.getMethod())
        || (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data"))) {
      return request;
    }
    return new HttpServletRequestWrapper(request) {
      @Override
      public Collection<Part> getParts() {
        return List.of();
      }

      @Override
      public Part getPart(String name) {
        return null;
      }
    };
  }

  /** The status that answers a failure of a screen, or 0 for a real error. */
  private static int statusFor(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ViewExpiredException) {
        return HttpServletResponse.SC_BAD_REQUEST;
      }
      if (t instanceof NotAllowed) {
        return HttpServletResponse.SC_FORBIDDEN;
      }
      if (t instanceof ArticleNotFound || t instanceof PageNotFound) {
        return HttpServletResponse.SC_NOT_FOUND;
      }
    }
    return 0;
  }
}
