package dev.headline.web.portal;

import dev.headline.core.spi.Section;
import java.util.List;

/**
 * A page of an archive: a section's, a tag's.
 *
 * @param title the heading ("Asia", "Tag: Elections")
 * @param path the archive's first page, for example {@code /world-news/asia/}
 * @param breadcrumb the sections above and including this one; empty for a tag
 * @param blocks on a section front (page 1 of a section with subsections), the newest of each
 * @param previousPath the newer page, or {@code null}
 * @param nextPath the older page, or {@code null}
 * @param feedPath the archive's RSS feed, or {@code null}
 */
public record ArchiveView(
    String title,
    String description,
    String path,
    List<Section> breadcrumb,
    List<ArticleCard> cards,
    List<Block> blocks,
    int page,
    int pages,
    String previousPath,
    String nextPath,
    String feedPath) {

  /** A subsection's newest articles on its parent's front page. */
  public record Block(Section section, List<ArticleCard> cards) {}
}
