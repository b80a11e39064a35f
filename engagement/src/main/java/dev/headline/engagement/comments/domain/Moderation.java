package dev.headline.engagement.comments.domain;

import dev.headline.engagement.comments.api.CommentStatus;
import dev.headline.engagement.comments.api.ModerationAction;
import java.util.Optional;

/** What each moderation action does to a comment's status. */
public final class Moderation {

  private Moderation() {}

  /**
   * The status after an action, or empty when the action does not apply: approving an approved
   * comment, restoring one that is neither spam nor trash, and {@link ModerationAction#DELETE}
   * (which removes, see {@link #deletable}).
   */
  public static Optional<CommentStatus> after(ModerationAction action, CommentStatus now) {
    CommentStatus next =
        switch (action) {
          case APPROVE -> CommentStatus.APPROVED;
          case SPAM -> CommentStatus.SPAM;
          case TRASH -> CommentStatus.TRASH;
          case RESTORE ->
              now == CommentStatus.SPAM || now == CommentStatus.TRASH ? CommentStatus.PENDING : now;
          case DELETE -> now;
        };
    return next == now ? Optional.empty() : Optional.of(next);
  }

  /** Only comments in spam or trash can be deleted for good: a slip of the hand is undoable. */
  public static boolean deletable(CommentStatus now) {
    return now == CommentStatus.SPAM || now == CommentStatus.TRASH;
  }
}
