package dev.headline.web.portal;

import dev.headline.core.content.application.ArticleService;
import dev.headline.core.content.domain.Article;
import dev.headline.core.spi.ArticleCounts;
import dev.headline.core.spi.Engagement;
import dev.headline.core.spi.RankedArticle;
import dev.headline.core.spi.Section;
import dev.headline.core.spi.Taxonomy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The lists readers' pages show beside and below the content: latest, trending (site-wide or in a
 * section), most commented, related posts, an article's neighbours, a section's newest. Which
 * articles are in a list comes from memory ({@link Snapshots}, the {@link Engagement} lists, the
 * {@link Taxonomy}); their numbers are read fresh from the engagement counters on each call.
 */
@ApplicationScoped
public class ReaderLists {

  /** How many of a section's newest articles compete for its trending list. */
  private static final int SECTION_TRENDING_POOL = 200;

  @Inject ArticleService articles;
  @Inject Taxonomy taxonomy;
  @Inject Engagement engagement;
  @Inject Cards cards;
  @Inject Snapshots snapshots;

  @Inject
  @ConfigProperty(name = "headline.portal.latest.size", defaultValue = "30")
  int latestSize;

  /** The newest visible articles, newest first. */
  public List<ArticleCard> latestCards(int limit) {
    List<ArticleCard> all =
        snapshots.get("latest", () -> cards.of(articles.latest(Math.max(latestSize, limit))));
    return all.size() <= limit ? all : all.subList(0, limit);
  }

  /** {@link #latestCards} with their numbers. */
  public List<ListEntry> latest(int limit) {
    return withCounts(latestCards(limit));
  }

  /** The site's trending articles, or a section's (with its subsections) when one is given. */
  public List<ListEntry> trending(Optional<Section> section, int limit) {
    List<RankedArticle> ranked =
        section
            .map(s -> engagement.trending(sectionPool(s), limit))
            .orElseGet(() -> engagement.trending(limit));
    return withCounts(cards.byIds(ranked.stream().map(RankedArticle::articleId).toList()));
  }

  /** The articles with most approved comments lately (the window is the engagement module's). */
  public List<ListEntry> mostCommented(int limit) {
    return withCounts(
        cards.byIds(
            engagement.mostCommented(limit).stream().map(RankedArticle::articleId).toList()));
  }

  /** The related posts of an article. */
  public List<ListEntry> related(long articleId, int limit) {
    return withCounts(cards.byIds(taxonomy.related(articleId, limit)));
  }

  /** The newest articles of a section and its subsections. */
  public List<ArticleCard> newestIn(Section section, int limit) {
    return snapshots.get(
        "newest:" + section.id() + ":" + limit,
        () -> cards.byIds(taxonomy.archive(section.id(), 1, limit).articleIds()));
  }

  /** The article published before this one and the one after it. */
  public Neighbours neighbours(long articleId) {
    return snapshots.get(
        "neighbours:" + articleId,
        () -> {
          Optional<Article> article = articles.find(articleId);
          return new Neighbours(
              article.flatMap(articles::previous).map(cards::of).orElse(null),
              article.flatMap(articles::next).map(cards::of).orElse(null));
        });
  }

  private List<Long> sectionPool(Section section) {
    return snapshots.get(
        "pool:" + section.id(),
        () -> taxonomy.archive(section.id(), 1, SECTION_TRENDING_POOL).articleIds());
  }

  /** Pairs cards with their current numbers. */
  public List<ListEntry> withCounts(List<ArticleCard> list) {
    Map<Long, ArticleCounts> counts =
        engagement.counts(list.stream().map(ArticleCard::id).toList());
    return list.stream()
        .map(c -> new ListEntry(c, counts.getOrDefault(c.id(), ArticleCounts.NONE)))
        .toList();
  }

  /**
   * "Previous Post" and "Next Post".
   *
   * @param previous the article published just before, or {@code null}
   * @param next the article published just after, or {@code null}
   */
  public record Neighbours(ArticleCard previous, ArticleCard next) {}
}
