package dev.headline.web.api;

import dev.headline.web.site.Origin;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * CSRF protection for the API's writes, which a signed-in browser's session cookie authorises: a
 * write is taken only when it cannot have been made by a page of another site.
 *
 * <ol>
 *   <li>{@code Sec-Fetch-Site}, which browsers set and pages cannot forge, must be {@code
 *       same-origin};
 *   <li>without it, an {@code Origin} header must be this site's origin;
 *   <li>without either (an older browser, a script, a test client), the request must carry the
 *       header {@value #HEADER}: a cross-site HTML form cannot send a custom header, and a
 *       cross-site script can only after a CORS preflight that this site never grants.
 * </ol>
 */
final class CrossSite {

  /** The header a script or tool adds to a write; any non-blank value. */
  static final String HEADER = "X-Headline-Request";

  private CrossSite() {}

  /** Whether the request may be a write of a signed-in account. */
  static boolean allows(HttpServletRequest request) {
    String site = Origin.of(request);
    site = site.substring(0, site.length() - request.getContextPath().length());
    return allows(
        request.getHeader("Sec-Fetch-Site"),
        request.getHeader("Origin"),
        request.getHeader(HEADER),
        site);
  }

  /**
   * The rule itself.
   *
   * @param site this site's origin, for example {@code https://news.example.org}
   */
  static boolean allows(String fetchSite, String origin, String custom, String site) {
    if (fetchSite != null) {
      return "same-origin".equalsIgnoreCase(fetchSite.strip());
    }
    if (origin != null) {
      return sameOrigin(origin.strip(), site);
    }
    return custom != null && !custom.isBlank();
  }

  private static boolean sameOrigin(String address, String site) {
    String[] a = parts(address);
    String[] b = parts(site);
    return a != null && b != null && a[0].equals(b[0]) && a[1].equals(b[1]) && a[2].equals(b[2]);
  }

  /** Scheme, host and port of an absolute http(s) address, or {@code null} ("null", relative). */
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
