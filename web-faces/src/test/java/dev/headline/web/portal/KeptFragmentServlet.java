package dev.headline.web.portal;

import dev.headline.web.site.Origin;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Test-only: answers whether {@link Fragments} hold a fragment, named as {@link
 * CachedFragmentHandler} names it for a request to this origin in locale {@code en}: {@code
 * ?key=article-body&subject=article+42}. 200 with the markup's length when kept, 404 when not.
 * (Added to PageCacheIT's deployment; in this package to read what the store keeps.)
 */
@WebServlet("/it-kept")
public class KeptFragmentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient Fragments fragments;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String subject = request.getParameter("subject");
    String key =
        Origin.of(request)
            + " en "
            + request.getParameter("key")
            + (subject == null ? "" : " " + subject);
    Fragments.Kept kept = fragments.get(key);
    if (kept == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("text/plain");
    response.getWriter().print(kept.markup().length());
  }
}
