package dev.headline.web.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * When the tests run on PostgreSQL ({@code -Dheadline.it.database=postgresql}), recreates the
 * schema they use before the server starts, so every run begins empty; when no PostgreSQL answers,
 * the class is skipped rather than failed. Register it before the Arquillian extension.
 *
 * <p>Each build uses schemas named with its start time ({@code headline_it_20261130001500}), so two
 * builds on one machine never share data; schemas of builds more than a day old are dropped.
 */
public class FreshPostgresSchema implements BeforeAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) throws SQLException {
    if (!"postgresql".equals(System.getProperty("headline.it.database"))) {
      return;
    }
    String url = System.getProperty("headline.it.postgresql.url");
    String schema = url.replaceAll(".*currentSchema=([a-z0-9_]+).*", "$1");
    String serverUrl = url.replaceAll("\\?.*", "");
    Connection connection;
    try {
      DriverManager.setLoginTimeout(5);
      connection =
          DriverManager.getConnection(
              serverUrl, System.getProperty("headline.it.postgresql.user"), "");
    } catch (SQLException unreachable) {
      Assumptions.abort("No PostgreSQL at " + serverUrl + ": " + unreachable.getMessage());
      return;
    }
    try (connection;
        Statement statement = connection.createStatement()) {
      statement.execute("drop schema if exists " + schema + " cascade");
      statement.execute("create schema " + schema);
      dropStale(connection);
    }
  }

  private static void dropStale(Connection connection) throws SQLException {
    String dayAgo =
        LocalDateTime.now(ZoneOffset.UTC)
            .minusDays(1)
            .format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
    List<String> stale = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "select nspname from pg_namespace where nspname ~ '^headline_(it|outage)_[0-9]{14}$'")) {
      while (rs.next()) {
        String name = rs.getString(1);
        if (name.substring(name.length() - 14).compareTo(dayAgo) < 0) {
          stale.add(name);
        }
      }
    }
    try (Statement statement = connection.createStatement()) {
      for (String name : stale) {
        statement.execute("drop schema if exists " + name + " cascade");
      }
    }
  }
}
