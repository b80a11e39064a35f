package dev.headline.web.portal;

import dev.headline.core.content.domain.Article;

/** The reader's URL of an article, below the context root. */
public final class ArticlePaths {

  static final String PREFIX = "/article/";

  private ArticlePaths() {}

  public static String of(Article article) {
    return PREFIX + article.getSlug();
  }
}
