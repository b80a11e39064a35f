package dev.headline.web.plugins;

import dev.headline.core.data.DatabaseReady;
import dev.headline.core.data.SchemaMigrations;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The widget settings admins make in the newsroom, stored in {@code widget_setting} and {@code
 * widget_position} and served from memory ({@link #rules()}); a change takes effect on the next
 * page, without a redeploy, and fires {@link WidgetSettingsChanged} so that page caches drop what
 * they hold.
 */
@ApplicationScoped
public class WidgetSettings {

  @Resource(lookup = SchemaMigrations.DATASOURCE)
  DataSource dataSource;

  @Inject Event<WidgetSettingsChanged> changed;

  private volatile WidgetRules rules = WidgetRules.NONE;

  /** The current settings. */
  public WidgetRules rules() {
    return rules;
  }

  void atStartup(@Observes @Priority(400) DatabaseReady ready) {
    reload();
  }

  /**
   * Switches a widget on or off for the whole site ({@code sectionPath} empty or {@code /}) or for
   * one section's subtree.
   */
  public void setEnabled(String widgetId, String sectionPath, boolean enabled) {
    String path = normalise(sectionPath);
    execute(
        "delete from widget_setting where widget_id = ? and section_path = ?",
        widgetId,
        path,
        null);
    execute(
        "insert into widget_setting (widget_id, section_path, enabled, updated_at)"
            + " values (?, ?, ?, ?)",
        widgetId,
        path,
        enabled);
    reload();
    changed.fire(new WidgetSettingsChanged(widgetId));
  }

  /** Removes a setting: the widget follows the section above again. */
  public void clear(String widgetId, String sectionPath) {
    execute(
        "delete from widget_setting where widget_id = ? and section_path = ?",
        widgetId,
        normalise(sectionPath),
        null);
    reload();
    changed.fire(new WidgetSettingsChanged(widgetId));
  }

  /** Moves a widget within its slot (lower first). */
  public void setPosition(String widgetId, int position) {
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement delete =
          c.prepareStatement("delete from widget_position where widget_id = ?")) {
        delete.setString(1, widgetId);
        delete.executeUpdate();
      }
      try (PreparedStatement insert =
          c.prepareStatement(
              "insert into widget_position (widget_id, position, updated_at) values (?, ?, ?)")) {
        insert.setString(1, widgetId);
        insert.setInt(2, position);
        insert.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
        insert.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not store a widget position", e);
    }
    reload();
    changed.fire(new WidgetSettingsChanged(widgetId));
  }

  /** Reads the settings from the database into memory. */
  public void reload() {
    Map<String, Map<String, Boolean>> enabled = new HashMap<>();
    Map<String, Integer> positions = new HashMap<>();
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement ps =
              c.prepareStatement("select widget_id, section_path, enabled from widget_setting");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          enabled
              .computeIfAbsent(rs.getString(1), k -> new HashMap<>())
              .put(rs.getString(2), rs.getBoolean(3));
        }
      }
      try (PreparedStatement ps =
              c.prepareStatement("select widget_id, position from widget_position");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          positions.put(rs.getString(1), rs.getInt(2));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read widget settings", e);
    }
    Map<String, Map<String, Boolean>> frozen = new HashMap<>();
    enabled.forEach((id, paths) -> frozen.put(id, Map.copyOf(paths)));
    rules = new WidgetRules(frozen, positions);
  }

  private void execute(String sql, String widgetId, String path, Boolean enabled) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, widgetId);
      ps.setString(2, path);
      if (enabled != null) {
        ps.setBoolean(3, enabled);
        ps.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
      }
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not store a widget setting", e);
    }
  }

  /** {@code ""} for the whole site, else a section path with slashes at both ends. */
  static String normalise(String sectionPath) {
    if (sectionPath == null || sectionPath.isBlank() || "/".equals(sectionPath.strip())) {
      return "";
    }
    String path = sectionPath.strip();
    if (!path.startsWith("/")) {
      path = "/" + path;
    }
    return path.endsWith("/") ? path : path + "/";
  }
}
