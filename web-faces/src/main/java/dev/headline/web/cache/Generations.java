package dev.headline.web.cache;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * When each dependency key was last dropped, as a generation number (for the race between a render
 * and an invalidation) and as a time (for the settling window). A render notes the generation when
 * it starts; at store time a page whose keys were dropped since then is refused, because it may
 * show the content from before the change. Reads and drops are lock-free.
 *
 * <p>Some lists catch up with a change only seconds after it is committed (archive pages are
 * renumbered on a timer), so a page rendered just after a drop may still show the old list: such a
 * page is stored only until the settling window after the drop has passed.
 */
final class Generations {

  private record Drop(long generation, long nanos) {}

  private static final Drop NEVER = new Drop(0, Long.MIN_VALUE);

  private final AtomicLong clock = new AtomicLong();
  private final Map<String, Drop> drops = new ConcurrentHashMap<>();
  private volatile Drop all = NEVER;

  /** The generation a render starts in. */
  long current() {
    return clock.get();
  }

  /**
   * Marks keys as changed.
   *
   * @param nanos the time of the drop, from {@link System#nanoTime()}
   */
  void drop(Collection<String> keys, long nanos) {
    Drop drop = new Drop(clock.incrementAndGet(), nanos);
    for (String key : keys) {
      drops.put(key, drop);
    }
  }

  /** Marks everything as changed. */
  void dropAll(long nanos) {
    all = new Drop(clock.incrementAndGet(), nanos);
  }

  /**
   * Whether none of these keys was dropped since a render started in generation {@code started}.
   */
  boolean unchangedSince(long started, Collection<String> keys) {
    if (all.generation() > started) {
      return false;
    }
    for (String key : keys) {
      Drop drop = drops.get(key);
      if (drop != null && drop.generation() > started) {
        return false;
      }
    }
    return true;
  }

  /**
   * How long a page with these keys, stored now, may stay: {@code ttl}, or less when one of its
   * keys was dropped less than {@code settle} ago (then until that window ends).
   */
  long lifetime(Collection<String> keys, long ttl, long settle, long now) {
    long remaining = unsettled(all, settle, now);
    for (String key : keys) {
      Drop drop = drops.get(key);
      if (drop != null) {
        remaining = Math.max(remaining, unsettled(drop, settle, now));
      }
    }
    return remaining > 0 ? Math.min(ttl, remaining) : ttl;
  }

  private static long unsettled(Drop drop, long settle, long now) {
    return drop == NEVER ? 0 : drop.nanos() + settle - now;
  }
}
