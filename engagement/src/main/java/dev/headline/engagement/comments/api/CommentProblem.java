package dev.headline.engagement.comments.api;

/**
 * Why a comment was not taken. The web layer turns each into a message of its resource bundle (key
 * {@code comment.problem.<name in camel case>}); nothing was stored.
 */
public enum CommentProblem {
  /** No name, and the reader is not signed in. */
  NAME_MISSING,
  /** The name is longer than 100 characters. */
  NAME_TOO_LONG,
  /** No e-mail address, and the reader is not signed in. */
  EMAIL_MISSING,
  /** The e-mail address is not of the form {@code someone@example.org}. */
  EMAIL_INVALID,
  /** The comment is empty. */
  BODY_MISSING,
  /** The comment is longer than the configured limit ({@code headline.comments.max-length}). */
  BODY_TOO_LONG,
  /**
   * The comment replied to is not (or no longer) shown under this article. Posting again without
   * the parent makes it a top-level comment.
   */
  PARENT_GONE,
  /** The same visitor posted too many comments in a short time. */
  RATE_LIMITED,
  /** The article no longer takes comments ({@code headline.comments.close-after-days}). */
  CLOSED
}
