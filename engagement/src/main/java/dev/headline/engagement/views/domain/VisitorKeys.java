package dev.headline.engagement.views.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns (client address, User-Agent) into a {@link Visitor} with HMAC-SHA256 under a secret key
 * that is drawn at random for each UTC day and kept in memory only. Nobody, the operator included,
 * can tell from a visitor which address it came from, and two days' visitors cannot be linked:
 * yesterday's key is forgotten once the repeat window after midnight has passed.
 *
 * <p>Thread-safe without a lock on the hot path: each day's key holds a small pool of {@link Mac}
 * instances (a {@code Mac} is not thread-safe, and a {@code ThreadLocal} would outlive a redeploy
 * on the server's pooled threads).
 */
public final class VisitorKeys {

  private static final int KEY_BYTES = 32;

  private final Clock clock;
  private final SecureRandom random;
  private volatile DayKey today;
  private volatile DayKey yesterday;

  public VisitorKeys(Clock clock) {
    this(clock, new SecureRandom());
  }

  VisitorKeys(Clock clock, SecureRandom random) {
    this.clock = clock;
    this.random = random;
  }

  /** The visitor under today's key. */
  public Visitor visitor(String address, String userAgent) {
    return keyFor(day(clock.instant())).hash(address, userAgent);
  }

  /**
   * The same visitor under yesterday's key, while {@code window} has not yet passed since midnight
   * (UTC); {@code null} otherwise. Lets the repeat rule hold across the daily key change.
   */
  public Visitor previousVisitor(String address, String userAgent, Duration window) {
    Instant now = clock.instant();
    LocalDate day = day(now);
    Instant midnight = day.atStartOfDay(ZoneOffset.UTC).toInstant();
    if (!now.isBefore(midnight.plus(window))) {
      return null;
    }
    keyFor(day);
    DayKey previous = yesterday;
    return previous != null && previous.day.equals(day.minusDays(1))
        ? previous.hash(address, userAgent)
        : null;
  }

  private static LocalDate day(Instant instant) {
    return LocalDate.ofInstant(instant, ZoneOffset.UTC);
  }

  private DayKey keyFor(LocalDate day) {
    DayKey current = today;
    if (current != null && current.day.equals(day)) {
      return current;
    }
    return rotate(day);
  }

  private synchronized DayKey rotate(LocalDate day) {
    DayKey current = today;
    if (current != null && current.day.equals(day)) {
      return current;
    }
    if (current != null && current.day.isAfter(day)) {
      // The clock went back (a test, or a corrected system clock): hash with the newest key.
      return current;
    }
    byte[] secret = new byte[KEY_BYTES];
    random.nextBytes(secret);
    yesterday = current;
    today = new DayKey(day, new SecretKeySpec(secret, "HmacSHA256"));
    return today;
  }

  private static final class DayKey {
    private final LocalDate day;
    private final SecretKeySpec key;
    private final Queue<Mac> macs = new ConcurrentLinkedQueue<>();

    DayKey(LocalDate day, SecretKeySpec key) {
      this.day = day;
      this.key = key;
    }

    Visitor hash(String address, String userAgent) {
      Mac mac = macs.poll();
      if (mac == null) {
        mac = newMac();
      }
      try {
        mac.update(String.valueOf(address).getBytes(StandardCharsets.UTF_8));
        // A separator that cannot occur in an address, so ("1.2.3.4", "5x") and ("1.2.3.45", "x")
        // hash apart.
        mac.update((byte) '\n');
        mac.update(String.valueOf(userAgent).getBytes(StandardCharsets.UTF_8));
        ByteBuffer digest = ByteBuffer.wrap(mac.doFinal());
        return new Visitor(digest.getLong(), digest.getLong());
      } finally {
        macs.offer(mac);
      }
    }

    private Mac newMac() {
      try {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(key);
        return mac;
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
      }
    }
  }
}
