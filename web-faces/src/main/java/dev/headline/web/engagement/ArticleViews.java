package dev.headline.web.engagement;

import dev.headline.core.spi.Engagement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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

  public void record(HttpServletRequest request, long articleId) {
    try {
      engagement.recordView(articleId, hits.of(request));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The view of article " + articleId + " could not be recorded", e);
    }
  }
}
