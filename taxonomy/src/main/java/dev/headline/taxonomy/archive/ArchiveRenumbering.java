package dev.headline.taxonomy.archive;

import dev.headline.core.data.SchemaMigrations;
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
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Renumbers stale archives every few seconds ({@code headline.taxonomy.archive.renumber-seconds}).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ArchiveRenumbering {

  private static final Logger LOG = Logger.getLogger(ArchiveRenumbering.class.getName());

  @Resource private TimerService timers;
  @Inject ArchiveIndex index;
  @Inject SchemaMigrations migrations;

  @Inject
  @ConfigProperty(name = "headline.taxonomy.archive.renumber-seconds", defaultValue = "2")
  int seconds;

  @PostConstruct
  void start() {
    long interval = Math.max(1, seconds) * 1000L;
    timers.createIntervalTimer(interval, interval, new TimerConfig(null, false));
  }

  @Timeout
  void tick() {
    if (!migrations.isMigrated()) {
      return;
    }
    try {
      index.renumberIfStale();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Renumbering archives failed; will retry", e);
    }
  }
}
