package dev.headline.web.it;

import dev.headline.core.content.application.ArticleService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Test-only: renames an article through the publishing desk, as the newsroom will (added to
 * PageCacheIT's deployment).
 */
@WebServlet("/it-retitle")
public class RetitleServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient ArticleService articles;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) {
    long id = Long.parseLong(request.getParameter("id"));
    String title = request.getParameter("title");
    articles.update(id, article -> article.setTitle(title));
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
  }
}
