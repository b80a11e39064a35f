package dev.headline.core.content.api;

import java.time.Instant;

/**
 * A saved change to an article, published or not: title, body, slug, image, schedule. Caches of the
 * article's page and of the lists that show it observe this to drop what they hold.
 *
 * <pre>{@code
 * void evict(@Observes ArticleUpdated event) {
 *   pageCache.evictArticle(event.articleId());
 * }
 * }</pre>
 *
 * @param articleId the article's id
 * @param slug the slug after the change
 * @param previousSlug the slug before the change; equal to {@code slug} when it did not change
 * @param updatedAt when the change was saved
 */
public record ArticleUpdated(long articleId, String slug, String previousSlug, Instant updatedAt)
    implements ContentChange {

  /** Whether the change moved the article to another URL. */
  public boolean slugChanged() {
    return !slug.equals(previousSlug);
  }
}
