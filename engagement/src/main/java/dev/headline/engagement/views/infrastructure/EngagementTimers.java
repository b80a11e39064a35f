package dev.headline.engagement.views.infrastructure;

import dev.headline.core.data.DatabaseReady;
import dev.headline.core.data.SchemaMigrations;
import dev.headline.engagement.comments.api.CommentService;
import dev.headline.engagement.comments.infrastructure.CommentBoard;
import dev.headline.engagement.trending.infrastructure.TrendingBoard;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Drives the write-behind and the lists: flushes collected counts at a short interval (and then
 * recomputes the most commented list if comments changed), and recomputes trending, most viewed,
 * comment counts and most commented at a longer one, all only once the schema is migrated. An EJB
 * singleton for the same reason as core's {@code ScheduledPublisher}: its timers run in the server
 * whether or not anyone visits.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EngagementTimers {

  private static final Logger LOG = Logger.getLogger(EngagementTimers.class.getName());
  private static final String FLUSH = "flush";
  private static final String TRENDING = "trending";

  @Resource private TimerService timers;
  @Inject CountingEngagement engagement;
  @Inject TrendingBoard board;
  @Inject CommentBoard comments;
  @Inject CommentService commentService;
  @Inject EngagementSettings settings;
  @Inject SchemaMigrations migrations;

  @PostConstruct
  void start() {
    long flush = settings.flushIntervalMillis();
    timers.createIntervalTimer(flush, flush, new TimerConfig(FLUSH, false));
    long trending = settings.trendingRefreshMillis();
    timers.createIntervalTimer(trending, trending, new TimerConfig(TRENDING, false));
  }

  /** The lists are filled as soon as the database is ready, not a refresh interval later. */
  public void fillLists(@Observes DatabaseReady ready) {
    refreshLists();
  }

  @Timeout
  void tick(Timer timer) {
    if (!migrations.isMigrated()) {
      return;
    }
    if (FLUSH.equals(timer.getInfo())) {
      engagement.flush();
      refreshMostCommented();
    } else {
      refreshLists();
    }
  }

  private void refreshLists() {
    try {
      board.refresh();
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.WARNING, "Trending could not be computed; keeping the previous lists", e);
    }
    try {
      comments.refresh();
      commentService.forgetOldPosts();
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.WARNING, "Comment counts could not be re-read; keeping the previous ones", e);
    }
  }

  private void refreshMostCommented() {
    try {
      comments.refreshIfChanged();
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.WARNING, "Most commented could not be computed; will retry", e);
    }
  }
}
