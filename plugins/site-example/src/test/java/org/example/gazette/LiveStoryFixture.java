package org.example.gazette;

import dev.headline.core.content.application.ArticleService;
import dev.headline.core.content.domain.Article;
import dev.headline.core.spi.Taxonomy;
import dev.headline.taxonomy.tree.api.Sections;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * Test fixture deployed with the site under test only: publishes a story filed in the Live section
 * and answers its id and path, as a newsroom would before covering an event live.
 */
@WebServlet("/test-fixture/live-story")
public class LiveStoryFixture extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient ArticleService articles;
  @Inject transient Sections sections;
  @Inject transient Taxonomy taxonomy;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Article draft =
        articles.createDraft(
            "Counting under way in the city council election",
            a -> {
              a.setStandfirst("Follow the count as the results come in.");
              a.setBody("<p>Polls have closed and the count has begun.</p>");
            });
    long live = taxonomy.sectionAt(List.of("live")).orElseThrow().id();
    sections.file(draft.getId(), live, List.of(), List.of());
    Article published = articles.publish(draft.getId());
    response.setContentType("text/plain;charset=UTF-8");
    response
        .getWriter()
        .print(
            published.getId() + " " + taxonomy.articlePath(published.getId(), published.getSlug()));
  }
}
