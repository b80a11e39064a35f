package dev.headline.plugins.search.lucene;

import dev.headline.core.content.api.ArticlePublished;
import dev.headline.core.content.api.ArticleUpdated;
import dev.headline.core.content.api.ArticleWithdrawn;
import dev.headline.core.content.application.ArticleService;
import dev.headline.core.content.domain.Article;
import dev.headline.core.content.domain.ArticleRepository;
import dev.headline.core.data.DatabaseReady;
import dev.headline.core.media.domain.Media;
import dev.headline.core.spi.SearchHit;
import dev.headline.core.spi.SearchProvider;
import dev.headline.core.spi.SearchQuery;
import dev.headline.core.spi.SearchResults;
import dev.headline.core.spi.Taxonomy;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The default {@link SearchProvider}: a Lucene index of the visible articles in {@code
 * <headline.data.dir>/search-index}.
 *
 * <p>Why it is built this way: searching must never wait for the database, and indexing must never
 * hold up an editor. So queries read only the index, and every change to it happens on one
 * background task at a time (a server-managed thread, where transactions work): the content events
 * only note which article changed, and the task re-reads that article and indexes or removes it.
 * One writer and one task mean that a rebuild and an event about the same article cannot overtake
 * each other. At startup, after the demo content is written, the index is rebuilt when it is
 * missing or stale: its last commit carries a marker (layout version, number of articles, the
 * newest publication) that must match the database.
 */
@ApplicationScoped
public class LuceneSearch implements SearchProvider {

  private static final Logger LOG = Logger.getLogger(LuceneSearch.class.getName());
  private static final int BATCH = 200;

  @Inject ArticleService articles;
  @Inject ArticleRepository repository;
  @Inject Instance<Taxonomy> taxonomy;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "headline.data.dir")
  String dataDir;

  /** How many live-search answers to remember per index version (0 turns that off). */
  @Inject
  @ConfigProperty(name = "headline.search.remembered-answers", defaultValue = "10000")
  int rememberedAnswers;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  private final Set<Long> dirty = ConcurrentHashMap.newKeySet();
  private final ReentrantLock writing = new ReentrantLock();
  private volatile boolean rebuildWanted;
  private volatile LuceneIndex index;

  @PostConstruct
  void open() {
    Path folder = Path.of(dataDir, "search-index").toAbsolutePath().normalize();
    try {
      Files.createDirectories(folder);
      index = new LuceneIndex(folder, new TaxonomyLocator(), clock, Math.max(0, rememberedAnswers));
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.SEVERE, "Cannot open the search index in " + folder + "; search is off", e);
    }
  }

  /**
   * After the demo content (priority 1000) has committed: rebuild a missing or stale index in the
   * background.
   */
  void atStartup(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(1100) DatabaseReady ready) {
    if (index == null) {
      return;
    }
    Map<String, String> stored = index.marker();
    Map<String, String> current = new HashMap<>(marker());
    current.put("format", LuceneIndex.FORMAT);
    if (!current.equals(stored)) {
      LOG.info(
          () -> "Search index is missing or stale (" + stored + " vs " + current + "): rebuilding");
      rebuildWanted = true;
    }
    schedule();
  }

  void published(@ObservesAsync ArticlePublished event) {
    changed(event.articleId());
  }

  void updated(@ObservesAsync ArticleUpdated event) {
    changed(event.articleId());
  }

  void withdrawn(@ObservesAsync ArticleWithdrawn event) {
    changed(event.articleId());
  }

  @Override
  public SearchResults search(SearchQuery query) {
    LuceneIndex open = index;
    if (open == null) {
      return SearchResults.none(query);
    }
    try {
      return open.search(query);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Search failed for a query of " + query.text().length() + " chars", e);
      return SearchResults.none(query);
    }
  }

  @Override
  public List<SearchHit> suggest(String text, int limit) {
    LuceneIndex open = index;
    if (open == null) {
      return List.of();
    }
    try {
      return open.suggest(text, limit);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Suggestions failed", e);
      return List.of();
    }
  }

  @PreDestroy
  void close() {
    LuceneIndex open = index;
    index = null;
    if (open == null) {
      return;
    }
    boolean locked = false;
    try {
      // Let a running batch finish; a long rebuild is simply cut short by the close.
      locked = writing.tryLock(10, TimeUnit.SECONDS);
      open.close();
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Closing the search index failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      if (locked) {
        writing.unlock();
      }
    }
  }

  private void changed(long articleId) {
    dirty.add(articleId);
    schedule();
  }

  private void schedule() {
    try {
      executor.execute(this::drain);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Cannot schedule search indexing", e);
    }
  }

  /**
   * Applies the pending rebuild and changes. Whoever holds the lock drains what arrived meanwhile;
   * after letting go it looks once more, for what arrived between its last look and the unlock.
   */
  private void drain() {
    if (!writing.tryLock()) {
      return;
    }
    try {
      LuceneIndex open = index;
      if (open == null) {
        return;
      }
      if (rebuildWanted) {
        rebuildWanted = false;
        rebuild(open);
      }
      while (!dirty.isEmpty()) {
        for (Long id : List.copyOf(dirty)) {
          dirty.remove(id);
          try {
            reindex(open, id);
          } catch (RuntimeException e) {
            // Left as it was; the next rebuild or change of the article puts it right.
            LOG.log(Level.WARNING, "Cannot index article " + id, e);
          }
        }
        open.commit(marker());
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Search indexing failed", e);
    } finally {
      writing.unlock();
    }
    if ((rebuildWanted || !dirty.isEmpty()) && index != null) {
      schedule();
    }
  }

  private void rebuild(LuceneIndex open) throws IOException {
    long started = System.nanoTime();
    Instant now = clock.instant();
    open.clear();
    int count = 0;
    Instant before = null;
    Long beforeId = null;
    for (List<Article> page = repository.publishedBefore(now, null, null, BATCH);
        !page.isEmpty();
        page = repository.publishedBefore(now, before, beforeId, BATCH)) {
      for (Article article : page) {
        open.put(indexed(article));
        count++;
      }
      Article last = page.get(page.size() - 1);
      before = last.getPublishedAt();
      beforeId = last.getId();
    }
    Map<String, String> marker = marker();
    open.commit(marker);
    int indexed = count;
    long millis = (System.nanoTime() - started) / 1_000_000;
    LOG.info(
        () -> "Search index rebuilt: " + indexed + " articles in " + millis + " ms; " + marker);
  }

  private void reindex(LuceneIndex open, long id) throws IOException {
    Optional<Article> article = articles.find(id);
    if (article.isPresent() && article.get().isVisibleAt(clock.instant())) {
      open.put(indexed(article.get()));
    } else {
      open.remove(id);
    }
  }

  private IndexedArticle indexed(Article article) {
    Media image = article.getFeaturedImage();
    String section = null;
    if (taxonomy.isResolvable()) {
      section = taxonomy.get().primarySectionOf(article.getId()).name();
    }
    return new IndexedArticle(
        article.getId(),
        article.getSlug(),
        article.getTitle(),
        article.getStandfirst(),
        IndexedArticle.plainText(article.getBody()),
        section,
        article.getPublishedAt(),
        article.getUpdatedAt(),
        image == null ? null : image.getFileName());
  }

  /** What the database looks like now, as the index's commit marker records it. */
  private Map<String, String> marker() {
    String newest =
        articles.latest(1).stream()
            .findFirst()
            .map(a -> a.getId() + "@" + a.getPublishedAt().toEpochMilli())
            .orElse("none");
    return Map.of("articles", Long.toString(articles.count()), "newest", newest);
  }

  /** Article paths and sections from the taxonomy, or the redirecting address without one. */
  private final class TaxonomyLocator implements LuceneIndex.Locator {
    @Override
    public String path(long articleId, String slug) {
      return taxonomy.isResolvable()
          ? taxonomy.get().articlePath(articleId, slug)
          : "/article/" + slug;
    }

    @Override
    public String sectionName(long articleId) {
      return taxonomy.isResolvable() ? taxonomy.get().primarySectionOf(articleId).name() : null;
    }
  }
}
