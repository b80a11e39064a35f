package dev.headline.engagement.views.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class PendingCountsTest {

  private final PendingCounts pending = new PendingCounts();

  @Test
  void drainTakesEverythingOnceInArticleOrder() {
    pending.hit(7, true);
    pending.hit(7, false);
    pending.hit(3, false);
    pending.share(3);
    assertEquals(
        List.of(new CounterDelta(3, 0, 1, 1), new CounterDelta(7, 1, 2, 0)), pending.drain());
    assertTrue(pending.drain().isEmpty());
  }

  @Test
  void restoredDeltasComeBackInTheNextDrain() {
    pending.hit(1, true);
    List<CounterDelta> failed = pending.drain();
    pending.hit(1, true);
    pending.restore(failed);
    assertEquals(List.of(new CounterDelta(1, 2, 2, 0)), pending.drain());
  }

  @Test
  void noIncrementIsLostWhileDrainsRunConcurrently() throws Exception {
    int writers = 8;
    int perWriter = 200_000;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    Map<Long, Long> drained = new HashMap<>();
    AtomicBoolean writing = new AtomicBoolean(true);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < perWriter; i++) {
                    pending.hit(i % 10, true);
                  }
                }));
      }
      Thread drainer =
          new Thread(
              () -> {
                while (writing.get()) {
                  pending.drain().forEach(d -> drained.merge(d.articleId(), d.views(), Long::sum));
                }
              });
      drainer.start();
      for (Future<?> f : done) {
        f.get();
      }
      writing.set(false);
      drainer.join();
      pending.drain().forEach(d -> drained.merge(d.articleId(), d.views(), Long::sum));
    } finally {
      pool.shutdownNow();
    }
    for (long id = 0; id < 10; id++) {
      assertEquals(writers * perWriter / 10L, drained.get(id), "article " + id);
    }
  }
}
