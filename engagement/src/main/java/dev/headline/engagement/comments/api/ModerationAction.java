package dev.headline.engagement.comments.api;

/** What a moderator can do to comments, one at a time or in bulk. */
public enum ModerationAction {
  /** Shows the comment; its author's later comments skip the queue. */
  APPROVE,
  /** Files it as spam. */
  SPAM,
  /** Puts it in the trash. */
  TRASH,
  /** Takes it out of spam or trash, back to {@link CommentStatus#PENDING}. */
  RESTORE,
  /**
   * Deletes it for good; only comments in spam or trash can be deleted. Its replies become
   * top-level comments.
   */
  DELETE
}
