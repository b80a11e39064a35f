package dev.headline.core.spi;

/**
 * One entry of a top list from {@link Engagement}: an article and the score it was ranked by.
 *
 * @param articleId the article's id
 * @param score what the list is ordered by, highest first: decayed views for trending, total views
 *     for most viewed, approved comments inside the window for most commented
 */
public record RankedArticle(long articleId, double score) {}
