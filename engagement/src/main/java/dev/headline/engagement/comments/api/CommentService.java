package dev.headline.engagement.comments.api;

import dev.headline.engagement.comments.domain.CommentPolicy;
import dev.headline.engagement.comments.domain.PostingLimiter;
import dev.headline.engagement.comments.infrastructure.CommentBoard;
import dev.headline.engagement.comments.infrastructure.CommentSettings;
import dev.headline.engagement.comments.infrastructure.JdbcCommentStore;
import dev.headline.engagement.views.domain.Visitor;
import dev.headline.engagement.views.domain.VisitorKeys;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Readers' comments: posting one under the moderation and spam rules, and reading an article's
 * approved comments for its page.
 *
 * <p>A post goes through, in order: the checks of {@link CommentPolicy#check} (name, e-mail, text;
 * nothing is stored when one fails), whether the article still takes comments, whether the replied
 * comment is shown under the article (a reply to a reply joins the top-level comment), the rate
 * limit per visitor, and then the status rules of {@link CommentPolicy#status} (honeypot, banned
 * words, moderate all, links, first comment held). A comment that is published at once is announced
 * with {@link dev.headline.core.engagement.api.CommentsChanged} before {@code post} returns.
 *
 * <pre>{@code
 * @Inject CommentService comments;
 *
 * PostResult result = comments.post(request);
 * switch (result.outcome()) {
 *   case PUBLISHED -> redirect(articleUrl + "#comment-" + result.commentId());
 *   case HELD -> redirect(articleUrl + "?comment=pending#comments");
 *   case REFUSED -> showForm(result.problems());
 * }
 * }</pre>
 */
@ApplicationScoped
public class CommentService {

  private static final Logger LOG = Logger.getLogger(CommentService.class.getName());
  private static final int PURGE_ABOVE = 10_000;

  @Inject JdbcCommentStore store;
  @Inject CommentBoard board;
  @Inject CommentSettings settings;
  @Inject Clock clock;

  private CommentPolicy policy;
  private PostingLimiter limiter;
  private VisitorKeys visitors;

  @PostConstruct
  void init() {
    policy = new CommentPolicy(settings.policy());
    limiter = new PostingLimiter(clock, settings.ratePosts(), settings.rateWindow());
    visitors = new VisitorKeys(clock);
    LOG.info(
        () ->
            "Comments: first comments "
                + (policy.settings().holdFirst() ? "held" : "published")
                + ", "
                + policy.settings().banned().size()
                + " banned words, at most "
                + settings.ratePosts()
                + " per visitor in "
                + settings.rateWindow());
  }

  /**
   * Posts a reader's comment.
   *
   * @throws CommentStorageException when the database cannot be reached
   */
  public PostResult post(CommentRequest request) {
    CommentPolicy.Checked checked =
        policy.check(request.name(), request.email(), request.account(), request.body());
    if (!checked.ok()) {
      return PostResult.refused(checked.problems());
    }
    if (!isOpen(request.articlePublishedAt())) {
      return PostResult.refused(List.of(CommentProblem.CLOSED));
    }
    try {
      Long parent = null;
      if (request.parentId() != null) {
        Optional<Long> top =
            CommentPolicy.attachTo(
                request.articleId(), store.find(request.parentId()).orElse(null));
        if (top.isEmpty()) {
          return PostResult.refused(List.of(CommentProblem.PARENT_GONE));
        }
        parent = top.get();
      }
      Visitor visitor = visitors.visitor(request.clientAddress(), request.userAgent());
      if (limiter.size() > PURGE_ABOVE) {
        limiter.purge();
      }
      // Past midnight (UTC) the same reader has a new key: the posts under yesterday's still count.
      Visitor earlier =
          visitors.previousVisitor(
              request.clientAddress(), request.userAgent(), settings.rateWindow());
      if (!limiter.tryPost(visitor, earlier)) {
        return PostResult.refused(List.of(CommentProblem.RATE_LIMITED));
      }
      CommentPolicy.Draft draft = checked.draft();
      CommentStatus status =
          policy.status(draft, request.honeypot(), store.hasApproved(draft.authorKey()));
      long id =
          store.insert(
              new JdbcCommentStore.NewComment(
                  request.articleId(), parent, draft, status, hex(visitor), clock.instant()));
      if (status == CommentStatus.APPROVED) {
        board.announce(List.of(request.articleId()));
      }
      return PostResult.stored(id, status);
    } catch (SQLException e) {
      throw new CommentStorageException("The comment could not be stored", e);
    }
  }

  /**
   * An article's approved comments, oldest first; replies carry their top-level comment's id. One
   * indexed query.
   *
   * @throws CommentStorageException when the database cannot be reached
   */
  public List<ShownComment> approvedFor(long articleId) {
    try {
      return store.approvedOf(articleId);
    } catch (SQLException e) {
      throw new CommentStorageException("Comments of " + articleId + " could not be read", e);
    }
  }

  /**
   * Whether an article published at that time still takes comments ({@code
   * headline.comments.close-after-days}).
   */
  public boolean isOpen(Instant publishedAt) {
    return policy.isOpen(publishedAt, clock.instant());
  }

  /** The longest comment, in characters, for the form's {@code maxlength}. */
  public int maxLength() {
    return policy.settings().maxLength();
  }

  /** Forgets visitors whose posts have left the rate limit's window. */
  public void forgetOldPosts() {
    limiter.purge();
  }

  private static String hex(Visitor visitor) {
    HexFormat hex = HexFormat.of();
    return hex.toHexDigits(visitor.high()) + hex.toHexDigits(visitor.low());
  }
}
