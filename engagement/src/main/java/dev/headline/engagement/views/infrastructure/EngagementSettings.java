package dev.headline.engagement.views.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The engagement module's settings ({@code headline.engagement.*}); defaults and what each key
 * means are in the module's {@code META-INF/microprofile-config.properties}.
 */
@ApplicationScoped
public class EngagementSettings {

  @Inject
  @ConfigProperty(name = "headline.engagement.repeat-window-minutes", defaultValue = "30")
  long repeatWindowMinutes;

  @Inject
  @ConfigProperty(name = "headline.engagement.count-staff", defaultValue = "false")
  boolean countStaff;

  @Inject
  @ConfigProperty(name = "headline.engagement.flush-interval-millis", defaultValue = "1000")
  long flushIntervalMillis;

  @Inject
  @ConfigProperty(name = "headline.engagement.counts-refresh-seconds", defaultValue = "5")
  long countsRefreshSeconds;

  @Inject
  @ConfigProperty(name = "headline.engagement.trending.half-life-hours", defaultValue = "24")
  double halfLifeHours;

  @Inject
  @ConfigProperty(name = "headline.engagement.trending.window-hours", defaultValue = "168")
  long trendingWindowHours;

  @Inject
  @ConfigProperty(name = "headline.engagement.trending.refresh-seconds", defaultValue = "60")
  long trendingRefreshSeconds;

  @Inject
  @ConfigProperty(name = "headline.engagement.most-viewed.size", defaultValue = "100")
  int mostViewedSize;

  public Duration repeatWindow() {
    return Duration.ofMinutes(Math.max(0, repeatWindowMinutes));
  }

  public boolean countStaff() {
    return countStaff;
  }

  /** At least 100 ms: a flush per request would defeat the write-behind. */
  public long flushIntervalMillis() {
    return Math.max(100, flushIntervalMillis);
  }

  public Duration countsRefresh() {
    return Duration.ofSeconds(Math.max(1, countsRefreshSeconds));
  }

  public Duration halfLife() {
    return Duration.ofMillis(Math.max(1, Math.round(halfLifeHours * 3_600_000)));
  }

  public long trendingWindowHours() {
    return Math.max(1, trendingWindowHours);
  }

  public long trendingRefreshMillis() {
    return Math.max(1, trendingRefreshSeconds) * 1000;
  }

  public int mostViewedSize() {
    return Math.max(1, mostViewedSize);
  }
}
