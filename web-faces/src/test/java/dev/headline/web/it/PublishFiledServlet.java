package dev.headline.web.it;

import dev.headline.core.content.application.ArticleService;
import dev.headline.core.spi.Section;
import dev.headline.core.spi.Taxonomy;
import dev.headline.taxonomy.tree.api.Sections;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * Test-only: writes an article, files it in a primary and a secondary section (given as paths of
 * slugs, {@code world-news/asia}) and publishes it, each step through its own service as the
 * newsroom does it (added to PageCacheIT's deployment). Answers the new article's id.
 */
@WebServlet("/it-publish-filed")
public class PublishFiledServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient ArticleService articles;
  @Inject transient Sections sections;
  @Inject transient Taxonomy taxonomy;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long primary = section(request.getParameter("primary")).id();
    long secondary = section(request.getParameter("secondary")).id();
    long id =
        articles
            .createDraft(request.getParameter("title"), article -> article.setBody("<p>Filed.</p>"))
            .getId();
    sections.file(id, primary, List.of(secondary), List.of());
    articles.publish(id);
    response.setContentType("text/plain");
    response.getWriter().print(id);
  }

  private Section section(String path) {
    return taxonomy
        .sectionAt(Arrays.asList(path.split("/")))
        .orElseThrow(() -> new IllegalArgumentException("no section at " + path));
  }
}
