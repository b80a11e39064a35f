package dev.headline.core.content.domain;

import java.util.List;
import java.util.Optional;

/** Where articles' revisions are kept. Every query goes through (article_id, number). */
public interface RevisionRepository {

  /** The article's newest revision, if it has any. */
  Optional<ArticleRevision> latest(long articleId);

  /** One revision of an article by its number. */
  Optional<ArticleRevision> find(long articleId, int number);

  /** An article's revisions without their text, newest first, at most {@code limit}. */
  List<RevisionSummary> newestFirst(long articleId, int limit);

  /** How many revisions an article has. */
  long count(long articleId);

  /** Adds a revision, or writes a changed one, in the caller's transaction. */
  ArticleRevision save(ArticleRevision revision);

  /**
   * Deletes an article's revisions numbered {@code number} or lower.
   *
   * @return how many were deleted
   */
  int deleteUpTo(long articleId, int number);
}
