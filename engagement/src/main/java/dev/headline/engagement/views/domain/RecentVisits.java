package dev.headline.engagement.views.domain;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The repeat rule: a visitor's action on an article (a view, a share to one network) counts once
 * per window. Exactly once also when the same visitor's requests arrive at the same instant: the
 * check and the claim are one atomic {@link ConcurrentHashMap#compute} on that visit's key, which
 * locks only the key's bin, never the whole map.
 *
 * <p>Memory holds one entry per visit inside the window; {@link #purge} drops the expired ones.
 */
public final class RecentVisits {

  /**
   * What a visitor did to which article; {@code action} is {@code "view"} or the network shared to.
   */
  public record Visit(Visitor visitor, long articleId, String action) {}

  private final ConcurrentHashMap<Visit, Long> expiries = new ConcurrentHashMap<>();
  private final long windowMillis;

  public RecentVisits(Duration window) {
    if (window.isNegative()) {
      throw new IllegalArgumentException("A negative repeat window: " + window);
    }
    this.windowMillis = window.toMillis();
  }

  /**
   * Claims a visit at {@code nowMillis}.
   *
   * @param earlier the same visit under yesterday's visitor key, or {@code null}; when it is still
   *     inside its window the visit is a repeat
   * @return {@code true} for the first visit inside the window, {@code false} for a repeat
   */
  public boolean claim(Visit visit, Visit earlier, long nowMillis) {
    if (earlier != null) {
      Long until = expiries.get(earlier);
      if (until != null && until > nowMillis) {
        return false;
      }
    }
    boolean[] first = new boolean[1];
    expiries.compute(
        visit,
        (key, until) -> {
          if (until != null && until > nowMillis) {
            return until;
          }
          first[0] = true;
          return nowMillis + windowMillis;
        });
    return first[0];
  }

  /**
   * Forgets visits whose window has passed. Safe while {@link #claim} runs: removal is conditional
   * on the expiry it saw, so a visit claimed again meanwhile stays.
   *
   * @return how many visits were forgotten
   */
  public int purge(long nowMillis) {
    int before = expiries.size();
    expiries.values().removeIf(until -> until <= nowMillis);
    return Math.max(0, before - expiries.size());
  }

  /** Visits held, for metrics and tests. */
  public int size() {
    return expiries.size();
  }
}
