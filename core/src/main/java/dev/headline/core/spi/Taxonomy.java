package dev.headline.core.spi;

import java.util.List;
import java.util.Optional;

/**
 * The category tree, read side: what the portal needs to draw menus and breadcrumbs, resolve a URL
 * to a section, know where an article lives, and page through archives. Menus, breadcrumbs, paths
 * and sections are answered from memory; archive pages and tags read through indexes, never a scan.
 *
 * <p>Implemented by the taxonomy module; a plugin may replace it with a bean of higher
 * {@code @Priority} annotated {@code @Alternative}. Pages use it like this:
 *
 * <pre>{@code
 * @Inject Taxonomy taxonomy;
 *
 * List<Section> crumbs = taxonomy.breadcrumb(sectionId); // World News, Asia
 * String url = taxonomy.articlePath(article.getId(), article.getSlug());
 * }</pre>
 */
public interface Taxonomy {

  /** Top-level sections in menu order, the fallback section for articles without one included. */
  List<Section> roots();

  Optional<Section> section(long id);

  /** The section at a path of slugs, for example {@code ["world-news", "asia"]}. */
  Optional<Section> sectionAt(List<String> slugs);

  /** Children of a section in menu order. */
  List<Section> children(long sectionId);

  /** Every section in depth-first menu order, for a flat "browse by category" list. */
  List<Section> all();

  /** The section and its ancestors, from the top-level section down to it. */
  List<Section> breadcrumb(long sectionId);

  /** The sections a named menu shows ("top", "main"), as configured. */
  List<Section> menu(String name);

  /** The section that gives an article its URL and its "in Asia"; the fallback section if none. */
  Section primarySectionOf(long articleId);

  /**
   * The sections an article is filed in by hand, its primary section first, then its secondary
   * ones; the primary (or fallback) section alone for an implementation that files no more.
   */
  default List<Section> sectionsOf(long articleId) {
    return List.of(primarySectionOf(articleId));
  }

  /** The canonical URL path of an article: its primary section's path, then its slug. */
  default String articlePath(long articleId, String slug) {
    return primarySectionOf(articleId).path() + slug;
  }

  /**
   * A page of a section's archive (its subsections' articles included), newest first.
   *
   * @param page from 1
   */
  ArchivePage archive(long sectionId, int page, int size);

  /** A tag by its slug. */
  Optional<Tag> tag(String slug);

  /** A page of a tag's archive, newest first. */
  ArchivePage tagArchive(long tagId, int page, int size);

  /** The tags of an article, by name. */
  List<Tag> tagsOf(long articleId);

  /** Where a section that used to live at {@code path} lives now, after a rename or move. */
  Optional<Section> formerlyAt(String path);

  /** The article that used to have this slug, for a redirect after an edit. */
  Optional<Long> articleFormerlyAt(String slug);

  /**
   * The "Related Posts" of an article: visible articles of its primary section first, then those
   * sharing most tags with it, newer before older. Answered from memory between content changes.
   *
   * @param articleId the article being read
   * @param limit at most this many ids
   * @return article ids, best first, never the article itself
   */
  List<Long> related(long articleId, int limit);

  /**
   * A page of an archive.
   *
   * @param articleIds the ids on the page, newest first
   * @param total how many articles the whole archive holds
   */
  record ArchivePage(List<Long> articleIds, long total) {
    public ArchivePage {
      articleIds = List.copyOf(articleIds);
    }

    /** How many pages of {@code size} the archive fills; at least 1. */
    public int pages(int size) {
      return (int) Math.max(1, (total + size - 1) / size);
    }
  }

  /**
   * A flat tag.
   *
   * @param path its archive's URL path, for example {@code /tag/elections/}
   */
  record Tag(long id, String slug, String name, String path) {}
}
