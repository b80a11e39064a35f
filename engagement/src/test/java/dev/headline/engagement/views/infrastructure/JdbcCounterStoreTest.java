package dev.headline.engagement.views.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headline.core.spi.ArticleCounts;
import dev.headline.core.spi.RankedArticle;
import dev.headline.engagement.trending.domain.HourlyViews;
import dev.headline.engagement.views.domain.CounterDelta;
import dev.headline.engagement.views.domain.PendingCounts;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The counter tables on real databases, migrated by the module's own Flyway scripts: an in-memory
 * H2 always, and the machine's PostgreSQL (127.0.0.1:5432, database {@code test}) when it answers,
 * in a schema of its own that is dropped afterwards.
 */
class JdbcCounterStoreTest {

  private static final String PG_SCHEMA =
      "engagement_unit_" + UUID.randomUUID().toString().substring(0, 8);
  private static final List<String> CREATED = new ArrayList<>();

  static Stream<DataSource> databases() {
    List<DataSource> databases = new ArrayList<>();
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    databases.add(migrated(h2));
    try (Connection admin =
            DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
        Statement statement = admin.createStatement()) {
      statement.execute("create schema if not exists " + PG_SCHEMA);
      CREATED.add(PG_SCHEMA);
      PGSimpleDataSource pg = new PGSimpleDataSource();
      pg.setURL("jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + PG_SCHEMA);
      pg.setUser("postgres");
      databases.add(migrated(pg));
    } catch (SQLException noPostgres) {
      // Only H2 then: PostgreSQL is optional on a developer's machine.
    }
    return databases.stream();
  }

  private static DataSource migrated(DataSource dataSource) {
    Flyway.configure()
        .dataSource(dataSource)
        .table("flyway_engagement")
        .locations("classpath:db/migration/engagement")
        .cleanDisabled(false)
        .load()
        .clean();
    Flyway.configure()
        .dataSource(dataSource)
        .table("flyway_engagement")
        .locations("classpath:db/migration/engagement")
        .load()
        .migrate();
    return dataSource;
  }

  @AfterAll
  static void dropSchemas() throws SQLException {
    if (CREATED.isEmpty()) {
      return;
    }
    try (Connection admin =
            DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
        Statement statement = admin.createStatement()) {
      for (String schema : CREATED) {
        statement.execute("drop schema if exists " + schema + " cascade");
      }
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void mostViewedIsReadInTheOrderOfAnIndexNotSorted(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      boolean postgres =
          c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
      if (postgres) {
        // A table this small would be scanned whatever the indexes: ask for the index's plan.
        s.execute("set enable_seqscan = off");
      }
      StringBuilder plan = new StringBuilder();
      try (ResultSet rows =
          s.executeQuery("explain " + JdbcCounterStore.MOST_VIEWED.replace("?", "100"))) {
        while (rows.next()) {
          plan.append(rows.getString(1)).append('\n');
        }
      }
      String text = plan.toString();
      if (postgres) {
        assertTrue(text.contains("article_counter_views_ix") && !text.contains("Sort"), text);
      } else {
        assertTrue(text.contains("index sorted"), text);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void deltasAreAddedNeverWrittenOver(DataSource dataSource) throws SQLException {
    JdbcCounterStore store = new JdbcCounterStore(dataSource);
    store.add(List.of(new CounterDelta(1, 3, 5, 1), new CounterDelta(2, 0, 4, 0)), 1000);
    store.add(List.of(new CounterDelta(1, 2, 2, 0)), 1000);
    store.add(List.of(new CounterDelta(1, 1, 1, 2)), 1001);

    Map<Long, ArticleCounts> counts = store.read(List.of(1L, 2L, 3L));
    assertEquals(new ArticleCounts(6, 3, 0), counts.get(1L));
    assertEquals(new ArticleCounts(0, 0, 0), counts.get(2L));
    assertTrue(!counts.containsKey(3L), "no row, no entry");
    assertEquals(8, hits(dataSource, 1), "raw hits beside the views");

    List<HourlyViews> hours = new ArrayList<>(store.hoursSince(1000));
    hours.sort(Comparator.comparingLong(HourlyViews::hour));
    assertEquals(List.of(new HourlyViews(1, 1000, 5), new HourlyViews(1, 1001, 1)), hours);
    assertEquals(List.of(new HourlyViews(1, 1001, 1)), store.hoursSince(1001));
    assertEquals(List.of(new RankedArticle(1, 6)), store.mostViewed(10));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void severalNodesFlushingAtOnceSumExactly(DataSource dataSource) throws Exception {
    int nodes = 4;
    int flushes = 25;
    int articles = 25;
    ExecutorService pool = Executors.newFixedThreadPool(nodes);
    AtomicInteger retried = new AtomicInteger();
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int n = 0; n < nodes; n++) {
        JdbcCounterStore node = new JdbcCounterStore(dataSource);
        PendingCounts pending = new PendingCounts();
        done.add(
            pool.submit(
                () -> {
                  for (int f = 0; f < flushes; f++) {
                    for (long id = 100; id < 100 + articles; id++) {
                      pending.hit(id, true);
                      pending.hit(id, false);
                    }
                    List<CounterDelta> deltas = pending.drain();
                    try {
                      node.add(deltas, 2000 + f % 3);
                    } catch (SQLException conflict) {
                      // What the flush does: put the deltas back for the next attempt.
                      pending.restore(deltas);
                      retried.incrementAndGet();
                    }
                  }
                  for (int attempt = 0; attempt < 50; attempt++) {
                    List<CounterDelta> rest = pending.drain();
                    try {
                      node.add(rest, 2000);
                      return null;
                    } catch (SQLException conflict) {
                      pending.restore(rest);
                    }
                  }
                  throw new IllegalStateException("could not flush");
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    JdbcCounterStore store = new JdbcCounterStore(dataSource);
    Map<Long, ArticleCounts> counts =
        store.read(Stream.iterate(100L, id -> id + 1).limit(articles).toList());
    for (long id = 100; id < 100 + articles; id++) {
      assertEquals(nodes * flushes, counts.get(id).views(), "views of " + id);
      assertEquals(2L * nodes * flushes, hits(dataSource, id), "hits of " + id);
    }
    long hourly = store.hoursSince(2000).stream().mapToLong(HourlyViews::views).sum();
    assertEquals((long) nodes * flushes * articles, hourly, "hourly buckets sum to the views");
  }

  private static long hits(DataSource dataSource, long articleId) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select hits from article_counter where article_id = " + articleId)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
