package dev.headline.web.portal;

import dev.headline.core.author.domain.Author;
import dev.headline.core.content.domain.Article;
import java.time.Instant;
import java.util.List;

/**
 * Everything the article page shows, read from the entity once by the router.
 *
 * @param body sanitised HTML, safe to write unescaped
 */
public record ArticleView(
    ArticleCard card, String body, String language, Instant updatedAt, List<Byline> authors) {

  /** An author as the author box shows them. */
  public record Byline(String name, String slug, String bio) {}

  static ArticleView of(Article article) {
    return new ArticleView(
        ArticleCard.of(article),
        article.getBody(),
        article.getLanguage(),
        article.getUpdatedAt(),
        article.getAuthors().stream().map(ArticleView::byline).toList());
  }

  private static Byline byline(Author author) {
    return new Byline(author.getName(), author.getSlug(), author.getBio());
  }
}
