package dev.headline.web.account;

import dev.headline.web.newsroom.Caller;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;

/**
 * Ends a signed-in session whose account was switched off or whose roles changed since it signed
 * in: the roles of a session are those it signed in with, and without this a disabled editor's open
 * session would go on editing. The member is signed out before anything else runs: a page is asked
 * for again as a reader (a newsroom page then asks them to sign in), and any other request goes to
 * the sign-in page without having been carried out. Anonymous requests pass untouched (declared in
 * {@code web.xml}, after the page cache and before the router).
 */
public class RevokedSessions extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject transient AccountStandings standings;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Principal caller = request.getUserPrincipal();
    if (caller == null
        || standings.current(caller.getName(), Caller.rolesGranted(request::isUserInRole))) {
      chain.doFilter(request, response);
      return;
    }
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    String method = request.getMethod();
    String again = request.getRequestURI();
    if (request.getQueryString() != null) {
      again = again + "?" + request.getQueryString();
    }
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader(
        "Location",
        "GET".equals(method) || "HEAD".equals(method)
            ? again
            : request.getContextPath() + "/account/login");
    response.setHeader("Cache-Control", "no-store");
  }
}
