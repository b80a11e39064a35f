package dev.headline.web.cache;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What the page cache reads of a request, whichever layer of the server received it: the servlet
 * filter ({@link #of(HttpServletRequest)}) or the {@link FrontDoor} in front of the servlet
 * container. Both answer a hit with the same bytes and headers ({@link CacheHits}).
 */
interface HitRequest {

  /** {@code GET} or {@code HEAD} (the cache answers nothing else). */
  String method();

  /** The request line's path, context path included, not decoded. */
  String uri();

  /** The query string, or {@code null}. */
  String query();

  /** A header's first value, or {@code null}. */
  String header(String name);

  /** The socket peer's address. */
  String peer();

  /**
   * The base of the site's absolute links for this request (see {@link
   * dev.headline.web.site.Origin}).
   */
  String origin();

  default boolean isHead() {
    return "HEAD".equals(method());
  }

  static HitRequest of(HttpServletRequest request) {
    return new HitRequest() {
      @Override
      public String method() {
        return request.getMethod();
      }

      @Override
      public String uri() {
        return request.getRequestURI();
      }

      @Override
      public String query() {
        return request.getQueryString();
      }

      @Override
      public String header(String name) {
        return request.getHeader(name);
      }

      @Override
      public String peer() {
        return request.getRemoteAddr();
      }

      @Override
      public String origin() {
        return dev.headline.web.site.Origin.of(request);
      }
    };
  }
}
