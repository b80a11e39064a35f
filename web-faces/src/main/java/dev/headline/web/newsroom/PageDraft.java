package dev.headline.web.newsroom;

import dev.headline.core.content.domain.Slugs;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * A static page as the newsroom's form sends it, and the rules it must meet before it is stored: a
 * title (1 to 300 characters), an address made from the slug typed or else from the title that is
 * not taken by the site's own routes nor by a top-level section (those are matched first, so the
 * page could never be reached), and a menu position from 0 to 9,999. The body is sanitised when
 * stored ({@link dev.headline.core.page.domain.Page#setBody}). Pure: no container.
 *
 * @param slug the address typed; blank makes one from the title
 * @param position the page's place in the menus, lower first
 */
public record PageDraft(String title, String slug, String body, int position) {

  public static final int MAX_TITLE = 300;
  public static final int MAX_BODY = 500_000;
  public static final int MAX_POSITION = 9_999;

  /** First path segments the site answers itself: a page there would never be shown. */
  static final Set<String> RESERVED =
      Set.of(
          "newsroom",
          "account",
          "api",
          "static",
          "media",
          "share",
          "comments",
          "search",
          "feed",
          "tag",
          "author",
          "article",
          "page",
          "sitemaps",
          "health",
          "metrics",
          "openapi",
          "resources",
          "it");

  /**
   * A rule the draft breaks.
   *
   * @param field the form field ({@code title}, {@code slug}, {@code body}, {@code position})
   * @param key the message key that explains it
   */
  public record Problem(String field, String key) {}

  /** Trims title and slug; {@code null} reads as empty. */
  public PageDraft {
    title = title == null ? "" : title.strip();
    slug = slug == null ? "" : slug.strip();
    body = body == null ? "" : body;
  }

  /** The page's address: the slug typed, or the title's, in slug form. */
  public String address() {
    return Slugs.of(slug.isEmpty() ? title : slug);
  }

  /**
   * Every rule the draft breaks.
   *
   * @param sectionSlugs the slugs of the top-level sections now
   */
  public List<Problem> problems(Collection<String> sectionSlugs) {
    List<Problem> problems = new ArrayList<>();
    if (title.isEmpty()) {
      problems.add(new Problem("title", "newsroomPageTitleMissing"));
    } else if (title.length() > MAX_TITLE) {
      problems.add(new Problem("title", "newsroomPageTitleTooLong"));
    }
    String address = address();
    if (address.isEmpty()) {
      if (!title.isEmpty() || !slug.isEmpty()) {
        problems.add(new Problem("slug", "newsroomPageSlugMissing"));
      }
    } else if (RESERVED.contains(address) || sectionSlugs.contains(address)) {
      problems.add(new Problem("slug", "newsroomPageSlugReserved"));
    }
    if (body.length() > MAX_BODY) {
      problems.add(new Problem("body", "newsroomPageBodyTooLong"));
    }
    if (position < 0 || position > MAX_POSITION) {
      problems.add(new Problem("position", "newsroomPagePosition"));
    }
    return problems;
  }
}
