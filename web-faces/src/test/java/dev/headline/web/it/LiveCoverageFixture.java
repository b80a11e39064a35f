package dev.headline.web.it;

import dev.headline.core.content.application.ArticleService;
import dev.headline.core.content.domain.Article;
import dev.headline.core.spi.Taxonomy;
import dev.headline.plugins.live.LiveUpdates;
import dev.headline.taxonomy.tree.api.Sections;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * Test fixture deployed with {@link BrowserIT} only. {@code POST ?op=story}: publishes a story in
 * the Live plugin's section and answers its id and path; {@code POST ?op=update&article=<id>&body=}
 * posts an update to it, as a member of staff would through the plugin's form.
 */
@WebServlet("/test-fixture/live")
public class LiveCoverageFixture extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient ArticleService articles;
  @Inject transient Sections sections;
  @Inject transient Taxonomy taxonomy;
  @Inject transient LiveUpdates updates;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain;charset=UTF-8");
    if ("story".equals(request.getParameter("op"))) {
      Article draft =
          articles.createDraft(
              "Storm reaches the coast: live coverage",
              a -> a.setBody("<p>The storm reached the coast in the early evening.</p>"));
      sections.file(
          draft.getId(),
          taxonomy.sectionAt(List.of("live")).orElseThrow().id(),
          List.of(),
          List.of());
      Article story = articles.publish(draft.getId());
      response
          .getWriter()
          .print(story.getId() + " " + taxonomy.articlePath(story.getId(), story.getSlug()));
      return;
    }
    long article = Long.parseLong(request.getParameter("article"));
    updates.post(article, null, request.getParameter("body"), "browser-it").orElseThrow();
    response.getWriter().print("posted");
  }
}
