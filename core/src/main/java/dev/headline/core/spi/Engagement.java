package dev.headline.core.spi;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reader engagement: counts views and shares of articles, reads the counts back, and keeps the top
 * lists that sidebars and widgets show. Implemented by the {@code engagement} module; a plugin may
 * replace it with an {@code @Alternative @Priority(...)} bean. Readers' pages and REST resources
 * reach it through this interface only.
 *
 * <h2>Promises an implementation keeps</h2>
 *
 * <ul>
 *   <li><b>Honest counts.</b> A hit is counted only when it is a {@code GET} by a reader: not a
 *       known crawler or link-preview bot, not a prefetch, not (unless configured) a signed-in
 *       member of staff, and not the same visitor on the same article again inside the repeat
 *       window. Every call is still kept as a raw hit.
 *   <li><b>Exact under load.</b> Simultaneous requests of one visitor count once; increments are
 *       never lost, also with several server nodes writing to one database.
 *   <li><b>Cheap to call per request.</b> Recording does no database work on the caller's thread
 *       and reads are served from memory: the methods are safe to call from a servlet filter that
 *       runs for every page, including pages served from a cache.
 *   <li><b>Private.</b> A visitor is a keyed hash of address and User-Agent whose key rotates;
 *       neither the address nor a cookie is stored.
 * </ul>
 *
 * <h2>Usage</h2>
 *
 * <pre>{@code
 * @Inject Engagement engagement;
 *
 * // in the filter that serves an article page
 * engagement.recordView(article.getId(), ReaderHit.get(request.getRemoteAddr(), userAgent));
 *
 * // on the page, a few seconds later
 * ArticleCounts counts = engagement.counts(article.getId());
 * String line = counts.views() + " VIEWS · " + counts.shares() + " SHARES";
 *
 * // in a sidebar widget
 * List<RankedArticle> hot = engagement.trending(5);
 * }</pre>
 *
 * <p>Observers learn about counted hits through the {@code ArticleViewed} and {@code ArticleShared}
 * events of {@code dev.headline.core.engagement.api}, and about changes to the comments readers see
 * through {@code CommentsChanged}.
 */
public interface Engagement {

  /**
   * Records one request for an article's page.
   *
   * @param articleId the id of a visible article
   * @param hit the request, as the web layer saw it
   * @return whether the hit counted as a view (and not only as a raw hit)
   */
  boolean recordView(long articleId, ReaderHit hit);

  /**
   * Records one click on a share button, under the same visitor and bot rules as views; the same
   * visitor sharing the same article to the same network counts once per repeat window.
   *
   * @param articleId the id of a visible article
   * @param network the network shared to, in lower case, for example {@code facebook} or {@code
   *     email}
   * @param hit the request of the share link
   * @return whether the share counted
   */
  boolean recordShare(long articleId, String network, ReaderHit hit);

  /**
   * The counts of one article, at most a few seconds old; {@link ArticleCounts#NONE} for an article
   * nobody has read.
   */
  ArticleCounts counts(long articleId);

  /**
   * The counts of several articles at once (for a list of cards).
   *
   * @return a map with an entry for each requested id, in no particular order
   */
  Map<Long, ArticleCounts> counts(Collection<Long> articleIds);

  /**
   * The site's trending articles: views weighted by their age with exponential decay, highest
   * first. Served from a list the implementation refreshes on a timer.
   *
   * @param limit at most this many entries
   */
  List<RankedArticle> trending(int limit);

  /**
   * Trending among some articles only, for example the articles of one section.
   *
   * @param among the candidate article ids; articles without recent views are left out
   * @param limit at most this many entries
   */
  List<RankedArticle> trending(Collection<Long> among, int limit);

  /**
   * The most viewed articles of all time, by counted views, highest first.
   *
   * @param limit at most this many entries
   */
  List<RankedArticle> mostViewed(int limit);

  /**
   * The most viewed articles since a moment, by counted views, highest first; articles without a
   * view since then are left out. For the newsroom's "today's most read":
   *
   * <pre>{@code
   * Instant midnight = LocalDate.now(zone).atStartOfDay(zone).toInstant();
   * for (RankedArticle entry : engagement.mostViewedSince(midnight, 10)) {
   *   long views = (long) entry.score();
   * }
   * }</pre>
   *
   * <p>Views are kept per hour, so the count starts at the beginning of the hour that holds {@code
   * since} (for a time zone whose offset is not whole hours, up to 59 minutes before it). Unlike
   * the other reads this one may query stored counts: it is meant for staff pages, not for every
   * reader's request. Views still waiting to be written (at most a few seconds) are not counted
   * yet.
   *
   * @param since the start of the period
   * @param limit at most this many entries
   */
  List<RankedArticle> mostViewedSince(Instant since, int limit);

  /**
   * {@link #mostViewedSince(Instant, int)} among some articles only, for example the articles of
   * one section.
   *
   * @param since the start of the period
   * @param among the candidate article ids
   * @param limit at most this many entries
   */
  List<RankedArticle> mostViewedSince(Instant since, Collection<Long> among, int limit);

  /**
   * The articles with the most approved comments written in a recent window (by default the last 30
   * days), highest first; articles without such comments are left out. Served from a list the
   * implementation refreshes when comments change and on a timer.
   *
   * <pre>{@code
   * for (RankedArticle entry : engagement.mostCommented(5)) {
   *   long comments = (long) entry.score();
   * }
   * }</pre>
   *
   * @param limit at most this many entries
   */
  List<RankedArticle> mostCommented(int limit);
}
