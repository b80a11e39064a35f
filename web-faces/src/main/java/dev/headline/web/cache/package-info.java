/**
 * The page cache for anonymous readers, HTTP caching headers and compression. {@link
 * dev.headline.web.cache.PageCacheFilter} runs before the portal's router: it answers readers'
 * pages from memory, counts the article's view on a hit, writes the current view and share counts
 * into the stored page, and drops pages when content events say they changed. The router tells the
 * cache what a page depends on through {@link dev.headline.web.cache.PageDependencies}; that class
 * is the only one the rest of the web module uses.
 */
package dev.headline.web.cache;
