package dev.headline.web.comments;

import dev.headline.engagement.comments.api.CommentService;
import dev.headline.engagement.comments.api.CommentStorageException;
import dev.headline.engagement.comments.api.ShownComment;
import dev.headline.web.config.PerRequest;
import dev.headline.web.portal.ArticleView;
import dev.headline.web.portal.PortalRouter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The comments part of the article page (the approved comments in threads, the count, the form) and
 * of the page that shows the form again with a message. Reads the article the router found; the
 * comments are one indexed query per render, which the page cache absorbs.
 *
 * <p>Two query parameters change the page, both checked against a fixed set and never echoed:
 * {@code comment=pending} shows "your comment awaits moderation", {@code replyto=<id>} (an approved
 * comment of this article) makes the form a reply to it, for browsers without JavaScript.
 */
@Named
@ApplicationScoped
public class CommentsBacking {

  private static final String SHOWN = CommentsBacking.class.getName() + ".shown";
  private static final String THREADS = CommentsBacking.class.getName() + ".threads";

  private static final Logger LOG = Logger.getLogger(CommentsBacking.class.getName());
  private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");
  private static final Map<String, String> NOTICES = Map.of("pending", "commentPending");

  @Inject CommentService comments;

  /** The approved comments of the article, in threads, oldest first. */
  public List<CommentThread> getThreads() {
    return PerRequest.get(THREADS, () -> CommentThread.of(shown()));
  }

  /** How many comments the page shows. */
  public int getCount() {
    return shown().size();
  }

  /** The bundle key of the notice to show above the comments, or {@code null}. */
  public String getNotice() {
    String value = external().getRequestParameterMap().get("comment");
    return value == null ? null : NOTICES.get(value);
  }

  /** Whether the article takes comments. */
  public boolean isOpen() {
    return comments.isOpen(article().card().publishedAt());
  }

  /** The form under the article: a reply when {@code replyto} names a comment shown here. */
  public CommentForm getForm() {
    long articleId = article().card().id();
    String replyTo = external().getRequestParameterMap().get("replyto");
    if (replyTo != null && ID.matcher(replyTo).matches()) {
      long id = Long.parseLong(replyTo);
      Optional<ShownComment> parent = shown().stream().filter(c -> c.id() == id).findFirst();
      if (parent.isPresent()) {
        return new CommentForm(articleId, id, parent.get().name(), "", "", "");
      }
    }
    return CommentForm.empty(articleId);
  }

  /** The page of the comment servlet, when it shows the form again. */
  public CommentFormPage getPage() {
    return external().getRequestMap().get(PortalRouter.MODEL) instanceof CommentFormPage page
        ? page
        : null;
  }

  /** The signed-in reader's name, or {@code null}: then the form asks for name and e-mail. */
  public String getSignedInAs() {
    Principal principal = external().getUserPrincipal();
    return principal == null ? null : principal.getName();
  }

  public int getMaxLength() {
    return comments.maxLength();
  }

  private List<ShownComment> shown() {
    return PerRequest.get(
        SHOWN,
        () -> {
          long articleId = article().card().id();
          try {
            return comments.approvedFor(articleId);
          } catch (CommentStorageException e) {
            LOG.log(Level.WARNING, "Comments of article " + articleId + " not shown", e);
            return List.of();
          }
        });
  }

  private ArticleView article() {
    return (ArticleView) external().getRequestMap().get(PortalRouter.MODEL);
  }

  private static ExternalContext external() {
    return FacesContext.getCurrentInstance().getExternalContext();
  }
}
