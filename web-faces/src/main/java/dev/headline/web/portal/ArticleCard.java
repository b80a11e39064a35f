package dev.headline.web.portal;

import java.time.Instant;

/**
 * What a list shows of an article: headline, link, image, date, byline, section. Built once from
 * the entity (see {@link Cards}) so that views never touch JPA state.
 *
 * @param path the article's URL below the context root, starting with {@code /}
 * @param sectionName the primary section's name ("Asia")
 * @param sectionPath the primary section's URL path
 * @param image the featured image, or {@code null}
 */
public record ArticleCard(
    long id,
    String title,
    String path,
    String standfirst,
    Instant publishedAt,
    String byline,
    int readingMinutes,
    String sectionName,
    String sectionPath,
    Picture image) {}
