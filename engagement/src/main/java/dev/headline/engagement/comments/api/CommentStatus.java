package dev.headline.engagement.comments.api;

/** Where a comment stands in moderation. Only {@link #APPROVED} comments are shown to readers. */
public enum CommentStatus {
  /** Waiting in the moderation queue. */
  PENDING,
  /** Shown under the article and counted. */
  APPROVED,
  /** Judged to be spam, by the rules or by a moderator. */
  SPAM,
  /** Put aside by a moderator; can be restored or deleted for good. */
  TRASH
}
