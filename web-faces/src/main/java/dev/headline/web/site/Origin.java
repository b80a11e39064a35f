package dev.headline.web.site;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The base of the absolute URLs that feeds, sitemaps, structured data and share links need: the
 * configured {@code headline.site.url} when set (always set it in production: behind a proxy, and
 * so that a forged {@code Host} header cannot end up in a cached page), else the scheme, host, port
 * and context path the request came in on. The port is left out when it is the scheme's own.
 */
public final class Origin {

  private Origin() {}

  /** For example {@code https://news.example.org} or {@code http://localhost:8080/headline}. */
  public static String of(HttpServletRequest request) {
    return of(
        request.getScheme(),
        request.getServerName(),
        request.getServerPort(),
        request.getContextPath());
  }

  /** The same from the parts of a request, for a layer of the server below the servlet API. */
  public static String of(String scheme, String serverName, int port, String contextPath) {
    return of(configured(), scheme, serverName, port, contextPath);
  }

  /**
   * The same with the configured base read beforehand ({@link #configured()}), for a path that
   * answers many requests and should not read the configuration for each.
   */
  public static String of(
      String configured, String scheme, String serverName, int port, String contextPath) {
    if (configured != null) {
      return configured;
    }
    boolean defaultPort =
        ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    return scheme + "://" + serverName + (defaultPort ? "" : ":" + port) + contextPath;
  }

  /** {@code headline.site.url} without a trailing slash, or {@code null} when it is not set. */
  public static String configured() {
    Optional<String> configured =
        ConfigProvider.getConfig().getOptionalValue("headline.site.url", String.class);
    if (configured.isEmpty() || configured.get().isBlank()) {
      return null;
    }
    String url = configured.get().strip();
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /**
   * The request's origin without the context path, for example {@code https://news.example.org}.
   */
  public static String siteOf(HttpServletRequest request) {
    String site = of(request);
    return site.substring(0, site.length() - request.getContextPath().length());
  }

  /**
   * Whether an absolute http(s) address ({@code Origin} or {@code Referer} header) has the same
   * scheme, host and port as {@code site}; {@code false} for "null", relative or odd addresses.
   */
  public static boolean matches(String address, String site) {
    String[] a = parts(address);
    String[] b = parts(site);
    return a != null && b != null && Arrays.equals(a, b);
  }

  private static String[] parts(String address) {
    try {
      URI uri = new URI(address);
      String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
      if (uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
        return null;
      }
      int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
      return new String[] {scheme, uri.getHost().toLowerCase(Locale.ROOT), String.valueOf(port)};
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
