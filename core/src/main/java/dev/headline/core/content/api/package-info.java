/**
 * What core tells the rest of the system about articles: events fired by core and observed by any
 * module or plugin (search indexes, caches, counters). Stable public API: records are only ever
 * extended with new components at the end, in a new major version.
 *
 * <p>Each event is delivered three ways; pick the one that fits:
 *
 * <ul>
 *   <li>{@code @Observes} runs inside the transaction that made the change, before commit;
 *   <li>{@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} runs once it has committed;
 *   <li>{@code @ObservesAsync} runs on another thread after commit: use it for slow work.
 * </ul>
 */
package dev.headline.core.content.api;
