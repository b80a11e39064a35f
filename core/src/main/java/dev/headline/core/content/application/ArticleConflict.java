package dev.headline.core.content.application;

import dev.headline.core.content.domain.Article;

/**
 * A save made from an older version of an article than the one stored: someone else saved in
 * between. Nothing was changed; {@link #current()} is the stored article, so the screen can show
 * both versions.
 */
public class ArticleConflict extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Article current;

  public ArticleConflict(Article current) {
    super(
        "Article "
            + current.getId()
            + " was saved by someone else (now version "
            + current.getVersion()
            + ")");
    this.current = current;
  }

  /** The article as it is stored now. */
  public Article current() {
    return current;
  }
}
