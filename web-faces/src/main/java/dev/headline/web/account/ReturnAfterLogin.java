package dev.headline.web.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Method;
import java.net.URI;

/**
 * Where to go after a login that a protected page asked for (the newsroom, for example).
 *
 * <p>Why this exists: when the container sends a visitor from a protected page to the login page,
 * Jakarta Security's implementation on Payara (Soteria) keeps the original request in the session,
 * but a login made from our own form ({@code SecurityContext.authenticate}) returns plain success
 * without going back to it. So the login form asks here: the saved request's address, if it is a
 * page of this site. It must be read before signing in: a new authentication makes Soteria drop the
 * saved request. The attribute and its {@code getRequestURL}/{@code getQueryString} are Soteria's;
 * should they change, the login simply goes to the front page as before.
 */
final class ReturnAfterLogin {

  /** Soteria's session attribute for the request that led to the login page. */
  private static final String SAVED = "org.glassfish.soteria.original.request";

  private ReturnAfterLogin() {}

  /**
   * The path (after the context path, with its query) of the page that asked for the login, or
   * {@code fallback}.
   */
  static String pathOr(HttpServletRequest request, String fallback) {
    HttpSession session = request.getSession(false);
    Object saved = session == null ? null : session.getAttribute(SAVED);
    if (saved == null) {
      return fallback;
    }
    try {
      Method url = saved.getClass().getMethod("getRequestURL");
      Method query = saved.getClass().getMethod("getQueryString");
      URI target = URI.create(String.valueOf(url.invoke(saved)));
      Object q = query.invoke(saved);
      String path = target.getRawPath();
      String context = request.getContextPath();
      if (path == null || !path.startsWith(context + "/") || path.startsWith(context + "//")) {
        return fallback;
      }
      String local = path.substring(context.length());
      return q == null ? local : local + "?" + q;
    } catch (ReflectiveOperationException | IllegalArgumentException e) {
      return fallback;
    }
  }
}
