package dev.headline.web.it;

import dev.headline.core.account.application.AccountService;
import dev.headline.core.account.application.Registration;
import dev.headline.core.account.domain.Role;
import dev.headline.core.content.application.ArticleService;
import dev.headline.core.content.domain.Article;
import dev.headline.engagement.comments.api.CommentModeration;
import dev.headline.engagement.comments.api.CommentRequest;
import dev.headline.engagement.comments.api.CommentService;
import dev.headline.engagement.comments.api.PostResult;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Test-only servlet that NewsroomIT adds to the WAR: makes accounts with given roles, posts a
 * reader's comment, and reads an article's or a comment's state back (also its public path, and its
 * featured image and bylines), so the test can check what the newsroom really stored. Never part of
 * the product.
 */
@WebServlet("/it/newsroom")
public class NewsroomFixtures extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String PASSWORD = "newsroom test password";

  @Inject transient AccountService accounts;
  @Inject transient ArticleService articles;
  @Inject transient CommentService comments;
  @Inject transient CommentModeration moderation;
  @Inject transient dev.headline.core.spi.Taxonomy taxonomy;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain;charset=UTF-8");
    String answer =
        switch (request.getParameter("op")) {
          case "account" -> {
            String name = request.getParameter("name");
            Set<Role> roles =
                Arrays.stream(request.getParameter("roles").split(","))
                    .filter(r -> !r.isBlank())
                    .map(Role::valueOf)
                    .collect(Collectors.toSet());
            yield String.valueOf(
                accounts
                    .create(new Registration(name, name + "@example.org", name, PASSWORD), roles)
                    .getId());
          }
          case "article" -> {
            Article article =
                articles.find(Long.parseLong(request.getParameter("id"))).orElseThrow();
            yield article.getStatus()
                + "\n"
                + article.getVersion()
                + "\n"
                + article.getCreatedBy()
                + "\n"
                + article.getTitle();
          }
          case "comment" -> {
            Article article =
                articles.find(Long.parseLong(request.getParameter("article"))).orElseThrow();
            String who = request.getParameter("who");
            PostResult result =
                comments.post(
                    new CommentRequest(
                        article.getId(),
                        null,
                        who,
                        who + "@example.org",
                        null,
                        "A comment from " + who,
                        "",
                        article.getPublishedAt(),
                        "192.0.2." + (Math.abs(who.hashCode()) % 250 + 1),
                        "NewsroomIT"));
            yield result.commentId() + "\n" + result.outcome() + "\n" + result.problems();
          }
          case "path" -> {
            Article article =
                articles.find(Long.parseLong(request.getParameter("id"))).orElseThrow();
            yield taxonomy.articlePath(article.getId(), article.getSlug());
          }
          case "dressing" -> {
            Article article =
                articles.find(Long.parseLong(request.getParameter("id"))).orElseThrow();
            yield (article.getFeaturedImage() == null ? "" : article.getFeaturedImage().getId())
                + "\n"
                + article.getFeaturedAlt()
                + "\n"
                + article.getFeaturedCaption()
                + "\n"
                + article.getAuthors().stream()
                    .map(dev.headline.core.author.domain.Author::getName)
                    .collect(Collectors.joining("|"));
          }
          case "comment-status" ->
              moderation
                  .find(Long.parseLong(request.getParameter("id")))
                  .map(c -> c.status().name())
                  .orElse("GONE");
          default -> throw new IllegalArgumentException(request.getParameter("op"));
        };
    response.getWriter().write(answer);
  }
}
