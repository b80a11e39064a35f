package dev.headline.web.portal;

import dev.headline.core.content.api.ContentChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The article page's model ({@link ArticleView}) of the visible articles readers are reading, by
 * the slug in their address: the router finds an article without the database while nothing
 * changes. Dropped whole by any {@link ContentChange} (an article published, edited or withdrawn,
 * the taxonomy, which gives the breadcrumb and the tags' addresses; comments too, at the cost of a
 * lookup per article); kept a minute at most (an author's edited bio, which fires no event, shows
 * within that time). Bounded by the length of the kept bodies, about 32 MB.
 */
@ApplicationScoped
public class ShownArticles {

  private static final long MAX_CHARS = 16_000_000;
  private static final long LIFETIME_NANOS = TimeUnit.SECONDS.toNanos(60);

  private final KeptValues<ArticleView> views =
      new KeptValues<>(MAX_CHARS, view -> 512 + (view.body() == null ? 0 : view.body().length()));

  /**
   * The view of the visible article at {@code slug}, from memory or from {@code lookUp}.
   *
   * @param lookUp reads the article's view from the services, {@code null} when there is none
   * @return the view, or {@code null} (not kept: an unknown slug may be published next)
   */
  public ArticleView at(String slug, Supplier<ArticleView> lookUp) {
    String key = slug;
    ArticleView known = views.get(key);
    if (known != null) {
      return known;
    }
    long generation = views.generation();
    ArticleView found = lookUp.get();
    views.put(key, found, LIFETIME_NANOS, generation);
    return found;
  }

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChange change) {
    views.clear();
  }
}
