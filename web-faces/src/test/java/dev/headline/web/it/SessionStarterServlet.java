package dev.headline.web.it;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Test-only: starts an HTTP session, as signing in will (added to PageCacheIT's deployment). */
@WebServlet("/it-session")
public class SessionStarterServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) {
    request.getSession(true);
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
  }
}
