/**
 * Reader comments, for the web layer and the newsroom: {@link
 * dev.headline.engagement.comments.api.CommentService} posts a reader's comment under the
 * moderation and spam rules and lists an article's approved comments; {@link
 * dev.headline.engagement.comments.api.CommentModeration} is the moderation queue (list by status,
 * approve, mark as spam, trash, restore, delete, edit, in bulk too). Records here are the only
 * shapes that leave the package; the tables and rules behind them are internal.
 *
 * <p>Every change that alters what readers see fires core's {@link
 * dev.headline.core.engagement.api.CommentsChanged} once it is committed. Approved comment counts
 * reach pages through core's {@code Engagement} SPI ({@code ArticleCounts.comments}, {@code
 * mostCommented}).
 */
package dev.headline.engagement.comments.api;
