package dev.headline.core.account.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Slows down password guessing, in memory: after {@code accountLimit} failed logins for one account
 * (or one unknown name) within {@code window}, or {@code addressLimit} failures from one address,
 * further attempts are refused until the oldest of those failures is older than the window.
 *
 * <p>A refused attempt is not checked and does not count as a failure, so the owner gets in again
 * at most one window after the guessing stops. Names that are not accounts are throttled exactly
 * like accounts, so the refusal tells nothing about which accounts exist. Per node: on a cluster an
 * attacker gets at most the limit times the number of nodes.
 *
 * <pre>{@code
 * if (throttle.refused(key, address)) return tooManyAttempts();
 * if (passwordMatches) throttle.succeeded(key); else throttle.failed(key, address);
 * }</pre>
 */
public final class LoginThrottle {

  private static final int SWEEP_EVERY = 1024;

  private final Clock clock;
  private final int accountLimit;
  private final int addressLimit;
  private final Duration window;
  private final Map<String, Deque<Instant>> byAccount = new ConcurrentHashMap<>();
  private final Map<String, Deque<Instant>> byAddress = new ConcurrentHashMap<>();
  private final AtomicInteger sinceSweep = new AtomicInteger();

  /**
   * @param accountLimit failures per account key within the window before refusals start
   * @param addressLimit failures per client address within the window before refusals start
   */
  public LoginThrottle(Clock clock, int accountLimit, int addressLimit, Duration window) {
    if (accountLimit < 1 || addressLimit < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("Limits and window must be positive");
    }
    this.clock = clock;
    this.accountLimit = accountLimit;
    this.addressLimit = addressLimit;
    this.window = window;
  }

  /** Whether an attempt for this account key from this address must be refused unchecked. */
  public boolean refused(String accountKey, String address) {
    Instant since = clock.instant().minus(window);
    return recent(byAccount.get(accountKey), since) >= accountLimit
        || recent(byAddress.get(address), since) >= addressLimit;
  }

  /** Counts a failed attempt against both the account key and the address. */
  public void failed(String accountKey, String address) {
    Instant now = clock.instant();
    add(byAccount, accountKey, now);
    add(byAddress, address, now);
    if (sinceSweep.incrementAndGet() >= SWEEP_EVERY) {
      sinceSweep.set(0);
      sweep(now.minus(window));
    }
  }

  /** Forgets the account key's failures after a correct password (the address keeps its count). */
  public void succeeded(String accountKey) {
    byAccount.remove(accountKey);
  }

  /** Forgets an account's failures, for example once its owner has set a new password. */
  public void forget(String accountKey) {
    byAccount.remove(accountKey);
  }

  private static void add(Map<String, Deque<Instant>> map, String key, Instant now) {
    Deque<Instant> failures = map.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (failures) {
      failures.addLast(now);
      // Only the newest "limit" failures can matter; keep a few more than any sane limit.
      while (failures.size() > 64) {
        failures.removeFirst();
      }
    }
  }

  private static int recent(Deque<Instant> failures, Instant since) {
    if (failures == null) {
      return 0;
    }
    synchronized (failures) {
      while (!failures.isEmpty() && !failures.peekFirst().isAfter(since)) {
        failures.removeFirst();
      }
      return failures.size();
    }
  }

  private void sweep(Instant since) {
    byAccount.values().removeIf(failures -> recent(failures, since) == 0);
    byAddress.values().removeIf(failures -> recent(failures, since) == 0);
  }
}
