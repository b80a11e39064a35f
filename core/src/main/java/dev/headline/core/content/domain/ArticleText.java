package dev.headline.core.content.domain;

import java.util.Objects;

/**
 * The parts of an article that its revisions keep: what a writer types. Two texts are the same
 * revision when all four parts are equal; sections, tags, pictures and status are not part of it.
 *
 * @param title the headline
 * @param slug the URL segment
 * @param standfirst the summary under the headline, or {@code null}
 * @param body the sanitised body HTML
 */
public record ArticleText(String title, String slug, String standfirst, String body) {

  public ArticleText {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(slug, "slug");
    body = body == null ? "" : body;
  }

  /** The text of an article as it is now. */
  public static ArticleText of(Article article) {
    return new ArticleText(
        article.getTitle(), article.getSlug(), article.getStandfirst(), article.getBody());
  }
}
