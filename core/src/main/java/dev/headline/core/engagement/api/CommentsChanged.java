package dev.headline.core.engagement.api;

import dev.headline.core.content.api.ContentChange;
import java.time.Instant;

/**
 * The comments readers can see under an article changed: a comment was approved, or an approved one
 * was edited, marked as spam, trashed or deleted. Fired by the comments implementation after the
 * change is committed (observe it with {@code @Observes}, or {@code during =
 * TransactionPhase.AFTER_SUCCESS} when the firing side is transactional). Page caches drop the
 * article's page; lists such as "most commented" refresh.
 *
 * <pre>{@code
 * void evict(@Observes CommentsChanged event) {
 *   pageCache.evictArticle(event.articleId());
 * }
 * }</pre>
 *
 * @param articleId the article whose comments changed
 * @param approvedComments the number of approved comments after the change
 * @param changedAt when the change was made
 */
public record CommentsChanged(long articleId, long approvedComments, Instant changedAt)
    implements ContentChange {}
