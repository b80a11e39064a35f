package dev.headline.web.portal;

import dev.headline.core.author.domain.Author;
import dev.headline.core.content.domain.Article;
import dev.headline.core.media.domain.Media;
import java.time.Instant;
import java.util.stream.Collectors;

/**
 * What a list shows of an article: headline, link, image, date, byline. Built once from the entity
 * so that views never touch JPA state.
 *
 * @param path the article's URL below the context root, starting with {@code /}
 * @param image the featured image, or {@code null}
 */
public record ArticleCard(
    long id,
    String title,
    String path,
    String standfirst,
    Instant publishedAt,
    String byline,
    int readingMinutes,
    Picture image) {

  static ArticleCard of(Article article) {
    Media media = article.getFeaturedImage();
    return new ArticleCard(
        article.getId(),
        article.getTitle(),
        ArticlePaths.of(article),
        article.getStandfirst(),
        article.getPublishedAt(),
        article.getAuthors().stream().map(Author::getName).collect(Collectors.joining(", ")),
        article.getReadingMinutes(),
        media == null
            ? null
            : Picture.of(media, article.getFeaturedAlt(), article.getFeaturedCaption()));
  }
}
