package dev.headline.web.comments;

import dev.headline.core.content.domain.Article;
import dev.headline.core.content.domain.ArticleRepository;
import dev.headline.engagement.comments.api.CommentProblem;
import dev.headline.engagement.comments.api.CommentRequest;
import dev.headline.engagement.comments.api.CommentService;
import dev.headline.engagement.comments.api.CommentStorageException;
import dev.headline.engagement.comments.api.PostResult;
import dev.headline.web.engagement.ReaderHits;
import dev.headline.web.portal.ArticleCard;
import dev.headline.web.portal.Cards;
import dev.headline.web.portal.PortalRouter;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * {@code POST /comments}: the comment form of the article page. A plain servlet, not a Faces form,
 * because the article page is the same cached HTML for every anonymous reader and holds no
 * per-visitor token; cross-site posts are refused by {@link SameOrigin} instead (403).
 *
 * <p>Answers:
 *
 * <ul>
 *   <li>published at once: {@code 303} to the article at {@code #comment-<id>};
 *   <li>held for moderation (or silently filed as spam): {@code 303} to the article with {@code
 *       ?comment=pending#comments}, which shows "your comment awaits moderation";
 *   <li>not taken: the form again with the message and everything the reader typed, with {@code
 *       400} (a field is wrong), {@code 409} (the replied comment is gone), {@code 403} (comments
 *       are closed) or {@code 429} (rate limit);
 *   <li>an unknown or unpublished article: {@code 404}.
 * </ul>
 *
 * Form fields: {@code article}, {@code parent}, {@code name}, {@code email}, {@code comment}, and
 * the honeypot {@code website}. A signed-in reader posts under the account's name, without name or
 * e-mail.
 */
@WebServlet(urlPatterns = "/comments")
public class CommentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(CommentServlet.class.getName());
  private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");
  private static final String VIEW = "/WEB-INF/views/comment-form.xhtml";

  /** The honeypot's field name: a field robots fill and people never see. */
  static final String HONEYPOT = "website";

  @Inject transient ArticleRepository articles;
  @Inject transient Cards cards;
  @Inject transient CommentService comments;
  @Inject transient ReaderHits hits;
  @Inject transient Clock clock;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    request.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    if (!SameOrigin.allows(request)) {
      LOG.fine(() -> "Cross-site comment post refused, Origin " + request.getHeader("Origin"));
      show(
          request, response, 403, new CommentFormPage(null, null, List.of("commentForeign"), null));
      return;
    }
    Optional<Article> article =
        id(request.getParameter("article"))
            .flatMap(articles::find)
            .filter(a -> a.isVisibleAt(clock.instant()));
    if (article.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    ArticleCard card = cards.of(article.get());
    Principal principal = request.getUserPrincipal();
    Long parentId = id(request.getParameter("parent")).orElse(null);
    String name = value(request, "name");
    String email = value(request, "email");
    String body = value(request, "comment");
    CommentRequest comment =
        new CommentRequest(
            card.id(),
            parentId,
            name,
            email,
            principal == null ? null : principal.getName(),
            body,
            value(request, HONEYPOT),
            card.publishedAt(),
            hits.of(request).clientAddress(),
            request.getHeader("User-Agent"));
    PostResult result;
    try {
      result = comments.post(comment);
    } catch (CommentStorageException e) {
      LOG.log(Level.WARNING, "A comment on article " + card.id() + " could not be stored", e);
      CommentForm form = new CommentForm(card.id(), parentId, null, name, email, body);
      show(
          request,
          response,
          503,
          new CommentFormPage(card.title(), card.path(), List.of("commentNotStored"), form));
      return;
    }
    String articleUrl = request.getContextPath() + card.path();
    switch (result.outcome()) {
      case PUBLISHED -> redirect(response, articleUrl + "#comment-" + result.commentId());
      case HELD -> redirect(response, articleUrl + "?comment=pending#comments");
      case REFUSED -> {
        boolean parentGone = result.problems().contains(CommentProblem.PARENT_GONE);
        // A reply whose parent is gone goes back as a top-level comment: posting again works.
        CommentForm form =
            new CommentForm(card.id(), parentGone ? null : parentId, null, name, email, body);
        List<String> messages = result.problems().stream().map(CommentServlet::key).toList();
        show(
            request,
            response,
            status(result.problems()),
            new CommentFormPage(card.title(), card.path(), messages, form));
      }
    }
  }

  /** The bundle key of a problem's message: {@code commentProblem.nameMissing} and so on. */
  static String key(CommentProblem problem) {
    StringBuilder key = new StringBuilder("commentProblem.");
    boolean upper = false;
    for (char c : problem.name().toLowerCase(java.util.Locale.ROOT).toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        key.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return key.toString();
  }

  private static int status(List<CommentProblem> problems) {
    if (problems.contains(CommentProblem.RATE_LIMITED)) {
      return 429;
    }
    if (problems.contains(CommentProblem.CLOSED)) {
      return HttpServletResponse.SC_FORBIDDEN;
    }
    if (problems.contains(CommentProblem.PARENT_GONE)) {
      return HttpServletResponse.SC_CONFLICT;
    }
    return HttpServletResponse.SC_BAD_REQUEST;
  }

  private static void show(
      HttpServletRequest request, HttpServletResponse response, int status, CommentFormPage page)
      throws IOException, ServletException {
    response.setStatus(status);
    request.setAttribute(PortalRouter.MODEL, page);
    request.getRequestDispatcher(VIEW).forward(request, response);
  }

  private static void redirect(HttpServletResponse response, String location) {
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", ascii(location));
  }

  /** Percent-encodes what is not printable ASCII, so a path with any letters fits in a header. */
  private static String ascii(String location) {
    StringBuilder out = new StringBuilder();
    for (byte b : location.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c > 0x20 && c < 0x7f) {
        out.append((char) c);
      } else {
        out.append('%').append(String.format("%02X", c));
      }
    }
    return out.toString();
  }

  private static String value(HttpServletRequest request, String name) {
    String value = request.getParameter(name);
    return value == null ? "" : value;
  }

  private static Optional<Long> id(String text) {
    return text != null && ID.matcher(text.strip()).matches()
        ? Optional.of(Long.parseLong(text.strip()))
        : Optional.empty();
  }
}
