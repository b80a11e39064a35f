package dev.headline.core.content.api;

import java.time.Instant;

/**
 * An article went live, by an editor's hand or by the scheduler. See the package documentation for
 * when each kind of observer is called.
 *
 * <pre>{@code
 * void index(@ObservesAsync ArticlePublished event) {
 *   searchIndex.add(event.articleId());
 * }
 * }</pre>
 *
 * @param articleId the article's id
 * @param slug the article's slug at publication
 * @param publishedAt the publish time readers see
 */
public record ArticlePublished(long articleId, String slug, Instant publishedAt)
    implements ContentChange {}
