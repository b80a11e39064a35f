package dev.headline.taxonomy.tree.infrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The SQL of the newsroom's article list restricted to one section and everything under it. Filing
 * stores a link to every ancestor of the sections an article is filed in (kind {@code A}), so "in
 * the section or its subtree" is one lookup of the section's own links, whatever the depth.
 *
 * <p>The other filters mean what they mean in core's newsroom list (status, a case-insensitive
 * "contains" on title or slug, the creator), so the list reads the same with or without a section.
 * Portable SQL (H2 2.x and PostgreSQL).
 *
 * @param sectionId the section
 * @param status a status name, or null for any
 * @param text the text filter, or null
 * @param createdBy the creator, or null for everyone's
 */
public record FiledArticlesQuery(long sectionId, String status, String text, String createdBy) {

  /** The ids of one page, most recently changed first: the parameters, then offset and limit. */
  public String pageSql() {
    return "select a.id from article a"
        + where()
        + " order by a.updated_at desc, a.id desc offset ? rows fetch next ? rows only";
  }

  /** How many articles match. */
  public String countSql() {
    return "select count(*) from article a" + where();
  }

  /**
   * The values of the {@code ?} of {@link #pageSql} (before offset and limit) and {@link
   * #countSql}.
   */
  public List<Object> parameters() {
    List<Object> values = new ArrayList<>();
    values.add(sectionId);
    if (status != null) {
      values.add(status);
    }
    if (text != null) {
      String pattern = "%" + text.toLowerCase(Locale.ROOT) + "%";
      values.add(pattern);
      values.add(pattern);
    }
    if (createdBy != null) {
      values.add(createdBy);
    }
    return values;
  }

  private String where() {
    StringBuilder sql =
        new StringBuilder(
            " where exists (select 1 from article_category c"
                + " where c.article_id = a.id and c.category_id = ?)");
    if (status != null) {
      sql.append(" and a.status = ?");
    }
    if (text != null) {
      sql.append(" and (lower(a.title) like ? or a.slug like ?)");
    }
    if (createdBy != null) {
      sql.append(" and a.created_by = ?");
    }
    return sql.toString();
  }
}
