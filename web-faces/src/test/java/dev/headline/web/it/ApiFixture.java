package dev.headline.web.it;

import dev.headline.core.content.application.ArticleService;
import dev.headline.core.content.domain.Article;
import dev.headline.core.spi.Taxonomy;
import dev.headline.taxonomy.tree.api.Sections;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Deployed with {@link ApiIT} only: writes a draft, an article scheduled for tomorrow and a
 * published one, all filed in World News / Asia, as the newsroom would; answers their slugs as
 * JSON.
 */
@WebServlet("/test-fixture/api-articles")
public class ApiFixture extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient ArticleService articles;
  @Inject transient Sections sections;
  @Inject transient Taxonomy taxonomy;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String run = UUID.randomUUID().toString().substring(0, 8);
    long asia = taxonomy.sectionAt(List.of("world-news", "asia")).orElseThrow().id();
    Article draft = write("Unreleased draft " + run, asia);
    Article scheduled = write("Embargoed until tomorrow " + run, asia);
    articles.schedule(scheduled.getId(), Instant.now().plus(Duration.ofDays(1)));
    Article published = articles.publish(write("Fresh from the desk " + run, asia).getId());
    response.setContentType("application/json;charset=UTF-8");
    response
        .getWriter()
        .print(
            Json.createObjectBuilder()
                .add("draft", draft.getSlug())
                .add("scheduled", scheduled.getSlug())
                .add("published", published.getSlug())
                .build());
  }

  private Article write(String title, long section) {
    Article article =
        articles.createDraft(
            title,
            a -> {
              a.setStandfirst("Standfirst of " + title);
              a.setBody("<p>Body of " + title + "</p><script>alert(1)</script>");
            });
    sections.file(article.getId(), section, List.of(), List.of("Api Fixture"));
    return article;
  }
}
