package dev.headline.web.portal;

import dev.headline.core.content.api.ContentChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * What readers' pages show that depends on the content alone (the newest articles, a section's
 * block on the home page, an article's neighbours, cards by id), computed once and kept until the
 * content changes. Any publication, edit, withdrawal, comment change or taxonomy change drops
 * everything: such changes are rare next to reads, and a dropped entry costs one query.
 *
 * <p>No lock: two readers missing the same key at once both compute it. A value computed while a
 * change was committing is not kept (the generation moved on), so a stale list cannot outlive the
 * change that made it stale. About 50,000 values at most (the least used go first), none older than
 * an hour.
 */
@ApplicationScoped
public class Snapshots {

  /** What one value counts for in the bound, besides its key: cards and short lists. */
  private static final int VALUE_WEIGHT = 64;

  private static final long LIFETIME_NANOS = TimeUnit.HOURS.toNanos(1);

  private final KeptValues<Object> values =
      new KeptValues<>(50_000L * (VALUE_WEIGHT + 16), value -> VALUE_WEIGHT);

  /**
   * The value kept under {@code key}, computing it when missing.
   *
   * @param key names the value, for example {@code "latest"} or {@code "neighbours:42"}
   * @param compute reads the value from the services; called without any lock held
   */
  @SuppressWarnings("unchecked")
  public <T> T get(String key, Supplier<T> compute) {
    Object known = values.get(key);
    if (known != null) {
      return (T) known;
    }
    long before = values.generation();
    T value = compute.get();
    values.put(key, value, LIFETIME_NANOS, before);
    return value;
  }

  /** The value kept under {@code key}, or {@code null}. */
  @SuppressWarnings("unchecked")
  public <T> T peek(String key) {
    return (T) values.get(key);
  }

  /**
   * The current generation: pass it to {@link #put} after computing values outside {@link #get}.
   */
  public long generation() {
    return values.generation();
  }

  /**
   * Keeps a value computed outside {@link #get}, unless the content changed since {@code
   * generationBefore} was read.
   */
  public void put(String key, Object value, long generationBefore) {
    values.put(key, value, LIFETIME_NANOS, generationBefore);
  }

  /** Drops everything. */
  public void clear() {
    values.clear();
  }

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChange change) {
    clear();
  }
}
