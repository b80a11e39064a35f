package dev.headline.core.spi;

import java.util.List;
import java.util.Map;

/**
 * Adds to what an article's page says about the article: labels in its header ("Live", "Sponsored",
 * "Fact-checked") and properties of its {@code NewsArticle} structured data. For whole boxes of
 * content, use a {@link Widget} in the {@code ARTICLE_END} slot instead.
 *
 * <p>Called for every render of an article page: answer from memory. An enricher that throws is
 * logged, counted in the metric {@code headline.plugin.failures} and left out; the page renders
 * without its additions.
 *
 * <pre>{@code
 * @ApplicationScoped
 * public class SponsoredLabel implements ArticleEnricher {
 *   @Inject Sponsorships sponsorships; // loaded at start, refreshed on change
 *
 *   public String id() { return "sponsored"; }
 *
 *   public List<Label> labels(Article article) {
 *     return sponsorships.sponsor(article.id())
 *         .map(s -> List.of(new Label("sponsored", "Sponsored by " + s.name())))
 *         .orElse(List.of());
 *   }
 * }
 * }</pre>
 */
public interface ArticleEnricher {

  /** A stable identifier, lower case with dashes. */
  String id();

  /**
   * Labels for the article's header, shown in this order after those of enrichers with a lower
   * {@link #order()}.
   */
  default List<Label> labels(Article article) {
    return List.of();
  }

  /**
   * Properties to add to the article's {@code NewsArticle} JSON-LD; a property the portal already
   * writes (headline, dates, author, image...) is not replaced.
   */
  default Map<String, String> structuredData(Article article) {
    return Map.of();
  }

  /** Position among enrichers: lower first. */
  default int order() {
    return 100;
  }

  /**
   * The article being rendered.
   *
   * @param id the article's id
   * @param slug its slug
   * @param sectionPath its primary section's path, for example {@code /live/}
   */
  record Article(long id, String slug, String sectionPath) {

    /** Whether the article's primary section is {@code path} or below it. */
    public boolean underSection(String path) {
      return sectionPath != null && sectionPath.startsWith(path);
    }
  }

  /**
   * A label in the article's header.
   *
   * @param kind lower case with dashes; also a CSS class ({@code label-<kind>})
   * @param text what readers see
   */
  record Label(String kind, String text) {}
}
