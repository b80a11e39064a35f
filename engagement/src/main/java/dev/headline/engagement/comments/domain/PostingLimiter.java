package dev.headline.engagement.comments.domain;

import dev.headline.engagement.views.domain.Visitor;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rate limit on comments: a visitor may post at most {@code max} comments in any {@code window}
 * (a sliding window). In memory, per server node. Each visitor's check-and-record is one atomic
 * {@link ConcurrentHashMap#compute} on that visitor's key, which locks only the key's bin, so
 * readers never wait on each other and two simultaneous posts cannot both slip under the limit.
 */
public final class PostingLimiter {

  private final Clock clock;
  private final int max;
  private final long windowMillis;
  private final ConcurrentHashMap<Visitor, long[]> recent = new ConcurrentHashMap<>();

  /**
   * @param max the most posts in a window; 0 or less turns the limit off
   * @param window the length of the window
   */
  public PostingLimiter(Clock clock, int max, Duration window) {
    this.clock = clock;
    this.max = max;
    this.windowMillis = window.toMillis();
  }

  /**
   * Records a post by the visitor if it is under the limit.
   *
   * @return {@code true} when the post may go ahead (and is now counted), {@code false} when the
   *     visitor has posted {@code max} times inside the window
   */
  public boolean tryPost(Visitor visitor) {
    return tryPost(visitor, null);
  }

  /**
   * As {@link #tryPost(Visitor)}, for a visitor who may have posted under another key: the same
   * reader under yesterday's key while the window after midnight lasts ({@link
   * dev.headline.engagement.views.domain.VisitorKeys#previousVisitor}). Those posts move to {@code
   * visitor} and count, so that the daily change of key does not hand anyone a fresh allowance.
   *
   * @param earlier the same visitor under the earlier key, or {@code null}
   */
  public boolean tryPost(Visitor visitor, Visitor earlier) {
    if (max <= 0) {
      return true;
    }
    long now = clock.millis();
    long[] carried = earlier == null || earlier.equals(visitor) ? null : recent.remove(earlier);
    boolean[] allowed = new boolean[1];
    recent.compute(
        visitor,
        (key, times) -> {
          long[] live = inWindow(merge(times, carried), now);
          if (live.length >= max) {
            return live;
          }
          allowed[0] = true;
          long[] more = Arrays.copyOf(live, live.length + 1);
          more[live.length] = now;
          return more;
        });
    return allowed[0];
  }

  /** Forgets visitors whose posts have all left the window. */
  public void purge() {
    long now = clock.millis();
    recent.replaceAll((key, times) -> inWindow(times, now));
    recent.values().removeIf(times -> times.length == 0);
  }

  /** Visitors held, for tests and metrics. */
  public int size() {
    return recent.size();
  }

  private static long[] merge(long[] times, long[] carried) {
    if (carried == null) {
      return times == null ? new long[0] : times;
    }
    if (times == null) {
      return carried;
    }
    long[] both = Arrays.copyOf(carried, carried.length + times.length);
    System.arraycopy(times, 0, both, carried.length, times.length);
    Arrays.sort(both);
    return both;
  }

  private long[] inWindow(long[] times, long now) {
    return Arrays.stream(times).filter(t -> t > now - windowMillis).toArray();
  }
}
