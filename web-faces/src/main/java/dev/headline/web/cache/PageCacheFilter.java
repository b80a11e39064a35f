package dev.headline.web.cache;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Serves readers' pages to anonymous readers from the {@link PageCache}, and gives every response
 * its HTTP caching headers and compression. Declared in {@code web.xml} before the portal's router,
 * so a hit is answered without the router, Faces or the database:
 *
 * <ul>
 *   <li>a hit on an article's page records the view (the same {@link
 *       dev.headline.web.engagement.ArticleViews} rules as a render: HEAD requests, prefetches and
 *       bots are raw hits only), then writes the stored bytes with the current counts in their
 *       slots;
 *   <li>a miss renders through the router and Faces into memory, and the page is stored when it is
 *       a 200 of a routed view that set no cookie and created no session;
 *   <li>signed-in members (a principal, a session, or a member cookie) and queries the cache does
 *       not recognise bypass it: rendered every time, {@code Cache-Control: private, no-cache}.
 * </ul>
 *
 * <p>Readers' pages carry a strong {@code ETag} per encoding (it changes with the counts written
 * into the page) and {@code Last-Modified}, answer {@code If-None-Match} and {@code
 * If-Modified-Since} with 304, and say {@code Cache-Control: public, no-cache}: a browser or proxy
 * may keep the page but asks every time, so counts stay fresh and every view still reaches the
 * server (a 304 counts too). Text responses of 1 KB or more are gzipped for clients that accept it.
 * The response header {@code X-Cache} says {@code HIT}, {@code MISS} or {@code BYPASS}.
 */
public class PageCacheFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(PageCacheFilter.class.getName());

  /** The servlets whose paths the router owns (the same rule as the router's). */
  private static final Set<String> ROUTED_SERVLETS = Set.of("default", "Faces Servlet");

  private static final String STATIC = "static";
  private static final String MEMBERS_CACHE_CONTROL = "private, no-cache";

  @Inject transient PageCache cache;
  @Inject transient CacheHits hits;

  @Inject
  @ConfigProperty(name = "headline.cache.member-cookies", defaultValue = "JSESSIONIDSSO")
  transient List<String> memberCookies;

  @Inject
  @ConfigProperty(name = "headline.cache.static-max-age-seconds", defaultValue = "3600")
  transient long staticMaxAge;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String method = request.getMethod();
    boolean read = "GET".equals(method) || "HEAD".equals(method);
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean routed = ROUTED_SERVLETS.contains(request.getHttpServletMapping().getServletName());
    boolean staticFile = routed && STATIC.equals(firstSegment(path));
    if (!read || !routed || staticFile) {
      if (read && staticFile) {
        // Not fingerprinted: a day-long lifetime would keep an old stylesheet after a deploy.
        response.setHeader("Cache-Control", "public, max-age=" + staticMaxAge);
      }
      compressed(request, response, chain);
      return;
    }
    HitRequest asked = HitRequest.of(request);
    Optional<String> key = PageKey.of(asked);
    if (key.isEmpty() || isMember(request)) {
      response.setHeader("X-Cache", "BYPASS");
      response.setHeader("Cache-Control", MEMBERS_CACHE_CONTROL);
      compressed(request, response, chain);
      return;
    }
    CacheHits.Answer hit = hits.hit(asked, key.get());
    if (hit != null) {
      hits.served(hit, asked);
      response.setHeader("X-Cache", "HIT");
      send(response, hit);
      return;
    }
    render(request, response, chain, key.get());
  }

  private void render(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain, String key)
      throws IOException, ServletException {
    long started = cache.generation();
    CapturedResponse captured = new CapturedResponse(request, response);
    boolean marked = cache.isEnabled();
    if (marked) {
      // Count markers only for a page that may be stored: a hit writes the current counts there.
      request.setAttribute(CountSlots.ATTRIBUTE, Boolean.TRUE);
    }
    chain.doFilter(request, captured);
    if (captured.sentError()) {
      return;
    }
    byte[] body = captured.body();
    String contentType = response.getContentType();
    if (response.getStatus() != HttpServletResponse.SC_OK || contentType == null) {
      writeAsIs(request, response, body);
      return;
    }
    CountSlots.Cut cut;
    try {
      // Unmarked (the cache is off): nothing to cut, and no copy of the page to make.
      cut = marked ? CountSlots.cut(body) : CountSlots.whole(body);
    } catch (IllegalArgumentException e) {
      LOG.log(Level.WARNING, "Count markers do not pair up on " + key + "; not stored", e);
      writeAsIs(request, response, body);
      return;
    }
    PageDependencies dependencies = PageDependencies.find(request).orElse(null);
    boolean shared = request.getSession(false) == null && !captured.setCookies();
    CachedPage page =
        cache.page(contentType, response.getHeader("Cache-Control"), cut, dependencies);
    boolean stored = shared && dependencies != null && cache.offer(key, page, started);
    response.setHeader("X-Cache", stored ? "MISS" : "BYPASS");
    if (!shared) {
      response.setHeader("Cache-Control", MEMBERS_CACHE_CONTROL);
    }
    send(response, hits.answer(page, HitRequest.of(request)));
  }

  /** Sends a page: 304 when the client's copy is current, else the body, gzipped if accepted. */
  private static void send(HttpServletResponse response, CacheHits.Answer answer)
      throws IOException {
    response.setContentType(answer.contentType());
    if (!response.containsHeader("Cache-Control")) {
      response.setHeader("Cache-Control", answer.cacheControl());
    }
    if (answer.varyOnEncoding()) {
      Compression.addVary(response);
    }
    response.setHeader("ETag", answer.etag());
    response.setHeader("Last-Modified", answer.lastModified());
    response.setStatus(answer.status());
    if (answer.status() == HttpServletResponse.SC_NOT_MODIFIED) {
      return;
    }
    if (answer.gzip()) {
      response.setHeader("Content-Encoding", "gzip");
    }
    response.setContentLength(answer.contentLength());
    if (answer.body() != null) {
      response.getOutputStream().write(answer.body());
    }
  }

  private static void writeAsIs(
      HttpServletRequest request, HttpServletResponse response, byte[] body) throws IOException {
    response.setContentLength(body.length);
    if (!"HEAD".equals(request.getMethod()) && body.length > 0) {
      response.getOutputStream().write(body);
    }
  }

  private static void compressed(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if ("HEAD".equals(request.getMethod()) || !Compression.acceptsGzip(request)) {
      chain.doFilter(request, response);
      return;
    }
    CompressingResponse compressing = new CompressingResponse(response);
    chain.doFilter(request, compressing);
    compressing.finish();
  }

  private boolean isMember(HttpServletRequest request) {
    if (request.getUserPrincipal() != null || request.getSession(false) != null) {
      return true;
    }
    Cookie[] cookies = request.getCookies();
    return cookies != null
        && Arrays.stream(cookies).anyMatch(c -> memberCookies.contains(c.getName()));
  }

  private static String firstSegment(String path) {
    int start = path.startsWith("/") ? 1 : 0;
    int end = path.indexOf('/', start);
    return end < 0 ? path.substring(start) : path.substring(start, end);
  }
}
