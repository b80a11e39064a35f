package dev.headline.web.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GenerationsTest {

  private final Generations generations = new Generations();

  @Test
  void aRenderDuringADropOfOneOfItsKeysIsRefused() {
    long started = generations.current();
    generations.drop(List.of("article:1", "home"), 0);
    assertFalse(generations.unchangedSince(started, List.of("home", "section:3")));
    assertTrue(generations.unchangedSince(started, List.of("article:2", "section:3")));
    assertTrue(generations.unchangedSince(generations.current(), List.of("home")), "a new render");
  }

  @Test
  void dropAllRefusesEveryRenderInFlight() {
    long started = generations.current();
    generations.dropAll(0);
    assertFalse(generations.unchangedSince(started, List.of()));
    assertTrue(generations.unchangedSince(generations.current(), List.of("anything")));
  }

  @Test
  void pagesStoredJustAfterADropLiveOnlyUntilTheListsSettled() {
    long ttl = 300_000;
    long settle = 5_000;
    assertEquals(ttl, generations.lifetime(List.of("section:3"), ttl, settle, 1_000));
    generations.drop(List.of("section:3"), 10_000);
    assertEquals(4_000, generations.lifetime(List.of("section:3"), ttl, settle, 11_000));
    assertEquals(ttl, generations.lifetime(List.of("section:4"), ttl, settle, 11_000));
    assertEquals(ttl, generations.lifetime(List.of("section:3"), ttl, settle, 16_000));
    generations.dropAll(20_000);
    assertEquals(1_000, generations.lifetime(List.of("tag:9"), ttl, settle, 24_000));
  }
}
