package dev.headline.web.site;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The scheme, host, port and context path a request came in on: the base of the absolute URLs that
 * feeds, structured data and share links need. The port is left out when it is the scheme's own.
 */
public final class Origin {

  private Origin() {}

  /** For example {@code https://news.example.org} or {@code http://localhost:8080/headline}. */
  public static String of(HttpServletRequest request) {
    String scheme = request.getScheme();
    int port = request.getServerPort();
    boolean defaultPort =
        ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    return scheme
        + "://"
        + request.getServerName()
        + (defaultPort ? "" : ":" + port)
        + request.getContextPath();
  }
}
