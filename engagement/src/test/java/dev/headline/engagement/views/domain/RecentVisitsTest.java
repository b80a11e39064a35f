package dev.headline.engagement.views.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headline.engagement.views.domain.RecentVisits.Visit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentVisitsTest {

  private static final long WINDOW = Duration.ofMinutes(30).toMillis();
  private final RecentVisits recent = new RecentVisits(Duration.ofMinutes(30));
  private final Visit visit = new Visit(new Visitor(1, 2), 42, "view");

  @Test
  void aVisitCountsOncePerWindow() {
    assertTrue(recent.claim(visit, null, 0));
    assertFalse(recent.claim(visit, null, 1));
    assertFalse(recent.claim(visit, null, WINDOW - 1));
    assertTrue(recent.claim(visit, null, WINDOW), "again once the window has passed");
    assertFalse(recent.claim(visit, null, WINDOW + 1));
  }

  @Test
  void otherArticlesVisitorsAndActionsAreOtherVisits() {
    assertTrue(recent.claim(visit, null, 0));
    assertTrue(recent.claim(new Visit(new Visitor(1, 2), 43, "view"), null, 0));
    assertTrue(recent.claim(new Visit(new Visitor(1, 3), 42, "view"), null, 0));
    assertTrue(recent.claim(new Visit(new Visitor(1, 2), 42, "facebook"), null, 0));
    assertEquals(4, recent.size());
  }

  @Test
  void aVisitUnderYesterdaysKeyStillCountsAsRecent() {
    Visit yesterday = new Visit(new Visitor(9, 9), 42, "view");
    assertTrue(recent.claim(yesterday, null, 0));
    assertFalse(recent.claim(visit, yesterday, 60_000), "seen just before midnight");
    assertTrue(recent.claim(visit, yesterday, WINDOW + 1), "yesterday's visit has expired");
  }

  @Test
  void purgeForgetsOnlyExpiredVisits() {
    recent.claim(visit, null, 0);
    recent.claim(new Visit(new Visitor(5, 5), 1, "view"), null, WINDOW / 2);
    assertEquals(1, recent.purge(WINDOW));
    assertEquals(1, recent.size());
    assertFalse(recent.claim(new Visit(new Visitor(5, 5), 1, "view"), null, WINDOW));
  }

  @Test
  void simultaneousRequestsOfOneVisitorCountExactlyOnce() throws Exception {
    int threads = 64;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < 200; round++) {
        Visit contested = new Visit(new Visitor(round, round), round, "view");
        CyclicBarrier start = new CyclicBarrier(threads);
        AtomicInteger counted = new AtomicInteger();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          done.add(
              pool.submit(
                  () -> {
                    start.await();
                    if (recent.claim(contested, null, 1_000)) {
                      counted.incrementAndGet();
                    }
                    return null;
                  }));
        }
        for (Future<?> f : done) {
          f.get();
        }
        assertEquals(1, counted.get(), "round " + round);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
