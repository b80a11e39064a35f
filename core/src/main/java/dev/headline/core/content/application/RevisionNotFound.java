package dev.headline.core.content.application;

/** Asked for a revision number an article does not have (never had, or pruned). */
public class RevisionNotFound extends ArticleNotFound {

  private static final long serialVersionUID = 1L;

  public RevisionNotFound(long articleId, int number) {
    super("Article " + articleId + " has no revision " + number);
  }
}
