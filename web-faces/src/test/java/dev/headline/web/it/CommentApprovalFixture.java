package dev.headline.web.it;

import dev.headline.engagement.comments.api.CommentModeration;
import dev.headline.engagement.comments.api.CommentStatus;
import dev.headline.engagement.comments.api.ModeratedComment;
import dev.headline.engagement.comments.api.ModerationAction;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * Test fixture deployed with {@link BrowserIT} only: approves, as an editor would in the moderation
 * queue, the pending comments sent with the e-mail address of the {@code email} parameter, and
 * answers how many it approved. The browser test runs as a client, so it moderates through this.
 */
@WebServlet("/test-fixture/approve-comments")
public class CommentApprovalFixture extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient CommentModeration moderation;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String email = request.getParameter("email");
    if (email == null || email.isBlank()) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, "email is required");
      return;
    }
    List<Long> ids =
        moderation
            .queue(CommentStatus.PENDING, 1, CommentModeration.MAX_PAGE_SIZE)
            .comments()
            .stream()
            .filter(c -> email.equalsIgnoreCase(c.email()))
            .map(ModeratedComment::id)
            .toList();
    int approved = moderation.apply(ModerationAction.APPROVE, ids, "browser-it");
    response.setContentType("text/plain;charset=UTF-8");
    response.getWriter().print(approved);
  }
}
