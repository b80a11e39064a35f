package dev.headline.web.site;

import dev.headline.core.page.domain.Page;
import dev.headline.core.page.domain.PageRepository;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.List;

/**
 * The links every page shows (static pages in the top bar and the footer), kept in memory: a
 * reader's request never queries the database for them. The snapshot is reloaded once a change to
 * the pages has committed ({@link SiteSettingsChanged}, before the page cache drops its pages), and
 * otherwise when older than a minute (for changes made on another node).
 */
@Named("siteMenus")
@ApplicationScoped
public class SiteMenus {

  private static final Duration MAX_AGE = Duration.ofMinutes(1);

  /** A link to a static page. */
  public record PageLink(String slug, String title) {}

  private record Snapshot(List<PageLink> pages, long loadedAtNanos) {}

  @Inject PageRepository repository;

  private volatile Snapshot snapshot;

  public List<PageLink> getPages() {
    Snapshot current = snapshot;
    if (current == null || System.nanoTime() - current.loadedAtNanos() > MAX_AGE.toNanos()) {
      current = reload();
    }
    return current.pages();
  }

  /** Runs before the page cache's observer (default priority 2500): memory first, then drops. */
  void changed(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(100) SiteSettingsChanged event) {
    reload();
  }

  private Snapshot reload() {
    List<PageLink> links =
        repository.all().stream().map((Page p) -> new PageLink(p.getSlug(), p.getTitle())).toList();
    Snapshot fresh = new Snapshot(links, System.nanoTime());
    snapshot = fresh;
    return fresh;
  }
}
