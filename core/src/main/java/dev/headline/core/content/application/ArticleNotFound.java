package dev.headline.core.content.application;

/** Asked for an article id that does not exist. */
public class ArticleNotFound extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ArticleNotFound(long id) {
    super("No article with id " + id);
  }

  /** For a more precise "not found" about an article (one of its revisions, say). */
  protected ArticleNotFound(String message) {
    super(message);
  }
}
