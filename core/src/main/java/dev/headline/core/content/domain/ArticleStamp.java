package dev.headline.core.content.domain;

import java.time.Instant;

/**
 * The few columns of a published article that sitemaps and other long lists need, read without
 * loading the entity.
 */
public record ArticleStamp(
    long id, String slug, String title, Instant publishedAt, Instant updatedAt) {}
