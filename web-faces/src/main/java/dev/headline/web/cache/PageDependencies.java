package dev.headline.web.cache;

import jakarta.servlet.ServletRequest;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a routed reader's page shows, collected while it renders, so that the page cache can store
 * it and drop it again when that content changes. The router fills it in; a request without one is
 * never stored (errors, redirects, search, account pages).
 *
 * <pre>{@code
 * PageDependencies.of(request).section(section.id()).listed(archive.articleIds());
 * }</pre>
 *
 * <p>Not thread-safe: it belongs to one request.
 */
public final class PageDependencies {

  /** Request attribute that holds the dependencies of the page being rendered. */
  static final String ATTRIBUTE = PageDependencies.class.getName();

  /** Every page on the home page's list: dropped by any article's publication, edit, withdrawal. */
  static final String HOME = "home";

  /** Every feed, site-wide or of a section. */
  static final String FEEDS = "feeds";

  private final Set<String> keys = new HashSet<>();
  private Long articleId;

  PageDependencies() {}

  /** The dependencies of the page this request renders; created on first use. */
  public static PageDependencies of(ServletRequest request) {
    Object existing = request.getAttribute(ATTRIBUTE);
    if (existing instanceof PageDependencies dependencies) {
      return dependencies;
    }
    PageDependencies dependencies = new PageDependencies();
    request.setAttribute(ATTRIBUTE, dependencies);
    return dependencies;
  }

  /** The dependencies recorded for this request, if the router rendered a reader's view. */
  static Optional<PageDependencies> find(ServletRequest request) {
    return request.getAttribute(ATTRIBUTE) instanceof PageDependencies d
        ? Optional.of(d)
        : Optional.empty();
  }

  /** The page is an article's own page: a hit counts a view of it. */
  public PageDependencies articlePage(long id) {
    articleId = id;
    keys.add(articlePageKey(id));
    return this;
  }

  /** The page lists these articles (as cards, in a feed): their edits change it. */
  public PageDependencies listed(Collection<Long> articleIds) {
    articleIds.forEach(id -> keys.add(listedKey(id)));
    return this;
  }

  /** The page is an archive page of this section (its subsections included). */
  public PageDependencies section(long sectionId) {
    keys.add(sectionKey(sectionId));
    return this;
  }

  /** The page is an archive page of this tag. */
  public PageDependencies tag(long tagId) {
    keys.add(tagKey(tagId));
    return this;
  }

  /** The page is the home page. */
  public PageDependencies home() {
    keys.add(HOME);
    return this;
  }

  /** The page is a feed. */
  public PageDependencies feed() {
    keys.add(FEEDS);
    return this;
  }

  /** The page is a static page (no event announces their edits: they expire). */
  public PageDependencies staticPage(String slug) {
    keys.add("page:" + slug);
    return this;
  }

  Set<String> keys() {
    return Set.copyOf(keys);
  }

  Long articleId() {
    return articleId;
  }

  static String articlePageKey(long id) {
    return "article:" + id;
  }

  static String listedKey(long id) {
    return "listed:" + id;
  }

  static String sectionKey(long id) {
    return "section:" + id;
  }

  static String tagKey(long id) {
    return "tag:" + id;
  }
}
