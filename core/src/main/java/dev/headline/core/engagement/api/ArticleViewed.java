package dev.headline.core.engagement.api;

import java.time.Instant;

/**
 * A reader's view of an article was counted: fired by the {@link dev.headline.core.spi.Engagement}
 * implementation, synchronously, on the request's thread, only for hits that count (no bots,
 * prefetches or repeats). Observers must be quick or hand the work on: a page served from the page
 * cache is answered on the server's network thread, with no request scope active, so an observer
 * must not block (no database, no remote call) and must not be request-scoped.
 *
 * <pre>{@code
 * void onView(@Observes ArticleViewed event) {
 *   readingStats.increment(event.articleId());
 * }
 * }</pre>
 *
 * @param articleId the article's id
 * @param viewedAt when the view was counted
 */
public record ArticleViewed(long articleId, Instant viewedAt) {}
