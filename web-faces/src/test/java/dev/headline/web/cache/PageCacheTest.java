package dev.headline.web.cache;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cache's storing and dropping, without a server (pages without count slots). */
class PageCacheTest {

  private PageCache cache;

  @BeforeEach
  void start() {
    cache = new PageCache();
    cache.enabled = true;
    cache.maxBytes = 1_000_000;
    cache.expireSeconds = 300;
    cache.settleSeconds = 5;
    cache.language = "en";
    cache.start();
  }

  @Test
  void dropsTheDependentPagesOnly() {
    store("/world-news/", new PageDependencies().section(1).listed(List.of(10L, 11L)));
    store("/world-news/asia/", new PageDependencies().section(2).listed(List.of(11L)));
    store("/", new PageDependencies().home().listed(List.of(12L)));
    store("/about-us", new PageDependencies().staticPage("about-us"));

    cache.drop(Set.of(PageDependencies.listedKey(10)));
    assertNull(cache.get("/world-news/"));
    assertNotNull(cache.get("/world-news/asia/"));

    cache.drop(Set.of(PageDependencies.HOME, PageDependencies.sectionKey(2)));
    assertNull(cache.get("/world-news/asia/"));
    assertNull(cache.get("/"));
    assertNotNull(cache.get("/about-us"));

    cache.dropAll();
    assertNull(cache.get("/about-us"));
  }

  @Test
  void aRenderThatRanDuringADropIsNotStored() {
    long started = cache.generation();
    cache.drop(Set.of(PageDependencies.articlePageKey(5)));
    PageDependencies article = new PageDependencies().articlePage(5);
    assertFalse(cache.offer("/a/b", page(article), started));
    assertNull(cache.get("/a/b"));
    assertTrue(cache.offer("/a/b", page(article), cache.generation()), "a render after the drop");
  }

  @Test
  void nothingIsStoredWhenTheCacheIsOff() {
    cache.enabled = false;
    assertFalse(cache.offer("/", page(new PageDependencies().home()), cache.generation()));
  }

  @Test
  void theBoundInBytesHolds() {
    for (int i = 0; i < 200; i++) {
      store("/p" + i, new PageDependencies().staticPage("p" + i));
    }
    cache.cleanUp();
    assertTrue(cache.size() < 200, "evicted down to the bound: " + cache.size());
  }

  private void store(String key, PageDependencies dependencies) {
    assertTrue(cache.offer(key, page(dependencies), cache.generation()));
  }

  private CachedPage page(PageDependencies dependencies) {
    byte[] html = ("<html>" + "x".repeat(20_000) + "</html>").getBytes(StandardCharsets.UTF_8);
    return cache.page("text/html", null, CountSlots.cut(html), dependencies);
  }
}
