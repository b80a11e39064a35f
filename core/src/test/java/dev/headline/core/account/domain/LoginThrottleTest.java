package dev.headline.core.account.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private final LoginThrottle throttle = new LoginThrottle(clock, 5, 20, Duration.ofMinutes(15));

  @Test
  void fiveFailuresWithinTheWindowLockTheAccountKeyUntilTheFirstAgesOut() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("account:1", "10.0.0.1");
      clock.advance(Duration.ofMinutes(1));
    }
    assertFalse(throttle.refused("account:1", "10.0.0.1"), "four failures are allowed");
    throttle.failed("account:1", "10.0.0.1");
    assertTrue(throttle.refused("account:1", "10.0.0.1"));
    assertTrue(throttle.refused("account:1", "10.9.9.9"), "from another address too");
    assertFalse(throttle.refused("account:2", "10.9.9.9"), "another account is not touched");
    clock.advance(Duration.ofMinutes(10)); // the first failure is now 14 minutes old
    assertTrue(throttle.refused("account:1", "10.0.0.1"));
    clock.advance(Duration.ofMinutes(1).plusSeconds(1));
    assertFalse(throttle.refused("account:1", "10.0.0.1"), "the first failure left the window");
  }

  @Test
  void failuresSpreadOverMoreThanTheWindowNeverLock() {
    for (int i = 0; i < 20; i++) {
      throttle.failed("name:bob", "10.0.0.1");
      assertFalse(throttle.refused("name:bob", "10.0.0.2"), "attempt " + i);
      clock.advance(Duration.ofMinutes(4));
    }
  }

  @Test
  void oneAddressTryingManyNamesIsLockedForAllOfThem() {
    for (int i = 0; i < 20; i++) {
      throttle.failed("name:user" + i, "203.0.113.7");
    }
    assertTrue(throttle.refused("name:someone-new", "203.0.113.7"));
    assertFalse(throttle.refused("name:someone-new", "198.51.100.1"));
  }

  @Test
  void aCorrectPasswordClearsTheAccountButNotTheAddress() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("account:1", "10.0.0.1");
    }
    throttle.succeeded("account:1");
    for (int i = 0; i < 4; i++) {
      throttle.failed("account:1", "10.0.0.1");
    }
    assertFalse(throttle.refused("account:1", "10.0.0.1"));
    throttle.failed("account:1", "10.0.0.1");
    assertTrue(throttle.refused("account:1", "10.0.0.1"));
    throttle.forget("account:1");
    assertFalse(throttle.refused("account:1", "10.0.0.2"));
  }

  @Test
  void limitsMustBePositive() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new LoginThrottle(clock, 0, 1, Duration.ofMinutes(1)));
    assertThrows(
        IllegalArgumentException.class, () -> new LoginThrottle(clock, 1, 1, Duration.ZERO));
  }
}
