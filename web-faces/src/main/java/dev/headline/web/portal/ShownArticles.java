package dev.headline.web.portal;

import dev.headline.core.content.api.ArticlePublished;
import dev.headline.core.content.api.ArticleUpdated;
import dev.headline.core.content.api.ArticleWithdrawn;
import dev.headline.taxonomy.tree.api.TaxonomyChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The article page's model ({@link ArticleView}) of the visible articles readers are reading, by
 * the slug in their address: the router finds an article without the database while nothing
 * changes. Dropped whole when an article is published, edited or withdrawn, or the taxonomy changes
 * (the breadcrumb and the tags' addresses); kept a minute at most (an author's edited bio, which
 * fires no event, shows within that time). Bounded by the length of the kept bodies, about 32 MB.
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

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticlePublished event) {
    views.clear();
  }

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleUpdated event) {
    views.clear();
  }

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleWithdrawn event) {
    views.clear();
  }

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) TaxonomyChanged event) {
    views.clear();
  }
}
