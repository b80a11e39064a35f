package dev.headline.web.comments;

/**
 * What the comment form shows: empty under an article, or what the reader typed when the form comes
 * back with a message.
 *
 * @param parentId the comment replied to, or {@code null}
 * @param replyingTo that comment's author, shown above the form, or {@code null}
 */
public record CommentForm(
    long articleId, Long parentId, String replyingTo, String name, String email, String body) {

  /** An empty form for a top-level comment. */
  static CommentForm empty(long articleId) {
    return new CommentForm(articleId, null, null, "", "", "");
  }
}
