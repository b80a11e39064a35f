package dev.headline.web.engagement;

import dev.headline.core.content.domain.Article;
import dev.headline.core.spi.Taxonomy;
import jakarta.servlet.http.HttpServletRequest;

/** Absolute addresses of articles, as shared to other sites. */
final class ArticleLinks {

  private ArticleLinks() {}

  /**
   * The article's canonical address on the host and context path the request came in on, for
   * example {@code https://news.example.org/world-news/asia/a-slug}.
   */
  static String canonical(HttpServletRequest request, String articlePath) {
    StringBuffer url = request.getRequestURL();
    String origin = url.substring(0, url.length() - request.getRequestURI().length());
    return origin + request.getContextPath() + articlePath;
  }

  static String canonical(HttpServletRequest request, Taxonomy taxonomy, Article article) {
    return canonical(request, taxonomy.articlePath(article.getId(), article.getSlug()));
  }
}
