package dev.headline.web.portal;

import dev.headline.core.author.domain.Author;
import dev.headline.core.content.application.ArticleService;
import dev.headline.core.content.domain.Article;
import dev.headline.core.media.domain.Media;
import dev.headline.core.spi.Section;
import dev.headline.core.spi.Taxonomy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns articles into the portal's view models, with URLs from the {@link Taxonomy}. */
@ApplicationScoped
public class Cards {

  @Inject Taxonomy taxonomy;
  @Inject ArticleService articles;
  @Inject Snapshots snapshots;

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

  /**
   * The cards of the visible articles among these ids, in the order given, from memory when the
   * content has not changed since they were last read; the missing ones in one query.
   */
  public List<ArticleCard> byIds(List<Long> ids) {
    Map<Long, ArticleCard> found = new HashMap<>();
    List<Long> missing = new ArrayList<>();
    for (Long id : ids) {
      ArticleCard card = snapshots.peek(key(id));
      if (card == null) {
        missing.add(id);
      } else {
        found.put(id, card);
      }
    }
    if (!missing.isEmpty()) {
      long generation = snapshots.generation();
      for (Article article : articles.visible(missing)) {
        ArticleCard card = of(article);
        found.put(card.id(), card);
        snapshots.put(key(card.id()), card, generation);
      }
    }
    return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
  }

  private static String key(long id) {
    return "card:" + id;
  }
}
