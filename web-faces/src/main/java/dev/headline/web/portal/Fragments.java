package dev.headline.web.portal;

import dev.headline.taxonomy.tree.api.TaxonomyChanged;
import dev.headline.web.site.SiteSettingsChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The markup kept by {@link CachedFragment}s: dropped whole when the taxonomy (sections, menus) or
 * the site's settings (name, links, static pages) change. A fragment rendered while such a change
 * was committing is not kept, and none is kept longer than a minute (whatever else it read, for
 * example settings reloaded by another observer of the same event, is at most that old).
 */
@ApplicationScoped
public class Fragments {

  /** Fragments are few (a handful per context path); beyond this the store starts again. */
  private static final int MAX_ENTRIES = 256;

  private static final long LIFETIME_NANOS = 60_000_000_000L;

  private record Kept(String markup, long since) {}

  private final Map<String, Kept> markup = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();

  String get(String key) {
    Kept kept = markup.get(key);
    if (kept == null || System.nanoTime() - kept.since() > LIFETIME_NANOS) {
      return null;
    }
    return kept.markup();
  }

  long generation() {
    return generation.get();
  }

  void put(String key, String value, long generationBefore) {
    if (generation.get() != generationBefore) {
      return;
    }
    if (markup.size() >= MAX_ENTRIES) {
      markup.clear();
    }
    Kept kept = new Kept(value, System.nanoTime());
    markup.put(key, kept);
    // A drop between the check and the put has not seen this value.
    if (generation.get() != generationBefore) {
      markup.remove(key, kept);
    }
  }

  /** Drops every fragment. */
  public void clear() {
    generation.incrementAndGet();
    markup.clear();
  }

  void taxonomyChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) TaxonomyChanged event) {
    clear();
  }

  void siteChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) SiteSettingsChanged event) {
    clear();
  }
}
