package dev.headline.taxonomy.tree.infrastructure;

import dev.headline.core.data.SchemaMigrations;
import dev.headline.taxonomy.tree.domain.CategoryNode;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * The taxonomy's tables, through JDBC: the tree is small and read whole, and the article links are
 * written in batches, which plain statements do best. Every method joins the caller's transaction
 * (or opens one), so a change and its redirects commit together.
 */
@ApplicationScoped
@Transactional
public class CategoryStore {

  @Resource(lookup = SchemaMigrations.DATASOURCE)
  private DataSource dataSource;

  public List<CategoryNode> loadAll() {
    return query(
        "select id, parent_id, slug, name, description, position, accent_colour, fallback from category",
        ps -> {},
        rs ->
            new CategoryNode(
                rs.getLong(1),
                (Long) rs.getObject(2, Long.class),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getInt(6),
                rs.getString(7),
                rs.getBoolean(8)));
  }

  public long nextId() {
    return query("select nextval('hl_seq')", ps -> {}, rs -> rs.getLong(1)).get(0);
  }

  public void insert(CategoryNode node) {
    update(
        "insert into category (id, parent_id, parent_key, slug, name, description, position,"
            + " accent_colour, fallback, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        ps -> {
          ps.setLong(1, node.id());
          setNullableLong(ps, 2, node.parentId());
          ps.setLong(3, node.parentId() == null ? 0 : node.parentId());
          ps.setString(4, node.slug());
          ps.setString(5, node.name());
          ps.setString(6, node.description());
          ps.setInt(7, node.position());
          ps.setString(8, node.accentColour());
          ps.setBoolean(9, node.fallback());
          ps.setTimestamp(10, Timestamp.from(Instant.now()));
        });
  }

  public void save(CategoryNode node) {
    update(
        "update category set parent_id = ?, parent_key = ?, slug = ?, name = ?, description = ?,"
            + " position = ?, accent_colour = ?, updated_at = ? where id = ?",
        ps -> {
          setNullableLong(ps, 1, node.parentId());
          ps.setLong(2, node.parentId() == null ? 0 : node.parentId());
          ps.setString(3, node.slug());
          ps.setString(4, node.name());
          ps.setString(5, node.description());
          ps.setInt(6, node.position());
          ps.setString(7, node.accentColour());
          ps.setTimestamp(8, Timestamp.from(Instant.now()));
          ps.setLong(9, node.id());
        });
  }

  public void delete(long id) {
    update("delete from category where id = ?", ps -> ps.setLong(1, id));
  }

  // ---- seeds ----

  public boolean seeded(String key) {
    return !query(
            "select 1 from category_seed where seed_key = ?", ps -> ps.setString(1, key), rs -> 1)
        .isEmpty();
  }

  public void rememberSeed(String key, long categoryId) {
    update(
        "insert into category_seed (seed_key, category_id, seeded_at) values (?, ?, ?)",
        ps -> {
          ps.setString(1, key);
          ps.setLong(2, categoryId);
          ps.setTimestamp(3, Timestamp.from(Instant.now()));
        });
  }

  // ---- redirects ----

  /** Remembers old paths so they answer 301; a path that is live again stops redirecting. */
  public void rememberPaths(Map<String, Long> oldPathToCategory) {
    for (var entry : oldPathToCategory.entrySet()) {
      update(
          "delete from category_path_history where old_path = ?",
          ps -> ps.setString(1, entry.getKey()));
      update(
          "insert into category_path_history (old_path, category_id, changed_at) values (?, ?, ?)",
          ps -> {
            ps.setString(1, entry.getKey());
            ps.setLong(2, entry.getValue());
            ps.setTimestamp(3, Timestamp.from(Instant.now()));
          });
    }
  }

  public void forgetPaths(Collection<String> livePaths) {
    for (String path : livePaths) {
      update("delete from category_path_history where old_path = ?", ps -> ps.setString(1, path));
    }
  }

  public Map<String, Long> pathHistory() {
    Map<String, Long> history = new HashMap<>();
    query(
        "select old_path, category_id from category_path_history",
        ps -> {},
        rs -> history.put(rs.getString(1), rs.getLong(2)));
    return history;
  }

  public void rememberSlug(String oldSlug, long articleId) {
    update("delete from article_slug_history where old_slug = ?", ps -> ps.setString(1, oldSlug));
    update(
        "insert into article_slug_history (old_slug, article_id) values (?, ?)",
        ps -> {
          ps.setString(1, oldSlug);
          ps.setLong(2, articleId);
        });
  }

  public Optional<Long> articleForOldSlug(String slug) {
    return query(
            "select article_id from article_slug_history where old_slug = ?",
            ps -> ps.setString(1, slug),
            rs -> rs.getLong(1))
        .stream()
        .findFirst();
  }

  // ---- article filing ----

  /** Every article's primary category. */
  public Map<Long, Long> primaries() {
    Map<Long, Long> map = new HashMap<>();
    query(
        "select article_id, category_id from article_category where kind = 'P'",
        ps -> {},
        rs -> map.put(rs.getLong(1), rs.getLong(2)));
    return map;
  }

  /** The categories an article is filed under directly (primary first). */
  public List<Long> directCategories(long articleId) {
    return query(
        "select category_id from article_category where article_id = ? and kind in ('P', 'S')"
            + " order by kind, category_id",
        ps -> ps.setLong(1, articleId),
        rs -> rs.getLong(1));
  }

  /**
   * Files an article: {@code links} maps category id to kind (P, S or A). Replaces what was there.
   *
   * @param publishedAt the article's publish time when it is visible, else {@code null}
   */
  public void file(long articleId, Map<Long, Character> links, Instant publishedAt) {
    update("delete from article_category where article_id = ?", ps -> ps.setLong(1, articleId));
    batch(
        "insert into article_category (article_id, category_id, kind, published_at) values (?, ?, ?, ?)",
        links.entrySet(),
        (ps, link) -> {
          ps.setLong(1, articleId);
          ps.setLong(2, link.getKey());
          ps.setString(3, String.valueOf(link.getValue()));
          setTimestamp(ps, 4, publishedAt);
        });
  }

  /** Articles whose filing touches any of these categories. */
  public List<Long> articlesIn(Collection<Long> categoryIds) {
    if (categoryIds.isEmpty()) {
      return List.of();
    }
    String marks = String.join(",", categoryIds.stream().map(id -> "?").toList());
    List<Long> ids = new ArrayList<>(categoryIds);
    return query(
        "select distinct article_id from article_category where category_id in (" + marks + ")",
        ps -> {
          for (int i = 0; i < ids.size(); i++) {
            ps.setLong(i + 1, ids.get(i));
          }
        },
        rs -> rs.getLong(1));
  }

  // ---- tags ----

  public long tagId(String slug, String name) {
    List<Long> found =
        query(
            "select id from tag where slug = ?", ps -> ps.setString(1, slug), rs -> rs.getLong(1));
    if (!found.isEmpty()) {
      return found.get(0);
    }
    long id = nextId();
    update(
        "insert into tag (id, slug, name) values (?, ?, ?)",
        ps -> {
          ps.setLong(1, id);
          ps.setString(2, slug);
          ps.setString(3, name);
        });
    return id;
  }

  public void tagArticle(long articleId, Collection<Long> tagIds, Instant publishedAt) {
    update("delete from article_tag where article_id = ?", ps -> ps.setLong(1, articleId));
    batch(
        "insert into article_tag (article_id, tag_id, published_at) values (?, ?, ?)",
        tagIds,
        (ps, tagId) -> {
          ps.setLong(1, articleId);
          ps.setLong(2, tagId);
          setTimestamp(ps, 3, publishedAt);
        });
  }

  /** Tags of an article as (id, slug, name), by name. */
  public List<String[]> tagsOf(long articleId) {
    return query(
        "select t.id, t.slug, t.name from article_tag at join tag t on t.id = at.tag_id"
            + " where at.article_id = ? order by t.name",
        ps -> ps.setLong(1, articleId),
        rs -> new String[] {String.valueOf(rs.getLong(1)), rs.getString(2), rs.getString(3)});
  }

  public Optional<String[]> tag(String slug) {
    return query(
            "select id, name from tag where slug = ?",
            ps -> ps.setString(1, slug),
            rs -> new String[] {String.valueOf(rs.getLong(1)), rs.getString(2)})
        .stream()
        .findFirst();
  }

  /**
   * The menus arranged in the newsroom: each menu's section ids in order (a menu may be empty).
   * Menus not in the answer follow configuration.
   */
  public Map<String, List<Long>> menus() {
    Map<String, List<Long>> menus = new TreeMap<>();
    query("select menu_name from category_menu", ps -> {}, rs -> rs.getString(1))
        .forEach(name -> menus.put(name, new ArrayList<>()));
    query(
            "select menu_name, category_id from category_menu_entry order by menu_name, position",
            ps -> {},
            rs -> new Object[] {rs.getString(1), rs.getLong(2)})
        .forEach(row -> menus.get((String) row[0]).add((Long) row[1]));
    return menus;
  }

  /** Replaces a menu's entries (creating the menu's row when it has none). */
  public void saveMenu(String name, List<Long> categoryIds) {
    deleteMenu(name);
    update(
        "insert into category_menu (menu_name, updated_at) values (?, ?)",
        ps -> {
          ps.setString(1, name);
          ps.setTimestamp(2, Timestamp.from(Instant.now()));
        });
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < categoryIds.size(); i++) {
      positions.add(i);
    }
    batch(
        "insert into category_menu_entry (menu_name, position, category_id) values (?, ?, ?)",
        positions,
        (ps, i) -> {
          ps.setString(1, name);
          ps.setInt(2, i);
          ps.setLong(3, categoryIds.get(i));
        });
  }

  /** Forgets a menu's arrangement: it follows configuration again. */
  public void deleteMenu(String name) {
    update("delete from category_menu_entry where menu_name = ?", ps -> ps.setString(1, name));
    update("delete from category_menu where menu_name = ?", ps -> ps.setString(1, name));
  }

  // ---- JDBC plumbing ----

  /** Sets a statement's parameters. */
  @FunctionalInterface
  public interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  /** Reads one row. */
  @FunctionalInterface
  public interface RowReader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  /** Binds one item of a batch. */
  @FunctionalInterface
  public interface ItemBinder<T> {
    void bind(PreparedStatement ps, T item) throws SQLException;
  }

  public <T> List<T> query(String sql, Binder binder, RowReader<T> reader) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      try (ResultSet rs = ps.executeQuery()) {
        List<T> rows = new ArrayList<>();
        while (rs.next()) {
          rows.add(reader.read(rs));
        }
        return rows;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Query failed: " + sql, e);
    }
  }

  public int update(String sql, Binder binder) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Update failed: " + sql, e);
    }
  }

  public <T> void batch(String sql, Collection<T> items, ItemBinder<T> binder) {
    if (items.isEmpty()) {
      return;
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (T item : items) {
        binder.bind(ps, item);
        ps.addBatch();
      }
      ps.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException("Batch failed: " + sql, e);
    }
  }

  private static void setNullableLong(PreparedStatement ps, int index, Long value)
      throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.BIGINT);
    } else {
      ps.setLong(index, value);
    }
  }

  private static void setTimestamp(PreparedStatement ps, int index, Instant value)
      throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      ps.setObject(index, value.atOffset(java.time.ZoneOffset.UTC));
    }
  }
}
