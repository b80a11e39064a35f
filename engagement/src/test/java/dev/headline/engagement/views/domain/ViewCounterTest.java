package dev.headline.engagement.views.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.headline.core.spi.ReaderHit;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViewCounterTest {

  private static final String SAFARI =
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like"
          + " Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-10T23:50:00Z"));
  private final ViewCounter counter =
      new ViewCounter(clock, new HitRules(CrawlerList.bundled(), false), Duration.ofMinutes(30));

  @Test
  void aReaderCountsOncePerArticleAndWindowButEveryHitIsRaw() {
    ReaderHit reader = ReaderHit.get("198.51.100.4", SAFARI);
    assertEquals(Verdict.COUNTED, counter.view(1, reader));
    assertEquals(Verdict.REPEAT, counter.view(1, reader));
    assertEquals(Verdict.COUNTED, counter.view(2, reader));
    assertEquals(Verdict.BOT, counter.view(1, ReaderHit.get("198.51.100.4", "Twitterbot/1.0")));
    assertEquals(
        List.of(new CounterDelta(1, 1, 3, 0), new CounterDelta(2, 1, 1, 0)), counter.drain());

    clock.advance(Duration.ofMinutes(29));
    assertEquals(Verdict.REPEAT, counter.view(1, reader), "across midnight, still a repeat");
    clock.advance(Duration.ofMinutes(1));
    assertEquals(Verdict.COUNTED, counter.view(1, reader), "the window has passed");
  }

  @Test
  void sharesCountOncePerNetworkAndAreNotViews() {
    ReaderHit reader = ReaderHit.get("198.51.100.4", SAFARI);
    assertEquals(Verdict.COUNTED, counter.share(1, "facebook", reader));
    assertEquals(Verdict.REPEAT, counter.share(1, "facebook", reader));
    assertEquals(Verdict.COUNTED, counter.share(1, "email", reader));
    assertEquals(Verdict.COUNTED, counter.view(1, reader), "sharing is not viewing");
    assertEquals(
        Verdict.NOT_GET,
        counter.share(1, "x", new ReaderHit("198.51.100.4", SAFARI, "HEAD", null, false)));
    assertEquals(List.of(new CounterDelta(1, 1, 1, 2)), counter.drain());
  }
}
