package dev.headline.core.spi;

/**
 * A module's share of the database schema: Flyway migrations under {@code db/migration/<module>/}
 * in the module's jar, tracked in a history table of the module's own ({@code flyway_<module>}), so
 * that each module versions its tables without coordinating version numbers with the others.
 *
 * <p>Core runs every module's migrations at startup, in {@link #order()} (core's own first), before
 * it announces {@link dev.headline.core.data.DatabaseReady}. A plugin with tables of its own
 * declares one bean:
 *
 * <pre>{@code
 * @ApplicationScoped
 * public class MarketsSchema implements ModuleSchema {
 *   public String module() { return "markets"; }
 * }
 * // and src/main/resources/db/migration/markets/V1__quotes.sql
 * }</pre>
 *
 * Migrations must run on H2 and PostgreSQL alike.
 */
public interface ModuleSchema {

  /** The module's name: lower-case letters, digits and underscores. */
  String module();

  /** When to migrate relative to others; lower first. Core is 0, modules default to 100. */
  default int order() {
    return 100;
  }
}
