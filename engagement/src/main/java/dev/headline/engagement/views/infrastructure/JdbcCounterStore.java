package dev.headline.engagement.views.infrastructure;

import dev.headline.core.data.SchemaMigrations;
import dev.headline.core.spi.ArticleCounts;
import dev.headline.core.spi.RankedArticle;
import dev.headline.engagement.trending.domain.HourlyViews;
import dev.headline.engagement.views.domain.CounterDelta;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The counters' tables, written only with additive JDBC batches: a flush first makes sure each row
 * exists (an insert that does nothing when another flush, here or on another node, inserted it
 * first), then adds its deltas ({@code views = views + ?}). Nothing is read and written back, so
 * any number of nodes can flush at once and the sums stay exact. Rows are touched in article id
 * order, so two flushes never wait on each other in a cycle.
 *
 * <p>Plain JDBC rather than JPA: a flush is a handful of batched statements on a local transaction;
 * entities would only add a read per row. Calls never join a caller's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class JdbcCounterStore {

  private static final int CHUNK = 500;

  private static final String ADD_COUNTS =
      "update article_counter set views = views + ?, hits = hits + ?, shares = shares + ?"
          + " where article_id = ?";

  /** Read from the top of {@code article_counter_views_ix} (descending, V3), never sorted. */
  static final String MOST_VIEWED =
      "select article_id, views from article_counter where views > 0"
          + " order by views desc, article_id desc fetch first ? rows only";

  private static final String ADD_HOUR_VIEWS =
      "update article_view_hour set views = views + ? where article_id = ? and epoch_hour = ?";

  @Resource(lookup = SchemaMigrations.DATASOURCE)
  private DataSource dataSource;

  protected JdbcCounterStore() {}

  /** A store on any datasource whose schema has engagement's migrations. */
  public JdbcCounterStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Adds deltas in one transaction: all of them or, on failure, none.
   *
   * @param hour the hour (since the epoch) that this flush's views belong to
   */
  public void add(List<CounterDelta> deltas, long hour) throws SQLException {
    if (deltas.isEmpty()) {
      return;
    }
    List<CounterDelta> viewed = deltas.stream().filter(d -> d.views() > 0).toList();
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        boolean postgres = isPostgres(connection);
        try (PreparedStatement insert = connection.prepareStatement(insertCounter(postgres));
            PreparedStatement update = connection.prepareStatement(ADD_COUNTS)) {
          for (CounterDelta delta : deltas) {
            insert.setLong(1, delta.articleId());
            insert.addBatch();
            update.setLong(1, delta.views());
            update.setLong(2, delta.hits());
            update.setLong(3, delta.shares());
            update.setLong(4, delta.articleId());
            update.addBatch();
          }
          insert.executeBatch();
          update.executeBatch();
        }
        if (!viewed.isEmpty()) {
          try (PreparedStatement insert = connection.prepareStatement(insertHour(postgres));
              PreparedStatement update = connection.prepareStatement(ADD_HOUR_VIEWS)) {
            for (CounterDelta delta : viewed) {
              insert.setLong(1, delta.articleId());
              insert.setLong(2, hour);
              insert.addBatch();
              update.setLong(1, delta.views());
              update.setLong(2, delta.articleId());
              update.setLong(3, hour);
              update.addBatch();
            }
            insert.executeBatch();
            update.executeBatch();
          }
        }
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    }
  }

  /** The stored counts of some articles; articles without a row are absent from the map. */
  public Map<Long, ArticleCounts> read(Collection<Long> articleIds) throws SQLException {
    Map<Long, ArticleCounts> counts = new HashMap<>();
    List<Long> ids = List.copyOf(articleIds);
    try (Connection connection = dataSource.getConnection()) {
      for (int from = 0; from < ids.size(); from += CHUNK) {
        List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
        String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
        try (PreparedStatement select =
            connection.prepareStatement(
                "select article_id, views, shares from article_counter where article_id in ("
                    + marks
                    + ")")) {
          for (int i = 0; i < chunk.size(); i++) {
            select.setLong(i + 1, chunk.get(i));
          }
          try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
              counts.put(rows.getLong(1), new ArticleCounts(rows.getLong(2), rows.getLong(3), 0));
            }
          }
        }
      }
    }
    return counts;
  }

  /** Hourly views from {@code firstHour} on (by the hour index), any order. */
  public List<HourlyViews> hoursSince(long firstHour) throws SQLException {
    List<HourlyViews> views = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "select article_id, epoch_hour, views from article_view_hour"
                    + " where epoch_hour >= ?")) {
      select.setLong(1, firstHour);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          views.add(new HourlyViews(rows.getLong(1), rows.getLong(2), rows.getLong(3)));
        }
      }
    }
    return views;
  }

  /** The articles with the most counted views, from the top of the views index. */
  public List<RankedArticle> mostViewed(int limit) throws SQLException {
    List<RankedArticle> top = new ArrayList<>(limit);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(MOST_VIEWED)) {
      // In the statement, not only setMaxRows: PostgreSQL plans for the rows it is asked for.
      select.setInt(1, limit);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          top.add(new RankedArticle(rows.getLong(1), rows.getLong(2)));
        }
      }
    }
    return top;
  }

  /**
   * The articles with the most counted views from hour {@code firstHour} on (by the hour index),
   * summed over the hours, highest first.
   */
  public List<RankedArticle> mostViewedSince(long firstHour, int limit) throws SQLException {
    return mostViewedSince(firstHour, null, limit);
  }

  /**
   * {@link #mostViewedSince(long, int)} among some articles: reads down the ranking until {@code
   * limit} of them are found.
   *
   * @param among the candidates, or null for all
   */
  public List<RankedArticle> mostViewedSince(long firstHour, java.util.Set<Long> among, int limit)
      throws SQLException {
    List<RankedArticle> top = new ArrayList<>(limit);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "select article_id, sum(views) as total from article_view_hour"
                    + " where epoch_hour >= ? group by article_id having sum(views) > 0"
                    + " order by total desc, article_id desc")) {
      select.setLong(1, firstHour);
      if (among == null) {
        select.setMaxRows(limit);
      } else {
        select.setFetchSize(500);
      }
      try (ResultSet rows = select.executeQuery()) {
        while (top.size() < limit && rows.next()) {
          if (among == null || among.contains(rows.getLong(1))) {
            top.add(new RankedArticle(rows.getLong(1), rows.getLong(2)));
          }
        }
      }
    }
    return top;
  }

  private static boolean isPostgres(Connection connection) throws SQLException {
    return connection
        .getMetaData()
        .getDatabaseProductName()
        .toLowerCase(Locale.ROOT)
        .contains("postgres");
  }

  /**
   * Creates a counter row unless it exists. PostgreSQL's {@code on conflict do nothing} also waits
   * out a concurrent insert of the same row by another node instead of failing; elsewhere a
   * standard {@code merge} that only inserts.
   */
  private static String insertCounter(boolean postgres) {
    return postgres
        ? "insert into article_counter (article_id, views, hits, shares) values (?, 0, 0, 0)"
            + " on conflict (article_id) do nothing"
        : "merge into article_counter t using (values (cast(? as bigint))) s (id)"
            + " on t.article_id = s.id"
            + " when not matched then insert (article_id, views, hits, shares)"
            + " values (s.id, 0, 0, 0)";
  }

  private static String insertHour(boolean postgres) {
    return postgres
        ? "insert into article_view_hour (article_id, epoch_hour, views) values (?, ?, 0)"
            + " on conflict (article_id, epoch_hour) do nothing"
        : "merge into article_view_hour t"
            + " using (values (cast(? as bigint), cast(? as bigint))) s (id, h)"
            + " on t.article_id = s.id and t.epoch_hour = s.h"
            + " when not matched then insert (article_id, epoch_hour, views)"
            + " values (s.id, s.h, 0)";
  }
}
