package dev.headline.web.comments;

import dev.headline.web.site.Origin;
import jakarta.servlet.http.HttpServletRequest;

/**
 * CSRF protection for plain HTML forms that carry no token (readers' pages are cached and the same
 * for everyone, so they cannot hold a per-visitor token): a form post is taken only when the
 * browser says it comes from a page of this site.
 *
 * <ol>
 *   <li>{@code Sec-Fetch-Site}, which browsers set and pages cannot forge, must be {@code
 *       same-origin};
 *   <li>without it (older browsers, plain HTTP), {@code Origin} must be this site's origin;
 *   <li>without that too, {@code Referer} must be an address of this site.
 * </ol>
 *
 * A request with none of the three is refused: a browser sends at least one of them with a form
 * post, so only a stripped or forged request lacks them all.
 */
final class SameOrigin {

  private SameOrigin() {}

  /** Whether the request comes from a page of the site it was sent to. */
  static boolean allows(HttpServletRequest request) {
    String site = Origin.siteOf(request);
    return allows(
        request.getHeader("Sec-Fetch-Site"),
        request.getHeader("Origin"),
        request.getHeader("Referer"),
        site);
  }

  /**
   * The rule itself.
   *
   * @param site this site's origin, for example {@code https://news.example.org}
   */
  static boolean allows(String fetchSite, String origin, String referer, String site) {
    if (fetchSite != null) {
      return "same-origin".equalsIgnoreCase(fetchSite.strip());
    }
    if (origin != null) {
      return Origin.matches(origin.strip(), site);
    }
    if (referer != null) {
      return Origin.matches(referer.strip(), site);
    }
    return false;
  }
}
