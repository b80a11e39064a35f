package dev.headline.web.portal;

import dev.headline.core.spi.Section;
import java.time.Instant;
import java.util.List;

/**
 * Everything the article page shows, read once by the router.
 *
 * @param body sanitised HTML, safe to write unescaped
 * @param breadcrumb the primary section and its ancestors, top-level first
 * @param tags the article's tags as links
 */
public record ArticleView(
    ArticleCard card,
    String body,
    String language,
    Instant updatedAt,
    List<Byline> authors,
    List<Section> breadcrumb,
    List<TagLink> tags) {

  /** An author as the author box shows them. */
  public record Byline(String name, String slug, String bio) {}

  /** A tag and the path of its archive. */
  public record TagLink(String name, String path) {}
}
