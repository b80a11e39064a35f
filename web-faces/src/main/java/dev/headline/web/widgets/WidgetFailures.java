package dev.headline.web.widgets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Records a widget that failed: counted in the metric {@code headline.widget.failures} (tagged with
 * the widget's id) every time, logged with its stack trace at most once a minute per widget so that
 * a broken plugin cannot flood the log.
 */
@ApplicationScoped
public class WidgetFailures {

  private static final Logger LOG = Logger.getLogger(WidgetFailures.class.getName());
  private static final Duration LOG_EVERY = Duration.ofMinutes(1);

  @Inject MetricRegistry metrics;

  private final Map<String, Instant> lastLogged = new ConcurrentHashMap<>();

  /** Counts and (now and then) logs a failure of the widget {@code id}. */
  public void failed(String id, String what, Throwable e) {
    metrics.counter("headline.widget.failures", new Tag("widget", id)).inc();
    Instant now = Instant.now();
    Instant last = lastLogged.get(id);
    if (last == null || Duration.between(last, now).compareTo(LOG_EVERY) >= 0) {
      lastLogged.put(id, now);
      LOG.log(Level.WARNING, "Widget " + id + " " + what + " and was left out of the page", e);
    }
  }
}
