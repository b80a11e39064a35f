package dev.headline.core.content.infrastructure;

import dev.headline.core.content.application.ArticleService;
import dev.headline.core.data.DatabaseReady;
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
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Publishes scheduled articles on time whether or not anyone visits the site: a timer in the server
 * checks every few seconds, and when the database becomes ready at startup everything that fell due
 * while the server was down is published at once.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ScheduledPublisher {

  private static final Logger LOG = Logger.getLogger(ScheduledPublisher.class.getName());
  private static final int BATCH = 100;

  @Resource private TimerService timers;
  @Inject ArticleService articles;
  @Inject SchemaMigrations migrations;

  @Inject
  @ConfigProperty(name = "headline.publishing.check-seconds", defaultValue = "10")
  int checkSeconds;

  @PostConstruct
  void start() {
    long interval = Math.max(1, checkSeconds) * 1000L;
    timers.createIntervalTimer(interval, interval, new TimerConfig(null, false));
  }

  /** At startup: publish what was missed while the server was down. */
  public void catchUp(@Observes DatabaseReady ready) {
    publishDue();
  }

  @Timeout
  void tick() {
    if (migrations.isMigrated()) {
      publishDue();
    }
  }

  private void publishDue() {
    try {
      int total = 0;
      for (int n = articles.publishDue(BATCH); n > 0; n = articles.publishDue(BATCH)) {
        total += n;
      }
      if (total > 0) {
        int published = total;
        LOG.info(() -> "Published " + published + " scheduled article(s)");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Scheduled publishing failed; will retry", e);
    }
  }
}
