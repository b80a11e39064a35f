package dev.headline.engagement.comments.api;

/** The comments' database could not be read or written; the caller answers with an error page. */
public class CommentStorageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CommentStorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
