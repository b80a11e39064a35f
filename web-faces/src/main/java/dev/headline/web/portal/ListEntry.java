package dev.headline.web.portal;

import dev.headline.core.spi.ArticleCounts;

/**
 * An article in a list that shows its numbers: a widget's tab, "Recent News", "Related Posts".
 *
 * @param card what every list shows of an article
 * @param counts its views, shares and comments, a few seconds old
 */
public record ListEntry(ArticleCard card, ArticleCounts counts) {}
