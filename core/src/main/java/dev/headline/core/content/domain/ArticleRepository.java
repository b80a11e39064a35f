package dev.headline.core.content.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where articles are kept. Readers' queries go through indexed columns only. */
public interface ArticleRepository {

  Optional<Article> find(long id);

  Optional<Article> findBySlug(String slug);

  /** The newest articles visible at {@code now}, newest first. */
  List<Article> latestPublished(Instant now, int limit);

  /**
   * A page of visible articles older than a cursor (keyset pagination on {@code published_at, id}).
   *
   * @param before the publish time of the last article of the previous page, or {@code null}
   * @param beforeId its id, or {@code null}
   */
  List<Article> publishedBefore(Instant now, Instant before, Long beforeId, int limit);

  /**
   * The published article that comes right after one in time (its "Next Post"): the oldest visible
   * article published after {@code after}, ties broken by id.
   */
  Optional<Article> publishedAfter(Instant now, Instant after, long afterId);

  /**
   * Visible articles, newest first, as stamps: {@code limit} of them after skipping {@code offset}.
   */
  List<ArticleStamp> publishedStamps(Instant now, int offset, int limit);

  /** Visible articles published at or after {@code since}, newest first, as stamps. */
  List<ArticleStamp> publishedSince(Instant now, Instant since, int limit);

  /** The ids of an author's visible articles, newest first, a page at a time. */
  List<Long> publishedByAuthor(Instant now, long authorId, int offset, int limit);

  /** How many visible articles an author has. */
  long countPublishedByAuthor(Instant now, long authorId);

  /** How many articles are visible. */
  long countPublished(Instant now);

  /** Scheduled articles whose time has come, oldest first. */
  List<Article> dueForPublication(Instant now, int limit);

  /** The articles with these ids, in the order of the ids; missing ids are left out. */
  List<Article> findAll(List<Long> ids);

  long count();

  Article save(Article article);

  /**
   * Articles for the newsroom's list, most recently changed first, in any status.
   *
   * @param status only this status, or {@code null} for all
   * @param text only articles whose title or slug contains this (any case), or {@code null}
   * @param createdBy only this creator's, or {@code null} for everyone's
   */
  List<Article> newsroom(
      ArticleStatus status, String text, String createdBy, int offset, int limit);

  /** How many articles {@link #newsroom} would list without paging. */
  long countNewsroom(ArticleStatus status, String text, String createdBy);
}
