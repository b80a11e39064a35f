package dev.headline.engagement.comments.api;

import java.util.List;

/**
 * What became of a posted comment.
 *
 * <ul>
 *   <li>{@link Outcome#PUBLISHED}: shown at once; {@code commentId} is its id.
 *   <li>{@link Outcome#HELD}: stored, waiting for a moderator, or silently filed as spam; the
 *       reader is told that it awaits moderation either way, so a spammer learns nothing.
 *   <li>{@link Outcome#REFUSED}: nothing was stored; {@code problems} says why.
 * </ul>
 *
 * @param commentId the stored comment's id, or {@code null} when refused
 * @param problems why the comment was refused, empty otherwise
 */
public record PostResult(Outcome outcome, Long commentId, List<CommentProblem> problems) {

  /** The three answers a reader can get. */
  public enum Outcome {
    PUBLISHED,
    HELD,
    REFUSED
  }

  public PostResult {
    problems = List.copyOf(problems);
  }

  static PostResult refused(List<CommentProblem> problems) {
    return new PostResult(Outcome.REFUSED, null, problems);
  }

  static PostResult stored(long id, CommentStatus status) {
    return new PostResult(
        status == CommentStatus.APPROVED ? Outcome.PUBLISHED : Outcome.HELD, id, List.of());
  }
}
