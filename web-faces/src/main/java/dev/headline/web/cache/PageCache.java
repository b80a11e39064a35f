package dev.headline.web.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import dev.headline.core.content.api.ArticlePublished;
import dev.headline.core.content.api.ArticleUpdated;
import dev.headline.core.content.api.ArticleWithdrawn;
import dev.headline.core.engagement.api.CommentsChanged;
import dev.headline.core.spi.ArticleCounts;
import dev.headline.core.spi.Engagement;
import dev.headline.core.spi.Section;
import dev.headline.core.spi.Taxonomy;
import dev.headline.taxonomy.tree.api.TaxonomyChanged;
import dev.headline.web.plugins.WidgetSettingsChanged;
import dev.headline.web.site.SiteSettingsChanged;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The stored readers' pages, bounded by bytes and by age, and their invalidation by content events.
 * An edited, published or withdrawn article drops its own page, every page that lists it, the
 * archive pages of its sections (primary and secondary) and their ancestors, the pages of its tags,
 * the home page and the feeds; changed comments drop the article's page; a change of the taxonomy
 * (menus, paths, filings) drops everything. Drops happen once the change has committed, and a
 * render that was running meanwhile is not stored ({@link Generations}).
 */
@ApplicationScoped
public class PageCache {

  private static final Logger LOG = Logger.getLogger(PageCache.class.getName());

  @Inject
  @ConfigProperty(name = "headline.cache.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "headline.cache.max-bytes", defaultValue = "67108864")
  long maxBytes;

  @Inject
  @ConfigProperty(name = "headline.cache.expire-seconds", defaultValue = "300")
  long expireSeconds;

  @Inject
  @ConfigProperty(name = "headline.cache.settle-seconds", defaultValue = "5")
  long settleSeconds;

  @Inject
  @ConfigProperty(name = "headline.site.language", defaultValue = "en")
  String language;

  @Inject Engagement engagement;
  @Inject BeanManager beans;
  @Inject Taxonomy taxonomy;

  @Resource TransactionSynchronizationRegistry transactions;

  private final Generations generations = new Generations();
  private Cache<String, CachedPage> pages;
  private CountSlots slots;

  @PostConstruct
  void start() {
    // The counts are read on every hit: without the client proxy.
    engagement = Unproxied.of(beans, Engagement.class, engagement);
    slots = new CountSlots("dev.headline.web.i18n.messages", Locale.forLanguageTag(language));
    pages =
        Caffeine.newBuilder()
            .maximumWeight(Math.max(1, maxBytes))
            .weigher((String key, CachedPage page) -> page.weight() + 2 * key.length())
            .expireAfter(
                new Expiry<String, CachedPage>() {
                  @Override
                  public long expireAfterCreate(String key, CachedPage page, long now) {
                    return page.ttlNanos();
                  }

                  @Override
                  public long expireAfterUpdate(
                      String key, CachedPage page, long now, long currentDuration) {
                    return page.ttlNanos();
                  }

                  @Override
                  public long expireAfterRead(
                      String key, CachedPage page, long now, long currentDuration) {
                    return currentDuration;
                  }
                })
            .build();
  }

  /** Whether pages are stored ({@code headline.cache.enabled}). */
  public boolean isEnabled() {
    return enabled;
  }

  /** How many pages are held now (for tests and operations). */
  public long size() {
    return pages.estimatedSize();
  }

  /** Runs pending evictions (for tests). */
  void cleanUp() {
    pages.cleanUp();
  }

  CachedPage get(String key) {
    return pages.getIfPresent(key);
  }

  /** The generation a render starts in: pass it to {@link #store}. */
  long generation() {
    return generations.current();
  }

  /** The representation of a page for its article's counts now. */
  CachedPage.Representation representation(CachedPage page) {
    Long id = page.articleId();
    return page.representation(
        () -> id == null ? ArticleCounts.NONE : engagement.counts(id),
        slots,
        System.currentTimeMillis());
  }

  /**
   * Builds a page from a captured render, with its representation for the current counts.
   *
   * @param dependencies what the page shows, or {@code null} when the router did not say
   */
  CachedPage page(
      String contentType, String cacheControl, CountSlots.Cut cut, PageDependencies dependencies) {
    Set<String> keys = dependencies == null ? Set.of() : dependencies.keys();
    long lifetime =
        generations.lifetime(
            keys,
            Duration.ofSeconds(expireSeconds).toNanos(),
            Duration.ofSeconds(settleSeconds).toNanos(),
            System.nanoTime());
    Long articleId = dependencies == null ? null : dependencies.articleId();
    CachedPage page = new CachedPage(contentType, cacheControl, cut, articleId, keys, lifetime);
    representation(page);
    return page;
  }

  /**
   * Stores a page if the cache is on and nothing it shows changed since its render started.
   *
   * @param started the {@link #generation()} read before the render
   * @return whether it was stored
   */
  boolean offer(String key, CachedPage page, long started) {
    Set<String> keys = page.dependencies();
    if (!enabled || !generations.unchangedSince(started, keys)) {
      return false;
    }
    pages.put(key, page);
    // A drop between the check and the put has not seen this page: check again, after the put.
    if (!generations.unchangedSince(started, keys)) {
      pages.asMap().remove(key, page);
      return false;
    }
    return true;
  }

  /** Drops the pages that depend on any of these keys, once the current transaction commits. */
  void dropAfterCommit(Set<String> keys) {
    if (transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
              if (status == Status.STATUS_COMMITTED) {
                drop(keys);
              }
            }
          });
    } else {
      drop(keys);
    }
  }

  /** Drops the pages that depend on any of these keys now. */
  void drop(Set<String> keys) {
    generations.drop(keys, System.nanoTime());
    pages.asMap().values().removeIf(page -> !Collections.disjoint(page.dependencies(), keys));
  }

  /** Drops every page. */
  public void dropAll() {
    generations.dropAll(System.nanoTime());
    pages.invalidateAll();
  }

  void published(@Observes ArticlePublished event) {
    dropAfterCommit(articleKeys(event.articleId()));
  }

  void updated(@Observes ArticleUpdated event) {
    dropAfterCommit(articleKeys(event.articleId()));
  }

  void withdrawn(@Observes ArticleWithdrawn event) {
    dropAfterCommit(articleKeys(event.articleId()));
  }

  void commentsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CommentsChanged event) {
    drop(Set.of(PageDependencies.articlePageKey(event.articleId())));
  }

  void taxonomyChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) TaxonomyChanged event) {
    dropAll();
  }

  /** An admin moved a widget or switched one on or off: any page may show it. */
  void widgetsChanged(@Observes WidgetSettingsChanged event) {
    dropAll();
  }

  /** An admin changed the site's identity or its static pages: every page shows them. */
  void siteChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) SiteSettingsChanged event) {
    dropAll();
  }

  /** What an article's change affects: see the class comment. */
  private Set<String> articleKeys(long articleId) {
    Set<String> keys = new HashSet<>();
    keys.add(PageDependencies.articlePageKey(articleId));
    keys.add(PageDependencies.listedKey(articleId));
    keys.add(PageDependencies.HOME);
    keys.add(PageDependencies.FEEDS);
    try {
      for (Section filed : taxonomy.sectionsOf(articleId)) {
        for (Section section : taxonomy.breadcrumb(filed.id())) {
          keys.add(PageDependencies.sectionKey(section.id()));
        }
        keys.add(PageDependencies.sectionKey(filed.id()));
      }
      taxonomy.tagsOf(articleId).forEach(tag -> keys.add(PageDependencies.tagKey(tag.id())));
    } catch (RuntimeException e) {
      // Without the taxonomy's answer the archives cannot be told apart: drop them all.
      LOG.log(Level.WARNING, "Sections of article " + articleId + " unknown; dropping all", e);
      dropAll();
    }
    return keys;
  }
}
