package dev.headline.core.content.api;

import java.time.Instant;

/**
 * A published article was taken off the site. Everything that lists or indexes articles removes it.
 *
 * <pre>{@code
 * void unindex(@ObservesAsync ArticleWithdrawn event) {
 *   searchIndex.remove(event.articleId());
 * }
 * }</pre>
 *
 * @param articleId the article's id
 * @param slug the slug it had
 * @param withdrawnAt when it was withdrawn
 */
public record ArticleWithdrawn(long articleId, String slug, Instant withdrawnAt)
    implements ContentChange {}
