package dev.headline.plugins.live;

import java.time.Instant;

/**
 * One timestamped update of a live story.
 *
 * @param id increasing: a reader's page asks for the updates after the last id it has
 * @param headline a short line in bold, or {@code null}
 * @param body plain text as the editor typed it; escaped on output, line breaks kept
 * @param author who posted it (the account's name)
 */
public record LiveUpdate(
    long id, long articleId, Instant postedAt, String headline, String body, String author) {

  /** Longest headline, in characters. */
  public static final int MAX_HEADLINE = 300;

  /** Longest body, in characters. */
  public static final int MAX_BODY = 20_000;
}
