package dev.headline.taxonomy.archive;

import dev.headline.core.content.api.ArticlePublished;
import dev.headline.core.content.api.ArticleUpdated;
import dev.headline.core.content.api.ArticleWithdrawn;
import dev.headline.core.data.DatabaseReady;
import dev.headline.taxonomy.tree.infrastructure.CategoryStore;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Keeps the archive ranks that make deep archive pages as cheap as the first: the visible articles
 * of each category (and of each tag) are numbered 1 (oldest) to n (newest), so page p of size s is
 * the rank range {@code n-p*s+1 .. n-(p-1)*s}, read through an index. Publications, withdrawals and
 * refilings mark the index stale; {@link ArchiveRenumbering} renumbers within seconds. How many
 * articles each category holds is kept in memory for the page count.
 */
@ApplicationScoped
public class ArchiveIndex {

  /** The two archives: by category and by tag. */
  enum Archive {
    CATEGORY("article_category", "category_id"),
    TAG("article_tag", "tag_id");

    final String table;
    final String key;

    Archive(String table, String key) {
      this.table = table;
      this.key = key;
    }
  }

  @Inject CategoryStore store;

  private final AtomicBoolean stale = new AtomicBoolean(true);
  private final ReentrantLock renumbering = new ReentrantLock();
  private final Map<Long, Long> categorySizes = new ConcurrentHashMap<>();
  private final Map<Long, Long> tagSizes = new ConcurrentHashMap<>();

  /** The publish time of a visible article, from its filing rows. */
  public Optional<Instant> publishedAt(long articleId) {
    return store
        .query(
            "select published_at from article where id = ? and status = 'PUBLISHED'",
            ps -> ps.setLong(1, articleId),
            rs -> rs.getObject(1, OffsetDateTime.class))
        .stream()
        .filter(java.util.Objects::nonNull)
        .map(OffsetDateTime::toInstant)
        .findFirst();
  }

  public void markAllDirty() {
    stale.set(true);
  }

  void published(@Observes ArticlePublished event) {
    setPublished(event.articleId(), event.publishedAt());
  }

  void withdrawn(@Observes ArticleWithdrawn event) {
    setPublished(event.articleId(), null);
  }

  /*
   * The rows above are changed in the publishing transaction, and a renumbering pass that runs
   * before it commits reads them as they were: mark the archives stale again once it has.
   */
  void afterPublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticlePublished event) {
    stale.set(true);
  }

  void afterWithdrawn(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleWithdrawn event) {
    stale.set(true);
  }

  void slugChanged(@Observes ArticleUpdated event) {
    if (event.slugChanged()) {
      store.rememberSlug(event.previousSlug(), event.articleId());
    }
  }

  void atStartup(@Observes @Priority(200) DatabaseReady ready) {
    renumberIfStale();
  }

  private void setPublished(long articleId, Instant when) {
    for (Archive archive : Archive.values()) {
      store.update(
          "update "
              + archive.table
              + " set published_at = ?, archive_rank = null where article_id = ?",
          ps -> {
            if (when == null) {
              ps.setNull(1, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
              ps.setObject(1, when.atOffset(java.time.ZoneOffset.UTC));
            }
            ps.setLong(2, articleId);
          });
    }
    stale.set(true);
  }

  /**
   * Renumbers every archive when something changed since the last pass, one pass at a time. Call it
   * outside a transaction: each statement then commits on its own, before the next pass starts.
   * {@link ArchiveRenumbering} calls it on a timer.
   */
  public void renumberIfStale() {
    // One pass at a time: two passes over the same rows would wait on each other's locks.
    renumbering.lock();
    try {
      if (!stale.getAndSet(false)) {
        return;
      }
      try {
        renumber(Archive.CATEGORY, categorySizes);
        renumber(Archive.TAG, tagSizes);
      } catch (RuntimeException e) {
        stale.set(true);
        throw e;
      }
    } finally {
      renumbering.unlock();
    }
  }

  private void renumber(Archive archive, Map<Long, Long> sizes) {
    record Row(long key, long articleId, Long rank) {}
    List<Row> rows =
        store.query(
            "select "
                + archive.key
                + ", article_id, archive_rank from "
                + archive.table
                + " where published_at is not null order by "
                + archive.key
                + ", published_at, article_id",
            ps -> {},
            rs -> new Row(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3, Long.class)));
    Map<Long, Long> counted = new java.util.HashMap<>();
    List<long[]> changes = new java.util.ArrayList<>();
    for (Row row : rows) {
      long rank = counted.merge(row.key(), 1L, Long::sum);
      if (row.rank() == null || row.rank() != rank) {
        changes.add(new long[] {rank, row.key(), row.articleId()});
      }
    }
    store.update(
        "update "
            + archive.table
            + " set archive_rank = null where published_at is null and archive_rank is not null",
        ps -> {});
    store.batch(
        "update "
            + archive.table
            + " set archive_rank = ? where "
            + archive.key
            + " = ? and article_id = ?",
        changes,
        (ps, change) -> {
          ps.setLong(1, change[0]);
          ps.setLong(2, change[1]);
          ps.setLong(3, change[2]);
        });
    sizes.keySet().retainAll(counted.keySet());
    sizes.putAll(counted);
  }

  /** How many visible articles a category's archive holds. */
  public long categorySize(long categoryId) {
    return categorySizes.getOrDefault(categoryId, 0L);
  }

  /** How many visible articles a tag's archive holds. */
  public long tagSize(long tagId) {
    return tagSizes.getOrDefault(tagId, 0L);
  }

  /**
   * The article ids on page {@code page} (from 1) of a category's archive, newest first: one index
   * range read, however deep the page.
   */
  public List<Long> categoryPage(long categoryId, int page, int size) {
    return page(Archive.CATEGORY, categoryId, categorySize(categoryId), page, size);
  }

  public List<Long> tagPage(long tagId, int page, int size) {
    return page(Archive.TAG, tagId, tagSize(tagId), page, size);
  }

  /** The SQL that reads an archive page: exposed so tests can inspect its plan. */
  public static String pageSql(String table, String key) {
    return "select article_id from "
        + table
        + " where "
        + key
        + " = ? and archive_rank between ? and ? order by archive_rank desc";
  }

  private List<Long> page(Archive archive, long key, long total, int page, int size) {
    long high = total - (long) (page - 1) * size;
    long low = Math.max(1, high - size + 1);
    if (page < 1 || high < 1) {
      return List.of();
    }
    return store.query(
        pageSql(archive.table, archive.key),
        ps -> {
          ps.setLong(1, key);
          ps.setLong(2, low);
          ps.setLong(3, high);
        },
        rs -> rs.getLong(1));
  }
}
