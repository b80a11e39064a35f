package dev.headline.web.api;

import dev.headline.web.site.Origin;
import jakarta.servlet.http.HttpServletRequest;

/**
 * CSRF protection for the API's writes, which a signed-in browser's session cookie authorises: a
 * write is taken only when it cannot have been made by a page of another site.
 *
 * <ol>
 *   <li>{@code Sec-Fetch-Site}, which browsers set and pages cannot forge, must be {@code
 *       same-origin};
 *   <li>without it, an {@code Origin} header must be this site's origin;
 *   <li>without either, a {@code Referer} of another site refuses the request;
 *   <li>otherwise (an older browser, a script, a test client), the request must carry the header
 *       {@value #HEADER}: a cross-site HTML form cannot send a custom header, and a cross-site
 *       script can only after a CORS preflight that this site never grants.
 * </ol>
 *
 * <p>The JSON writes also insist on {@code application/json}, which a form of another site cannot
 * send either.
 */
final class CrossSite {

  /** The header a script or tool adds to a write; any non-blank value. */
  static final String HEADER = "X-Headline-Request";

  /** The rule in a sentence, for the OpenAPI document. */
  static final String RULE =
      "Needs a signed-in session and a same-origin request (Origin of this site, or the header "
          + HEADER
          + " from a script); sent as application/json.";

  private CrossSite() {}

  /** Whether the request may be a write of a signed-in account. */
  static boolean allows(HttpServletRequest request) {
    String site = Origin.siteOf(request);
    return allows(
        request.getHeader("Sec-Fetch-Site"),
        request.getHeader("Origin"),
        request.getHeader("Referer"),
        request.getHeader(HEADER),
        site);
  }

  /**
   * The rule itself.
   *
   * @param site this site's origin, for example {@code https://news.example.org}
   */
  static boolean allows(
      String fetchSite, String origin, String referer, String custom, String site) {
    if (fetchSite != null) {
      return "same-origin".equalsIgnoreCase(fetchSite.strip());
    }
    if (origin != null) {
      return Origin.matches(origin.strip(), site);
    }
    if (referer != null && !referer.isBlank() && !Origin.matches(referer.strip(), site)) {
      return false;
    }
    return custom != null && !custom.isBlank();
  }
}
