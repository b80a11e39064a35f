package dev.headline.core.content.api;

/**
 * What every change to what readers' pages show has in common: an article published, edited or
 * withdrawn ({@link ArticlePublished}, {@link ArticleUpdated}, {@link ArticleWithdrawn}), its
 * comments changed ({@code CommentsChanged}), the category tree or a filing changed ({@code
 * TaxonomyChanged}). A cache that keeps anything derived from the content observes this one type
 * instead of each event:
 *
 * <pre>{@code
 * void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChange change) {
 *   kept.clear();
 * }
 * }</pre>
 *
 * <p>An observer that needs to know which article changed observes the events themselves.
 */
public interface ContentChange {}
