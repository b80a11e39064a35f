package dev.headline.core.engagement.api;

import java.time.Instant;

/**
 * A reader's share of an article was counted: fired by the {@link dev.headline.core.spi.Engagement}
 * implementation, synchronously, on the request's thread, only for shares that count. Observers
 * must be quick or hand the work on.
 *
 * <pre>{@code
 * void onShare(@Observes ArticleShared event) {
 *   LOG.fine(() -> event.articleId() + " shared to " + event.network());
 * }
 * }</pre>
 *
 * @param articleId the article's id
 * @param network the network it was shared to, in lower case, for example {@code linkedin}
 * @param sharedAt when the share was counted
 */
public record ArticleShared(long articleId, String network, Instant sharedAt) {}
