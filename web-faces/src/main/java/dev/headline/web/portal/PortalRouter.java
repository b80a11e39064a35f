package dev.headline.web.portal;

import dev.headline.core.content.application.ArticleService;
import dev.headline.core.page.domain.PageRepository;
import dev.headline.web.engagement.ArticleViews;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * Maps readers' URLs to Faces views. Readers see {@code /article/<slug>} and {@code /about-us}; the
 * views behind them live in {@code /WEB-INF/views} and are reached only by forward, so a raw {@code
 * .xhtml} URL answers 404. What the URL names is looked up here: an unknown article or page answers
 * 404 before any view renders, and the view finds its model in a request attribute.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class PortalRouter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Request attribute that holds the model of the routed view. */
  public static final String MODEL = "headline.model";

  /** Folder of the stylesheets, scripts and icons that the container's default servlet serves. */
  private static final String STATIC = "static";

  private static final Set<String> ROUTED_SERVLETS = Set.of("default", "Faces Servlet");

  @Inject transient ArticleService articles;
  @Inject transient PageRepository pages;
  @Inject transient ArticleViews views;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String servlet = request.getHttpServletMapping().getServletName();
    if (!ROUTED_SERVLETS.contains(servlet) || STATIC.equals(firstSegment(path))) {
      // Another servlet owns this path (media, health, REST, test runners), or it is a static file.
      chain.doFilter(request, response);
      return;
    }
    if (path.endsWith(".xhtml") || path.contains("/WEB-INF") || path.contains("/META-INF")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String[] segments;
    try {
      segments = segments(path);
    } catch (IllegalArgumentException badEncoding) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
      response.setHeader("Allow", "GET, HEAD");
      response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
      return;
    }
    if (segments.length == 0) {
      forward(request, response, "home", null);
    } else if (segments.length == 2 && "article".equals(segments[0])) {
      var article = articles.findVisible(segments[1]);
      if (article.isPresent()) {
        views.record(request, article.get().getId());
        forward(request, response, "article", ArticleView.of(article.get()));
      } else {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
      }
    } else if (segments.length == 1) {
      var page = pages.findBySlug(segments[0]);
      if (page.isPresent()) {
        forward(request, response, "page", page.get());
      } else {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
      }
    } else {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }

  private static void forward(
      HttpServletRequest request, HttpServletResponse response, String view, Object model)
      throws IOException, ServletException {
    request.setAttribute(MODEL, model);
    request.getRequestDispatcher("/WEB-INF/views/" + view + ".xhtml").forward(request, response);
  }

  private static String firstSegment(String path) {
    int start = path.startsWith("/") ? 1 : 0;
    int end = path.indexOf('/', start);
    return end < 0 ? path.substring(start) : path.substring(start, end);
  }

  /**
   * The decoded, non-empty segments of a path; a trailing slash is ignored.
   *
   * @throws IllegalArgumentException when a segment is not well-formed percent-encoded UTF-8
   */
  static String[] segments(String path) {
    return Arrays.stream(path.split("/"))
        .filter(s -> !s.isEmpty())
        .map(PortalRouter::decode)
        .toArray(String[]::new);
  }

  private static String decode(String segment) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c == '%') {
        if (i + 2 >= segment.length()) {
          throw new IllegalArgumentException("Truncated escape in " + segment);
        }
        bytes.write(Integer.parseInt(segment.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("Not UTF-8: " + segment, e);
    }
  }
}
