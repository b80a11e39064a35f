package dev.headline.web.account;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The account pages under {@code /account/}: login, register, forgotten (retrieve the password),
 * reset and logout.
 *
 * <p>Why this shape: readers' views live in {@code /WEB-INF/views} and are reached by forward from
 * the {@link dev.headline.web.portal.PortalRouter}, which answers 404 for raw {@code .xhtml}. The
 * account views follow suit ({@code /WEB-INF/views/account/<name>.xhtml}), and since they hold
 * forms, the router hands {@code /account/<name>} here for POST too; {@link AccountViewHandler}
 * makes each form post back to that same clean address. So every account URL is one the router
 * knows, and nothing else of the router changes.
 *
 * <p>CSRF: the account views are stateful and the state is kept on the server, so the {@code
 * jakarta.faces.ViewState} field of each form is an unguessable per-session key. A POST without it
 * is refused here (Faces would otherwise treat it as a first visit); one with a wrong or stale key
 * makes Faces throw {@link ViewExpiredException}, also refused here. Both get a 400 page that says
 * nothing was changed.
 */
public final class AccountPages {

  /** Where the account views live. */
  static final String VIEWS = "/WEB-INF/views/account/";

  private static final Set<String> PAGES =
      Set.of("login", "register", "forgotten", "reset", "logout");

  private AccountPages() {}

  /** Whether a path, as decoded segments, is an account page's. */
  public static boolean owns(List<String> segments) {
    return !segments.isEmpty() && "account".equals(segments.get(0));
  }

  /** Answers a request for an account page: GET, HEAD or POST; 404 for an unknown page. */
  public static void serve(
      HttpServletRequest request, HttpServletResponse response, List<String> segments)
      throws IOException, ServletException {
    if (segments.size() != 2 || !PAGES.contains(segments.get(1))) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String method = request.getMethod();
    if (!"GET".equals(method) && !"HEAD".equals(method) && !"POST".equals(method)) {
      response.setHeader("Allow", "GET, HEAD, POST");
      response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
      return;
    }
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Referrer-Policy", "no-referrer");
    if (request.getCharacterEncoding() == null) {
      // Before the first parameter is read (below), or a reader's "Zoë" arrives as ISO-8859-1.
      request.setCharacterEncoding("UTF-8");
    }
    if ("POST".equals(method)
        && request.getParameter(ResponseStateManager.VIEW_STATE_PARAM) == null) {
      refuse(request, response);
      return;
    }
    try {
      request.getRequestDispatcher(VIEWS + segments.get(1) + ".xhtml").forward(request, response);
    } catch (ServletException e) {
      if (expired(e) && !response.isCommitted()) {
        refuse(request, response);
        return;
      }
      throw e;
    }
  }

  private static boolean expired(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ViewExpiredException) {
        return true;
      }
    }
    return false;
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    response.resetBuffer();
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    // Rendered as a first visit: without the refused form's fields Faces does not see a postback.
    request
        .getRequestDispatcher(VIEWS + "refused.xhtml")
        .forward(new FirstVisit(request), response);
  }

  /** The request as a plain GET without parameters. */
  private static final class FirstVisit extends HttpServletRequestWrapper {

    FirstVisit(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getMethod() {
      return "GET";
    }

    @Override
    public String getParameter(String name) {
      return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return Map.of();
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
      return null;
    }
  }
}
