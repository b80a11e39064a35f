package dev.headline.engagement.comments.api;

import dev.headline.engagement.comments.domain.CommentText;
import dev.headline.engagement.comments.infrastructure.CommentBoard;
import dev.headline.engagement.comments.infrastructure.CommentSettings;
import dev.headline.engagement.comments.infrastructure.JdbcCommentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The moderation queue, for the newsroom: comments by status, newest first, and what a moderator
 * does to them, one at a time or in bulk. Each call is committed before it returns (it never joins
 * the caller's transaction); when it changed what readers see (a comment was approved, or an
 * approved one was edited, marked as spam, trashed or deleted), {@link
 * dev.headline.core.engagement.api.CommentsChanged} is fired for each article concerned, after the
 * commit, and the counts and lists in memory follow at once.
 *
 * <p>This class checks no roles: the newsroom screen that calls it must (editors moderate).
 *
 * <pre>{@code
 * @Inject CommentModeration moderation;
 *
 * QueuePage pending = moderation.queue(CommentStatus.PENDING, 1, 20);
 * moderation.apply(ModerationAction.APPROVE, List.of(12L, 15L), "editor.ana");
 * moderation.edit(17L, "Text without the insult.", "editor.ana");
 * }</pre>
 */
@ApplicationScoped
public class CommentModeration {

  /** The largest page of the queue. */
  public static final int MAX_PAGE_SIZE = 200;

  @Inject JdbcCommentStore store;
  @Inject CommentBoard board;
  @Inject CommentSettings settings;
  @Inject Clock clock;

  /**
   * One page of the comments with a status, newest first.
   *
   * @param page from 1; a page past the end is empty
   * @param size 1 to {@link #MAX_PAGE_SIZE}
   */
  public QueuePage queue(CommentStatus status, int page, int size) {
    int checkedPage = Math.max(1, page);
    int checkedSize = Math.max(1, Math.min(MAX_PAGE_SIZE, size));
    long offset = (long) (checkedPage - 1) * checkedSize;
    try {
      long total = store.countsByStatus().get(status);
      List<ModeratedComment> comments =
          offset >= total
              ? List.of()
              : store.queue(status, (int) Math.min(Integer.MAX_VALUE, offset), checkedSize);
      return new QueuePage(comments, checkedPage, checkedSize, total);
    } catch (SQLException e) {
      throw new CommentStorageException("The moderation queue could not be read", e);
    }
  }

  /** How many comments have each status (for the queue's tabs and the dashboard). */
  public Map<CommentStatus, Long> counts() {
    try {
      return store.countsByStatus();
    } catch (SQLException e) {
      throw new CommentStorageException("Comment counts could not be read", e);
    }
  }

  /** One comment, whatever its status. */
  public Optional<ModeratedComment> find(long id) {
    try {
      return store.find(id);
    } catch (SQLException e) {
      throw new CommentStorageException("Comment " + id + " could not be read", e);
    }
  }

  /** Approves a comment; see {@link #apply}. */
  public boolean approve(long id, String moderator) {
    return apply(ModerationAction.APPROVE, List.of(id), moderator) == 1;
  }

  /** Marks a comment as spam; see {@link #apply}. */
  public boolean spam(long id, String moderator) {
    return apply(ModerationAction.SPAM, List.of(id), moderator) == 1;
  }

  /** Puts a comment in the trash; see {@link #apply}. */
  public boolean trash(long id, String moderator) {
    return apply(ModerationAction.TRASH, List.of(id), moderator) == 1;
  }

  /** Takes a comment out of spam or trash, back to pending; see {@link #apply}. */
  public boolean restore(long id, String moderator) {
    return apply(ModerationAction.RESTORE, List.of(id), moderator) == 1;
  }

  /** Deletes a comment in spam or trash for good; see {@link #apply}. */
  public boolean delete(long id, String moderator) {
    return apply(ModerationAction.DELETE, List.of(id), moderator) == 1;
  }

  /**
   * Applies an action to comments, all in one transaction. Ids that are unknown, or comments the
   * action does not apply to (approving an approved comment, deleting one outside spam and trash),
   * are skipped.
   *
   * @param moderator who acts, recorded with the comment
   * @return how many comments changed
   */
  public int apply(ModerationAction action, Collection<Long> ids, String moderator) {
    if (ids.isEmpty()) {
      return 0;
    }
    List<JdbcCommentStore.Change> changes;
    try {
      changes = store.moderate(ids, action, moderator, clock.instant());
    } catch (SQLException e) {
      throw new CommentStorageException("Comments could not be moderated", e);
    }
    board.announce(
        changes.stream()
            .filter(JdbcCommentStore.Change::visible)
            .map(JdbcCommentStore.Change::articleId)
            .toList());
    return changes.size();
  }

  /**
   * Replaces a comment's text, under the same length rule as readers' comments.
   *
   * @return {@code false} for an unknown id
   * @throws IllegalArgumentException when the new text is empty or too long
   */
  public boolean edit(long id, String body, String moderator) {
    String text = CommentText.body(body);
    int max = settings.maxLength();
    if (text.isEmpty() || CommentText.length(text) > max) {
      throw new IllegalArgumentException("A comment's text must be 1 to " + max + " characters");
    }
    Optional<ModeratedComment> before;
    try {
      before = store.edit(id, text, moderator, clock.instant());
    } catch (SQLException e) {
      throw new CommentStorageException("Comment " + id + " could not be edited", e);
    }
    before
        .filter(c -> c.status() == CommentStatus.APPROVED)
        .ifPresent(c -> board.announce(List.of(c.articleId())));
    return before.isPresent();
  }
}
