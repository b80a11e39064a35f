package dev.headline.taxonomy.tree.api;

import dev.headline.core.content.api.ContentChange;

/**
 * The category tree or an article's filing changed. The in-memory read model and page caches
 * observe it (after commit) to reload.
 *
 * <pre>{@code
 * void refresh(@Observes(during = TransactionPhase.AFTER_SUCCESS) TaxonomyChanged change) {
 *   menuCache.clear();
 * }
 * }</pre>
 *
 * @param what a short description for logs, for example "moved 12 under 3"
 * @param treeChanged whether sections themselves changed (not only an article's filing)
 * @param articleId the article whose filing changed, or {@code null} when many may have
 */
public record TaxonomyChanged(String what, boolean treeChanged, Long articleId)
    implements ContentChange {}
