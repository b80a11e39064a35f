package dev.headline.web.portal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;

/**
 * Values computed from the content and kept until it changes: bounded by weight (the least used go
 * first), each for a limited time, and guarded by a generation so that a value computed while a
 * change was committing is not kept. No lock: two readers missing the same key at once both compute
 * it.
 *
 * @param <V> what is kept
 */
final class KeptValues<V> {

  private record Kept<V>(V value, long expiresAt) {}

  private final Cache<String, Kept<V>> values;
  private final AtomicLong generation = new AtomicLong();

  /**
   * @param maxWeight the most kept at once, in the weigher's unit
   * @param weigher the weight of one value (for markup, its length)
   */
  KeptValues(long maxWeight, ToIntFunction<V> weigher) {
    this.values =
        Caffeine.newBuilder()
            .maximumWeight(maxWeight)
            .weigher((String key, Kept<V> kept) -> key.length() + weigher.applyAsInt(kept.value()))
            // Evict on the caller's thread: no pool outside the container's.
            .executor(Runnable::run)
            .build();
  }

  /** The value kept under {@code key}, or {@code null} when none or too old. */
  V get(String key) {
    Kept<V> kept = values.getIfPresent(key);
    if (kept == null || System.nanoTime() - kept.expiresAt() > 0) {
      return null;
    }
    return kept.value();
  }

  /** The current generation: read it before computing a value, pass it to {@link #put}. */
  long generation() {
    return generation.get();
  }

  /**
   * Keeps a value for {@code lifetimeNanos}, unless {@link #clear} was called since {@code
   * generationBefore} was read.
   */
  void put(String key, V value, long lifetimeNanos, long generationBefore) {
    if (value == null || generation.get() != generationBefore) {
      return;
    }
    Kept<V> kept = new Kept<>(value, System.nanoTime() + lifetimeNanos);
    values.put(key, kept);
    // A clear between the check and the put has not seen this value.
    if (generation.get() != generationBefore) {
      values.asMap().remove(key, kept);
    }
  }

  /** Drops everything, and whatever is being computed now. */
  void clear() {
    generation.incrementAndGet();
    values.invalidateAll();
  }
}
