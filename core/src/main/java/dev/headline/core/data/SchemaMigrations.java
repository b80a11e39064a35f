package dev.headline.core.data;

import dev.headline.core.spi.ModuleSchema;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date at startup: every {@link ModuleSchema}'s Flyway migrations, in
 * order. When the database is not reachable yet the application still starts (readiness stays DOWN)
 * and the migrations are retried until they succeed; then {@link DatabaseReady} is fired.
 *
 * <p>An EJB singleton rather than a CDI startup observer: in a library jar the latter runs before
 * the persistence context can be looked up on Payara.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigrations {

  /** The application's datasource, defined by the WAR. */
  public static final String DATASOURCE = "java:app/jdbc/headline";

  private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

  @Resource(lookup = DATASOURCE)
  private DataSource dataSource;

  @Resource private TimerService timers;

  @Inject @Any Instance<ModuleSchema> schemas;

  @Inject Event<DatabaseReady> ready;

  @Inject
  @ConfigProperty(name = "headline.datasource.retry-seconds", defaultValue = "5")
  int retrySeconds;

  private volatile boolean migrated;

  @PostConstruct
  void start() {
    migrate();
  }

  @Timeout
  void retry() {
    migrate();
  }

  /** Whether every migration has run; readiness and startup work depend on it. */
  public boolean isMigrated() {
    return migrated;
  }

  private synchronized void migrate() {
    if (migrated) {
      return;
    }
    String product;
    try (Connection connection = dataSource.getConnection()) {
      product = connection.getMetaData().getDatabaseProductName();
    } catch (SQLException | RuntimeException e) {
      LOG.warning(
          () ->
              "Database not reachable ("
                  + e.getMessage()
                  + "); retrying in "
                  + retrySeconds
                  + " s");
      timers.createSingleActionTimer(retrySeconds * 1000L, new TimerConfig(null, false));
      return;
    }
    List<ModuleSchema> ordered =
        schemas.stream()
            .sorted(
                Comparator.comparingInt(ModuleSchema::order).thenComparing(ModuleSchema::module))
            .toList();
    for (ModuleSchema schema : ordered) {
      try {
        var result =
            Flyway.configure(Thread.currentThread().getContextClassLoader())
                .dataSource(dataSource)
                .table("flyway_" + schema.module())
                .locations("classpath:db/migration/" + schema.module())
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.info(
            () ->
                "Schema of "
                    + schema.module()
                    + " at version "
                    + result.targetSchemaVersion
                    + " ("
                    + result.migrationsExecuted
                    + " migrations run)");
      } catch (RuntimeException e) {
        LOG.log(Level.SEVERE, "Migrations of " + schema.module() + " failed", e);
        timers.createSingleActionTimer(retrySeconds * 1000L, new TimerConfig(null, false));
        return;
      }
    }
    migrated = true;
    try {
      ready.fire(new DatabaseReady(product));
    } catch (RuntimeException e) {
      // Startup work (demo content, catching up on schedules) must not take the portal down.
      LOG.log(Level.SEVERE, "Startup work after migrations failed", e);
    }
  }
}
