package dev.headline.core.content.domain;

import java.time.Instant;

/**
 * A revision as a history list shows it, without its text.
 *
 * @param number its number in the article's history
 * @param savedBy who saved it
 * @param startedAt when the first save folded into it was made
 * @param savedAt when the last one was
 * @param note why it is special, or {@code null}
 */
public record RevisionSummary(
    int number, String savedBy, Instant startedAt, Instant savedAt, String note) {}
