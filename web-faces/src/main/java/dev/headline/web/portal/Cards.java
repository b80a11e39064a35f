package dev.headline.web.portal;

import dev.headline.core.author.domain.Author;
import dev.headline.core.content.domain.Article;
import dev.headline.core.media.domain.Media;
import dev.headline.core.spi.Section;
import dev.headline.core.spi.Taxonomy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;

/** Turns articles into the portal's view models, with URLs from the {@link Taxonomy}. */
@ApplicationScoped
public class Cards {

  @Inject Taxonomy taxonomy;

  public ArticleCard of(Article article) {
    Media media = article.getFeaturedImage();
    Section section = taxonomy.primarySectionOf(article.getId());
    return new ArticleCard(
        article.getId(),
        article.getTitle(),
        taxonomy.articlePath(article.getId(), article.getSlug()),
        article.getStandfirst(),
        article.getPublishedAt(),
        article.getAuthors().stream().map(Author::getName).collect(Collectors.joining(", ")),
        article.getReadingMinutes(),
        section.name(),
        section.path(),
        media == null
            ? null
            : Picture.of(media, article.getFeaturedAlt(), article.getFeaturedCaption()));
  }

  public List<ArticleCard> of(List<Article> articles) {
    return articles.stream().map(this::of).toList();
  }
}
