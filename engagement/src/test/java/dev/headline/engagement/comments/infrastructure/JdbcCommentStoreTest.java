package dev.headline.engagement.comments.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headline.core.spi.RankedArticle;
import dev.headline.engagement.comments.api.CommentStatus;
import dev.headline.engagement.comments.api.ModeratedComment;
import dev.headline.engagement.comments.api.ModerationAction;
import dev.headline.engagement.comments.api.ShownComment;
import dev.headline.engagement.comments.domain.CommentPolicy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The comments' table on real databases, migrated by the module's Flyway scripts after core's
 * sequence: an in-memory H2 always, and the machine's PostgreSQL when it answers. Each test gets
 * fresh databases (a new H2, a new PostgreSQL schema, dropped afterwards).
 */
class JdbcCommentStoreTest {

  private static final List<String> CREATED = new ArrayList<>();
  private static final Instant T0 = Instant.parse("2026-05-01T12:00:00Z");

  static Stream<DataSource> databases() throws SQLException {
    List<DataSource> databases = new ArrayList<>();
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    databases.add(migrated(h2));
    try (Connection admin =
            DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
        Statement statement = admin.createStatement()) {
      String schema = "comments_unit_" + UUID.randomUUID().toString().substring(0, 8);
      statement.execute("create schema " + schema);
      CREATED.add(schema);
      PGSimpleDataSource pg = new PGSimpleDataSource();
      pg.setURL("jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema);
      pg.setUser("postgres");
      databases.add(migrated(pg));
    } catch (SQLException noPostgres) {
      // Only H2 then: PostgreSQL is optional on a developer's machine.
    }
    return databases.stream();
  }

  private static DataSource migrated(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      // Core's sequence, which core's own migration creates in the portal.
      statement.execute("create sequence hl_seq start with 1000 increment by 50");
    }
    Flyway.configure()
        .dataSource(dataSource)
        .table("flyway_engagement")
        .locations("classpath:db/migration/engagement")
        // The schema already holds the sequence: start the history below V1.
        .baselineOnMigrate(true)
        .baselineVersion("0")
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

  private static long insert(
      JdbcCommentStore store,
      long articleId,
      Long parentId,
      String email,
      CommentStatus status,
      Instant at)
      throws SQLException {
    return store.insert(
        new JdbcCommentStore.NewComment(
            articleId,
            parentId,
            new CommentPolicy.Draft("Ada", email, null, "Text\nof " + email, "email:" + email),
            status,
            "0123456789abcdef0123456789abcdef",
            at));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void commentsAreStoredListedAndCounted(DataSource dataSource) throws SQLException {
    JdbcCommentStore store = new JdbcCommentStore(dataSource);
    long first = insert(store, 1, null, "a@example.org", CommentStatus.APPROVED, T0);
    long held = insert(store, 1, null, "b@example.org", CommentStatus.PENDING, T0.plusSeconds(1));
    long reply =
        insert(store, 1, first, "c@example.org", CommentStatus.APPROVED, T0.plusSeconds(2));
    insert(store, 2, null, "a@example.org", CommentStatus.APPROVED, T0.plusSeconds(3));
    assertTrue(first >= 1000 && held != first && reply != held, "ids from hl_seq");

    List<ShownComment> shown = store.approvedOf(1);
    assertEquals(List.of(first, reply), shown.stream().map(ShownComment::id).toList());
    assertEquals(first, shown.get(1).parentId());
    assertEquals("Text\nof a@example.org", shown.get(0).body());
    assertEquals(T0, shown.get(0).createdAt());
    assertEquals(2, store.approvedCount(1));
    assertEquals(Map.of(1L, 2L, 2L, 1L), store.approvedCounts());
    assertTrue(store.hasApproved("email:a@example.org"));
    assertFalse(store.hasApproved("email:b@example.org"), "only a pending one");

    ModeratedComment pending = store.find(held).orElseThrow();
    assertEquals("b@example.org", pending.email());
    assertEquals(CommentStatus.PENDING, pending.status());
    assertNull(pending.moderatedAt());
    assertEquals(
        Map.of(
            CommentStatus.PENDING, 1L,
            CommentStatus.APPROVED, 3L,
            CommentStatus.SPAM, 0L,
            CommentStatus.TRASH, 0L),
        store.countsByStatus());
  }

  @ParameterizedTest
  @MethodSource("databases")
  void moderationMovesCommentsAndDeletesOnlyFromSpamOrTrash(DataSource dataSource)
      throws SQLException {
    JdbcCommentStore store = new JdbcCommentStore(dataSource);
    long top = insert(store, 5, null, "p@example.org", CommentStatus.PENDING, T0);
    long reply = insert(store, 5, top, "q@example.org", CommentStatus.APPROVED, T0.plusSeconds(1));
    Instant now = T0.plusSeconds(60);

    List<JdbcCommentStore.Change> approved =
        store.moderate(List.of(top, reply, 999_999L), ModerationAction.APPROVE, "ed", now);
    assertEquals(
        List.of(new JdbcCommentStore.Change(top, 5, CommentStatus.PENDING, CommentStatus.APPROVED)),
        approved,
        "the approved reply and the unknown id are skipped");
    ModeratedComment moderated = store.find(top).orElseThrow();
    assertEquals("ed", moderated.moderatedBy());
    assertEquals(now, moderated.moderatedAt());

    assertTrue(store.moderate(List.of(top), ModerationAction.DELETE, "ed", now).isEmpty());
    assertEquals(1, store.moderate(List.of(top), ModerationAction.TRASH, "ed", now).size());
    List<JdbcCommentStore.Change> restored =
        store.moderate(List.of(top), ModerationAction.RESTORE, "ed", now);
    assertEquals(CommentStatus.PENDING, restored.get(0).after());
    store.moderate(List.of(top), ModerationAction.SPAM, "ed", now);
    List<JdbcCommentStore.Change> deleted =
        store.moderate(List.of(top), ModerationAction.DELETE, "ed", now);
    assertEquals(List.of(new JdbcCommentStore.Change(top, 5, CommentStatus.SPAM, null)), deleted);
    assertTrue(store.find(top).isEmpty());
    assertNull(store.find(reply).orElseThrow().parentId(), "the reply is now top-level");

    assertTrue(store.edit(reply, "Edited", "ed", now).isPresent());
    assertEquals("Edited", store.find(reply).orElseThrow().body());
    assertTrue(store.edit(123_456_789L, "x", "ed", now).isEmpty());
  }

  @ParameterizedTest
  @MethodSource("databases")
  void theQueueIsNewestFirstAndPaged(DataSource dataSource) throws SQLException {
    JdbcCommentStore store = new JdbcCommentStore(dataSource);
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(insert(store, 7, null, i + "@example.org", CommentStatus.SPAM, T0.plusSeconds(i)));
    }
    assertEquals(
        List.of(ids.get(4), ids.get(3)),
        store.queue(CommentStatus.SPAM, 0, 2).stream().map(ModeratedComment::id).toList());
    assertEquals(
        List.of(ids.get(0)),
        store.queue(CommentStatus.SPAM, 4, 2).stream().map(ModeratedComment::id).toList());
  }

  @ParameterizedTest
  @MethodSource("databases")
  void mostCommentedCountsApprovedCommentsInsideTheWindow(DataSource dataSource)
      throws SQLException {
    JdbcCommentStore store = new JdbcCommentStore(dataSource);
    Instant now = T0.plus(Duration.ofDays(100));
    Instant recent = now.minus(Duration.ofDays(2));
    for (int i = 0; i < 3; i++) {
      insert(store, 21, null, "x" + i + "@example.org", CommentStatus.APPROVED, recent);
    }
    insert(store, 22, null, "y@example.org", CommentStatus.APPROVED, recent);
    insert(store, 22, null, "z@example.org", CommentStatus.APPROVED, recent);
    insert(
        store, 23, null, "old@example.org", CommentStatus.APPROVED, now.minus(Duration.ofDays(40)));
    insert(store, 24, null, "held@example.org", CommentStatus.PENDING, recent);

    List<RankedArticle> top = store.mostCommented(now.minus(Duration.ofDays(30)), 10);
    assertEquals(List.of(new RankedArticle(21, 3), new RankedArticle(22, 2)), top);
    assertEquals(1, store.mostCommented(now.minus(Duration.ofDays(30)), 1).size());
  }
}
