package dev.headline.engagement.comments.infrastructure;

import dev.headline.core.data.SchemaMigrations;
import dev.headline.core.spi.RankedArticle;
import dev.headline.engagement.comments.api.CommentStatus;
import dev.headline.engagement.comments.api.ModeratedComment;
import dev.headline.engagement.comments.api.ModerationAction;
import dev.headline.engagement.comments.api.ShownComment;
import dev.headline.engagement.comments.domain.CommentPolicy;
import dev.headline.engagement.comments.domain.Moderation;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The comments' table, through JDBC like the counters: every call is one statement or one short
 * local transaction that is committed before the call returns, so that the service can announce a
 * change knowing it is stored. Calls never join a caller's transaction. Every query a reader's
 * request can cause reads one index range (see the indexes of migration V2).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class JdbcCommentStore {

  private static final int CHUNK = 500;
  private static final String COLUMNS =
      "id, article_id, parent_id, author_name, author_email, author_account, body, status,"
          + " visitor, created_at, moderated_at, moderated_by";

  @Resource(lookup = SchemaMigrations.DATASOURCE)
  private DataSource dataSource;

  protected JdbcCommentStore() {}

  /** A store on any datasource whose schema has core's sequence and engagement's migrations. */
  public JdbcCommentStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** A comment to store; its id is drawn from {@code hl_seq}. */
  public record NewComment(
      long articleId,
      Long parentId,
      CommentPolicy.Draft draft,
      CommentStatus status,
      String visitor,
      Instant createdAt) {}

  /** One comment a moderation step changed: its status before and after ({@code null}: deleted). */
  public record Change(long id, long articleId, CommentStatus before, CommentStatus after) {

    /** Whether readers see the difference: the comment was or is approved. */
    public boolean visible() {
      return before == CommentStatus.APPROVED || after == CommentStatus.APPROVED;
    }
  }

  /** Stores a comment and returns its id. */
  public long insert(NewComment comment) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      long id;
      try (PreparedStatement next = connection.prepareStatement("select nextval('hl_seq')");
          ResultSet row = next.executeQuery()) {
        row.next();
        id = row.getLong(1);
      }
      try (PreparedStatement insert =
          connection.prepareStatement(
              "insert into reader_comment (id, article_id, parent_id, author_name, author_email,"
                  + " author_account, author_key, body, status, visitor, created_at)"
                  + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        insert.setLong(1, id);
        insert.setLong(2, comment.articleId());
        setLong(insert, 3, comment.parentId());
        insert.setString(4, comment.draft().name());
        insert.setString(5, comment.draft().email());
        insert.setString(6, comment.draft().account());
        insert.setString(7, comment.draft().authorKey());
        insert.setString(8, comment.draft().body());
        insert.setString(9, comment.status().name());
        insert.setString(10, comment.visitor());
        insert.setObject(11, time(comment.createdAt()));
        insert.executeUpdate();
      }
      return id;
    }
  }

  /** Whether the author (see {@link CommentPolicy.Draft#authorKey()}) has an approved comment. */
  public boolean hasApproved(String authorKey) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "select id from reader_comment where author_key = ? and status = 'APPROVED'")) {
      select.setString(1, authorKey);
      select.setMaxRows(1);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next();
      }
    }
  }

  public Optional<ModeratedComment> find(long id) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return find(connection, List.of(id)).stream().findFirst();
    }
  }

  /** An article's approved comments, oldest first. */
  public List<ShownComment> approvedOf(long articleId) throws SQLException {
    List<ShownComment> comments = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "select id, parent_id, author_name, body, created_at from reader_comment"
                    + " where article_id = ? and status = 'APPROVED' order by created_at, id")) {
      select.setLong(1, articleId);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          comments.add(
              new ShownComment(
                  rows.getLong(1),
                  rows.getObject(2, Long.class),
                  rows.getString(3),
                  rows.getString(4),
                  instant(rows, 5)));
        }
      }
    }
    return comments;
  }

  /** How many approved comments an article has. */
  public long approvedCount(long articleId) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "select count(*) from reader_comment where article_id = ? and status = 'APPROVED'")) {
      select.setLong(1, articleId);
      try (ResultSet rows = select.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  /** Approved comments per article, for every article that has any. */
  public Map<Long, Long> approvedCounts() throws SQLException {
    Map<Long, Long> counts = new HashMap<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "select article_id, count(*) from reader_comment where status = 'APPROVED'"
                    + " group by article_id");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        counts.put(rows.getLong(1), rows.getLong(2));
      }
    }
    return counts;
  }

  /** Articles by approved comments written since a time, most first (ties: higher id first). */
  public List<RankedArticle> mostCommented(Instant since, int limit) throws SQLException {
    List<RankedArticle> top = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "select article_id, count(*) as comments from reader_comment"
                    + " where status = 'APPROVED' and created_at >= ?"
                    + " group by article_id order by comments desc, article_id desc")) {
      select.setObject(1, time(since));
      select.setMaxRows(limit);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          top.add(new RankedArticle(rows.getLong(1), rows.getLong(2)));
        }
      }
    }
    return top;
  }

  /** Comments with a status, newest first. */
  public List<ModeratedComment> queue(CommentStatus status, int offset, int limit)
      throws SQLException {
    List<ModeratedComment> comments = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "select "
                    + COLUMNS
                    + " from reader_comment where status = ?"
                    + " order by created_at desc, id desc limit ? offset ?")) {
      select.setString(1, status.name());
      select.setInt(2, limit);
      select.setInt(3, offset);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          comments.add(moderated(rows));
        }
      }
    }
    return comments;
  }

  /** How many comments have each status; every status has an entry. */
  public Map<CommentStatus, Long> countsByStatus() throws SQLException {
    Map<CommentStatus, Long> counts = new EnumMap<>(CommentStatus.class);
    for (CommentStatus status : CommentStatus.values()) {
      counts.put(status, 0L);
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "select status, count(*) from reader_comment group by status");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        counts.put(CommentStatus.valueOf(rows.getString(1)), rows.getLong(2));
      }
    }
    return counts;
  }

  /**
   * Applies a moderation action to comments, in one transaction; comments the action does not apply
   * to (approving an approved one, deleting one that is not in spam or trash) and unknown ids are
   * left alone.
   *
   * @return the comments that changed
   */
  public List<Change> moderate(
      Collection<Long> ids, ModerationAction action, String moderator, Instant now)
      throws SQLException {
    List<Change> changes = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try (PreparedStatement update =
              connection.prepareStatement(
                  "update reader_comment set status = ?, moderated_at = ?, moderated_by = ?"
                      + " where id = ? and status = ?");
          PreparedStatement orphans =
              connection.prepareStatement(
                  "update reader_comment set parent_id = null where parent_id = ?");
          PreparedStatement delete =
              connection.prepareStatement(
                  "delete from reader_comment where id = ? and status = ?")) {
        for (ModeratedComment comment : find(connection, ids)) {
          Optional<CommentStatus> after = Moderation.after(action, comment.status());
          if (action == ModerationAction.DELETE) {
            if (!Moderation.deletable(comment.status())) {
              continue;
            }
            orphans.setLong(1, comment.id());
            orphans.executeUpdate();
            delete.setLong(1, comment.id());
            delete.setString(2, comment.status().name());
            if (delete.executeUpdate() == 1) {
              changes.add(new Change(comment.id(), comment.articleId(), comment.status(), null));
            }
          } else if (after.isPresent()) {
            update.setString(1, after.get().name());
            update.setObject(2, time(now));
            update.setString(3, moderator);
            update.setLong(4, comment.id());
            update.setString(5, comment.status().name());
            if (update.executeUpdate() == 1) {
              changes.add(
                  new Change(comment.id(), comment.articleId(), comment.status(), after.get()));
            }
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
    return changes;
  }

  /**
   * Replaces a comment's text.
   *
   * @return the comment as it was before, or empty for an unknown id
   */
  public Optional<ModeratedComment> edit(long id, String body, String moderator, Instant now)
      throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      Optional<ModeratedComment> before = find(connection, List.of(id)).stream().findFirst();
      if (before.isEmpty()) {
        return before;
      }
      try (PreparedStatement update =
          connection.prepareStatement(
              "update reader_comment set body = ?, moderated_at = ?, moderated_by = ?"
                  + " where id = ?")) {
        update.setString(1, body);
        update.setObject(2, time(now));
        update.setString(3, moderator);
        update.setLong(4, id);
        return update.executeUpdate() == 1 ? before : Optional.empty();
      }
    }
  }

  private List<ModeratedComment> find(Connection connection, Collection<Long> ids)
      throws SQLException {
    List<ModeratedComment> comments = new ArrayList<>();
    List<Long> all = List.copyOf(ids);
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<Long> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
      String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
      try (PreparedStatement select =
          connection.prepareStatement(
              "select " + COLUMNS + " from reader_comment where id in (" + marks + ")")) {
        for (int i = 0; i < chunk.size(); i++) {
          select.setLong(i + 1, chunk.get(i));
        }
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            comments.add(moderated(rows));
          }
        }
      }
    }
    return comments;
  }

  private static ModeratedComment moderated(ResultSet rows) throws SQLException {
    return new ModeratedComment(
        rows.getLong(1),
        rows.getLong(2),
        rows.getObject(3, Long.class),
        rows.getString(4),
        rows.getString(5),
        rows.getString(6),
        rows.getString(7),
        CommentStatus.valueOf(rows.getString(8)),
        rows.getString(9),
        instant(rows, 10),
        instant(rows, 11),
        rows.getString(12));
  }

  private static OffsetDateTime time(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rows, int column) throws SQLException {
    OffsetDateTime time = rows.getObject(column, OffsetDateTime.class);
    return time == null ? null : time.toInstant();
  }

  private static void setLong(PreparedStatement statement, int index, Long value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.BIGINT);
    } else {
      statement.setLong(index, value);
    }
  }
}
