package dev.headline.web.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * When the tests run on PostgreSQL ({@code -Dheadline.it.database=postgresql}), recreates the
 * schema they use before the server starts, so every run begins empty; when no PostgreSQL answers,
 * the class is skipped rather than failed. Register it before the Arquillian extension.
 */
public class FreshPostgresSchema implements BeforeAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) throws SQLException {
    if (!"postgresql".equals(System.getProperty("headline.it.database"))) {
      return;
    }
    String url = System.getProperty("headline.it.postgresql.url");
    String schema = url.replaceAll(".*currentSchema=([a-z_]+).*", "$1");
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
    }
  }
}
