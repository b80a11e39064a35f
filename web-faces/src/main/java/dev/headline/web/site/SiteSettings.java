package dev.headline.web.site;

import dev.headline.core.data.DatabaseReady;
import dev.headline.core.data.SchemaMigrations;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The site settings an admin made in the newsroom ({@code site_setting}), held in memory: {@link
 * Site} asks here first and falls back to configuration, so a reader's page never queries the
 * database for them. The memory is reloaded at startup and once a change has committed, before the
 * page cache drops its pages (this observer runs first), so no page rendered after the drop can
 * show the old values.
 *
 * <p>Writes join the caller's transaction (the newsroom's {@code SiteDesk}), so a change and its
 * audit entry commit together.
 */
@ApplicationScoped
public class SiteSettings {

  @Resource(lookup = SchemaMigrations.DATASOURCE)
  DataSource dataSource;

  private volatile Map<String, String> values = Map.of();

  /** The admin's value for a key ({@code name}, {@code social.x}, ...), if one was set. */
  public Optional<String> value(String key) {
    return Optional.ofNullable(values.get(key));
  }

  /** Whether any setting overrides configuration. */
  public boolean anySet() {
    return !values.isEmpty();
  }

  /**
   * Replaces every setting with these (keys absent from the map follow configuration again).
   *
   * @param actor the admin's username, kept with each row
   */
  public void replaceAll(Map<String, String> settings, String actor) {
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement delete = c.prepareStatement("delete from site_setting")) {
        delete.executeUpdate();
      }
      try (PreparedStatement insert =
          c.prepareStatement(
              "insert into site_setting (setting_key, setting_value, updated_at, updated_by)"
                  + " values (?, ?, ?, ?)")) {
        Timestamp now = Timestamp.from(Instant.now());
        for (Map.Entry<String, String> setting : settings.entrySet()) {
          insert.setString(1, setting.getKey());
          insert.setString(2, setting.getValue());
          insert.setTimestamp(3, now);
          insert.setString(4, actor);
          insert.addBatch();
        }
        if (!settings.isEmpty()) {
          insert.executeBatch();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not store the site settings", e);
    }
  }

  void atStartup(@Observes @Priority(400) DatabaseReady ready) {
    reload();
  }

  /** Runs before the page cache's observer (default priority 2500): memory first, then drops. */
  void changed(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(100) SiteSettingsChanged event) {
    reload();
  }

  /** Reads the settings into memory. */
  public void reload() {
    Map<String, String> loaded = new HashMap<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("select setting_key, setting_value from site_setting");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        loaded.put(rs.getString(1), rs.getString(2));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the site settings", e);
    }
    values = Map.copyOf(loaded);
  }
}
