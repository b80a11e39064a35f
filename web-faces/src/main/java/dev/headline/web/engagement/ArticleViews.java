package dev.headline.web.engagement;

import dev.headline.core.spi.Engagement;
import dev.headline.core.spi.ReaderHit;
import dev.headline.web.cache.Unproxied;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records the view of an article page for the portal's router, on every request that reaches the
 * article, whether the page is rendered or served from a cache. Counting must never cost a reader
 * the page: a failure is logged and the page is served.
 */
@ApplicationScoped
public class ArticleViews {

  private static final Logger LOG = Logger.getLogger(ArticleViews.class.getName());

  @Inject Engagement engagement;
  @Inject ReaderHits hits;
  @Inject BeanManager beans;

  /** Views are recorded on every page-cache hit: without client proxies. */
  @PostConstruct
  void start() {
    engagement = Unproxied.of(beans, Engagement.class, engagement);
    hits = Unproxied.of(beans, ReaderHits.class, hits);
  }

  public void record(HttpServletRequest request, long articleId) {
    count(() -> hits.of(request), articleId);
  }

  /** Records the view of an anonymous reader known by the parts of its request. */
  public void record(String peer, UnaryOperator<String> headers, String method, long articleId) {
    count(() -> hits.of(peer, headers, method, false), articleId);
  }

  private void count(Supplier<ReaderHit> hit, long articleId) {
    try {
      engagement.recordView(articleId, hit.get());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The view of article " + articleId + " could not be recorded", e);
    }
  }
}
