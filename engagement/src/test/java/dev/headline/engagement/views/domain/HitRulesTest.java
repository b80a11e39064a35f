package dev.headline.engagement.views.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.headline.core.spi.ReaderHit;
import org.junit.jupiter.api.Test;

class HitRulesTest {

  private static final String CHROME =
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
          + " Chrome/131.0.0.0 Safari/537.36";
  private final HitRules rules = new HitRules(CrawlerList.bundled(), false);

  @Test
  void aReadersGetMayCount() {
    assertEquals(Verdict.COUNTED, rules.screen(ReaderHit.get("203.0.113.7", CHROME)));
    assertEquals(
        Verdict.COUNTED, rules.screen(new ReaderHit("::1", "curl/8.5.0", "get", "", false)));
  }

  @Test
  void headAndOtherMethodsDoNot() {
    assertEquals(Verdict.NOT_GET, rules.screen(new ReaderHit("::1", CHROME, "HEAD", null, false)));
    assertEquals(Verdict.NOT_GET, rules.screen(new ReaderHit("::1", CHROME, "POST", null, false)));
  }

  @Test
  void prefetchesDoNot() {
    for (String purpose : new String[] {"prefetch", "prefetch;prerender", "Prefetch"}) {
      assertEquals(
          Verdict.PREFETCH, rules.screen(new ReaderHit("::1", CHROME, "GET", purpose, false)));
    }
    assertEquals(
        Verdict.COUNTED, rules.screen(new ReaderHit("::1", CHROME, "GET", "preview", false)));
  }

  @Test
  void botsAndRequestsWithoutUserAgentDoNot() {
    assertEquals(Verdict.BOT, rules.screen(ReaderHit.get("::1", "Twitterbot/1.0")));
    assertEquals(Verdict.BOT, rules.screen(ReaderHit.get("::1", null)));
    assertEquals(Verdict.BOT, rules.screen(ReaderHit.get("::1", "  ")));
  }

  @Test
  void staffCountsOnlyWhenConfigured() {
    ReaderHit editor = new ReaderHit("::1", CHROME, "GET", null, true);
    assertEquals(Verdict.STAFF, rules.screen(editor));
    assertEquals(Verdict.COUNTED, new HitRules(CrawlerList.bundled(), true).screen(editor));
  }
}
