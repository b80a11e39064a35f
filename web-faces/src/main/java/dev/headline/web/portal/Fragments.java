package dev.headline.web.portal;

import dev.headline.core.content.api.ContentChange;
import dev.headline.web.plugins.WidgetSettingsChanged;
import dev.headline.web.site.SiteSettingsChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The markup kept by {@code <hl:cached>} ({@link CachedFragment}): parts of readers' pages rendered
 * once and written again as they are. Everything is dropped by any change a fragment may show: an
 * article published, edited or withdrawn, comments changed, the taxonomy, the site's settings or
 * the widgets' placement. Such changes are rare next to reads; after one, each fragment costs one
 * render again.
 *
 * <p>A fragment rendered while such a change was committing is not kept (the generation moved on),
 * and none is kept longer than a minute, or than the shorter lifetime its tag asks for (the view
 * counts of "Related Posts", for example): what it read besides the content, such as settings
 * reloaded by another observer of the same event, is at most that old. Each fragment is kept as its
 * markup and as that markup in UTF-8, which a captured page copies instead of encoding it again
 * ({@link dev.headline.web.cache.Utf8Body}). Memory is bounded by what is kept (characters plus
 * bytes); the least used fragments go first.
 */
@ApplicationScoped
public class Fragments {

  /**
   * About 24 MB (for mostly ASCII markup: a byte a character in each form): the shell of every page
   * plus the articles being read.
   */
  private static final long MAX_WEIGHT = 16_000_000;

  /** The longest any fragment is kept. */
  static final long LONGEST_SECONDS = 60;

  /** A kept fragment: its markup, and the same in UTF-8. */
  record Kept(String markup, byte[] utf8) {

    static Kept of(String markup) {
      return new Kept(markup, markup.getBytes(StandardCharsets.UTF_8));
    }

    int weight() {
      return markup.length() + utf8.length;
    }
  }

  private final KeptValues<Kept> markup = new KeptValues<>(MAX_WEIGHT, Kept::weight);

  /** The fragment kept under {@code key}, or {@code null} when none or too old. */
  Kept get(String key) {
    return markup.get(key);
  }

  /** The current generation: read it before rendering a fragment, pass it to {@link #put}. */
  long generation() {
    return markup.generation();
  }

  /**
   * Keeps a fragment for at most {@code seconds} (and never more than a minute), unless something
   * changed since {@code generationBefore} was read.
   */
  void put(String key, Kept value, long seconds, long generationBefore) {
    long lifetime = TimeUnit.SECONDS.toNanos(Math.max(0, Math.min(seconds, LONGEST_SECONDS)));
    markup.put(key, value, lifetime, generationBefore);
  }

  /** Drops every fragment. */
  public void clear() {
    markup.clear();
  }

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) SiteSettingsChanged event) {
    clear();
  }

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) WidgetSettingsChanged event) {
    clear();
  }

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChange change) {
    clear();
  }
}
