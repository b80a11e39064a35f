package dev.headline.engagement.comments.api;

import java.time.Instant;

/**
 * An approved comment as readers see it: no e-mail address, no visitor hash.
 *
 * @param parentId the top-level comment it replies to, or {@code null}
 * @param name the author's name, to be escaped on output
 * @param body the text as typed, line breaks as {@code \n}, to be escaped on output
 */
public record ShownComment(long id, Long parentId, String name, String body, Instant createdAt) {}
