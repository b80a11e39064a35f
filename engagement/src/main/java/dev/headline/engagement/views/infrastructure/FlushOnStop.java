package dev.headline.engagement.views.infrastructure;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;

/**
 * A graceful stop loses nothing: when the application stops, what is still collected is written
 * before the datasource goes. A servlet listener rather than a {@code @PreDestroy} alone because
 * Payara Micro, stopped by a signal (Ctrl+C, {@code docker stop}, Kubernetes), stops the web
 * application but does not destroy EJB singletons or application-scoped beans first (Payara issue
 * 4573); the listener runs in both cases.
 */
@WebListener
public class FlushOnStop implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(FlushOnStop.class.getName());

  @Inject CountingEngagement engagement;

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    int written = engagement.flush();
    LOG.info(() -> "Counters flushed at stop (" + written + " articles)");
  }
}
