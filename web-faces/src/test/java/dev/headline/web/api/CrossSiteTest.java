package dev.headline.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The API's guard against cross-site writes, and its reading of numbers. */
class CrossSiteTest {

  private static final String SITE = "https://news.example.org";

  @Test
  void theBrowsersFetchSiteHeaderDecidesFirst() {
    assertTrue(CrossSite.allows("same-origin", null, null, null, SITE));
    assertFalse(
        CrossSite.allows("cross-site", SITE, null, "1", SITE), "a custom header does not help");
    assertFalse(CrossSite.allows("same-site", null, null, null, SITE));
    assertFalse(CrossSite.allows("none", null, null, null, SITE));
  }

  @Test
  void withoutItTheOriginMustBeThisSite() {
    assertTrue(CrossSite.allows(null, "https://news.example.org", null, null, SITE));
    assertTrue(CrossSite.allows(null, "https://NEWS.example.org:443", null, null, SITE));
    assertFalse(CrossSite.allows(null, "https://evil.example", null, "1", SITE));
    assertFalse(
        CrossSite.allows(null, "http://news.example.org", null, null, SITE), "another scheme");
    assertFalse(CrossSite.allows(null, "null", null, "1", SITE), "an opaque origin");
  }

  @Test
  void withNeitherAScriptMustSayItIsOne() {
    assertTrue(CrossSite.allows(null, null, null, "1", SITE));
    assertFalse(CrossSite.allows(null, null, null, " ", SITE));
    assertFalse(
        CrossSite.allows(null, null, null, null, SITE), "a bare form post of an old browser");
  }

  @Test
  void aRefererOfAnotherSiteRefusesEvenAScript() {
    assertFalse(CrossSite.allows(null, null, "https://evil.example/page", "1", SITE));
    assertFalse(CrossSite.allows(null, null, "not an address", "1", SITE));
    assertTrue(CrossSite.allows(null, null, "https://news.example.org/newsroom", "1", SITE));
    assertFalse(
        CrossSite.allows(null, null, "https://news.example.org/newsroom", null, SITE),
        "a same-site referer alone is not enough");
  }

  @Test
  void writesAreJsonAndVersionsComeFromIfMatch() {
    assertTrue(ArticleWritesResource.isJson("application/json"));
    assertTrue(ArticleWritesResource.isJson("application/json; charset=UTF-8"));
    assertFalse(ArticleWritesResource.isJson("text/plain"));
    assertFalse(ArticleWritesResource.isJson("application/x-www-form-urlencoded"));
    assertFalse(ArticleWritesResource.isJson("application/*"));
    assertFalse(ArticleWritesResource.isJson("*/*"));
    assertFalse(ArticleWritesResource.isJson(null));
    assertFalse(ArticleWritesResource.isJson("not a type;;"));
    assertEquals(Optional.of(3L), ArticleWritesResource.version("\"3\""));
    assertEquals(Optional.of(3L), ArticleWritesResource.version("W/\"3\""));
    assertEquals(Optional.of(12L), ArticleWritesResource.version(" 12 "));
    assertEquals(Optional.empty(), ArticleWritesResource.version("*"));
    assertEquals(Optional.empty(), ArticleWritesResource.version("\"1\", \"2\""));
    assertEquals(Optional.empty(), ArticleWritesResource.version("\"\""));
  }

  @Test
  void pageAndSizeAreWholeNumbersWithinBounds() {
    assertEquals(Optional.of(20), ArticlesResource.number(null, 20, 50));
    assertEquals(Optional.of(7), ArticlesResource.number(" 7 ", 20, 50));
    assertEquals(Optional.empty(), ArticlesResource.number("0", 20, 50));
    assertEquals(Optional.empty(), ArticlesResource.number("51", 20, 50));
    assertEquals(Optional.empty(), ArticlesResource.number("-3", 20, 50));
    assertEquals(Optional.empty(), ArticlesResource.number("1e3", 20, 50));
    assertEquals(Optional.empty(), ArticlesResource.number("", 20, 50));
    assertEquals(Optional.empty(), ArticlesResource.number("99999999999999", 20, 50));
  }
}
