package dev.headline.core.content.application;

import dev.headline.core.content.api.ArticlePublished;
import dev.headline.core.content.api.ArticleUpdated;
import dev.headline.core.content.api.ArticleWithdrawn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Hands content events to {@code @ObservesAsync} observers once the transaction that caused them
 * has committed, so slow work (search indexing, cache warming) never sees a change that was rolled
 * back and never holds up an editor's save.
 */
@ApplicationScoped
public class ContentEventRelay {

  @Inject Event<ArticlePublished> published;
  @Inject Event<ArticleUpdated> updated;
  @Inject Event<ArticleWithdrawn> withdrawn;

  void relay(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticlePublished event) {
    published.fireAsync(event);
  }

  void relay(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleUpdated event) {
    updated.fireAsync(event);
  }

  void relay(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleWithdrawn event) {
    withdrawn.fireAsync(event);
  }
}
