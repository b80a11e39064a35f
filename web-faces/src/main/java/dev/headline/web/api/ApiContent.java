package dev.headline.web.api;

import dev.headline.core.content.application.ArticleService;
import dev.headline.core.content.domain.Article;
import dev.headline.core.content.domain.ArticleStamp;
import dev.headline.core.media.domain.Media;
import dev.headline.core.media.domain.MediaVariants;
import dev.headline.core.spi.Section;
import dev.headline.core.spi.Taxonomy;
import dev.headline.web.api.ApiModels.ArticleDetail;
import dev.headline.web.api.ApiModels.ArticleSummary;
import dev.headline.web.api.ApiModels.AuthorRef;
import dev.headline.web.api.ApiModels.ImageLinks;
import dev.headline.web.api.ApiModels.ImageVariant;
import dev.headline.web.api.ApiModels.SectionNode;
import dev.headline.web.api.ApiModels.SectionRef;
import dev.headline.web.api.ApiModels.TagRef;
import dev.headline.web.media.MediaFiles;
import dev.headline.web.portal.ArticleCard;
import dev.headline.web.portal.Cards;
import dev.headline.web.portal.Snapshots;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the API reads, in the shapes of {@link ApiModels}, with paths below the context root. Lists
 * and summaries are kept in the portal's {@link Snapshots} (dropped on any content change, like the
 * pages' lists), so a client polling the newest articles costs no query; only visible articles are
 * ever read: drafts, scheduled and withdrawn articles are filtered by {@link ArticleService}.
 */
@ApplicationScoped
public class ApiContent {

  @Inject ArticleService articles;
  @Inject Taxonomy taxonomy;
  @Inject Cards cards;
  @Inject Snapshots snapshots;

  /** A page of ids of visible articles, newest first, and how many there are in all. */
  public Taxonomy.ArchivePage page(Optional<Section> section, int page, int size) {
    if (section.isPresent()) {
      long id = section.get().id();
      return snapshots.get(
          "api:section:" + id + ":" + page + ":" + size, () -> taxonomy.archive(id, page, size));
    }
    long total = snapshots.get("api:total", articles::countVisible);
    List<Long> ids =
        snapshots.get(
            "api:page:" + page + ":" + size,
            () -> articles.stamps((page - 1) * size, size).stream().map(ArticleStamp::id).toList());
    return new Taxonomy.ArchivePage(ids, total);
  }

  /** The summaries of the visible articles among these ids, in the order given. */
  public List<ArticleSummary> summaries(List<Long> ids) {
    Map<Long, ArticleSummary> found = new HashMap<>();
    List<Long> missing = new ArrayList<>();
    for (Long id : ids) {
      ArticleSummary known = snapshots.peek(key(id));
      if (known == null) {
        missing.add(id);
      } else {
        found.put(id, known);
      }
    }
    if (!missing.isEmpty()) {
      long generation = snapshots.generation();
      for (Article article : articles.visible(missing)) {
        ArticleSummary summary = summary(article);
        found.put(summary.id(), summary);
        snapshots.put(key(summary.id()), summary, generation);
      }
    }
    return ids.stream().map(found::get).filter(Objects::nonNull).toList();
  }

  /** A visible article in full, by its slug. */
  public Optional<ArticleDetail> article(String slug) {
    return articles
        .findVisible(slug)
        .map(
            article -> {
              ArticleSummary s = summary(article);
              return new ArticleDetail(
                  s.id(),
                  s.slug(),
                  s.title(),
                  s.standfirst(),
                  s.url(),
                  s.section(),
                  s.authors(),
                  s.publishedAt(),
                  s.updatedAt(),
                  s.image(),
                  s.readingMinutes(),
                  article.getLanguage(),
                  article.getBody(),
                  taxonomy.tagsOf(article.getId()).stream()
                      .map(t -> new TagRef(t.name(), t.slug(), t.path()))
                      .toList());
            });
  }

  /** The whole category tree, top-level sections first, in menu order. */
  public List<SectionNode> sections() {
    return snapshots.get("api:sections", () -> taxonomy.roots().stream().map(this::node).toList());
  }

  private SectionNode node(Section section) {
    return new SectionNode(
        section.id(),
        section.slug(),
        section.name(),
        section.description(),
        section.path(),
        section.path(),
        taxonomy.children(section.id()).stream().map(this::node).toList());
  }

  private ArticleSummary summary(Article article) {
    ArticleCard card = cards.of(article);
    Section section = taxonomy.primarySectionOf(article.getId());
    Media media = article.getFeaturedImage();
    return new ArticleSummary(
        article.getId(),
        article.getSlug(),
        article.getTitle(),
        article.getStandfirst(),
        card.path(),
        new SectionRef(section.id(), section.name(), section.path(), section.path()),
        article.getAuthors().stream()
            .map(a -> new AuthorRef(a.getName(), a.getSlug(), "/author/" + a.getSlug() + "/"))
            .toList(),
        article.getPublishedAt(),
        article.getUpdatedAt(),
        media == null ? null : image(media, article.getFeaturedAlt(), article.getFeaturedCaption()),
        article.getReadingMinutes());
  }

  /** The links of a stored image: full size and each variant it has. */
  static ImageLinks image(Media media, String alt, String caption) {
    return new ImageLinks(
        MediaFiles.path(media.getFileName()),
        media.getWidth(),
        media.getHeight(),
        alt != null ? alt : media.getAltText(),
        caption != null ? caption : media.getCaption(),
        variants(media));
  }

  /** The variants of a stored image, smallest first, as paths. */
  static List<ImageVariant> variants(Media media) {
    return MediaVariants.widthsFor(media.getWidth()).stream()
        .map(w -> new ImageVariant(w, MediaFiles.path(MediaVariants.name(media.getFileName(), w))))
        .toList();
  }

  private static String key(long id) {
    return "api:summary:" + id;
  }
}
