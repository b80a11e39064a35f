/**
 * The default search of Headline, as a plugin: {@link
 * dev.headline.plugins.search.lucene.LuceneSearch} implements core's {@code SearchProvider} with an
 * Apache Lucene index of the visible articles, kept up to date by the content events. Depends on
 * {@code headline-core} alone; nothing here is API. A site that searches with something else leaves
 * this jar out of its WAR (or replaces the bean with an alternative of higher priority).
 */
package dev.headline.plugins.search.lucene;
