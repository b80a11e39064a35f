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
 * Records a plugin's bean that failed: a widget is counted in the metric {@code
 * headline.widget.failures}, an article enricher in {@code headline.plugin.failures} (tagged with
 * the bean's id), every time; each is logged with its stack trace at most once a minute so that a
 * broken plugin cannot flood the log.
 */
@ApplicationScoped
public class PluginFailures {

  private static final Logger LOG = Logger.getLogger(PluginFailures.class.getName());
  private static final Duration LOG_EVERY = Duration.ofMinutes(1);

  @Inject MetricRegistry metrics;

  private final Map<String, Instant> lastLogged = new ConcurrentHashMap<>();

  /** Counts and (now and then) logs a failure of the widget {@code id}. */
  public void failed(String id, String what, Throwable e) {
    metrics.counter("headline.widget.failures", new Tag("widget", id)).inc();
    log("Widget " + id, what, e);
  }

  /** Counts and (now and then) logs a failure of the article enricher {@code id}. */
  public void enricherFailed(String id, Throwable e) {
    metrics
        .counter("headline.plugin.failures", new Tag("kind", "enricher"), new Tag("id", id))
        .inc();
    log("Article enricher " + id, "failed", e);
  }

  private void log(String who, String what, Throwable e) {
    Instant now = Instant.now();
    Instant last = lastLogged.get(who);
    if (last == null || Duration.between(last, now).compareTo(LOG_EVERY) >= 0) {
      lastLogged.put(who, now);
      LOG.log(Level.WARNING, who + " " + what + " and was left out of the page", e);
    }
  }
}
