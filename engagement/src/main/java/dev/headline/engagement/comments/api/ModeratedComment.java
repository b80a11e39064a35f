package dev.headline.engagement.comments.api;

import java.time.Instant;

/**
 * A comment as the newsroom sees it in the moderation queue: everything that was stored.
 *
 * @param parentId the top-level comment it replies to, or {@code null}
 * @param email the address the reader gave, or {@code null} for a signed-in reader
 * @param account the signed-in reader's user name, or {@code null}
 * @param visitor the day's keyed hash of the reader's address and User-Agent (hex): equal values on
 *     one day mean the same reader, nothing more can be read from it
 * @param moderatedAt when a moderator last changed it, or {@code null}
 * @param moderatedBy who did, or {@code null}
 */
public record ModeratedComment(
    long id,
    long articleId,
    Long parentId,
    String name,
    String email,
    String account,
    String body,
    CommentStatus status,
    String visitor,
    Instant createdAt,
    Instant moderatedAt,
    String moderatedBy) {}
