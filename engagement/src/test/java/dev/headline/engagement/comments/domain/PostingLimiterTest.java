package dev.headline.engagement.comments.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headline.engagement.views.domain.Visitor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PostingLimiterTest {

  private static final Visitor ADA = new Visitor(1, 2);
  private static final Visitor BOB = new Visitor(3, 4);

  @Test
  void threePostsInFiveMinutesThenWait() {
    StepClock clock = new StepClock(Instant.parse("2026-03-01T10:00:00Z"));
    PostingLimiter limiter = new PostingLimiter(clock, 3, Duration.ofMinutes(5));
    assertTrue(limiter.tryPost(ADA));
    clock.step(Duration.ofMinutes(1));
    assertTrue(limiter.tryPost(ADA));
    assertTrue(limiter.tryPost(ADA));
    assertFalse(limiter.tryPost(ADA), "the fourth inside the window");
    assertTrue(limiter.tryPost(BOB), "another visitor is not affected");
    clock.step(Duration.ofMinutes(4));
    assertTrue(limiter.tryPost(ADA), "the first post left the window (sliding)");
    assertFalse(limiter.tryPost(ADA));
    clock.step(Duration.ofMinutes(5));
    limiter.purge();
    assertEquals(0, limiter.size(), "everyone forgotten once the window passed");
    assertTrue(limiter.tryPost(ADA));
  }

  @Test
  void refusedPostsDoNotExtendTheWait() {
    StepClock clock = new StepClock(Instant.parse("2026-03-01T10:00:00Z"));
    PostingLimiter limiter = new PostingLimiter(clock, 1, Duration.ofMinutes(5));
    assertTrue(limiter.tryPost(ADA));
    clock.step(Duration.ofMinutes(4));
    assertFalse(limiter.tryPost(ADA));
    clock.step(Duration.ofMinutes(1));
    assertTrue(limiter.tryPost(ADA));
  }

  @Test
  void simultaneousPostsCannotSlipPastTheLimit() throws Exception {
    StepClock clock = new StepClock(Instant.parse("2026-03-01T10:00:00Z"));
    PostingLimiter limiter = new PostingLimiter(clock, 3, Duration.ofMinutes(5));
    int threads = 32;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CyclicBarrier start = new CyclicBarrier(threads);
      List<Future<Boolean>> posts = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        posts.add(
            pool.submit(
                () -> {
                  start.await();
                  return limiter.tryPost(ADA);
                }));
      }
      int allowed = 0;
      for (Future<Boolean> post : posts) {
        allowed += post.get() ? 1 : 0;
      }
      assertEquals(3, allowed);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void postsUnderTheEarlierKeyCountAfterTheDailyChange() {
    StepClock clock = new StepClock(Instant.parse("2026-03-01T23:58:00Z"));
    PostingLimiter limiter = new PostingLimiter(clock, 3, Duration.ofMinutes(5));
    Visitor adaYesterday = ADA;
    Visitor adaToday = new Visitor(5, 6);
    assertTrue(limiter.tryPost(adaYesterday));
    assertTrue(limiter.tryPost(adaYesterday));
    clock.step(Duration.ofMinutes(3));
    assertTrue(limiter.tryPost(adaToday, adaYesterday), "the third");
    assertFalse(limiter.tryPost(adaToday, adaYesterday), "a fourth, whatever the key");
    assertEquals(1, limiter.size(), "held under today's key only");
    clock.step(Duration.ofMinutes(3));
    assertTrue(limiter.tryPost(adaToday, null), "the first two left the window");
    assertTrue(limiter.tryPost(adaToday, null));
    assertFalse(limiter.tryPost(adaToday, null), "three in the window again");
  }

  @Test
  void zeroTurnsTheLimitOff() {
    PostingLimiter off = new PostingLimiter(new StepClock(Instant.EPOCH), 0, Duration.ofMinutes(5));
    for (int i = 0; i < 100; i++) {
      assertTrue(off.tryPost(ADA));
    }
  }
}
