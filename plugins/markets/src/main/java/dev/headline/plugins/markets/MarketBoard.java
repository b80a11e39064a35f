package dev.headline.plugins.markets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The numbers the widget shows, kept in memory and refreshed from the {@link QuoteSource} when
 * older than {@code headline.markets.refresh-seconds}. One reader's request does the refresh while
 * the others keep getting the previous numbers; a failing source leaves the last good numbers in
 * place.
 */
@ApplicationScoped
public class MarketBoard {

  private static final Logger LOG = Logger.getLogger(MarketBoard.class.getName());

  @Inject QuoteSource source;

  @Inject
  @ConfigProperty(name = "headline.markets.refresh-seconds", defaultValue = "60")
  long refreshSeconds;

  Clock clock = Clock.systemUTC();

  private final AtomicBoolean refreshing = new AtomicBoolean();
  private volatile Board board;
  private volatile Instant lastAttempt = Instant.MIN;

  /**
   * What the widget shows.
   *
   * @param instruments in display order
   * @param attribution where the numbers come from
   * @param readAt when they were read from the source
   */
  public record Board(List<Instrument> instruments, String attribution, Instant readAt) {}

  /** The current numbers, or {@code null} while the source has never answered. */
  public Board current() {
    Board known = board;
    if ((known == null || stale(known))
        && Duration.between(lastAttempt, clock.instant()).getSeconds()
            >= Math.min(refreshSeconds, 10)) {
      refresh();
      known = board;
    }
    return known;
  }

  private boolean stale(Board known) {
    return Duration.between(known.readAt(), clock.instant()).getSeconds() >= refreshSeconds;
  }

  private void refresh() {
    if (!refreshing.compareAndSet(false, true)) {
      return;
    }
    lastAttempt = clock.instant();
    try {
      board = new Board(source.instruments(), source.attribution(), clock.instant());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The quote source failed; keeping the last numbers", e);
    } finally {
      refreshing.set(false);
    }
  }
}
