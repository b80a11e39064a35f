package dev.headline.engagement.comments.api;

import java.time.Instant;

/**
 * A comment as a reader sent it, with what the rules need to know about the request. Values are
 * taken as typed; {@link CommentService#post} trims and checks them.
 *
 * <pre>{@code
 * CommentRequest request =
 *     new CommentRequest(articleId, null, "Ada", "ada@example.org", null,
 *         "Well said.", "", article.getPublishedAt(), remoteAddress, userAgent);
 * }</pre>
 *
 * @param articleId the article commented on; the caller has checked that readers can see it
 * @param parentId the comment replied to, or {@code null} for a top-level comment
 * @param name the name to show; ignored when {@code account} is set
 * @param email the reader's e-mail address, stored and never shown; ignored when {@code account} is
 *     set
 * @param account the signed-in reader's user name, or {@code null} for an anonymous reader
 * @param body the comment, plain text
 * @param honeypot the value of the form's hidden field that people leave empty
 * @param articlePublishedAt when the article was published, for closing old articles to comments
 * @param clientAddress the reader's address, hashed for the rate limit and never stored
 * @param userAgent the {@code User-Agent} header, or {@code null}
 */
public record CommentRequest(
    long articleId,
    Long parentId,
    String name,
    String email,
    String account,
    String body,
    String honeypot,
    Instant articlePublishedAt,
    String clientAddress,
    String userAgent) {}
