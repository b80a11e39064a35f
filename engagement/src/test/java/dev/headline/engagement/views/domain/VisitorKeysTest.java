package dev.headline.engagement.views.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VisitorKeysTest {

  private static final String FIREFOX =
      "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
  private static final Duration WINDOW = Duration.ofMinutes(30);

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-10T12:00:00Z"));
  private final VisitorKeys keys = new VisitorKeys(clock);

  @Test
  void theSameReaderIsTheSameVisitorAllDay() {
    Visitor morning = keys.visitor("203.0.113.7", FIREFOX);
    clock.advance(Duration.ofHours(11).plusMinutes(59));
    assertEquals(morning, keys.visitor("203.0.113.7", FIREFOX));
  }

  @Test
  void addressAndUserAgentBothMakeTheVisitor() {
    Visitor one = keys.visitor("203.0.113.7", FIREFOX);
    assertNotEquals(one, keys.visitor("203.0.113.8", FIREFOX));
    assertNotEquals(one, keys.visitor("203.0.113.7", FIREFOX + " extra"));
    assertNotEquals(keys.visitor("1.2.3.4", "5x"), keys.visitor("1.2.3.45", "x"));
  }

  @Test
  void theKeyRotatesAtMidnightAndTheOldOneIsForgottenAfterTheWindow() {
    Visitor today = keys.visitor("203.0.113.7", FIREFOX);
    assertNull(keys.previousVisitor("203.0.113.7", FIREFOX, WINDOW), "no key before today");

    clock.advance(Duration.ofHours(12).plusMinutes(10));
    Visitor tomorrow = keys.visitor("203.0.113.7", FIREFOX);
    assertNotEquals(today, tomorrow, "a new day, a new key");
    assertEquals(today, keys.previousVisitor("203.0.113.7", FIREFOX, WINDOW));

    clock.advance(Duration.ofMinutes(20));
    assertNull(keys.previousVisitor("203.0.113.7", FIREFOX, WINDOW), "gone after the window");
    assertEquals(tomorrow, keys.visitor("203.0.113.7", FIREFOX));
  }

  @Test
  void twoServersNeverShareAKey() {
    VisitorKeys other = new VisitorKeys(clock);
    assertNotEquals(keys.visitor("203.0.113.7", FIREFOX), other.visitor("203.0.113.7", FIREFOX));
  }
}
