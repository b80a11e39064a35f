package dev.headline.web.site;

/**
 * An admin changed the site's name, tagline, description, social links or static pages: every page
 * shows them, so caches of rendered pages drop everything. Fired inside the change's transaction;
 * observe it with {@code during = TransactionPhase.AFTER_SUCCESS}.
 *
 * <pre>{@code
 * void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) SiteSettingsChanged event) {
 *   cache.dropAll();
 * }
 * }</pre>
 *
 * @param what a short description for logs, for example {@code "identity"} or {@code "page
 *     about-us"}
 */
public record SiteSettingsChanged(String what) {}
